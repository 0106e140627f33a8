import { z } from 'zod';
import { multiLineText } from './text.ts';

export const FIT_ANSWERS = ['continue', 'adjust', 'wind-down'] as const;
export type FitAnswer = (typeof FIT_ANSWERS)[number];
export const FIT_NOTE_MAX = 1000;

export const fitCheckInput = z.object({
  /** The round being answered: only the open one is accepted. */
  round: z
    .number({ error: 'Say which fit check round you are answering.' })
    .int('Say which fit check round you are answering.')
    .min(1, 'Say which fit check round you are answering.')
    .max(10_000, 'That fit check round does not exist.'),
  answer: z.enum(FIT_ANSWERS, { error: 'Choose continue, adjust or wind down.' }),
  note: multiLineText(FIT_NOTE_MAX)
    .transform((v) => v.trim())
    .optional(),
});
export type FitCheckInput = z.input<typeof fitCheckInput>;

export const fitCheckAnswer = z.object({
  answer: z.enum(FIT_ANSWERS),
  note: z.string(),
  answeredAt: z.iso.datetime(),
});
export type FitCheckAnswer = z.infer<typeof fitCheckAnswer>;

/** A round whose answers both people see; `theirs` null means they did not answer. */
export const revealedRound = z.object({
  number: z.number().int(),
  openedAt: z.iso.datetime(),
  revealedAt: z.iso.datetime(),
  mine: fitCheckAnswer.nullable(),
  theirs: fitCheckAnswer.nullable(),
});
export type RevealedRound = z.infer<typeof revealedRound>;

export const FIT_CHECK_STATES = ['none-yet', 'open', 'revealed'] as const;
export type FitCheckState = (typeof FIT_CHECK_STATES)[number];

/**
 * The fit check as one person sees it. Before the reveal, nothing of the other person's answer
 * is here (not the answer, not the note, not whether there is a note): only whether they have
 * answered yet.
 */
export const fitCheckOutput = z.object({
  state: z.enum(FIT_CHECK_STATES),
  /** The latest opened round; null before the first held session. */
  current: z
    .object({
      number: z.number().int(),
      openedAt: z.iso.datetime(),
      /** When the answers show at the latest, whether or not both have answered. */
      revealAt: z.iso.datetime(),
      /** Set once revealed. */
      revealedAt: z.iso.datetime().nullable(),
      /** The viewer may answer (or change their answer) now. */
      answerable: z.boolean(),
      mine: fitCheckAnswer.nullable(),
      theyHaveAnswered: z.boolean(),
      /** Only once revealed; null then means they did not answer. */
      theirs: fitCheckAnswer.nullable(),
    })
    .nullable(),
  /** Earlier rounds that were revealed with at least one answer, newest first. */
  history: z.array(revealedRound),
  /** The latest revealed round has a wind-down from either side: time to close it well. */
  proposeClosure: z.boolean(),
  /** Sessions between rounds after the second one. */
  every: z.number().int(),
  /** The held session that opens the next round, counted from the first. */
  nextRoundAtSession: z.number().int(),
  heldSessions: z.number().int(),
});
export type FitCheck = z.infer<typeof fitCheckOutput>;
