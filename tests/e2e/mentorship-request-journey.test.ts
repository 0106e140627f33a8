import { beforeAll, describe, expect, it } from 'vitest';
import {
  bothLocalTimes,
  instantToWallTime,
  wallTimeIn,
  wallTimeToInstant,
} from '../../common/sessions/session-times.ts';
import { userInput } from '../factories/user.ts';
import { createGoalViaApi, saveProfileViaApi, signUpViaApi } from './api.ts';
import { hasBrowser, setupBrowser, signInInBrowser } from './browser.ts';

/**
 * Step 3 of the loop begins: a mentee finds a mentor for a goal and asks, sharing that goal;
 * the mentor, in their own browser, finds the request waiting, reads it and accepts; the mentee
 * sees the pair under way and schedules the first session on their own clock, which the mentor
 * then sees on theirs. Two browser contexts, axe on every page.
 */
const startJourney = setupBrowser();

/** Noon on the Tuesday at least a week ahead, in `timeZone` (a weekday, inside usual hours). */
function nextTuesdayNoon(timeZone: string): Date {
  for (let days = 7; ; days += 1) {
    const day = instantToWallTime(new Date(Date.now() + days * 86_400_000), timeZone).slice(0, 10);
    const noon = wallTimeToInstant(`${day}T12:00`, timeZone);
    if (noon && wallTimeIn(noon, timeZone).weekday === 2) return noon;
  }
}

const mentor = userInput({ name: 'Rosa Delgado', timeZone: 'Europe/Madrid' });
const mentee = userInput({ name: 'Tariq Aziz', timeZone: 'America/Toronto' });
const GOAL = 'Pass a data engineering interview loop by March';
let goalId: string;

beforeAll(async () => {
  if (!hasBrowser) return;
  const mentorCookie = await signUpViaApi(mentor);
  await saveProfileViaApi(mentorCookie, {
    isMentor: true,
    isMentee: false,
    careerStage: 'staff',
    mentor: {
      headline: 'Data platform lead who has run hundreds of interview loops',
      stack: ['Python', 'SQL'],
      areas: ['data'],
      topics: ['interviews'],
      languages: ['en', 'es'],
      capacity: 2,
      acceptingRequests: true,
    },
  });
  const menteeCookie = await signUpViaApi(mentee);
  goalId = await createGoalViaApi(menteeCookie, {
    title: GOAL,
    category: 'interviews',
    successCriterion: 'I have an offer after a full loop with a system design round.',
  });
});

const MESSAGE =
  'I want to pass a data engineering loop by March. You have run many interview loops, so ' +
  'you know what good looks like. I have practised SQL puzzles but freeze on pipeline design.';

