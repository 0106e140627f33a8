import { eq } from 'drizzle-orm';
import type { Db } from '../../server/db/client.ts';
import { actionItems, fitCheckAnswers } from '../../server/db/schema/accountability.ts';
import { sessionEvents, sessionPreps } from '../../server/db/schema/mentoring-sessions.ts';
import {
  privateNotes,
  questionOutcomes,
  sessionNoteRevisions,
  sessionNotes,
  sessionReviews,
} from '../../server/db/schema/session-records.ts';
import { buildPrep, buildSession } from '../../tests/factories/mentorship.ts';
import type { DemoSession } from './history-text.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface Pair {
  mentorshipId: string;
  menteeId: string;
  mentorId: string;
  /** The hour (UTC) the pair usually meets. */
  utcHour: number;
}

/** A whole hour `days` from now at `utcHour`. */
function at(days: number, utcHour: number): Date {
  const date = new Date(Date.now() + days * DAY);
  date.setUTCHours(utcHour, 0, 0, 0);
  return date;
}

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Writes a pair's past sessions as they happened: prep shared the day before and read by the
 * mentor, what became of each question, shared and private notes, both reviews, and the action
 * items agreed. Returns the held sessions' ends in order (fit-check rounds open at them).
 */
export async function seedHistory(db: Db, pair: Pair, history: DemoSession[]): Promise<Date[]> {
  const ends: Date[] = [];
  for (const [index, spec] of history.entries()) {
    const startsAt = at(-spec.daysAgo, pair.utcHour);
    const endsAt = new Date(startsAt.getTime() + HOUR);
    const createdById = index % 2 === 0 ? pair.menteeId : pair.mentorId;
    const session = await buildSession(db, pair.mentorshipId, {
      startsAt,
      createdById,
      createdAt: new Date(startsAt.getTime() - 10 * DAY),
      ...(spec.cancelled
        ? {
            status: 'cancelled',
            sequence: 1,
            cancelledAt: new Date(startsAt.getTime() - 20 * HOUR),
          }
        : {}),
    });
    await db.insert(sessionEvents).values({
      sessionId: session.id,
      kind: 'scheduled',
      actorId: createdById,
      startsAt,
      durationMinutes: 60,
      createdAt: new Date(startsAt.getTime() - 10 * DAY),
    });
    if (spec.cancelled) {
      await db.insert(sessionEvents).values({
        sessionId: session.id,
        kind: 'cancelled',
        actorId: pair.mentorId,
        reason: spec.cancelled,
        createdAt: new Date(startsAt.getTime() - 20 * HOUR),
      });
      continue;
    }
    ends.push(endsAt);

    if (spec.goal) {
      const prep = await buildPrep(db, session.id, {
        goal: spec.goal,
        questions: (spec.questions ?? []).map((q) => q.text),
        shared: true,
      });
      const sharedAt = new Date(startsAt.getTime() - 28 * HOUR);
      const readAt = new Date(startsAt.getTime() - 6 * HOUR);
      await db
        .update(sessionPreps)
        .set({ sharedAt, firstReadAt: readAt, lastReadAt: readAt, updatedAt: sharedAt })
        .where(eq(sessionPreps.sessionId, session.id));
      const outcomes = prep.questions.map((row, i) => {
        const answer = spec.questions?.[i]?.answer;
        return {
          questionId: row.id,
          state: answer ? 'covered' : 'open',
          answer: answer ?? '',
          resolvedInSessionId: answer ? session.id : null,
          updatedById: pair.menteeId,
          updatedAt: endsAt,
        };
      });
      if (outcomes.length) await db.insert(questionOutcomes).values(outcomes);
    }

    if (spec.notes) {
      await db.insert(sessionNotes).values({
        sessionId: session.id,
        body: spec.notes,
        version: 1,
        updatedById: pair.menteeId,
        updatedAt: endsAt,
      });
      await db.insert(sessionNoteRevisions).values({
        sessionId: session.id,
        version: 1,
        body: spec.notes,
        authorId: pair.menteeId,
        createdAt: endsAt,
      });
    }
    const privates = [
      { authorId: pair.menteeId, body: spec.menteePrivate },
      { authorId: pair.mentorId, body: spec.mentorPrivate },
    ].filter((p): p is { authorId: string; body: string } => Boolean(p.body));
    if (privates.length) {
      await db
        .insert(privateNotes)
        .values(
          privates.map((p) => ({ ...p, sessionId: session.id, version: 1, updatedAt: endsAt })),
        );
    }

    const reviews = [
      { authorId: pair.menteeId, review: spec.mentee, after: 3 * HOUR },
      { authorId: pair.mentorId, review: spec.mentor, after: 20 * HOUR },
    ].flatMap(({ authorId, review, after }) =>
      review
        ? [
            {
              sessionId: session.id,
              authorId,
              goalMet: review.goalMet,
              whyNot: review.whyNot ?? '',
              mostUseful: review.mostUseful,
              nextSteps: review.nextSteps,
              privateReflection: review.privateReflection ?? '',
              createdAt: new Date(endsAt.getTime() + after),
              updatedAt: new Date(endsAt.getTime() + after),
            },
          ]
        : [],
    );
    if (reviews.length) await db.insert(sessionReviews).values(reviews);

    const items = (spec.items ?? []).map((item) => {
      const resolvedAfter = item.doneAfter ?? item.droppedAfter;
      return {
        mentorshipId: pair.mentorshipId,
        sessionId: session.id,
        title: item.title,
        ownerRole: item.owner,
        dueDate:
          item.dueIn === null ? null : dayOf(new Date(startsAt.getTime() + item.dueIn * DAY)),
        status:
          item.doneAfter !== undefined
            ? 'done'
            : item.droppedAfter !== undefined
              ? 'dropped'
              : 'open',
        resolvedAt:
          resolvedAfter === undefined ? null : new Date(startsAt.getTime() + resolvedAfter * DAY),
        createdById: item.owner === 'mentee' ? pair.mentorId : pair.menteeId,
        createdAt: endsAt,
      };
    });
    if (items.length) await db.insert(actionItems).values(items);
  }
  return ends;
}

export interface FitCheckRoundSeed {
  round: number;
  mentee?: { answer: string; note: string };
  mentor?: { answer: string; note: string };
}

/** Each side's private answer to a fit-check round, a day after the session that opened it. */
export async function seedFitChecks(
  db: Db,
  pair: Pair,
  opensAt: (round: number) => Date | undefined,
  rounds: FitCheckRoundSeed[],
) {
  const rows = rounds.flatMap((r) => {
    const opened = opensAt(r.round);
    if (!opened) return [];
    return [
      { authorId: pair.menteeId, answer: r.mentee, after: 5 * HOUR },
      { authorId: pair.mentorId, answer: r.mentor, after: 30 * HOUR },
    ].flatMap(({ authorId, answer, after }) =>
      answer
        ? [
            {
              mentorshipId: pair.mentorshipId,
              round: r.round,
              authorId,
              answer: answer.answer,
              note: answer.note,
              answeredAt: new Date(Math.min(Date.now(), opened.getTime() + after)),
            },
          ]
        : [],
    );
  });
  if (rows.length) await db.insert(fitCheckAnswers).values(rows);
}
