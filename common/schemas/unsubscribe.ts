import { z } from 'zod';
import { NOTIFICATION_CHANNELS } from '../notifications/notification-types.ts';

export const unsubscribeParams = z.object({
  /** The token from a mail's footer or its List-Unsubscribe header. */
  unsubscribeToken: z.string().min(1, 'The unsubscribe address is incomplete.').max(400),
});

/**
 * What a one-click unsubscribe (RFC 8058) posts: `List-Unsubscribe=One-Click` as a form. A
 * confirmation page may post nothing, or `{}` as JSON.
 */
export const unsubscribeInput = z
  .object({
    'List-Unsubscribe': z
      .literal('One-Click', { error: 'List-Unsubscribe must be "One-Click".' })
      .optional(),
  })
  .nullish();

export const unsubscribeOutput = z.object({
  /** A notification type id, or `digest` for the digest mail. */
  type: z.string(),
  /** What these mails are about, in the words of the preferences page. */
  label: z.string(),
  /** The channel in force now: `off` (or `in-app` for the digest) once unsubscribed. */
  channel: z.enum(NOTIFICATION_CHANNELS),
  /** The link is for an address with no account (an invitation by email): mail is all it gets. */
  forAddress: z.boolean(),
});
export type UnsubscribeOutput = z.infer<typeof unsubscribeOutput>;