describe.runIf(hasBrowser)('mentorship request journey', () => {
  it('requests a mentor with a goal; the mentor accepts; both see it ongoing', async () => {
    const asMentee = await startJourney();
    const { page } = asMentee;
    await signInInBrowser(page, mentee);

    // Find the mentor, ranked for the goal, and ask from the result card.
    await page.goto(`/mentors?goalId=${goalId}`);
    const card = page.getByRole('list', { name: 'Mentors' }).getByRole('article', {
      name: 'Rosa Delgado',
    });
    await card.waitFor();
    await asMentee.expectAccessible('find a mentor');
    await card.getByRole('link', { name: 'Ask for mentoring from Rosa Delgado' }).click();
    await page.waitForURL(/\/mentors\/[^/]+\/request\?goalId=/);
    await page.getByRole('heading', { level: 1, name: 'Ask Rosa Delgado for mentoring' }).waitFor();
    // The goal the list was ranked for is already ticked.
    expect(await page.getByRole('checkbox', { name: GOAL }).isChecked()).toBe(true);
    await asMentee.expectAccessible('request form');

    const message = page.getByLabel('Your message to Rosa');
    await message.fill('Please help me.');
    await page.getByText(/15 of 60 characters: 45 more to go/).waitFor();
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.getByText(/Write at least 60 characters/).waitFor();
    await asMentee.expectAccessible('request form with an error');
    await message.fill(MESSAGE);
    await page.getByRole('combobox', { name: 'How often would you like to meet?' }).click();
    await page.getByRole('option', { name: 'Every two weeks' }).click();
    await page.getByRole('button', { name: 'Send request' }).click();
    await page.waitForURL(/\/mentorships\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'You and Rosa Delgado' }).waitFor();
    await page.getByText('Waiting for Rosa’s answer.', { exact: false }).waitFor();
    await asMentee.expectAccessible('mentorship, pending');

    await page.getByRole('link', { name: 'Mentoring', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Sent' }).waitFor();
    await asMentee.expectAccessible('mentoring list, sent');

    // The mentor, in a browser of their own.
    const asMentor = await startJourney();
    const mentorPage = asMentor.page;
    await signInInBrowser(mentorPage, mentor);
    const waiting = mentorPage.getByRole('region', { name: 'Waiting for you' });
    await waiting.getByText(/Tariq Aziz would like to start mentoring with you/).waitFor();
    await asMentor.expectAccessible('home with a request waiting');
    await waiting.getByRole('link', { name: 'Answer the request' }).click();
    await mentorPage.waitForURL('**/mentorships');
    const request = mentorPage.getByRole('article', { name: 'Tariq Aziz' });
    await request.getByText(/freeze on pipeline design/).waitFor();
    await asMentor.expectAccessible('mentoring list, waiting');

    // A look at the decline dialog, then a yes.
    await request.getByRole('button', { name: 'Decline…' }).click();
    const dialog = mentorPage.getByRole('dialog', { name: 'Decline Tariq’s request' });
    await dialog.getByRole('radio', { name: 'This is outside what I know well' }).check();
    await dialog.getByText(/Rosa felt your goal sits outside what they know best/).waitFor();
    await asMentor.expectAccessible('decline dialog');
    await dialog.getByRole('button', { name: 'Keep it for now' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await request.getByRole('button', { name: 'Accept' }).click();
    await mentorPage.waitForURL(/\/mentorships\/[0-9a-f-]{36}$/);
    await mentorPage.getByRole('heading', { level: 1, name: 'You and Tariq Aziz' }).waitFor();
    await mentorPage.getByText(/Ongoing since/).waitFor();
    await mentorPage.getByText(GOAL).waitFor();
    await asMentor.expectAccessible('mentorship, active, as mentor');

    // Back with the mentee: the pair is under way.
    await page.reload();
    const ongoing = page.getByRole('region', { name: 'Ongoing' });
    await ongoing.getByRole('article', { name: 'Rosa Delgado' }).waitFor();
    await ongoing.getByText('Rosa mentors you').waitFor();
    await asMentee.expectAccessible('mentoring list, ongoing');
    await ongoing.getByRole('link', { name: 'Rosa Delgado' }).click();
    await page.getByText('Rosa accepted').waitFor();
    await asMentee.expectAccessible('mentorship, active, as mentee');

    // The mentee plans the first session on their own clock; both clocks show as they type.
    const startsAt = nextTuesdayNoon(mentee.timeZone);
    const bothTimes = bothLocalTimes(startsAt, mentee.timeZone, mentor);
    await page.getByRole('button', { name: 'Schedule a session' }).click();
    const schedule = page.getByRole('dialog', { name: 'Schedule a session with Rosa' });
    await schedule.getByLabel('Date and time').fill(instantToWallTime(startsAt, mentee.timeZone));
    await schedule.getByTestId('both-times').getByText(bothTimes).waitFor();
    await schedule.getByLabel('Place or video link').fill('https://meet.example.com/tariq-rosa');
    await asMentee.expectAccessible('schedule dialog');
    await schedule.getByRole('button', { name: 'Schedule', exact: true }).click();
    await page.getByRole('dialog', { name: 'Session scheduled' }).waitFor();
    await page.getByRole('link', { name: 'Open the session' }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Session with Rosa' }).waitFor();
    await page.getByText(bothTimes).first().waitFor();
    await asMentee.expectAccessible('session page, as mentee');

    // The mentor sees it on their own clock, with the mentee's beside it.
    await mentorPage.reload();
    await mentorPage
      .getByText(bothLocalTimes(startsAt, mentor.timeZone, mentee))
      .first()
      .waitFor();
    await asMentor.expectAccessible('mentorship with an upcoming session, as mentor');

    for (const journey of [asMentee, asMentor]) {
      expect(journey.problems).toEqual([]);
      expect(journey.httpErrors).toEqual([]);
      await journey.context.close();
    }
  });
});
