import { z } from 'zod';
import { multiLineText, singleLineText } from './text.ts';

/**
 * A cohort's application form, and the applications candidates send with it.
 *   submitted → interviewing → accepted | waitlisted | declined, or withdrawn by the candidate
 * while no decision is made.
 */
export const QUESTION_KINDS = [
  'short-text',
  'long-text',
  'single-choice',
  'multiple-choice',
  'scale',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const CHOICE_KINDS: readonly QuestionKind[] = ['single-choice', 'multiple-choice'];

export const APPLICATION_STATUSES = [
  'submitted',
  'interviewing',
  'accepted',
  'waitlisted',
  'declined',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const DECIDED_STATUSES: readonly ApplicationStatus[] = [
  'accepted',
  'waitlisted',
  'declined',
];

export const QUESTION_LABEL_MAX = 300;
export const QUESTION_HELP_MAX = 600;
export const OPTION_MAX = 120;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 20;
export const QUESTIONS_MAX = 50;
export const SHORT_ANSWER_MAX = 200;
export const LONG_ANSWER_MAX = 5000;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export const applicationParams = z.object({ applicationId: z.uuid() });
export const myApplicationParams = z.object({ id: z.uuid() });

export const questionInput = z
  .object({
    /** An existing question keeps its id; a new one has none. */
    id: z.uuid().optional(),
    kind: z.enum(QUESTION_KINDS, { error: 'Choose what kind of answer the question takes.' }),
    label: singleLineText(QUESTION_LABEL_MAX).refine((v) => v.length > 0, 'Write the question.'),
    help: multiLineText(QUESTION_HELP_MAX)
      .transform((v) => v.trim())
      .default(''),
    required: z.boolean().default(false),
    options: z.array(singleLineText(OPTION_MAX)).max(OPTIONS_MAX).default([]),
  })
  .superRefine((q, ctx) => {
    const choice = CHOICE_KINDS.includes(q.kind);
    if (!choice && q.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'Only choice questions have options.',
      });
      return;
    }
    if (!choice) return;
    if (q.options.length < OPTIONS_MIN || q.options.length > OPTIONS_MAX) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `Give between ${OPTIONS_MIN} and ${OPTIONS_MAX} choices.`,
      });
    }
    q.options.forEach((option, index) => {
      if (!option) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index],
          message: 'Write the choice or remove it.',
        });
      } else if (q.options.indexOf(option) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index],
          message: 'Each choice must be different.',
        });
      }
    });
  });
export type QuestionInput = z.input<typeof questionInput>;

export const applicationFormInput = z.object({
  questions: z
    .array(questionInput)
    .max(QUESTIONS_MAX, `A form holds at most ${QUESTIONS_MAX} questions.`)
    .refine((qs) => {
      const ids = qs.flatMap((q) => (q.id ? [q.id] : []));
      return new Set(ids).size === ids.length;
    }, 'A question appears twice.'),
});
export type ApplicationFormInput = z.input<typeof applicationFormInput>;

export const questionOutput = z.object({
  id: z.uuid(),
  kind: z.enum(QUESTION_KINDS),
  label: z.string(),
  help: z.string(),
  required: z.boolean(),
  options: z.array(z.string()),
  /** Someone already answered it: its kind can no longer change, and removing it archives it. */
  answered: z.boolean(),
});
export type Question = z.infer<typeof questionOutput>;
export const applicationFormOutput = z.object({ questions: z.array(questionOutput) });
export type ApplicationForm = z.infer<typeof applicationFormOutput>;

/** One answer: text, one choice, several choices, or 1–5. */
export const answerValue = z.union([
  z.string().max(LONG_ANSWER_MAX),
  z.array(z.string().max(OPTION_MAX)).max(OPTIONS_MAX),
  z.number().int(),
]);
export type AnswerValue = z.infer<typeof answerValue>;

export const submitApplicationInput = z.object({
  /** Question id → answer; questions left out are unanswered. */
  answers: z.record(z.uuid(), answerValue).refine((v) => Object.keys(v).length <= QUESTIONS_MAX, {
    message: 'Too many answers.',
  }),
});
export type SubmitApplicationInput = z.input<typeof submitApplicationInput>;

const historyEntry = z.object({ status: z.enum(APPLICATION_STATUSES), at: z.iso.datetime() });

export const answerOutput = z.object({
  questionId: z.uuid(),
  label: z.string(),
  kind: z.enum(QUESTION_KINDS),
  value: answerValue,
});

/** What a candidate sees of their own application. */
export const myApplicationOutput = z.object({
  id: z.uuid(),
  cohortId: z.uuid(),
  cohortName: z.string(),
  programName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  /** Only once decided. */
  decisionReason: z.string().nullable(),
  withdrawnAt: z.iso.datetime().nullable(),
  answers: z.array(answerOutput),
});
export type MyApplication = z.infer<typeof myApplicationOutput>;
export const myApplicationsOutput = z.object({ applications: z.array(myApplicationOutput) });

/** `GET /api/cohorts/:cohortId/apply`: everything the apply page needs. */
export const applyViewOutput = z.object({
  cohortId: z.uuid(),
  cohortName: z.string(),
  programName: z.string(),
  programDescription: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  applicationsOpen: z.boolean(),
  questions: z.array(questionOutput.omit({ answered: true })),
  myApplication: myApplicationOutput.nullable(),
});
export type ApplyView = z.infer<typeof applyViewOutput>;

export const applicationListQuery = z.object({
  status: z.enum(APPLICATION_STATUSES).optional(),
});
export const applicationSummary = z.object({
  id: z.uuid(),
  applicantName: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.iso.datetime(),
});
export const applicationListOutput = z.object({
  applications: z.array(applicationSummary),
  /** Per status, over the applications the caller may see. */
  counts: z.record(z.enum(APPLICATION_STATUSES), z.number().int()),
});
export type ApplicationList = z.infer<typeof applicationListOutput>;

/** The staff view of one application. */
export const applicationDetailOutput = z.object({
  id: z.uuid(),
  cohortId: z.uuid(),
  cohortName: z.string(),
  programId: z.uuid(),
  applicant: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(APPLICATION_STATUSES),
  submittedAt: z.iso.datetime(),
  decisionReason: z.string(),
  answers: z.array(answerOutput),
  history: z.array(historyEntry),
});
export type ApplicationDetail = z.infer<typeof applicationDetailOutput>;
