import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../../../../tests/setup/parse-ics.ts';
import { call, createTestApp, type TestApp } from '../../../../tests/setup/test-app.ts';
import { createTestClock, HOUR } from '../../../../tests/setup/test-clock.ts';
import { buildPair, NOW, schedule } from '../../sessions/session-test-pair.ts';
import { compose, sent, skipped } from './composer-test-kit.ts';

const tc = createTestClock(NOW);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());

const STARTS = '2026-12-01T14:00:00Z'; // Tue 1 Dec: 14:00 in London, 09:00 in New York
const at = (iso: string) => new Date(iso);

/** Jo (mentee, London) plans a session with Sam (mentor, New York). */
async function planned() {
  tc.set(NOW);
  const pair = await buildPair(t);
  const res = await schedule(t, pair.mentee.cookie, pair.mentorship.id, { startsAt: STARTS });
  expect(res.statusCode).toBe(201);
  return { ...pair, id: res.json().id as string };
}

const move = (id: string, cookie: string, startsAt: string) =>
  call(t.app, 'POST', `/api/sessions/${id}/reschedule`, {
    cookie,
    body: { startsAt, reason: 'A work trip clashes with Tuesday.' },
  });

describe('session planned, moved, cancelled', () => {
  it('tells Sam in his own time, with his calendar file', async () => {
    const { mentor, id } = await planned();
    const message = sent(await compose(t, 'session-scheduled', mentor, id, at(NOW)));
    expect(message.title).toBe('Session with Jo on Tue 1 Dec, 09:00 your time');
    expect(message.body).toContain(
      'Jo planned a 60-minute session with you for Tue 1 Dec, 09:00 your time.',
    );
    expect(message.link).toBe(`/sessions/${id}`);
    const [event] = parseIcs(message.ics ?? '').events;
    expect(event).toMatchObject({ uid: `${id}@tandem`, sequence: 0, status: 'CONFIRMED' });
  });

  it('lets a move supersede the first message, and only the latest move speak', async () => {
    const { mentee, mentor, id } = await planned();
    expect((await move(id, mentor.cookie, '2026-12-02T15:30:00Z')).statusCode).toBe(200);
    expect(skipped(await compose(t, 'session-scheduled', mentor, id, at(NOW)))).toMatch(/moved/);
    const moved = sent(await compose(t, 'session-rescheduled', mentee, id, at(NOW)));
    expect(moved.title).toBe('Session with Sam moved to Wed 2 Dec, 15:30 your time');
    expect(moved.body).toContain('instead of Tue 1 Dec, 14:00 your time');
    expect(parseIcs(moved.ics ?? '').events[0]?.sequence).toBe(1);

    expect((await move(id, mentor.cookie, '2026-12-03T15:30:00Z')).statusCode).toBe(200);
    const rows = `session-rescheduled:${id}:1`;
    expect(skipped(await compose(t, 'session-rescheduled', mentee, rows, at(NOW)))).toMatch(
      /again/,
    );
  });

  it('sends the cancellation with a calendar file that cancels, and silences the rest', async () => {
    const { mentee, mentor, id } = await planned();
    const res = await call(t.app, 'POST', `/api/sessions/${id}/cancel`, {
      cookie: mentee.cookie,
      body: { reason: 'I caught a cold and need to rest.' },
    });
    expect(res.statusCode).toBe(200);
    const message = sent(await compose(t, 'session-cancelled', mentor, id, at(NOW)));
    expect(message.title).toBe('Jo cancelled your session on Tue 1 Dec, 09:00 your time');
    expect(parseIcs(message.ics ?? '').events[0]?.status).toBe('CANCELLED');
    expect(skipped(await compose(t, 'session-scheduled', mentor, id, at(NOW)))).toMatch(
      /cancelled/,
    );
    expect(skipped(await compose(t, 'prep-due', mentee, id, at(NOW)))).toMatch(/cancelled/);
    const later = at('2026-12-01T17:00:00Z');
    expect(skipped(await compose(t, 'review-due', mentor, id, later))).toMatch(
      /did not take place/,
    );
  });
});

