import { beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../common/schemas/prep.ts';
import type { SessionDetail } from '../../common/schemas/sessions.ts';
import { userInput } from '../factories/user.ts';
import { buildPairViaApi, callViaApi } from './api.ts';
import { hasBrowser, setupBrowser, signInInBrowser } from './browser.ts';

/**
 * Step 4 of the loop with two people in two browsers: both open the live page of a session with
 * a shared prep, tick questions and add action items, and each sees the other's ticks after the
 * poll. An item left open shows on the pair's list and on the next session's agenda and brief.
 */
const startJourney = setupBrowser();

const jo = userInput({ name: 'Jo Okafor', timeZone: 'Europe/Paris' });
const sam = userInput({ name: 'Sam Lee', timeZone: 'America/Toronto' });
const Q1 = 'How do I practise system design on my own?';
const Q2 = 'Which trade-offs do interviewers probe most?';
let joCookie = '';
let samCookie = '';
let mentorshipId = '';
let sessionId = '';

beforeAll(async () => {
  if (!hasBrowser) return;
  ({
    menteeCookie: joCookie,
    mentorCookie: samCookie,
    mentorshipId,
  } = await buildPairViaApi(jo, sam));
  const session = await callViaApi<SessionDetail>(joCookie, 'POST', '/api/sessions', {
    mentorshipId,
    startsAt: new Date(Date.now() + 2 * 3_600_000).toISOString(),
    durationMinutes: 60,
  });
  sessionId = session.id;
  const prep = `/api/sessions/${sessionId}/prep`;
  await callViaApi(joCookie, 'PUT', `${prep}/goal`, {
    goal: 'Leave with a study plan for the system design round.',
  });
  await callViaApi(joCookie, 'POST', `${prep}/questions`, { text: Q1 });
  await callViaApi(joCookie, 'POST', `${prep}/questions`, { text: Q2 });
  await callViaApi(joCookie, 'POST', `${prep}/share`);
});

describe.runIf(hasBrowser)('live session journey', () => {
  it('both tick the agenda and add action items; open items reach the next session', async () => {
    const mentee = await startJourney();
    const mentor = await startJourney();
    await signInInBrowser(mentee.page, jo);
    await signInInBrowser(mentor.page, sam);
    for (const journey of [mentee, mentor]) {
      await journey.page.goto(`/sessions/${sessionId}/live`);
      await journey.page.getByRole('heading', { level: 1, name: /Session with/ }).waitFor();
      await journey.page
        .getByText('Leave with a study plan for the system design round.')
        .waitFor();
    }
    await mentee.expectAccessible('live page, mentee');
    await mentor.expectAccessible('live page, mentor');

    // Sam ticks the first question and notes the answer; Jo sees it after the poll.
    await mentor.page.getByRole('button', { name: 'Note the answer' }).first().click();
    await mentor.page.getByLabel('Short answer').fill('One timed design a day, then a write-up.');
    await mentor.page.getByRole('button', { name: 'Save answer' }).click();
    await expect
      .poll(() => mentee.page.getByRole('checkbox', { name: `Covered: ${Q1}` }).isChecked(), {
        timeout: 10_000,
      })
      .toBe(true);
    await mentee.page.getByText('One timed design a day, then a write-up.').waitFor();

    // Jo ticks the second; Sam sees it.
    await mentee.page.getByRole('checkbox', { name: `Covered: ${Q2}` }).click();
    await expect
      .poll(() => mentor.page.getByRole('checkbox', { name: `Covered: ${Q2}` }).isChecked(), {
        timeout: 10_000,
      })
      .toBe(true);

    // Each adds an action item; one is ticked done.
    await mentee.page.getByLabel('New action item').fill('Sketch a URL shortener end to end');
    await mentee.page.getByRole('button', { name: 'Add action item' }).click();
    await mentee.page.getByText('Sketch a URL shortener end to end').waitFor();
    await mentor.page.getByLabel('New action item').fill('Send Jo two mock design prompts');
    await mentor.page.getByRole('button', { name: 'Add action item' }).click();
    const done = mentor.page.getByRole('checkbox', {
      name: 'Done: Send Jo two mock design prompts',
    });
    await done.click();
    // The tick shows at once (optimistic) and stays once the server has it.
    await expect.poll(() => done.isChecked()).toBe(true);
    await mentee.page.getByText('Send Jo two mock design prompts').waitFor({ timeout: 10_000 });
    await mentee.expectAccessible('live page with ticks and items');

    // The pair's list: the open item, the done one folded away.
    await mentor.page.goto(`/mentorships/${mentorshipId}`);
    const panel = mentor.page.getByRole('region', { name: 'Action items' });
    await panel.getByText('Sketch a URL shortener end to end').waitFor();
    await panel.getByRole('button', { name: 'Show done and dropped (1)' }).click();
    await panel.getByText('Send Jo two mock design prompts').waitFor();
    await mentor.expectAccessible('mentorship page with action items');
    await mentee.page.goto(`/mentorships/${mentorshipId}`);
    await mentee.page
      .getByRole('region', { name: 'Action items' })
      .getByText('Sketch a URL shortener end to end')
      .waitFor();
    await mentee.expectAccessible('mentorship page with action items, mentee');

    // The next session: the open item is on its agenda and in its brief.
    const next = await callViaApi<SessionDetail>(joCookie, 'POST', '/api/sessions', {
      mentorshipId,
      startsAt: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      durationMinutes: 60,
    });
    await callViaApi(joCookie, 'PUT', `/api/sessions/${next.id}/prep/goal`, {
      goal: 'Review the URL shortener design together.',
    });
    await callViaApi(joCookie, 'POST', `/api/sessions/${next.id}/prep/share`);
    await mentor.page.goto(`/sessions/${next.id}/live`);
    await mentor.page.getByText('Sketch a URL shortener end to end').waitFor();
    const brief = await callViaApi<Brief>(samCookie, 'GET', `/api/sessions/${next.id}/brief`);
    expect(brief.openActionItems.map((item) => [item.title, item.owner])).toEqual([
      ['Sketch a URL shortener end to end', 'Jo Okafor'],
    ]);

    for (const journey of [mentee, mentor]) {
      expect(journey.problems).toEqual([]);
      expect(journey.httpErrors).toEqual([]);
      await journey.context.close();
    }
  });
});
