import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrep } from '../../../tests/factories/mentorship.ts';
import { createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { DAY, stageAgenda } from './agenda-stage.ts';

const tc = createTestClock('2026-11-25T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const texts = (list: { text: string }[]) => list.map((q) => q.text);

describe('questions carried forward', () => {
  it('carries an earlier question into every later session until it is covered there', async () => {
    const s = await stageAgenda(t, tc.now());
    const later = await s.addSession(7);
    // `s.session` (3 days ahead) and `later` both carry the first session's two questions.
    expect(texts((await s.agenda(s.session.id)).carried)).toEqual([
      'How do I practise system design alone?',
      'Which books are worth it?',
    ]);
    const carried = (await s.agenda(later.id, 'mentor')).carried;
    expect(carried[0]).toMatchObject({
      state: 'open',
      fromSessionId: s.first.id,
      fromStartsAt: s.first.startsAt.toISOString(),
      fromCancelled: false,
    });

    const res = await s.tick('mentor', s.session.id, s.q1.id, {
      state: 'covered',
      answer: '  One timed design a day, then compare with a write-up.  ',
    });
    expect(res.statusCode).toBe(200);
    // Ticked here: it stays on this agenda, settled, and no later agenda carries it.
    expect(res.json().carried[0]).toMatchObject({
      id: s.q1.id,
      state: 'covered',
      answer: 'One timed design a day, then compare with a write-up.',
      resolvedInSessionId: s.session.id,
    });
    expect(texts((await s.agenda(later.id)).carried)).toEqual(['Which books are worth it?']);
  });

  it('stops carrying a dropped question, and carries it again when reopened', async () => {
    const s = await stageAgenda(t, tc.now());
    const later = await s.addSession(7);
    expect((await s.tick('mentee', s.session.id, s.q2.id, { state: 'dropped' })).statusCode).toBe(
      200,
    );
    expect(texts((await s.agenda(later.id)).carried)).toEqual([
      'How do I practise system design alone?',
    ]);
    await s.tick('mentee', s.session.id, s.q2.id, { state: 'open' });
    expect((await s.agenda(later.id)).carried).toHaveLength(2);
  });

  it('does not carry a question covered in its own session', async () => {
    const s = await stageAgenda(t, tc.now());
    await s.tick('mentee', s.first.id, s.q1.id, { state: 'covered', answer: 'Daily drills.' });
    const first = await s.agenda(s.first.id);
    expect(first.questions[0]).toMatchObject({ state: 'covered', answer: 'Daily drills.' });
    expect(texts((await s.agenda(s.session.id)).carried)).toEqual(['Which books are worth it?']);
  });

  it('only carries into later sessions, never into earlier ones', async () => {
    const s = await stageAgenda(t, tc.now());
    const earlier = await s.addSession(-14);
    expect((await s.agenda(earlier.id)).carried).toEqual([]);
    expect((await s.agenda(s.first.id)).carried).toEqual([]);
  });

  it('carries the shared questions of a cancelled session (never asked), but nothing into one', async () => {
    const s = await stageAgenda(t, tc.now());
    const cancelled = await s.addSession(-3, { status: 'cancelled', cancelledAt: tc.now() });
    await buildPrep(s.db, cancelled.id, { questions: ['What about the take-home?'], shared: true });
    const agenda = await s.agenda(s.session.id);
    expect(agenda.carried.at(-1)).toMatchObject({
      text: 'What about the take-home?',
      fromCancelled: true,
    });
    const intoCancelled = await s.agenda(cancelled.id);
    expect(intoCancelled).toMatchObject({ carried: [], editable: false });
    const q = intoCancelled.questions[0];
    const refused = await s.tick('mentee', cancelled.id, q.id, { state: 'covered' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('invalid_state');
  });

  it('never carries an unshared draft, for either of them', async () => {
    const s = await stageAgenda(t, tc.now());
    const draft = await s.addSession(-2);
    const canary = `draft-canary-${Math.random().toString(36).slice(2)}`;
    const prep = await buildPrep(s.db, draft.id, { goal: `Offers ${canary}`, questions: [canary] });
    for (const who of ['mentee', 'mentor'] as const) {
      expect(JSON.stringify(await s.agenda(s.session.id, who))).not.toContain(canary);
    }
    // The draft's own agenda: hers to see, and the mentor learns only that it is not shared.
    expect(texts((await s.agenda(draft.id)).questions)).toEqual([canary]);
    const mentorView = await s.agenda(draft.id, 'mentor');
    expect(mentorView).toMatchObject({ prepShared: false, goal: '', questions: [] });
    expect(JSON.stringify(mentorView)).not.toContain(canary);
    const draftQuestion = prep.questions[0]?.id ?? '';
    const refused = await s.tick('mentor', draft.id, draftQuestion, { state: 'covered' });
    expect(refused.statusCode).toBe(404);
    expect(refused.body).not.toContain(canary);
    // Nor may a mentor reach it through a later session's agenda.
    expect(
      (await s.tick('mentor', s.session.id, draftQuestion, { state: 'dropped' })).statusCode,
    ).toBe(404);
  });

  it('refuses a question that is not on this agenda', async () => {
    const s = await stageAgenda(t, tc.now());
    const own = (await s.agenda(s.session.id)).questions;
    expect(own).toEqual([]);
    // The first session's question, ticked from an earlier session's agenda.
    const earlier = await s.addSession(-14);
    const res = await s.tick('mentee', earlier.id, s.q1.id, { state: 'covered' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
    tc.advance(DAY);
  });
});
