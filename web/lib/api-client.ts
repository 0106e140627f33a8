import { type ErrorCode, isErrorBody } from '../../common/errors.ts';

/** `network_error` never comes from the server: the request did not get an answer at all. */
export type ApiErrorCode = ErrorCode | 'network_error';

/** Every failed API call throws this. `message` is written for humans and safe to show. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const NETWORK_MESSAGE = 'We could not reach Tandem. Check your connection and try again.';

/** A message fit for users, whatever was thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something unexpected happened. Please try again.';
}

interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Calls the API and returns its JSON answer, typed by the caller with a type inferred from the
 * shared zod schemas. Answers are not parsed again here: the server already validates every
 * response against those same schemas, and zod stays out of the first page load.
 */
export async function apiRequest<T>(
  method: Method,
  path: string,
  { body, signal }: RequestOptions = {},
): Promise<T> {
  const hasBody = body !== undefined;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      // The server refuses a JSON content type on an empty body, so only send it with a body.
      headers: hasBody ? { 'content-type': 'application/json' } : {},
      body: hasBody ? JSON.stringify(body) : null,
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network_error', NETWORK_MESSAGE);
  }

  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isErrorBody(payload)) {
      const { code, message, fields } = payload.error;
      throw new ApiError(response.status, code, message, fields);
    }
    // Something in between (a proxy, a restarting server) answered, not Tandem's error handler.
    throw new ApiError(
      response.status,
      'unavailable',
      'Tandem is not answering right now. Try again in a moment.',
    );
  }
  return payload as T;
}
