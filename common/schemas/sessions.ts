import { z } from 'zod';
import { MENTORSHIP_ROLES, personRef } from './mentorships.ts';
import { singleLineText } from './text.ts';

export const SESSION_STATUSES = ['scheduled', 'cancelled'] as const;
/** Derived from the time and status: what the session is to the person looking at it now. */
export const SESSION_PHASES = ['upcoming', 'in-progress', 'past', 'cancelled'] as const;
export type SessionPhase = (typeof SESSION_PHASES)[number];

export const DURATION_MIN = 15;
export const DURATION_MAX = 480;
export const LOCATION_MAX = 500;
export const REASON_MIN = 3;
export const REASON_MAX = 500;
/** Sessions further ahead than this are a typo, not a plan. */
export const SCHEDULE_HORIZON_DAYS = 366;
/** A session that already happened may be recorded up to this long after it. */
export const RECORD_HORIZON_DAYS = 90;

/** An instant with an explicit offset (`Z` or `+02:00`): never a wall time of unknown zone. */
const startsAt = z.iso
  .datetime({ offset: true, error: 'Give the start as a date and time with its offset.' })
  .meta({ example: '2026-12-01T17:00:00Z' });

const durationMinutes = z
  .number({ error: 'Give the length in minutes.' })
  .int('Use whole minutes.')
  .min(DURATION_MIN, `A session lasts at least ${DURATION_MIN} minutes.`)
  .max(DURATION_MAX, `A session lasts at most ${DURATION_MAX / 60} hours.`);

/** A place ("Café Lumen, 2nd floor") or a video link; empty when not decided yet. */
const location = singleLineText(
  LOCATION_MAX,
  `Keep the place or link under ${LOCATION_MAX} characters.`,
);

const reason = singleLineText(REASON_MAX, `Keep the reason under ${REASON_MAX} characters.`).refine(
  (v) => v.length >= REASON_MIN,
  'Say briefly why, so the other person knows.',
);

/**
 * Past and far-future starts are checked by the service against its clock. `held: true` records
 * a session the pair already had (a call that was never planned in Tandem), so its notes,
 * action items and reviews have a home: its start must then be in the past.
 */
export const scheduleSessionInput = z.object({
  mentorshipId: z.uuid('Choose one of your mentorships.'),
  startsAt,
  durationMinutes,
  location: location.optional(),
  held: z.boolean({ error: 'Say whether the session already took place.' }).optional(),
});
export type ScheduleSessionInput = z.input<typeof scheduleSessionInput>;

export const rescheduleSessionInput = z.object({
  startsAt,
  durationMinutes: durationMinutes.optional(),
  location: location.optional(),
  reason,
});
export type RescheduleSessionInput = z.input<typeof rescheduleSessionInput>;

export const cancelSessionInput = z.object({ reason });
export type CancelSessionInput = z.input<typeof cancelSessionInput>;

export const sessionParams = z.object({ id: z.uuid('That is not a session id.') });

export const sessionListQuery = z.object({
  mentorshipId: z.uuid('That is not a mentorship id.').optional(),
  when: z.enum(['upcoming', 'past', 'all']).default('all'),
});

/** Warned about, never refused: people know their own calendars best. */
export const sessionWarning = z.object({
  kind: z.enum(['overlap', 'outside-usual-hours']),
  /** Whose calendar or hours: the viewer's or the other participant's. */
  person: z.enum(['me', 'them']),
  message: z.string(),
});
export type SessionWarning = z.infer<typeof sessionWarning>;

export const READINESS_ITEMS = ['goal', 'questions', 'resources', 'shared-on-time'] as const;
export const readinessItem = z.object({
  key: z.enum(READINESS_ITEMS),
  label: z.string(),
  done: z.boolean(),
  optional: z.boolean(),
});
export type ReadinessItem = z.infer<typeof readinessItem>;

/** Where the prep stands, as either participant may know it (no content). */
export const prepStatus = z.object({
  goalWritten: z.boolean(),
  questionCount: z.number().int(),
  resourceCount: z.number().int(),
  sharedAt: z.iso.datetime().nullable(),
  lastReadAt: z.iso.datetime().nullable(),
  /** Shared, then edited after the mentor last read it. */
  changedSinceRead: z.boolean(),
});
export type PrepStatus = z.infer<typeof prepStatus>;

export const sessionSummary = z.object({
  id: z.uuid(),
  mentorshipId: z.uuid(),
  status: z.enum(SESSION_STATUSES),
  phase: z.enum(SESSION_PHASES),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  location: z.string(),
  myRole: z.enum(MENTORSHIP_ROLES),
  /** The viewer's own zone, so a page can show both sides without another request. */
  myTimeZone: z.string(),
  counterpart: personRef,
  /** Prep should be shared by then (start − the mentorship's prep deadline). */
  prepDueAt: z.iso.datetime(),
  prep: prepStatus,
});
export type SessionSummary = z.infer<typeof sessionSummary>;

export const SESSION_EVENT_KINDS = ['scheduled', 'recorded', 'rescheduled', 'cancelled'] as const;
export const sessionEvent = z.object({
  kind: z.enum(SESSION_EVENT_KINDS),
  actor: z.enum(['me', 'them']),
  reason: z.string(),
  previousStartsAt: z.iso.datetime().nullable(),
  previousDurationMinutes: z.number().int().nullable(),
  startsAt: z.iso.datetime().nullable(),
  durationMinutes: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
});

export const sessionDetail = sessionSummary.extend({
  sequence: z.number().int(),
  warnings: z.array(sessionWarning),
  readiness: z.array(readinessItem),
  history: z.array(sessionEvent),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

export const sessionListOutput = z.object({ sessions: z.array(sessionSummary) });
export type SessionList = z.infer<typeof sessionListOutput>;
