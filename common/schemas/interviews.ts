import { z } from 'zod';
import { multiLineText, singleLineText } from './text.ts';

/**
 * Interviews of program candidates, scored blind on the cohort's rubric by a panel of staff,
 * and the decision that follows. Blindness is the server's rule: a reviewer who has not
 * submitted their own scorecard never receives anyone else's scores, in any response.
 */

export const APPLICATION_STATUSES = [
  'submitted',
  'interviewing',
  'accepted',
  'waitlisted',
  'declined',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const DECISIONS = ['accepted', 'waitlisted', 'declined'] as const;
export type Decision = (typeof DECISIONS)[number];

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const LEVELS = 5;
export const CRITERIA_MAX = 12;
export const CRITERION_NAME_MAX = 80;
export const DESCRIPTOR_MAX = 300;
export const SCORE_NOTE_MAX = 1000;
export const SCORECARD_NOTES_MAX = 5000;
export const PANEL_MAX = 8;
export const INTERVIEW_DURATION_MIN = 15;
export const INTERVIEW_DURATION_MAX = 240;
export const INTERVIEW_LOCATION_MAX = 500;
export const INTERVIEW_HORIZON_DAYS = 366;
export const CANCEL_REASON_MAX = 500;
export const DECISION_REASON_MAX = 2000;
/** A criterion whose scores spread this far (max − min) or more is flagged. */
export const DISAGREEMENT_SPREAD = 2;

// ---- params ----

export const cohortParams = z.object({ cohortId: z.uuid('That is not a cohort id.') });
export const applicationParams = z.object({
  applicationId: z.uuid('That is not an application id.'),
});
export const interviewParams = z.object({ interviewId: z.uuid('That is not an interview id.') });

// ---- rubric ----

const criterionName = singleLineText(
  CRITERION_NAME_MAX,
  `Keep the name under ${CRITERION_NAME_MAX} characters.`,
).refine((v) => v.length > 0, 'Give the criterion a name.');

const descriptor = singleLineText(
  DESCRIPTOR_MAX,
  `Keep each level under ${DESCRIPTOR_MAX} characters.`,
).refine((v) => v.length > 0, 'Describe what this level looks like.');

export const rubricCriterionInput = z.object({
  /** An existing criterion of this cohort's rubric; absent for a new one. */
  id: z.uuid('That is not a criterion of this rubric.').optional(),
  name: criterionName,
  descriptors: z
    .array(descriptor, { error: 'Give the five levels.' })
    .length(LEVELS, 'Describe exactly five levels, from 1 to 5.'),
});

export const rubricInput = z.object({
  criteria: z
    .array(rubricCriterionInput, { error: 'List the criteria.' })
    .max(CRITERIA_MAX, `A rubric has at most ${CRITERIA_MAX} criteria.`)
    .refine((list) => {
      const ids = list.flatMap((c) => (c.id ? [c.id] : []));
      return new Set(ids).size === ids.length;
    }, 'A criterion appears twice.')
    .refine(
      (list) => new Set(list.map((c) => c.name.toLowerCase())).size === list.length,
      'Two criteria have the same name.',
    ),
});
export type RubricInput = z.input<typeof rubricInput>;

export const rubricCriterion = z.object({
  id: z.uuid(),
  name: z.string(),
  descriptors: z.array(z.string()),
  /** Someone has scored it: removing it archives it, so their scores keep their meaning. */
  scored: z.boolean(),
});
export type RubricCriterion = z.infer<typeof rubricCriterion>;

export const rubricOutput = z.object({
  cohortId: z.uuid(),
  criteria: z.array(rubricCriterion),
  /** Criteria taken out after being scored; kept for the scores that used them. */
  archived: z.array(rubricCriterion.extend({ archivedAt: z.iso.datetime() })),
  canEdit: z.boolean(),
});
export type Rubric = z.infer<typeof rubricOutput>;

// ---- interviews ----

const startsAt = z.iso
  .datetime({ offset: true, error: 'Give the start as a date and time with its offset.' })
  .meta({ example: '2026-12-01T17:00:00Z' });

const durationMinutes = z
  .number({ error: 'Give the length in minutes.' })
  .int('Use whole minutes.')
  .min(INTERVIEW_DURATION_MIN, `An interview lasts at least ${INTERVIEW_DURATION_MIN} minutes.`)
  .max(INTERVIEW_DURATION_MAX, `An interview lasts at most ${INTERVIEW_DURATION_MAX / 60} hours.`);

const location = singleLineText(
  INTERVIEW_LOCATION_MAX,
  `Keep the place or link under ${INTERVIEW_LOCATION_MAX} characters.`,
);

const reviewerIds = z
  .array(z.string().min(1).max(100), { error: 'Choose the reviewers.' })
  .min(1, 'Choose at least one reviewer.')
  .max(PANEL_MAX, `A panel has at most ${PANEL_MAX} reviewers.`)
  .refine((ids) => new Set(ids).size === ids.length, 'A reviewer is chosen twice.');

export const scheduleInterviewInput = z.object({
  startsAt,
  durationMinutes,
  location: location.optional(),
  reviewerIds,
});
export type ScheduleInterviewInput = z.input<typeof scheduleInterviewInput>;

const cancelReason = singleLineText(
  CANCEL_REASON_MAX,
  `Keep the reason under ${CANCEL_REASON_MAX} characters.`,
).refine((v) => v.length >= 3, 'Say briefly why, so the candidate and the panel know.');

/** Move it, change its place or panel — or cancel it with a reason (and nothing else). */
export const updateInterviewInput = z
  .object({
    startsAt: startsAt.optional(),
    durationMinutes: durationMinutes.optional(),
    location: location.optional(),
    reviewerIds: reviewerIds.optional(),
    cancel: z.literal(true, { error: 'Send `cancel: true` to cancel.' }).optional(),
    reason: cancelReason.optional(),
  })
  .superRefine((input, ctx) => {
    const changes = ['startsAt', 'durationMinutes', 'location', 'reviewerIds'] as const;
    const changing = changes.filter((key) => input[key] !== undefined);
    if (input.cancel) {
      if (!input.reason) {
        ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why it is cancelled.' });
      }
      for (const key of changing) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'Cancel, or change it: not both.' });
      }
    } else if (changing.length === 0) {
      ctx.addIssue({ code: 'custom', path: [], message: 'Say what changes.' });
    }
  });