describe('prep and brief', () => {
  it('reminds Jo of her prep in London time, until she shares it', async () => {
    const { mentee, id } = await planned();
    const due = at('2026-11-30T02:00:00Z');
    const message = sent(await compose(t, 'prep-due', mentee, id, due));
    expect(message.title).toBe('Your prep for Sam is due Mon 30 Nov, 14:00 your time');
    expect(message.body).toContain('before you meet on Tue 1 Dec, 14:00 your time');
    expect(message.link).toBe(`/sessions/${id}`);
    const late = at('2026-11-30T14:00:00Z');
    expect(skipped(await compose(t, 'prep-due', mentee, id, late))).toMatch(/deadline has passed/);

    await call(t.app, 'PUT', `/api/sessions/${id}/prep/goal`, {
      cookie: mentee.cookie,
      body: { goal: 'A plan for my portfolio review.' },
    });
    await call(t.app, 'POST', `/api/sessions/${id}/prep/share`, {
      cookie: mentee.cookie,
      body: {},
    });
    expect(skipped(await compose(t, 'prep-due', mentee, id, due))).toMatch(/already shared/);
  });

  it('sends Sam to the brief when shared, and tells him of a change only until he reads again', async () => {
    const { mentee, mentor, id } = await planned();
    const write = (goal: string) =>
      call(t.app, 'PUT', `/api/sessions/${id}/prep/goal`, {
        cookie: mentee.cookie,
        body: { goal },
      });
    await write('A plan for my portfolio review.');
    await call(t.app, 'POST', `/api/sessions/${id}/prep/share`, {
      cookie: mentee.cookie,
      body: {},
    });
    const shared = sent(await compose(t, 'prep-shared', mentor, id, at(NOW)));
    expect(shared.title).toBe('Jo shared their prep for Tue 1 Dec, 09:00 your time');
    expect(shared.body).toContain('“A plan for my portfolio review.”');
    expect(shared.link).toBe(`/sessions/${id}/brief`);

    tc.advance(HOUR);
    await call(t.app, 'GET', `/api/sessions/${id}/brief`, { cookie: mentor.cookie });
    expect(skipped(await compose(t, 'prep-shared', mentor, id, tc.now()))).toMatch(/already read/);
    tc.advance(HOUR);
    await write('Two portfolio pages, reviewed line by line.');
    const updated = sent(await compose(t, 'brief-updated', mentor, id, tc.now()));
    expect(updated.title).toBe('Jo updated the brief you read');
    expect(updated.link).toBe(`/sessions/${id}/brief`);

    tc.advance(HOUR);
    await call(t.app, 'GET', `/api/sessions/${id}/brief`, { cookie: mentor.cookie });
    expect(skipped(await compose(t, 'brief-updated', mentor, id, tc.now()))).toMatch(
      /read the brief/,
    );
  });
});

describe('review', () => {
  it('asks each for a review after the session, until they wrote one', async () => {
    const { mentee, mentor, id } = await planned();
    const after = at('2026-12-01T17:00:00Z');
    const message = sent(await compose(t, 'review-due', mentor, id, after));
    expect(message.title).toBe('How did your session with Jo go?');
    expect(message.body).toContain('Tue 1 Dec, 09:00 your time');
    tc.set(after);
    const res = await call(t.app, 'PUT', `/api/sessions/${id}/review`, {
      cookie: mentee.cookie,
      body: { goalMet: 'yes' },
    });
    expect(res.statusCode).toBe(200);
    expect(skipped(await compose(t, 'review-due', mentee, id, after))).toMatch(/already reviewed/);
    expect('send' in (await compose(t, 'review-due', mentor, id, after))).toBe(true);
  });
});
