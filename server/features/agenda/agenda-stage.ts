import { buildPrep, buildSession } from '../../../tests/factories/mentorship.ts';
import { buildPrepPair } from '../../../tests/factories/prep-pair.ts';
import { call, type TestApp } from '../../../tests/setup/test-app.ts';
import type { Db } from '../../db/client.ts';

export const DAY = 86_400_000;
type Method = 'GET' | 'PUT' | 'POST' | 'PATCH';

/**
 * Jo (mentee, Paris) and Sam (mentor, Toronto) with a shared prep in a session a week ago, and
 * the sessions any test adds after it: the stage for carry-forward tests.
 */
export async function stageAgenda(t: TestApp, now: Date) {
  const db: Db = t.database.db;
  const pair = await buildPrepPair(t.app, db, now);
  const first = await buildSession(db, pair.mentorship.id, {
    startsAt: new Date(now.getTime() - 7 * DAY),
  });
  const firstPrep = await buildPrep(db, first.id, {
    questions: ['How do I practise system design alone?', 'Which books are worth it?'],
    shared: true,
  });
  const [q1, q2] = firstPrep.questions;
  if (!q1 || !q2) throw new Error('stage: the first prep has no questions');
  const as = (who: 'mentee' | 'mentor') => (method: Method, url: string, body?: unknown) =>
    call(t.app, method, url, { cookie: pair[who].cookie, body });
  const asMentee = as('mentee');
  const asMentor = as('mentor');
  const agenda = async (sessionId: string, who: 'mentee' | 'mentor' = 'mentee') => {
    const res = await as(who)('GET', `/api/sessions/${sessionId}/agenda`);
    if (res.statusCode !== 200) throw new Error(`agenda ${res.statusCode}: ${res.body}`);
    return res.json();
  };
  const tick = (
    who: 'mentee' | 'mentor',
    sessionId: string,
    questionId: string,
    body: { state: string; answer?: string },
  ) => as(who)('PUT', `/api/sessions/${sessionId}/questions/${questionId}/outcome`, body);
  const addSession = (days: number, extra: Parameters<typeof buildSession>[2] = {}) =>
    buildSession(db, pair.mentorship.id, {
      startsAt: new Date(now.getTime() + days * DAY),
      ...extra,
    });
  return { ...pair, db, first, q1, q2, asMentee, asMentor, agenda, tick, addSession };
}
