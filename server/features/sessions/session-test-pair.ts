import { buildMentorship } from '../../../tests/factories/mentorship.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { call, type TestApp } from '../../../tests/setup/test-app.ts';

/** Wed 25 Nov 2026, 10:00 UTC: "now" for every sessions test. */
export const NOW = '2026-11-25T10:00:00.000Z';

/**
 * A mentee in London and a mentor in New York with an active mentorship: the zones are five
 * hours apart in winter and four in the weeks of March when only the US has changed.
 */
export async function buildPair(
  t: TestApp,
  {
    menteeZone = 'Europe/London',
    mentorZone = 'America/New_York',
    status = 'active',
  }: { menteeZone?: string; mentorZone?: string; status?: string } = {},
) {
  const mentee = await buildUser(t.app.auth, { name: 'Jo Park', timeZone: menteeZone });
  const mentor = await buildUser(t.app.auth, { name: 'Sam Lee', timeZone: mentorZone });
  const mentorship = await buildMentorship(t.database.db, mentee.user.id, mentor.user.id, {
    status,
  });
  return { mentee, mentor, mentorship };
}

/** Schedules through the API as `cookie`. */
export function schedule(
  t: TestApp,
  cookie: string,
  mentorshipId: string,
  body: { startsAt: string; durationMinutes?: number; location?: string; held?: boolean },
) {
  return call(t.app, 'POST', '/api/sessions', {
    cookie,
    body: { mentorshipId, durationMinutes: 60, ...body },
  });
}