export type UpdateInterviewInput = z.input<typeof updateInterviewInput>;

export const INTERVIEW_STATUSES = ['scheduled', 'cancelled'] as const;
export const SCORECARD_STATES = ['not-started', 'draft', 'submitted'] as const;
export type ScorecardState = (typeof SCORECARD_STATES)[number];

const person = z.object({ id: z.string(), name: z.string() });

/** The time of an interview, with its reading in the viewer's own zone. */
const interviewTime = z.object({
  startsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  /** The viewer's zone, and "Tue, 1 Dec 2026, 14:00" read in it. */
  timeZone: z.string(),
  localStart: z.string(),
});

const scoreEntry = z.object({
  criterionId: z.uuid(),
  score: z.number().int(),
  note: z.string(),
});

export const scorecardOutput = z.object({
  reviewer: person,
  state: z.enum(SCORECARD_STATES),
  scores: z.array(scoreEntry),
  notes: z.string(),
  submittedAt: z.iso.datetime().nullable(),
});
export type Scorecard = z.infer<typeof scorecardOutput>;

/**
 * One interview as a staff member sees it. `others` is null while the viewer is blind: they sit
 * on a panel of this application and have not submitted there yet. Then they learn only
 * `othersSubmitted`, a count.
 */
export const interviewOutput = interviewTime.extend({
  id: z.uuid(),
  applicationId: z.uuid(),
  cohortId: z.uuid(),
  programId: z.uuid(),
  programName: z.string(),
  cohortName: z.string(),
  status: z.enum(INTERVIEW_STATUSES),
  cancelledAt: z.iso.datetime().nullable(),
  location: z.string(),
  candidate: z.object({ name: z.string() }),
  applicationStatus: z.enum(APPLICATION_STATUSES),
  viewer: z.object({
    role: z.enum(['admin', 'reviewer']),
    onPanel: z.boolean(),
    blind: z.boolean(),
  }),
  panel: z.array(person),
  rubric: z.array(rubricCriterion.omit({ scored: true })),
  mine: scorecardOutput.nullable(),
  othersSubmitted: z.number().int(),
  others: z.array(scorecardOutput).nullable(),
});
export type InterviewDetail = z.infer<typeof interviewOutput>;

/** A line in the application's list of interviews; submission states only for a sighted viewer. */
export const interviewListItem = interviewTime.extend({
  id: z.uuid(),
  status: z.enum(INTERVIEW_STATUSES),
  location: z.string(),
  panel: z.array(
    person.extend({
      /** Null when the viewer is blind (they have not submitted their own yet). */
      scorecard: z.enum(SCORECARD_STATES).nullable(),
    }),
  ),
  myScorecard: z.enum(SCORECARD_STATES).nullable(),
});
export type InterviewListItem = z.infer<typeof interviewListItem>;

