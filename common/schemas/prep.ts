import { z } from 'zod';
import { sharedGoal } from './mentorships.ts';
import { isWebUrl } from './profile.ts';
import { sessionParams, sessionSummary } from './sessions.ts';
import { multiLineText, singleLineText } from './text.ts';

export const PREP_GOAL_MIN = 10;
export const PREP_GOAL_MAX = 300;
export const QUESTION_MIN = 3;
export const QUESTION_MAX = 500;
export const MAX_QUESTIONS = 20;
export const RESOURCE_TITLE_MAX = 160;
export const RESOURCE_NOTE_MAX = 500;
export const MAX_RESOURCES = 15;

export const RESOURCE_KINDS = ['project', 'document', 'profile', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const setPrepGoalInput = z.object({
  goal: singleLineText(
    PREP_GOAL_MAX,
    `Keep the session goal to one sentence under ${PREP_GOAL_MAX} characters.`,
  )
    .refine(
      (v) => v.length >= PREP_GOAL_MIN,
      'Write the session goal as one specific sentence: what should be true when the session ends?',
    )
    .meta({ example: 'Leave with a study plan for the system design interview on 12 January.' }),
  /** One of the goals shared in this mentorship, or null. */
  goalId: z.uuid('Pick one of the goals you shared.').nullable().optional(),
});
export type SetPrepGoalInput = z.input<typeof setPrepGoalInput>;

export const questionInput = z.object({
  text: multiLineText(QUESTION_MAX)
    .transform((v) => v.trim())
    .refine((v) => v.length >= QUESTION_MIN, 'Write the question.'),
});
export type QuestionInput = z.input<typeof questionInput>;

export const reorderQuestionsInput = z.object({
  /** Every question id of the prep, in the new order. */
  ids: z.array(z.uuid()).max(MAX_QUESTIONS),
});

export const resourceInput = z.object({
  title: singleLineText(
    RESOURCE_TITLE_MAX,
    `Keep the title under ${RESOURCE_TITLE_MAX} characters.`,
  ).refine((v) => v.length > 0, 'Give the link a title.'),
  url: singleLineText(2000, 'That address is too long.').refine(
    isWebUrl,
    'Use a web address that starts with https:// (or http://).',
  ),
  kind: z.enum(RESOURCE_KINDS, { error: 'Choose project, document, profile or other.' }),
  note: multiLineText(RESOURCE_NOTE_MAX)
    .transform((v) => v.trim())
    .optional(),
});
export type ResourceInput = z.input<typeof resourceInput>;
export const updateResourceInput = resourceInput
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Change at least one field.');

export const questionParams = sessionParams.extend({
  questionId: z.uuid('That is not a question id.'),
});
export const resourceParams = sessionParams.extend({
  resourceId: z.uuid('That is not a link id.'),
});

/** `added` or `edited` after the mentor last read the brief; null when unchanged or never read. */
const changeMark = z.enum(['added', 'edited']).nullable();

export const prepQuestion = z.object({
  id: z.uuid(),
  text: z.string(),
  changedSinceRead: changeMark,
});
export const prepResource = z.object({
  id: z.uuid(),
  title: z.string(),
  url: z.string(),
  kind: z.enum(RESOURCE_KINDS),
  note: z.string(),
  changedSinceRead: changeMark,
});

export const prepOutput = z.object({
  sessionId: z.uuid(),
  goal: z.string(),
  goalId: z.uuid().nullable(),
  questions: z.array(prepQuestion),
  resources: z.array(prepResource),
  sharedAt: z.iso.datetime().nullable(),
  firstReadAt: z.iso.datetime().nullable(),
  lastReadAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  /** What changed since the mentor last read it; null until shared and read. */
  changesSinceRead: z
    .object({
      goal: z.boolean(),
      /** Questions the mentor read now come in another order. */
      reordered: z.boolean(),
      removedQuestions: z.array(z.string()),
      removedResources: z.array(z.string()),
      any: z.boolean(),
    })
    .nullable(),
  /** Only the mentee edits, and only while the session is scheduled and not over yet. */
  editable: z.boolean(),
  /** The mentee's goals shared in this mentorship: the ones the session goal may link to. */
  sharedGoals: z.array(sharedGoal),
});
export type Prep = z.infer<typeof prepOutput>;

/** The one-page brief for the mentor (the mentee may preview it; only the mentor's opening counts as read). */
export const briefOutput = z.object({
  session: sessionSummary,
  menteeName: z.string(),
  mentorName: z.string(),
  prep: prepOutput,
  linkedGoal: sharedGoal.nullable(),
  sharedGoals: z.array(sharedGoal),
  /** Every open action item of the pair, overdue by the owner's own calendar. */
  openActionItems: z.array(
    z.object({
      id: z.uuid(),
      title: z.string(),
      /** The owner's name. */
      owner: z.string(),
      dueDate: z.string().nullable(),
      overdue: z.boolean(),
    }),
  ),
  /** Questions of earlier sessions' shared preps not yet covered nor dropped, oldest first. */
  carriedQuestions: z.array(
    z.object({
      id: z.uuid(),
      text: z.string(),
      fromSessionId: z.uuid(),
      fromStartsAt: z.iso.datetime(),
    }),
  ),
});
export type Brief = z.infer<typeof briefOutput>;
