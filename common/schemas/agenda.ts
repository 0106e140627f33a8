import { z } from 'zod';
import { actionItem } from './action-items.ts';
import { MENTORSHIP_ROLES, personRef } from './mentorships.ts';
import { SESSION_PHASES, SESSION_STATUSES } from './sessions.ts';
import { multiLineText } from './text.ts';

export const ANSWER_MAX = 1000;
export const QUESTION_STATES = ['open', 'covered', 'dropped'] as const;
export type QuestionState = (typeof QUESTION_STATES)[number];

export const questionOutcomeInput = z.object({
  state: z.enum(QUESTION_STATES, { error: 'Choose open, covered or dropped.' }),
  /** A short note of the answer; left out, the note already written stays. */
  answer: multiLineText(ANSWER_MAX)
    .transform((v) => v.trim())
    .optional(),
});
export type QuestionOutcomeInput = z.input<typeof questionOutcomeInput>;

export const agendaQuestion = z.object({
  id: z.uuid(),
  text: z.string(),
  state: z.enum(QUESTION_STATES),
  answer: z.string(),
  /** The session whose agenda it was ticked in; null while open. */
  resolvedInSessionId: z.uuid().nullable(),
});
export type AgendaQuestion = z.infer<typeof agendaQuestion>;

/** A question of an earlier session's shared prep, not covered nor dropped before this one. */
export const carriedQuestion = agendaQuestion.extend({
  fromSessionId: z.uuid(),
  fromStartsAt: z.iso.datetime(),
  /** Its session was cancelled, so it was never asked. */
  fromCancelled: z.boolean(),
});
export type CarriedQuestion = z.infer<typeof carriedQuestion>;

export const agendaOutput = z.object({
  session: z.object({
    id: z.uuid(),
    mentorshipId: z.uuid(),
    status: z.enum(SESSION_STATUSES),
    phase: z.enum(SESSION_PHASES),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    location: z.string(),
    myRole: z.enum(MENTORSHIP_ROLES),
    myTimeZone: z.string(),
    counterpart: personRef,
  }),
  /** The session goal; empty when not written, or not shared yet (for the mentor). */
  goal: z.string(),
  linkedGoalTitle: z.string().nullable(),
  /** Whether the mentee has shared the prep. A mentor sees no content of an unshared one. */
  prepShared: z.boolean(),
  /** This session's questions in order (the mentor: none until the prep is shared). */
  questions: z.array(agendaQuestion),
  /** Earlier sessions' questions still open, or ticked in this session; oldest first. */
  carried: z.array(carriedQuestion),
  /** Every open item of the pair, plus those made or resolved in this session. */
  actionItems: z.array(actionItem),
  /** Ticks and items can change: the session is not cancelled and the mentorship not closed. */
  editable: z.boolean(),
});
export type Agenda = z.infer<typeof agendaOutput>;
