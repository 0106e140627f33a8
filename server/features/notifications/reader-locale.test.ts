import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../tests/factories/user.ts';
import {
  call,
  createTestApp,
  TEST_AUTH_SECRET,
  TEST_BASE_URL,
  type TestApp,
} from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { composers } from './composers/all-composers.ts';
import { calendarDay, whenFor } from './composers/words.ts';
import { runDueReminders } from './reminder-worker.ts';

/** Times in a message are in the reader's zone and written the way they chose in Settings. */
describe('words for a reader', () => {
  const at = new Date('2026-12-01T14:05:00Z');
  it('writes the same moment in each convention, in the reader’s zone', () => {
    const reader = (locale: string) => ({ timeZone: 'America/New_York', locale });
    expect(whenFor(at, reader('en-GB'))).toBe('Tue 1 Dec, 09:05 your time');
    expect(whenFor(at, reader('en-US'))).toBe('Tue, Dec 1, 9:05 AM your time');
    expect(whenFor(at, reader('en-IN'))).toBe('Tue, 1 Dec, 9:05 am your time');
    expect(whenFor(at, reader('en-US-u-hc-h23'))).toBe('Tue, Dec 1, 09:05 your time');
    // Anything unknown falls back to the default rather than to the server's own locale.
    expect(whenFor(at, reader('xx-YY'))).toBe('Tue 1 Dec, 09:05 your time');
    expect(calendarDay('2026-12-24', { locale: 'en-US' })).toBe('Thu, Dec 24');
  });
});

const clock = createTestClock('2027-05-04T09:00:00Z');
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: clock.clock });
});
afterAll(() => t.close());

describe('a person’s date and time format', () => {
  it('is chosen in Settings, checked, and used in what Tandem tells them', async () => {
    const mentor = await buildUser(t.app.auth, { name: 'Dana Reyes', timeZone: 'America/Chicago' });
    expect((await call(t.app, 'GET', '/api/me', { cookie: mentor.cookie })).json().locale).toBe(
      'en-GB',
    );
    const bad = await call(t.app, 'PATCH', '/api/me', {
      cookie: mentor.cookie,
      body: { locale: 'tlh-Piqd' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('locale');
    const saved = await call(t.app, 'PATCH', '/api/me', {
      cookie: mentor.cookie,
      body: { locale: 'en-US' },
    });
    expect(saved.json()).toMatchObject({ locale: 'en-US', timeZone: 'America/Chicago' });

    const inviter = await buildUser(t.app.auth, { name: 'Tomás Silva' });
    const res = await call(t.app, 'POST', '/api/mentorships/invitations', {
      cookie: inviter.cookie,
      body: { inviteeRole: 'mentor', email: mentor.user.email, message: 'Would you mentor me?' },
    });
    expect(res.statusCode, res.body).toBe(201);
    await runDueReminders({
      db: t.database.db,
      composers,
      mailer: null,
      clock: clock.clock,
      baseUrl: TEST_BASE_URL,
      authSecret: TEST_AUTH_SECRET,
    });
    const list = await call(t.app, 'GET', '/api/notifications', { cookie: mentor.cookie });
    // Open 14 days: 18 May, 09:00 UTC is 04:00 in Chicago, written month first on a 12-hour clock.
    expect(list.json().items[0].body).toContain(
      'It stays open until Tue, May 18, 4:00 AM your time.',
    );
  });
});
