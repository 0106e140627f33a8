import { daysBetween } from '../../../common/calendar-date.ts';
import {
  type CohortHealth,
  MAX_PERIOD_DAYS,
  type NudgeOutput,
} from '../../../common/schemas/program-health.ts';
import type { Db } from '../../db/client.ts';
import type { SignedInUser } from '../../lib/access.ts';
import { AppError } from '../../lib/errors.ts';
import { requireProgramStaff } from '../../lib/program-staff.ts';
import { scheduleReminder } from '../../lib/reminders.ts';
import { experienceBreakdown } from './experience-breakdown.ts';
import { healthCsv, healthCsvFileName } from './health-csv.ts';
import {
  computeHealth,
  dayIn,
  figuresPerPair,
  type HealthFacts,
  pairsNotMeeting,
} from './health-numbers.ts';
import {
  type CohortRow,
  findCohort,
  findNudgeKeys,
  listFitAnswers,
  listItems,
  listMemberIds,
  listPairs,
  listProgramUseExperiences,
  listReviews,
  listSessions,
} from './program-health.repo.ts';

type Viewer = Pick<SignedInUser, 'id' | 'timeZone'>;
interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

const cohortNotFound = () => new AppError('not_found', 'We could not find that cohort.');

/** The cohort, for one of its program's admins; the same 404 as an unknown id for anyone else. */
async function requireCohortAdmin(db: Db, viewer: Viewer, cohortId: string): Promise<CohortRow> {
  const cohort = await findCohort(db, cohortId);
  if (!cohort) throw cohortNotFound();
  await requireProgramStaff(db, cohort.programId, viewer, ['admin']);
  return cohort;
}

/** The period asked for, or from the cohort's start (today at the latest) to today. */
function periodOf(cohort: CohortRow, query: Period, today: string) {
  const earlier = (a: string, b: string) => (a <= b ? a : b);
  const to = query.to ?? (query.from && query.from > today ? query.from : today);
  const from = query.from ?? earlier(cohort.startsOn, to);
  if (from > to) {
    throw new AppError('validation_failed', 'The end of the period comes before its start.', {
      to: 'The end of the period comes before its start.',
    });
  }
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) {
    throw new AppError('validation_failed', 'Choose a period of at most two years.', {
      from: 'Choose a period of at most two years.',
    });
  }
  return { from, to };
}

/** Today's nudge of a pair is keyed by the pair, the UTC day and the person it goes to. */
const nudgeKey = (pairId: string, day: string, recipientId: string) =>
  `program-nudge:${pairId}:${day}:${recipientId}`;
const utcDay = (now: Date) => now.toISOString().slice(0, 10);

async function loadFacts(
  db: Db,
  cohort: CohortRow,
  viewer: Viewer,
  period: Period,
  now: Date,
  lock = false,
): Promise<HealthFacts> {
  const dayOf = dayIn(viewer.timeZone);
  const { from, to } = periodOf(cohort, period, dayOf(now));
  const pairs = await listPairs(db, cohort.id, lock);
  const ids = pairs.map((p) => p.id);
  const [sessions, reviews, items, fitAnswers, nudged] = await Promise.all([
    listSessions(db, ids),
    listReviews(db, ids),
    listItems(db, ids),
    listFitAnswers(db, ids),
    findNudgeKeys(
      db,
      pairs.map((p) => nudgeKey(p.id, utcDay(now), p.menteeId)),
    ),
  ]);
  return {
    now,
    from,
    to,
    dayOf,
    pairs,
    sessions,
    reviews,
    items,
    fitAnswers,
    nudgedToday: (pairId) => {
      const pair = pairs.find((p) => p.id === pairId);
      return Boolean(pair && nudged.has(nudgeKey(pair.id, utcDay(now), pair.menteeId)));
    },
  };
}

export async function getCohortHealth(
  db: Db,
  viewer: Viewer,
  cohortId: string,
  query: Period & { breakdown?: 'experience' | undefined },
  now: Date,
): Promise<CohortHealth> {
  const cohort = await requireCohortAdmin(db, viewer, cohortId);
  const facts = await loadFacts(db, cohort, viewer, query, now);
  let breakdown: CohortHealth['breakdown'] = null;
  if (query.breakdown === 'experience') {
    const [members, offered] = await Promise.all([
      listMemberIds(db, cohort.id),
      listProgramUseExperiences(db, cohort.id),
    ]);
    breakdown = experienceBreakdown(facts, members, offered);
  }
  return {
    cohort: {
      id: cohort.id,
      name: cohort.name,
      programId: cohort.programId,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
    },
    period: { from: facts.from, to: facts.to, timeZone: viewer.timeZone },
    ...computeHealth(facts),
    breakdown,
  };
}

/** The CSV export: one row per pair over the period, and the file name to save it under. */
export async function exportCohortHealthCsv(
  db: Db,
  viewer: Viewer,
  cohortId: string,
  query: Period,
  now: Date,
): Promise<{ fileName: string; body: string }> {
  const cohort = await requireCohortAdmin(db, viewer, cohortId);
  const facts = await loadFacts(db, cohort, viewer, query, now);
  return {
    fileName: healthCsvFileName(cohort.name, facts.dayOf(now)),
    body: healthCsv(figuresPerPair(facts), facts.dayOf),
  };
}

/**
 * Nudges pairs of the cohort that have not met within their rhythm: a kind word to both people,
 * at most once a day per pair (a second click, or a second admin, changes nothing). Every id
 * must be such a pair, or nothing is sent.
 */
export async function nudgePairs(
  db: Db,
  viewer: Viewer,
  cohortId: string,
  mentorshipIds: string[],
  now: Date,
): Promise<NudgeOutput> {
  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Db;
    const cohort = await requireCohortAdmin(tx, viewer, cohortId);
    // The pairs are locked so a session planned meanwhile is seen before the nudge is decided.
    const facts = await loadFacts(tx, cohort, viewer, {}, now, true);
    const notMeeting = new Map(pairsNotMeeting(facts).map((p) => [p.mentorshipId, p]));
    const known = new Set(facts.pairs.map((p) => p.id));
    const wanted = [...new Set(mentorshipIds)];
    const unknown = wanted.filter((id) => !known.has(id));
    if (unknown.length) {
      throw new AppError('not_found', 'One of those pairs is not part of this cohort.');
    }
    const meeting = wanted.filter((id) => !notMeeting.has(id));
    if (meeting.length) {
      throw new AppError(
        'invalid_state',
        'One of those pairs has met or planned a session within its rhythm, so it needs no nudge.',
      );
    }
    const day = utcDay(now);
    let nudged = 0;
    for (const id of wanted) {
      const pair = facts.pairs.find((p) => p.id === id);
      if (!pair) continue;
      let fresh = false;
      for (const recipientId of [pair.menteeId, pair.mentorId]) {
        const added = await scheduleReminder(tx, {
          type: 'program-nudge',
          recipientId,
          dueAt: now,
          dedupeKey: nudgeKey(pair.id, day, recipientId),
          payload: {
            mentorshipId: pair.id,
            cohortId: cohort.id,
            nudgedAt: now.toISOString(),
          },
        });
        fresh ||= added;
      }
      if (fresh) nudged += 1;
    }
    return { nudged, alreadyNudgedToday: wanted.length - nudged };
  });
}
