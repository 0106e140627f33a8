import type { z } from 'zod';
import {
  openedRounds,
  type RoundTiming,
  revealedAt,
  sessionNumberOpening,
} from '../../../common/fit-check/fit-check-rounds.ts';
import type {
  FitAnswer,
  FitCheck,
  FitCheckAnswer,
  fitCheckInput,
  RevealedRound,
} from '../../../common/schemas/fit-check.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { type Participation, requireMentorshipParticipant } from '../../lib/participation.ts';
import { type AnswerRow, listAnswers, listHeldSessions, upsertAnswer } from './fit-check.repo.ts';

type Caller = Pick<SignedInUser, 'id' | 'email'>;

/** A paused pair may still answer (a pause is a good moment to ask); a closed one may not. */
const ANSWERING_STATUSES = ['active', 'paused'];

interface RoundView {
  timing: RoundTiming;
  mine: AnswerRow | undefined;
  theirs: AnswerRow | undefined;
  revealedAt: Date | null;
}

const iso = (date: Date) => date.toISOString();

function answerOf(row: AnswerRow | undefined): FitCheckAnswer | null {
  return row
    ? { answer: row.answer as FitAnswer, note: row.note, answeredAt: iso(row.answeredAt) }
    : null;
}

async function loadRounds(db: Db, participation: Participation, callerId: string, now: Date) {
  const { mentorship, counterpartId } = participation;
  const [held, answers] = await Promise.all([
    listHeldSessions(db, mentorship.id, now),
    listAnswers(db, mentorship.id),
  ]);
  const find = (round: number, authorId: string | null) =>
    answers.find((row) => row.round === round && row.authorId === authorId);
  const rounds: RoundView[] = openedRounds(held, mentorship.fitCheckEvery, now).map((timing) => {
    const mine = find(timing.number, callerId);
    const theirs = counterpartId ? find(timing.number, counterpartId) : undefined;
    const at = revealedAt(
      timing,
      { mine: mine?.answeredAt ?? null, theirs: theirs?.answeredAt ?? null },
      now,
    );
    return { timing, mine, theirs, revealedAt: at };
  });
  return { rounds, heldCount: held.length };
}

/**
 * The fit check as the caller may see it. The other person's answer is copied in only for a
 * revealed round; before that, all that is said of it is whether it exists.
 */
function toOutput(
  participation: Participation,
  { rounds, heldCount }: Awaited<ReturnType<typeof loadRounds>>,
): FitCheck {
  const { mentorship } = participation;
  const latest = rounds.at(-1);
  const revealed = (view: RoundView): RevealedRound => ({
    number: view.timing.number,
    openedAt: iso(view.timing.openedAt),
    revealedAt: iso(view.revealedAt as Date),
    mine: answerOf(view.mine),
    theirs: answerOf(view.theirs),
  });
  const history = rounds
    .slice(0, -1)
    .filter((view) => view.revealedAt && (view.mine || view.theirs))
    .reverse()
    .map(revealed);
  const lastRevealed = [...rounds].reverse().find((view) => view.revealedAt);
  const windDown = (row: AnswerRow | undefined) => row?.answer === 'wind-down';
  const answering = ANSWERING_STATUSES.includes(mentorship.status);
  return {
    state: !latest ? 'none-yet' : latest.revealedAt ? 'revealed' : 'open',
    current: latest
      ? {
          number: latest.timing.number,
          openedAt: iso(latest.timing.openedAt),
          revealAt: iso(latest.timing.revealAt),
          revealedAt: latest.revealedAt ? iso(latest.revealedAt) : null,
          answerable: answering && !latest.revealedAt,
          mine: answerOf(latest.mine),
          theyHaveAnswered: Boolean(latest.theirs),
          theirs: latest.revealedAt ? answerOf(latest.theirs) : null,
        }
      : null,
    history,
    proposeClosure:
      answering &&
      Boolean(lastRevealed && (windDown(lastRevealed.mine) || windDown(lastRevealed.theirs))),
    every: mentorship.fitCheckEvery,
    nextRoundAtSession: sessionNumberOpening(rounds.length + 1, mentorship.fitCheckEvery),
    heldSessions: heldCount,
  };
}

export async function getFitCheck(db: Db, caller: Caller, mentorshipId: string, now: Date) {
  const participation = await requireMentorshipParticipant(db, mentorshipId, caller);
  return toOutput(participation, await loadRounds(db, participation, caller.id, now));
}

/**
 * Answers (or changes the answer to) the open round. The mentorship row is locked, so the two
 * answers of a pair take turns and the reveal is judged on what is really stored.
 */
export async function answerFitCheck(
  db: Db,
  caller: Caller,
  mentorshipId: string,
  input: z.output<typeof fitCheckInput>,
  now: Date,
): Promise<FitCheck> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const participation = await requireMentorshipParticipant(tx, mentorshipId, caller, {
      lock: true,
    });
    const { status } = participation.mentorship;
    if (status === 'closed') {
      throw new AppError('invalid_state', 'This mentorship has closed, so its fit check is over.');
    }
    if (!ANSWERING_STATUSES.includes(status)) {
      throw new AppError(
        'invalid_state',
        'The fit check starts once the mentorship has begun and you have met.',
      );
    }
    const loaded = await loadRounds(tx, participation, caller.id, now);
    assertAnswerable(loaded.rounds.at(-1), input.round);
    await upsertAnswer(
      tx,
      {
        mentorshipId,
        round: input.round,
        authorId: caller.id,
        answer: input.answer,
        note: input.note ?? '',
      },
      now,
    );
    return toOutput(participation, await loadRounds(tx, participation, caller.id, now));
  });
}

function assertAnswerable(latest: RoundView | undefined, round: number) {
  if (!latest) {
    throw new AppError(
      'invalid_state',
      'The first fit check opens with your first session together.',
    );
  }
  const open = latest.timing.number;
  if (round > open) {
    throw new AppError('invalid_state', `Round ${round} of the fit check has not opened yet.`);
  }
  if (round < open) {
    throw new AppError(
      'invalid_state',
      `Round ${round} closed when round ${open} opened. Answer round ${open} instead.`,
    );
  }
  if (latest.revealedAt) {
    throw new AppError(
      'invalid_state',
      'The answers of this round are already shown to both of you, so they stay as they are.',
    );
  }
}
