import type { FastifyInstance } from 'fastify';
import type { Db } from '../../server/db/client.ts';
import { call } from '../setup/test-app.ts';
import { buildGoal } from './goal.ts';
import { buildMentorship, buildSession } from './mentorship.ts';
import { buildUser } from './user.ts';

const DAY = 24 * 3_600_000;

/**
 * A mentee (Jo) and a mentor (Sam) in an active mentorship with one shared goal and one
 * scheduled session three days after `now`: the usual stage for prep tests.
 */
export async function buildPrepPair(app: FastifyInstance, db: Db, now: Date) {
  const mentee = await buildUser(app.auth, { name: 'Jo Okafor', timeZone: 'Europe/Paris' });
  const mentor = await buildUser(app.auth, { name: 'Sam Lee', timeZone: 'America/Toronto' });
  const goal = await buildGoal(db, mentee.user.id, {
    title: 'Pass the system design round of a senior backend interview',
    successCriterion: 'I get an offer from one of the three companies I applied to.',
    targetDate: '2027-02-28',
  });
  const privateGoal = await buildGoal(db, mentee.user.id, { title: 'A goal Jo keeps to herself' });
  const mentorship = await buildMentorship(db, mentee.user.id, mentor.user.id, {
    goalIds: [goal.id],
  });
  const session = await buildSession(db, mentorship.id, {
    startsAt: new Date(now.getTime() + 3 * DAY),
    createdAt: now,
  });
  return { mentee, mentor, goal, privateGoal, mentorship, session };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The prep pair, plus the mentee's calls to the session's prep routes (`/api/sessions/:id/prep…`). */
export async function stagePrep(app: FastifyInstance, db: Db, now: Date) {
  const pair = await buildPrepPair(app, db, now);
  const base = `/api/sessions/${pair.session.id}/prep`;
  const asMentee = (method: Method, path = '', body?: unknown) =>
    call(app, method, `${base}${path}`, { cookie: pair.mentee.cookie, body });
  return { ...pair, base, asMentee };
}