export const decisionOutput = z.object({
  applicationId: z.uuid(),
  status: z.enum(APPLICATION_STATUSES),
  decision: z
    .object({
      outcome: z.enum(DECISIONS),
      reason: z.string(),
      decidedAt: z.iso.datetime(),
      decidedBy: z.object({ name: z.string() }),
    })
    .nullable(),
});
export type DecisionView = z.infer<typeof decisionOutput>;

export const applicationInterviewsOutput = z.object({
  application: decisionOutput.extend({
    cohortId: z.uuid(),
    programId: z.uuid(),
    candidate: z.object({ name: z.string() }),
  }),
  viewer: z.object({ role: z.enum(['admin', 'reviewer']) }),
  /** Who may sit on a panel (admins only receive it: they schedule). */
  staff: z.array(person.extend({ role: z.enum(['admin', 'reviewer']) })),
  interviews: z.array(interviewListItem),
});
export type ApplicationInterviews = z.infer<typeof applicationInterviewsOutput>;

// ---- scorecards ----

export const scorecardInput = z.object({
  scores: z
    .array(
      z.object({
        criterionId: z.uuid('That is not a criterion of this rubric.'),
        score: z
          .number({ error: 'Give a score from 1 to 5.' })
          .int('Give a whole score from 1 to 5.')
          .min(SCORE_MIN, 'Give a score from 1 to 5.')
          .max(SCORE_MAX, 'Give a score from 1 to 5.'),
        note: multiLineText(SCORE_NOTE_MAX)
          .transform((v) => v.trim())
          .optional(),
      }),
    )
    .max(CRITERIA_MAX, `A rubric has at most ${CRITERIA_MAX} criteria.`)
    .refine(
      (list) => new Set(list.map((s) => s.criterionId)).size === list.length,
      'A criterion is scored twice.',
    ),
  notes: multiLineText(SCORECARD_NOTES_MAX)
    .transform((v) => v.trim())
    .optional(),
});
export type ScorecardInput = z.input<typeof scorecardInput>;

// ---- aggregate scores ----

export const criterionAggregate = z.object({
  criterionId: z.uuid(),
  name: z.string(),
  archived: z.boolean(),
  /** How many submitted scorecards scored it. */
  count: z.number().int(),
  mean: z.number().nullable(),
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
  /** max − min. */
  spread: z.number().int().nullable(),
  /** The reviewers disagree: a spread of 2 or more. */
  disagree: z.boolean(),
});
export type CriterionAggregate = z.infer<typeof criterionAggregate>;

export const scoresOutput = z.object({
  applicationId: z.uuid(),
  /** True when the viewer must submit their own scorecard before seeing anyone's. */
  blind: z.boolean(),
  /** Submitted scorecards the viewer does not see yet (when blind) or sees (otherwise). */
  submittedCount: z.number().int(),
  criteria: z.array(criterionAggregate),
  /** The mean of the criterion means (each criterion weighs the same); null with no scores. */
  overallMean: z.number().nullable(),
  reviewers: z.array(z.object({ name: z.string(), submittedAt: z.iso.datetime() })),
});
export type ScoresView = z.infer<typeof scoresOutput>;

// ---- decision ----

export const decisionInput = z.object({
  outcome: z.enum(DECISIONS, { error: 'Choose accepted, waitlisted or declined.' }),
  reason: multiLineText(DECISION_REASON_MAX)
    .transform((v) => v.trim())
    .refine((v) => v.length >= 1, 'Give the reason: the candidate reads it.'),
});
export type DecisionInput = z.input<typeof decisionInput>;

// ---- my interviews ----

export const myInterviewsOutput = z.object({
  asCandidate: z.array(
    interviewTime.extend({
      id: z.uuid(),
      location: z.string(),
      programName: z.string(),
      cohortName: z.string(),
    }),
  ),
  asReviewer: z.array(
    interviewTime.extend({
      id: z.uuid(),
      location: z.string(),
      programName: z.string(),
      cohortName: z.string(),
      candidate: z.object({ name: z.string() }),
      myScorecard: z.enum(SCORECARD_STATES),
    }),
  ),
});
export type MyInterviews = z.infer<typeof myInterviewsOutput>;
