/**
 * Error codes on the wire. Clients branch on `code`, never on `message`, so codes are stable:
 * add new ones, never rename. Each code has exactly one HTTP status.
 */
export const errorStatus = {
  validation_failed: 400,
  invalid_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  origin_mismatch: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  /** The thing exists but is not in a state that allows this (e.g. accepting a closed request). */
  invalid_state: 409,
  /** The mentor has no free mentee slot left. */
  capacity_reached: 409,
  /** The pair already has a pending request or an ongoing mentorship. */
  already_connected: 409,
  /** The mentee's prep lacks what sharing needs (a session goal). */
  prep_incomplete: 409,
  /** The mentor asked for a brief the mentee has not shared yet. */
  prep_not_shared: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** The body of every error response: `{ error: { code, message, fields? } }`. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Field path (dot separated, e.g. `goals.0.title`) → what is wrong with it. */
    fields?: Record<string, string>;
  };
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}
