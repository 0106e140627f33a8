import { z } from 'zod';
import { FIT_CHECK_EVERY_MAX, FIT_CHECK_EVERY_MIN } from '../fit-check/fit-check-rounds.ts';
import { GOAL_CATEGORY_IDS } from '../taxonomy/goal-categories.ts';
import { GOAL_STATUSES } from './goals.ts';
import { multiLineText, singleLineText } from './text.ts';

/**
 * Mentorships: from a request (or an informal invitation) to an ongoing pair.
 *   pending → active ↔ paused → closed
 *   pending → declined | withdrawn | expired   (a request or invitation that never started)
 */
export const MENTORSHIP_STATUSES = [
  'pending',
  'active',
  'paused',
  'closed',
  'declined',
  'withdrawn',
  'expired',
] as const;
export type MentorshipStatus = (typeof MENTORSHIP_STATUSES)[number];

/** A pair may have only one mentorship in these at a time (a partial unique index agrees). */
export const OPEN_MENTORSHIP_STATUSES: MentorshipStatus[] = ['pending', 'active', 'paused'];

export const CADENCES = ['weekly', 'every-two-weeks', 'monthly', 'one-off'] as const;
export type Cadence = (typeof CADENCES)[number];

export const DECLINE_REASONS = [
  'no-capacity',
  'not-my-expertise',
  'someone-else-fits-better',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const MENTORSHIP_ORIGINS = ['request', 'invitation', 'program'] as const;
export const MENTORSHIP_ROLES = ['mentee', 'mentor'] as const;
export type MentorshipRole = (typeof MENTORSHIP_ROLES)[number];

export const REQUEST_MESSAGE_MIN = 60;
export const REQUEST_MESSAGE_MAX = 2000;
export const INVITE_MESSAGE_MIN = 20;
export const DECLINE_NOTE_MAX = 500;
export const MAX_SHARED_GOALS = 5;
export const PREP_DEADLINE_HOURS_MAX = 168;
/** A mentor's median response time is shown once they have answered this many requests. */
export const RESPONSE_TIME_MIN_ANSWERED = 3;

const goalIds = z
  .array(z.uuid('Pick goals from your list.'), { error: 'Pick at least one of your goals.' })
  .min(1, 'Pick at least one of your goals to share.')
  .max(MAX_SHARED_GOALS, `Share at most ${MAX_SHARED_GOALS} goals in one request.`)
  .transform((ids) => [...new Set(ids)]);

const cadence = z.enum(CADENCES, { error: 'Choose weekly, every two weeks, monthly or one-off.' });

export const requestMentorshipInput = z.object({
  mentorId: z.string().min(1, 'Choose a mentor.').max(100),
  goalIds,
  message: multiLineText(REQUEST_MESSAGE_MAX)
    .transform((v) => v.trim())
    .refine(
      (v) => v.length >= REQUEST_MESSAGE_MIN,
      `Write at least ${REQUEST_MESSAGE_MIN} characters: say what you hope to get from this mentor.`,
    ),
  cadence: cadence.nullable().optional(),
});
export type RequestMentorshipInput = z.input<typeof requestMentorshipInput>;

export const declineMentorshipInput = z.object({
  reason: z.enum(DECLINE_REASONS, { error: 'Choose a reason from the list.' }),
  note: multiLineText(DECLINE_NOTE_MAX)
    .transform((v) => v.trim())
    .optional(),
});
export type DeclineMentorshipInput = z.input<typeof declineMentorshipInput>;

export const inviteInput = z.object({
  /** What the invited person will be in the mentorship. */
  inviteeRole: z.enum(MENTORSHIP_ROLES, {
    error: 'Say whether they would mentor you or you them.',
  }),
  /** Optional: without it, the inviter shares the link themselves. */
  email: z
    .email('Enter a valid email address, like sam@example.com.')
    .max(254)
    .transform((v) => v.toLowerCase())
    .optional(),
  message: multiLineText(REQUEST_MESSAGE_MAX)
    .transform((v) => v.trim())
    .refine(
      (v) => v.length >= INVITE_MESSAGE_MIN,
      `Write at least ${INVITE_MESSAGE_MIN} characters so they know why you are asking.`,
    ),
  /** The inviter's goals to share, when the inviter is the mentee. */
  goalIds: goalIds.optional(),
  cadence: cadence.nullable().optional(),
});
export type InviteInput = z.input<typeof inviteInput>;

export const updateMentorshipInput = z
  .object({
    cadence: cadence.nullable(),
    prepDeadlineHours: z
      .number({ error: 'Give the prep deadline in hours.' })
      .int('Use whole hours.')
      .min(1, 'Ask for prep at least 1 hour ahead.')
      .max(PREP_DEADLINE_HOURS_MAX, 'Ask for prep at most a week (168 hours) ahead.'),
    /** After the 2nd round, the fit check comes back every this many held sessions. */
    fitCheckEvery: z
      .number({ error: 'Say after how many sessions the fit check comes back.' })
      .int('Use a whole number of sessions.')
      .min(FIT_CHECK_EVERY_MIN, `Ask at most every session (${FIT_CHECK_EVERY_MIN}).`)
      .max(FIT_CHECK_EVERY_MAX, `Ask at least every ${FIT_CHECK_EVERY_MAX} sessions.`),
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Change at least one field.');
export type UpdateMentorshipInput = z.input<typeof updateMentorshipInput>;

export const pauseMentorshipInput = z.object({
  note: singleLineText(300).optional(),
});

export const mentorshipParams = z.object({ id: z.uuid('That is not a mentorship id.') });
export const invitationParams = z.object({
  token: z.string().min(20, 'That invitation link is not complete.').max(100),
});

export const personRef = z.object({
  id: z.string(),
  name: z.string(),
  timeZone: z.string(),
});
export type PersonRef = z.infer<typeof personRef>;

export const sharedGoal = z.object({
  id: z.uuid(),
  title: z.string(),
  category: z.enum(GOAL_CATEGORY_IDS),
  successCriterion: z.string(),
  targetDate: z.string().nullable(),
  status: z.enum(GOAL_STATUSES),
});
export type SharedGoal = z.infer<typeof sharedGoal>;

export const mentorshipSummary = z.object({
  id: z.uuid(),
  status: z.enum(MENTORSHIP_STATUSES),
  origin: z.enum(MENTORSHIP_ORIGINS),
  myRole: z.enum(MENTORSHIP_ROLES),
  /** Null while an invitation waits for someone who has not joined yet. */
  counterpart: personRef.nullable(),
  /** Who asked: `me` or `them`. */
  requestedBy: z.enum(['me', 'them']),
  /** The invitation's address, shown to the inviter only. */
  inviteEmail: z.string().nullable(),
  message: z.string(),
  cadence: z.enum(CADENCES).nullable(),
  prepDeadlineHours: z.number().int(),
  requestedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime().nullable(),
  respondedAt: z.iso.datetime().nullable(),
  startedAt: z.iso.datetime().nullable(),
  pausedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  decline: z
    .object({
      reason: z.enum(DECLINE_REASONS),
      /** The reason in kind words for the mentee (common/mentorships/decline-wording.ts). */
      message: z.string(),
      note: z.string(),
    })
    .nullable(),
  /** The next scheduled session, if any. */
  nextSession: z.object({ id: z.uuid(), startsAt: z.iso.datetime() }).nullable(),
});
export type MentorshipSummary = z.infer<typeof mentorshipSummary>;

export const MENTORSHIP_EVENT_KINDS = [
  'requested',
  'invited',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
  'paused',
  'resumed',
  'closed',
  'updated',
  'matched',
] as const;

export const mentorshipDetail = mentorshipSummary.extend({
  /** After the 1st and 3rd held sessions, the fit check comes back every this many. */
  fitCheckEvery: z.number().int(),
  goals: z.array(sharedGoal),
  events: z.array(
    z.object({
      kind: z.enum(MENTORSHIP_EVENT_KINDS),
      /** `tandem` when nobody acted (an expiry). */
      actor: z.enum(['me', 'them', 'tandem']),
      note: z.string(),
      createdAt: z.iso.datetime(),
    }),
  ),
});
export type MentorshipDetail = z.infer<typeof mentorshipDetail>;

export const mentorshipListOutput = z.object({ mentorships: z.array(mentorshipSummary) });
export type MentorshipList = z.infer<typeof mentorshipListOutput>;

/** Creating an invitation answers the link once: only its hash is stored. */
export const invitationCreatedOutput = z.object({
  mentorship: mentorshipDetail,
  inviteUrl: z.url(),
});
export type InvitationCreated = z.infer<typeof invitationCreatedOutput>;

/** What an invitation link shows before anyone accepts it (the link is the credential). */
export const invitationPreviewOutput = z.object({
  inviterName: z.string(),
  inviteeRole: z.enum(MENTORSHIP_ROLES),
  message: z.string(),
  status: z.enum(MENTORSHIP_STATUSES),
  expiresAt: z.iso.datetime().nullable(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewOutput>;

/** A mentor's typical time to answer a request, once they have answered enough of them. */
export const responseTimeOutput = z
  .object({ medianHours: z.number(), answered: z.number().int() })
  .nullable();
