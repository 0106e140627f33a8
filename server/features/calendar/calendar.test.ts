import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMentorship, buildPrep, buildSession } from '../../../tests/factories/mentorship.ts';
import { type BuiltUser, buildUser } from '../../../tests/factories/user.ts';
import { parseIcs } from '../../../tests/setup/parse-ics.ts';
import { call, createTestApp, TEST_BASE_URL, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { mentoringSessions, sessionPreps } from '../../db/schema/mentoring-sessions.ts';

const tc = createTestClock('2026-11-25T10:00:00Z');
let t: TestApp;
let jo: BuiltUser;
let sam: BuiltUser;
let mentorshipId: string;

beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
  // Jo is in Los Angeles, Sam in Paris: 23:30 UTC is the 1st for Jo and the 2nd for Sam.
  jo = await buildUser(t.app.auth, { name: 'Jo Mentee', timeZone: 'America/Los_Angeles' });
  sam = await buildUser(t.app.auth, { name: 'Sam Mentor', timeZone: 'Europe/Paris' });
  mentorshipId = (await buildMentorship(t.database.db, jo.user.id, sam.user.id)).id;
});
afterAll(() => t.close());

const GOAL = 'Leave with a four-week plan for system design practice.';

async function newSession(overrides: Parameters<typeof buildSession>[2] = {}) {
  return buildSession(t.database.db, mentorshipId, {
    startsAt: new Date('2026-12-01T23:30:00Z'),
    durationMinutes: 45,
    location: 'https://meet.example.test/jo-sam',
    createdById: jo.user.id,
    ...overrides,
  });
}

async function download(sessionId: string, user: BuiltUser | undefined) {
  return call(t.app, 'GET', `/api/sessions/${sessionId}/calendar.ics`, { cookie: user?.cookie });
}

async function eventFor(sessionId: string, user: BuiltUser) {
  const res = await download(sessionId, user);
  expect(res.statusCode, res.body).toBe(200);
  const calendar = parseIcs(res.body);
  return { res, calendar, event: onlyEvent(res.body) };
}

function onlyEvent(body: string) {
  const [event, ...rest] = parseIcs(body).events;
  if (!event || rest.length) throw new Error(`expected one event in:\n${body}`);
  return event;
}

function updateSession(id: string, values: Partial<typeof mentoringSessions.$inferInsert>) {
  return t.database.db.update(mentoringSessions).set(values).where(eq(mentoringSessions.id, id));
}

