import type { RouteEntry } from '../../server/lib/access.ts';

/**
 * A concrete URL for a route pattern: path parameters become a well-formed but unknown id.
 * A lone surrogate cannot be percent-encoded; like a browser, send U+FFFD in its place.
 */
export function concreteUrl(
  url: string,
  paramValue = '00000000-0000-4000-8000-000000000000',
): string {
  return url
    .split('/')
    .map((part) =>
      part.startsWith(':')
        ? encodeURIComponent(paramValue.replace(/\p{Surrogate}/gu, '\uFFFD'))
        : part === '*'
          ? 'x'
          : part,
    )
    .join('/');
}

/** The /api routes worth probing: HEAD twins of GET routes add nothing. */
export function apiRoutes(table: RouteEntry[]): RouteEntry[] {
  return table.filter((route) => route.url.startsWith('/api') && route.method !== 'HEAD');
}

export function hasBody(method: string): boolean {
  return method === 'POST' || method === 'PUT' || method === 'PATCH';
}
