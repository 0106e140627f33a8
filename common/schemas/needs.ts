import { z } from 'zod';

/**
 * "What needs me now" on Home: the few things waiting for the signed-in person across their
 * open mentorships, each with where to do it and by when.
 */

export const NEED_KINDS = [
  'request',
  'prep',
  'brief',
  'review',
  'fit-check',
  'action-item',
] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

/** `overdue`: its moment has passed; `soon`: within two days; `later`: everything else. */
export const NEED_URGENCIES = ['overdue', 'soon', 'later'] as const;
export type NeedUrgency = (typeof NEED_URGENCIES)[number];

export const needItem = z.object({
  kind: z.enum(NEED_KINDS),
  /** Stable across refreshes: kind plus the id of the thing. */
  key: z.string(),
  title: z.string(),
  /** Where to do it, a path in the web app. */
  link: z.string(),
  mentorshipId: z.uuid(),
  /** The other person's name (null while an invitation waits for someone unknown). */
  counterpartName: z.string().nullable(),
  /** A moment it is due by (prep, reviews, fit checks, requests)… */
  dueAt: z.iso.datetime().nullable(),
  /** …or a calendar day in the owner's zone (action items). */
  dueDate: z.string().nullable(),
  urgency: z.enum(NEED_URGENCIES),
  /** Brief to read: it was read before and has changed since. */
  changedSinceRead: z.boolean().optional(),
});
export type NeedItem = z.infer<typeof needItem>;

export const needsOutput = z.object({ needs: z.array(needItem) });
export type Needs = z.infer<typeof needsOutput>;