describe('GET /api/sessions/:id/calendar.ics', () => {
  it('is one event with both people, the time in UTC, the goal and a link back', async () => {
    const session = await newSession();
    await buildPrep(t.database.db, session.id, { goal: GOAL, shared: true });
    const { res, calendar, event } = await eventFor(session.id, jo);

    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="tandem-session-2026-12-01.ics"',
    );
    expect(res.body.endsWith('\r\n')).toBe(true);
    expect(calendar.method).toBe('PUBLISH');
    expect(event).toMatchObject({
      uid: `${session.id}@tandem`,
      sequence: 0,
      status: 'CONFIRMED',
      start: '2026-12-01T23:30:00.000Z',
      end: '2026-12-02T00:15:00.000Z',
      startZone: 'UTC',
      summary: 'Mentoring session: Jo Mentee & Sam Mentor',
      location: 'https://meet.example.test/jo-sam',
      url: 'https://meet.example.test/jo-sam',
      organizer: { cn: 'Jo Mentee', address: `mailto:${jo.user.email}` },
    });
    expect(res.body).toMatch(/\r\nDTSTART:20261201T233000Z\r\n/);
    expect(event.attendees).toEqual([
      { cn: 'Jo Mentee', address: `mailto:${jo.user.email}` },
      { cn: 'Sam Mentor', address: `mailto:${sam.user.email}` },
    ]);
    expect(event.description).toContain(`Session goal: ${GOAL}`);
    expect(event.description).toContain(`${TEST_BASE_URL}/sessions/${session.id}`);

    // The same event for Sam, with the file dated in Sam's zone.
    const forSam = await eventFor(session.id, sam);
    expect(forSam.res.headers['content-disposition']).toBe(
      'attachment; filename="tandem-session-2026-12-02.ics"',
    );
    expect(forSam.event.uid).toBe(event.uid);
    expect(forSam.event.description).toContain(`Session goal: ${GOAL}`);
  });

  it('keeps its UID through a reschedule and a cancellation while SEQUENCE grows', async () => {
    const session = await newSession();
    const first = (await eventFor(session.id, sam)).event;

    await updateSession(session.id, { startsAt: new Date('2026-12-03T08:00:00Z'), sequence: 1 });
    const moved = (await eventFor(session.id, sam)).event;
    expect(moved.uid).toBe(first.uid);
    expect(moved.sequence).toBe(1);
    expect(moved.start).toBe('2026-12-03T08:00:00.000Z');
    expect(moved.status).toBe('CONFIRMED');

    await updateSession(session.id, { status: 'cancelled', sequence: 2, cancelledAt: tc.now() });
    const { calendar, event: cancelled } = await eventFor(session.id, sam);
    expect(cancelled.uid).toBe(first.uid);
    expect(cancelled.sequence).toBe(2);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.start).toBe('2026-12-03T08:00:00.000Z');
    expect(cancelled.summary).toBe('Cancelled: Mentoring session: Jo Mentee & Sam Mentor');
    expect(cancelled.description).toMatch(/^This session was cancelled\./);
    // A downloaded file is published, never an iTIP CANCEL message.
    expect(calendar.method).toBe('PUBLISH');
  });

  it('never gives the mentor a goal the mentee has not shared', async () => {
    const draft = 'A draft goal Jo is still thinking about';
    const session = await newSession({ createdById: null });
    await buildPrep(t.database.db, session.id, { goal: draft, shared: false });

    const forSam = await download(session.id, sam);
    expect(forSam.statusCode).toBe(200);
    expect(forSam.body).not.toContain('draft goal');
    const samEvent = onlyEvent(forSam.body);
    expect(samEvent.description).not.toContain('Session goal');
    expect(samEvent.description).toContain(`${TEST_BASE_URL}/sessions/${session.id}`);
    // Nobody created it in Tandem's records: the mentor stands as organizer.
    expect(samEvent.organizer?.cn).toBe('Sam Mentor');

    // Jo's own draft is Jo's to see.
    expect((await eventFor(session.id, jo)).event.description).toContain(`Session goal: ${draft}`);

    await t.database.db
      .update(sessionPreps)
      .set({ sharedAt: tc.now() })
      .where(eq(sessionPreps.sessionId, session.id));
    expect((await eventFor(session.id, sam)).event.description).toContain(`Session goal: ${draft}`);
  });

  it('carries hostile text through a real parser intact', async () => {
    const name = `Zoë "Z" O'Neil; 山田, ${'日本語のとても長い名前😀'.repeat(10)}`;
    const zoe = await buildUser(t.app.auth, { name });
    const mentorship = await buildMentorship(t.database.db, zoe.user.id, sam.user.id);
    const location = 'Café Lumen; 2nd floor, table 3\nask for "Tandem" \\ at the bar';
    const goal = 'Decide: backend, or data? Then; plan\nweek by week, ^carefully^.';
    const session = await buildSession(t.database.db, mentorship.id, {
      startsAt: new Date('2026-12-05T09:00:00Z'),
      location,
    });
    await buildPrep(t.database.db, session.id, { goal, shared: true });

    const { res, event } = await eventFor(session.id, sam);
    for (const line of res.body.slice(0, -2).split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    expect(res.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(event.summary).toBe(`Mentoring session: ${name} & Sam Mentor`);
    expect(event.location).toBe(location);
    // A place is not a link: no URL property for it.
    expect(event.url).toBeNull();
    expect(event.description).toContain(`Session goal: ${goal}`);
    expect(event.attendees[0]).toEqual({ cn: name, address: `mailto:${zoe.user.email}` });
  });

  it('is the same 404 for a participant of another pair, a stranger and an unknown id', async () => {
    const session = await newSession();
    const cleo = await buildUser(t.app.auth, { name: 'Cleo Other' });
    const dev = await buildUser(t.app.auth, { name: 'Dev Other' });
    await buildMentorship(t.database.db, cleo.user.id, dev.user.id);
    const stranger = await buildUser(t.app.auth);

    const unknown = await download('00000000-0000-4000-8000-000000000000', jo);
    expect(unknown.statusCode).toBe(404);
    for (const outsider of [cleo, dev, stranger]) {
      const res = await download(session.id, outsider);
      expect(res.statusCode).toBe(404);
      expect(res.body).toBe(unknown.body);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    }
    expect((await download(session.id, undefined)).statusCode).toBe(401);
    expect((await download('not-a-uuid', jo)).statusCode).toBe(400);
  });
});
