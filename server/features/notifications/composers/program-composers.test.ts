import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIcs } from '../../../../tests/setup/parse-ics.ts';
import { call, createTestApp, type TestApp } from '../../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../../tests/setup/test-clock.ts';
import {
  buildWorld,
  NOW,
  newApplication,
  planInterview,
  type World,
} from '../../interviews/interview-test-world.ts';
import { compose, sent, skipped } from './composer-test-kit.ts';

const tc = createTestClock(NOW);
let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
  w = await buildWorld(t);
});
afterAll(() => t.close());

const now = () => new Date(NOW);

describe('interview messages', () => {
  it('invites the candidate in their own time, with a calendar file naming no staff', async () => {
    const id = await planInterview(t, w, [w.reviewerA, w.reviewerB]);
    const message = sent(await compose(t, 'interview-scheduled', w.candidate, id, now()));
    expect(message.title).toBe('Your interview for Bridges on Tue 1 Dec, 23:00 your time');
    expect(message.body).toContain('Where: https://meet.example.test/kai.');
    expect(message.link).toBe('/programs');
    const calendar = parseIcs(message.ics ?? '');
    expect(calendar.events).toHaveLength(1);
    expect(calendar.events[0]).toMatchObject({
      uid: `interview-${id}@tandem`,
      sequence: 0,
      status: 'CONFIRMED',
      start: '2026-12-01T14:00:00.000Z',
      end: '2026-12-01T14:45:00.000Z',
      startZone: 'UTC',
      summary: 'Interview: Bridges (Winter 2027)',
      url: 'https://meet.example.test/kai',
      attendees: [],
    });
  });

  it('invites a reviewer in their time, with the panel and a link to the scorecard', async () => {
    const id = await planInterview(t, w, [w.reviewerA, w.reviewerB]);
    const message = sent(await compose(t, 'interview-scheduled', w.reviewerA, id, now()));
    expect(message.title).toBe('Interview with Kai on Tue 1 Dec, 09:00 your time');
    expect(message.link).toBe(`/interviews/${id}`);
    const [event] = parseIcs(message.ics ?? '').events;
    expect(event?.summary).toBe('Interview with Kai Tanaka: Bridges');
    expect(event?.attendees.map((a) => a.cn).sort()).toEqual([
      'Ben Reviewer',
      'Cleo Reviewer',
      'Kai Tanaka',
    ]);
  });

  it('sends the move with a higher sequence, and silences the first invitation', async () => {
    const { applicationId, candidate } = await newApplication(t, w, 'Ines Moved');
    const id = await planInterview(t, w, [w.reviewerA], applicationId);
    const res = await call(t.app, 'PATCH', `/api/interviews/${id}`, {
      cookie: w.admin.cookie,
      body: { startsAt: '2026-12-03T09:30:00Z' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(skipped(await compose(t, 'interview-scheduled', candidate, id, now()))).toMatch(
      /changed since/,
    );
    const moved = sent(await compose(t, 'interview-moved', candidate, id, now()));
    expect(moved.title).toBe('Your interview for Bridges moved to Thu 3 Dec, 10:30 your time');
    expect(moved.body).toContain('instead of Tue 1 Dec, 15:00 your time');
    const [event] = parseIcs(moved.ics ?? '').events;
    expect(event).toMatchObject({
      sequence: 1,
      status: 'CONFIRMED',
      start: '2026-12-03T09:30:00.000Z',
    });
  });

  it('cancels with the reason and a calendar file that cancels', async () => {
    const { applicationId, candidate } = await newApplication(t, w, 'Jude Cancelled');
    const id = await planInterview(t, w, [w.reviewerB], applicationId);
    await call(t.app, 'PATCH', `/api/interviews/${id}`, {
      cookie: w.admin.cookie,
      body: { cancel: true, reason: 'Our panel fell ill; we will offer a new time.' },
    });
    const message = sent(await compose(t, 'interview-cancelled', candidate, id, now()));
    expect(message.title).toBe(
      'Your interview for Bridges on Tue 1 Dec, 15:00 your time is cancelled',
    );
    expect(message.body).toContain('“Our panel fell ill; we will offer a new time.”');
    const [event] = parseIcs(message.ics ?? '').events;
    expect(event).toMatchObject({ status: 'CANCELLED', sequence: 1 });
    expect(event?.summary).toMatch(/^Cancelled: /);
    expect(skipped(await compose(t, 'interview-scheduled', w.reviewerB, id, now()))).toMatch(
      /cancelled/,
    );
  });

  it('tells a reviewer taken off the panel, with a cancelling file for them alone', async () => {
    const { applicationId } = await newApplication(t, w, 'Kit Panel');
    const id = await planInterview(t, w, [w.reviewerA, w.reviewerB], applicationId);
    await call(t.app, 'PATCH', `/api/interviews/${id}`, {
      cookie: w.admin.cookie,
      body: { reviewerIds: [w.reviewerA.user.id] },
    });
    const message = sent(await compose(t, 'interview-cancelled', w.reviewerB, id, now()));
    expect(message.title).toBe(
      'You are no longer on the panel for Kit on Tue 1 Dec, 15:00 your time',
    );
    expect(parseIcs(message.ics ?? '').events[0]?.status).toBe('CANCELLED');
    const stillOn = sent(await compose(t, 'interview-moved', w.reviewerA, id, now()));
    expect(stillOn.title).toContain('changed');
  });
});

describe('the decision message', () => {
  it('tells the candidate kindly, with the reason, and skips once superseded', async () => {
    const { applicationId, candidate } = await newApplication(t, w, 'Lee Decided');
    const decide = (outcome: string, reason: string) =>
      call(t.app, 'POST', `/api/applications/${applicationId}/decision`, {
        cookie: w.admin.cookie,
        body: { outcome, reason },
      });
    await decide('waitlisted', 'We have more strong candidates than places.');
    const waiting = sent(
      await compose(t, 'application-decided', candidate, `${applicationId}:waitlisted`, now()),
    );
    expect(waiting.title).toBe('You are on the waiting list for Bridges');
    expect(waiting.body).toContain('“We have more strong candidates than places.”');
    await decide('accepted', 'A place opened for you.');
    expect(
      skipped(
        await compose(t, 'application-decided', candidate, `${applicationId}:waitlisted`, now()),
      ),
    ).toMatch(/changed since/);
    const welcome = sent(
      await compose(t, 'application-decided', candidate, `${applicationId}:accepted`, now()),
    );
    expect(welcome.title).toBe('Welcome to Bridges');
    expect(welcome.body).toContain('You are now a mentee of the cohort');
    expect(welcome.link).toBe('/programs');
  });
});
