import { isAPIError } from 'better-auth/api';
import type { ErrorCode } from '../../../common/errors.ts';
import { AppError } from '../../lib/errors.ts';

// better-auth's error codes that need our own words; the rest map by status below.
const known: Record<string, [ErrorCode, string]> = {
  INVALID_EMAIL_OR_PASSWORD: [
    'invalid_credentials',
    'That email and password do not match an account.',
  ],
  INVALID_PASSWORD: ['invalid_credentials', 'Your current password is not right.'],
  USER_ALREADY_EXISTS: [
    'email_taken',
    'An account with this email already exists. Try signing in.',
  ],
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: [
    'email_taken',
    'An account with this email already exists. Try signing in.',
  ],
};

const byStatus: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  409: 'conflict',
  422: 'validation_failed',
  429: 'rate_limited',
};

/** Translates an error thrown by better-auth into our single error type; rethrows others. */
export function toAppError(error: unknown): never {
  if (!isAPIError(error)) throw error;
  const code = typeof error.body?.code === 'string' ? error.body.code : '';
  const mapped = known[code];
  if (mapped) throw new AppError(mapped[0], mapped[1]);
  const ours = byStatus[error.statusCode];
  if (ours) throw new AppError(ours, error.body?.message ?? 'The request was refused.');
  throw error;
}
