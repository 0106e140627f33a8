import type { RouteEntry } from '../../server/lib/access.ts';

/** encodeURIComponent throws on a lone surrogate; a browser sends U+FFFD in its place. */
function encodeParam(value: string): string {
  return encodeURIComponent(
    value.replace(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '\ufffd',
    ),
  );
}

/** A concrete URL for a route pattern: path parameters become a well-formed but unknown id. */
export function concreteUrl(
  url: string,
  paramValue = '00000000-0000-4000-8000-000000000000',
): string {
  return url
    .split('/')
    .map((part) => (part.startsWith(':') ? encodeParam(paramValue) : part === '*' ? 'x' : part))
    .join('/');
}

/** The /api routes worth probing: HEAD twins of GET routes add nothing. */
export function apiRoutes(table: RouteEntry[]): RouteEntry[] {
  return table.filter((route) => route.url.startsWith('/api') && route.method !== 'HEAD');
}

export function hasBody(method: string): boolean {
  return method === 'POST' || method === 'PUT' || method === 'PATCH';
}
