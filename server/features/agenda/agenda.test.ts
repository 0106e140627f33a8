import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrep } from '../../../tests/factories/mentorship.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { mentorships } from '../../db/schema/mentorships.ts';
import { stageAgenda } from './agenda-stage.ts';

const tc = createTestClock('2026-11-25T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

async function withSharedPrep() {
  const s = await stageAgenda(t, tc.now());
  const prep = await buildPrep(s.db, s.session.id, {
    goal: 'Leave with a study plan for the design round.',
    questions: ['Which trade-offs do interviewers probe?', 'How long should I practise?'],
    shared: true,
  });
  const ids = prep.questions.map((q) => q.id);
  return { ...s, ids };
}

describe('the agenda', () => {
  it('shows both people the goal, questions in order, carried ones and the action items', async () => {
    const s = await withSharedPrep();
    const base = `/api/mentorships/${s.mentorship.id}/action-items`;
    const open = (
      await s.asMentor('POST', base, { title: 'Sketch a URL shortener', ownerRole: 'mentee' })
    ).json();
    const done = (
      await s.asMentee('POST', base, { title: 'Read chapter one', ownerRole: 'mentee' })
    ).json();
    await s.asMentee('PATCH', `${base}/${done.id}`, { status: 'done', sessionId: s.first.id });
    const here = (
      await s.asMentee('POST', base, {
        title: 'Pick a mock date',
        ownerRole: 'mentor',
        sessionId: s.session.id,
      })
    ).json();
    await s.asMentor('PATCH', `${base}/${here.id}`, { status: 'dropped', sessionId: s.session.id });

    for (const who of ['mentee', 'mentor'] as const) {
      const agenda = await s.agenda(s.session.id, who);
      expect(agenda).toMatchObject({
        goal: 'Leave with a study plan for the design round.',
        linkedGoalTitle: null,
        prepShared: true,
        editable: true,
        session: { id: s.session.id, phase: 'upcoming', myRole: who },
      });
      expect(agenda.questions.map((q: { id: string; state: string }) => [q.id, q.state])).toEqual([
        [s.ids[0], 'open'],
        [s.ids[1], 'open'],
      ]);
      expect(agenda.carried).toHaveLength(2);
      // Open items, and what was made or resolved here; not what was done in another session.
      expect(agenda.actionItems.map((i: { id: string }) => i.id).sort()).toEqual(
        [open.id, here.id].sort(),
      );
    }
    expect((await s.agenda(s.session.id, 'mentor')).session.counterpart.name).toBe('Jo Okafor');
  });

  it('takes ticks and answer notes from both sides, each seeing the other’s', async () => {
    const s = await withSharedPrep();
    const byMentor = await s.tick('mentor', s.session.id, s.ids[0] ?? '', {
      state: 'covered',
      answer: 'Consistency versus availability, and caching.',
    });
    expect(byMentor.statusCode).toBe(200);
    await s.tick('mentee', s.session.id, s.ids[1] ?? '', { state: 'dropped' });
    const seen = await s.agenda(s.session.id, 'mentee');
    expect(seen.questions).toMatchObject([
      {
        state: 'covered',
        answer: 'Consistency versus availability, and caching.',
        resolvedInSessionId: s.session.id,
      },
      { state: 'dropped', answer: '', resolvedInSessionId: s.session.id },
    ]);
    // Reopening keeps the note unless a new one is given.
    const reopened = await s.tick('mentee', s.session.id, s.ids[0] ?? '', { state: 'open' });
    expect(reopened.json().questions[0]).toMatchObject({
      state: 'open',
      answer: 'Consistency versus availability, and caching.',
      resolvedInSessionId: null,
    });
  });

  it('refuses a bad outcome naming the field, and changes nothing', async () => {
    const s = await withSharedPrep();
    const before = await snapshotDatabase(t.database.db);
    for (const [body, field] of [
      [{ state: 'done' }, 'state'],
      [{ state: 'covered', answer: 'x'.repeat(1001) }, 'answer'],
      [{ state: 'covered', answer: 'bad\u0000byte' }, 'answer'],
    ] as const) {
      const res = await s.tick('mentee', s.session.id, s.ids[0] ?? '', body);
      expect(res.statusCode).toBe(400);
      expect(Object.keys(res.json().error.fields).join()).toContain(field);
    }
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('is a record once the mentorship has closed', async () => {
    const s = await withSharedPrep();
    await t.database.db
      .update(mentorships)
      .set({ status: 'closed' })
      .where(eq(mentorships.id, s.mentorship.id));
    expect((await s.agenda(s.session.id)).editable).toBe(false);
    const before = await snapshotDatabase(t.database.db);
    const res = await s.tick('mentor', s.session.id, s.ids[0] ?? '', { state: 'covered' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('invalid_state');
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('answers strangers and other pairs with the 404 of an unknown session', async () => {
    const s = await withSharedPrep();
    const other = await stageAgenda(t, tc.now());
    const stranger = await buildUser(t.app.auth);
    const before = await snapshotDatabase(t.database.db);
    for (const cookie of [stranger.cookie, other.mentee.cookie]) {
      expect(
        (await call(t.app, 'GET', `/api/sessions/${s.session.id}/agenda`, { cookie })).statusCode,
      ).toBe(404);
      const put = await call(
        t.app,
        'PUT',
        `/api/sessions/${s.session.id}/questions/${s.ids[0]}/outcome`,
        {
          cookie,
          body: { state: 'covered' },
        },
      );
      expect(put.statusCode).toBe(404);
    }
    // Their own session, someone else's question: not on their agenda.
    expect(
      (await other.tick('mentee', other.session.id, s.ids[0] ?? '', { state: 'covered' }))
        .statusCode,
    ).toBe(404);
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });
});
