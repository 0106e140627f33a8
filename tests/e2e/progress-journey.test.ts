import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../common/schemas/account.ts';
import type { MentorshipDetail, RequestMentorshipInput } from '../../common/schemas/mentorships.ts';
import type { ScheduleSessionInput, SessionDetail } from '../../common/schemas/sessions.ts';
import { userInput } from '../factories/user.ts';
import { callViaApi, createGoalViaApi, saveProfileViaApi, signUpViaApi } from './api.ts';
import { hasBrowser, setupBrowser, signInInBrowser } from './browser.ts';

/**
 * After two sessions that already happened, the mentorship page shows how it is going (charts,
 * each with its words for screen readers) and the mentee's Home says what needs them now: the
 * prep for the next session. The pair and sessions are set up over the API.
 */
const startJourney = setupBrowser();

const ines = userInput({ name: 'Inès Moreau', timeZone: 'Europe/Paris' });
const kofi = userInput({ name: 'Kofi Mensah', timeZone: 'Africa/Accra' });
let mentorshipId = '';

const DAY = 24 * 3_600_000;

beforeAll(async () => {
  if (!hasBrowser) return;
  const inesCookie = await signUpViaApi(ines);
  const kofiCookie = await signUpViaApi(kofi);
  await saveProfileViaApi(kofiCookie, {
    isMentor: true,
    isMentee: false,
    careerStage: 'senior',
    mentor: {
      headline: 'Product designer turned front-end lead, happy to review portfolios',
      stack: ['TypeScript'],
      areas: ['frontend'],
      topics: ['portfolio'],
      languages: ['en'],
      capacity: 2,
      acceptingRequests: true,
    },
  });
  const kofiMe = await callViaApi<Me>(kofiCookie, 'GET', '/api/me');
  const goalId = await createGoalViaApi(inesCookie, {
    title: 'Turn my design portfolio into a front-end one',
    category: 'portfolio',
    successCriterion: 'Three projects with live demos and readable code are on my site.',
  });
  const request: RequestMentorshipInput = {
    mentorId: kofiMe.id,
    goalIds: [goalId],
    message:
      'I am moving from graphic design into front-end work and would love a steady eye on my portfolio as it grows.',
    cadence: 'every-two-weeks',
  };
  const mentorship = await callViaApi<MentorshipDetail>(
    inesCookie,
    'POST',
    '/api/mentorships',
    request,
  );
  mentorshipId = mentorship.id;
  await callViaApi(kofiCookie, 'POST', `/api/mentorships/${mentorship.id}/accept`, {});
  const schedule = (startsAt: number, held?: boolean): ScheduleSessionInput => ({
    mentorshipId,
    startsAt: new Date(startsAt).toISOString(),
    durationMinutes: 60,
    location: 'https://meet.example.test/ines-kofi',
    ...(held ? { held: true } : {}),
  });
  const now = Date.now();
  await callViaApi<SessionDetail>(
    inesCookie,
    'POST',
    '/api/sessions',
    schedule(now - 30 * DAY, true),
  );
  await callViaApi<SessionDetail>(
    inesCookie,
    'POST',
    '/api/sessions',
    schedule(now - 12 * DAY, true),
  );
  await callViaApi<SessionDetail>(inesCookie, 'POST', '/api/sessions', schedule(now + 5 * DAY));
});

describe.runIf(hasBrowser)('progress journey', () => {
  it('shows how the mentorship is going and what needs the mentee now', async () => {
    const mentee = await startJourney();
    const { page } = mentee;
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });

    await signInInBrowser(page, ines);
    const needs = page.getByRole('region', { name: 'What needs you now' });
    const prep = needs.getByRole('region', { name: 'Prep to write and share' });
    await prep.getByText('Prep for your session with Kofi').waitFor();
    await prep.getByText(/^Share by \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/).waitFor();
    await mentee.expectAccessible('home with prep to write');

    await page.goto(`/mentorships/${mentorshipId}`);
    const progress = page.getByRole('region', { name: 'How it’s going' });
    await progress.getByRole('figure', { name: 'Sessions held' }).waitFor();
    await progress.getByText(/^2 sessions together since \w+ \d{4}\.$/).waitFor();
    await progress
      .getByText(
        /^Usually 1[789] days between sessions \(you agreed on every two weeks, about 14 days\)\./,
      )
      .waitFor();
    await progress.getByText('No reviews yet', { exact: false }).waitFor();
    for (const name of [
      'Sessions held',
      'Was the session goal met?',
      'Action items',
      'Days between sessions',
    ]) {
      await progress.getByRole('figure', { name }).waitFor();
      // The numbers behind each chart, for screen readers.
      await progress.getByRole('table', { name }).waitFor({ state: 'attached' });
    }
    // The drawing itself is there for sighted readers.
    await progress.locator('.recharts-surface').first().waitFor();
    await mentee.expectAccessible('mentorship with progress charts');

    expect(warnings).toEqual([]);
    expect(mentee.problems).toEqual([]);
    expect(mentee.httpErrors).toEqual([]);
    await mentee.context.close();
  });
});
