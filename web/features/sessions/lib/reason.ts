import { REASON_MAX, REASON_MIN } from '../../../../common/schemas/sessions.ts';

/** The reason for moving or cancelling: the other person reads it, so it must say something. */
export function reasonError(reason: string): string | null {
  const trimmed = reason.trim();
  if (trimmed.length < REASON_MIN) return 'Say briefly why, so the other person knows.';
  if (trimmed.length > REASON_MAX) return `Keep the reason under ${REASON_MAX} characters.`;
  return null;
}
