import { beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleSessionInput, SessionDetail } from '../../common/schemas/sessions.ts';
import { userInput } from '../factories/user.ts';
import { buildPairViaApi, callViaApi } from './api.ts';
import { hasBrowser, setupBrowser, signInInBrowser } from './browser.ts';

/**
 * Step 3 of the loop, with two people in two browsers: the mentee writes the prep and shares
 * it, the mentor opens the brief, the mentee sees the read receipt, then edits and sees what
 * changed since. The pair and the session are set up over the API as each person would.
 */
const startJourney = setupBrowser();

const jo = userInput({ name: 'Jo Okafor', timeZone: 'Europe/Paris' });
const sam = userInput({ name: 'Sam Lee', timeZone: 'America/Toronto' });
let sessionId = '';

beforeAll(async () => {
  if (!hasBrowser) return;
  const { menteeCookie: joCookie, mentorshipId } = await buildPairViaApi(jo, sam);
  const schedule: ScheduleSessionInput = {
    mentorshipId,
    startsAt: new Date(Date.now() + 4 * 24 * 3_600_000).toISOString(),
    durationMinutes: 60,
    location: 'https://meet.example.test/jo-sam',
  };
  const session = await callViaApi<SessionDetail>(joCookie, 'POST', '/api/sessions', schedule);
  sessionId = session.id;
});

describe.runIf(hasBrowser)('prep journey', () => {
  it('shares a prep, the mentor reads the brief, the mentee sees the receipt and the changes', async () => {
    const mentee = await startJourney();
    const mentor = await startJourney();
    const page = mentee.page;

    await signInInBrowser(page, jo);
    await page.goto(`/sessions/${sessionId}`);
    await page.getByRole('heading', { name: 'Your prep' }).waitFor();
    await mentee.expectAccessible('session with an empty prep');

    await expect
      .poll(() => page.getByRole('button', { name: 'Share with Sam' }).isDisabled())
      .toBe(true);
    await page.getByText('Write and save the session goal first').waitFor();

    await page
      .getByLabel('What should be true when this session ends?')
      .fill('Leave with a study plan for the system design round on 12 January.');
    await page.getByRole('combobox', { name: /Which of your goals/ }).click();
    await page.getByRole('option', { name: /Pass the system design round/ }).click();
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.getByText('Saved', { exact: true }).waitFor();

    for (const [index, text] of [
      'How do I practise system design on my own, an hour a day?',
      'Which trade-offs do interviewers probe most?',
    ].entries()) {
      await page.getByLabel('Add a question').fill(text);
      await page.getByRole('button', { name: 'Add question' }).click();
      await page.getByText(`${index + 1} of 20`).waitFor();
    }
    // Keyboard reordering: the second question moves up, and focus stays with it.
    await page.getByRole('button', { name: 'Move question 2 up' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Question moved to position 1 of 2.').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move question 1 down');

    await page.getByLabel('Title').fill('Design notes');
    await page.getByLabel('Web address').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByText('Use a web address that starts with https://').waitFor();
    await page.getByLabel('Web address').fill('https://notes.example.dev/design');
    await page.getByLabel('Note (optional)').fill('My notes from the last mock interview.');
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByRole('link', { name: 'Design notes' }).waitFor();
    await mentee.expectAccessible('prep written, not shared');

    await page.getByRole('button', { name: 'Share with Sam' }).click();
    await page.getByText('Not opened yet').waitFor();
    await page.getByText(/^Shared \w{3} \d{2}:\d{2}$/).waitFor();
    await mentee.expectAccessible('prep shared');

    await signInInBrowser(mentor.page, sam);
    await mentor.page.goto(`/sessions/${sessionId}`);
    await mentor.page.getByRole('heading', { name: 'Session brief' }).waitFor();
    await mentor.expectAccessible('session as the mentor');
    await mentor.page.getByRole('link', { name: 'Open the brief' }).click();
    await mentor.page.waitForURL(`**/sessions/${sessionId}/brief`);
    const brief = mentor.page.getByRole('main');
    await brief.getByRole('heading', { level: 1, name: 'Jo’s prep for your session' }).waitFor();
    await brief
      .getByText('Leave with a study plan for the system design round on 12 January.')
      .waitFor();
    await brief.getByText('Which trade-offs do interviewers probe most?').waitFor();
    await brief.getByText('How do I practise system design on my own, an hour a day?').waitFor();
    expect(await brief.getByRole('link', { name: 'Design notes' }).getAttribute('href')).toBe(
      'https://notes.example.dev/design',
    );
    await mentor.expectAccessible('mentor brief');

    await page.reload();
    await page.getByText(/^Read by Sam · \w{3} \d{2}:\d{2}$/).waitFor();
    await mentee.expectAccessible('prep read by the mentor');

    await page.getByRole('button', { name: 'Edit question 1' }).click();
    await page
      .getByLabel('Question 1')
      .fill('Which trade-offs do interviewers probe most in a design round?');
    await page.getByRole('button', { name: 'Save question' }).click();
    await page.getByText('Changed since Sam read it').waitFor();
    await page.getByText('You changed it since Sam read it').waitFor();
    await mentee.expectAccessible('prep changed since read');

    for (const journey of [mentee, mentor]) {
      expect(journey.problems).toEqual([]);
      expect(journey.httpErrors).toEqual([]);
      await journey.context.close();
    }
  });
});
