import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  NOTIFICATION_TYPE_IDS,
  type NotificationType,
} from '../../../common/notifications/notification-types.ts';

/**
 * The digest mail is not one of the product's notification types (people choose `digest` as a
 * channel, not as a type), but it is scheduled, sent and unsubscribed from like one. This
 * reserved type string lives only inside the notifications feature.
 */
export const DIGEST_TYPE = 'digest';
export type MailType = NotificationType | typeof DIGEST_TYPE;

export function isMailType(value: string): value is MailType {
  return value === DIGEST_TYPE || (NOTIFICATION_TYPE_IDS as string[]).includes(value);
}

// A purpose prefix, so this HMAC can never be mistaken for another use of the same secret.
// Truncated to 128 bits (RFC 2104 allows it): plenty against guessing, and it keeps the token
// under the router's 100-character limit for one path segment.
const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`tandem-unsubscribe:${payload}`).digest().subarray(0, 16);

/**
 * The subject of a token for a mail to an address without an account: the reminder that sent
 * it (the address itself would put a person's email in every server log line of the link).
 */
export const addressSubject = (reminderId: string) => `reminder:${reminderId}`;

/** The reminder id of an address subject, or null for a person's id. */
export const reminderOfSubject = (subject: string) =>
  subject.startsWith('reminder:') ? subject.slice('reminder:'.length) : null;

/**
 * `base64url(subject.type).base64url(hmac)`, the subject being a person's id or an
 * `addressSubject`: the link in every mail's footer and its
 * List-Unsubscribe header. It needs no table (nothing to revoke: it can only turn mail off).
 */
export function unsubscribeToken(secret: string, subject: string, type: MailType): string {
  const payload = Buffer.from(`${subject}.${type}`).toString('base64url');
  return `${payload}.${sign(secret, payload).toString('base64url')}`;
}

/** The subject and type a token stands for, or null for anything forged, truncated or malformed. */
export function readUnsubscribeToken(
  secret: string,
  token: string,
): { subject: string; type: MailType } | null {
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) return null;
  const expected = sign(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const decoded = Buffer.from(payload, 'base64url').toString('utf8');
  const dot = decoded.lastIndexOf('.');
  const subject = decoded.slice(0, dot);
  const type = decoded.slice(dot + 1);
  if (dot < 1 || !isMailType(type)) return null;
  return { subject, type };
}
