import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleSessionInput, SessionDetail } from '../../common/schemas/sessions.ts';
import { userInput } from '../factories/user.ts';
import { buildPairViaApi, callViaApi } from './api.ts';
import { hasBrowser, setupBrowser, signInInBrowser } from './browser.ts';

/**
 * Step 5 of the loop, with two people in two browsers: after a session that took place, each
 * reviews it and sees the other's shared answers (never their private reflection); then each
 * answers the fit check privately, and only once both have answered do they see both answers.
 * The pair and the held session are set up over the API, as each person would.
 */
const startJourney = setupBrowser();

const jo = userInput({ name: 'Jo Okafor', timeZone: 'Europe/Paris' });
const sam = userInput({ name: 'Sam Lee', timeZone: 'America/Toronto' });
const tag = () => randomBytes(5).toString('hex');
const JO_REFLECTION = `I froze on the caching question ${tag()}`;
const SAM_REFLECTION = `Let Jo drive the whiteboard next time ${tag()}`;
const JO_NOTE = `I would like to try someone closer to my stack ${tag()}`;
let sessionId = '';
let mentorshipId = '';

beforeAll(async () => {
  if (!hasBrowser) return;
  const pair = await buildPairViaApi(jo, sam);
  const joCookie = pair.menteeCookie;
  mentorshipId = pair.mentorshipId;
  // A call the pair already had: recorded as held, starting yesterday.
  const held: ScheduleSessionInput = {
    mentorshipId,
    startsAt: new Date(Date.now() - 24 * 3_600_000).toISOString(),
    durationMinutes: 60,
    held: true,
  };
  const session = await callViaApi<SessionDetail>(joCookie, 'POST', '/api/sessions', held);
  sessionId = session.id;
});

describe.runIf(hasBrowser)('reviews and fit check journey', () => {
  it('both review the session, then answer the fit check and see both answers only at the end', async () => {
    const mentee = await startJourney();
    const mentor = await startJourney();
    const joPage = mentee.page;
    const samPage = mentor.page;

    // Jo reviews the session.
    await signInInBrowser(joPage, jo);
    await joPage.goto(`/sessions/${sessionId}`);
    await joPage.getByRole('heading', { name: 'How did it go?' }).waitFor();
    await joPage.getByText('Sam hasn’t written a review yet.').waitFor();
    await mentee.expectAccessible('session page with an empty review');
    await joPage.getByRole('radio', { name: 'Partly' }).check();
    await joPage.getByRole('button', { name: 'Save my review' }).click();
    await joPage.getByText('Say in a sentence what got in the way').waitFor();
    await joPage
      .getByLabel('What got in the way?')
      .fill('We ran out of time before the second design exercise.');
    await joPage
      .getByLabel('What was most useful? (optional)')
      .fill('Drawing the read path first.');
    await joPage.getByLabel('Next steps (optional)').fill('Jo sketches a URL shortener by Friday.');
    await joPage.getByLabel(/Private reflection/).fill(JO_REFLECTION);
    await mentee.expectAccessible('review form filled in');
    await joPage.getByRole('button', { name: 'Save my review' }).click();
    await joPage.getByText('Private reflection · only you see this').waitFor();
    await joPage.getByText(JO_REFLECTION).waitFor();

    // Sam sees Jo's shared answers, never her reflection, and writes his own.
    await signInInBrowser(samPage, sam);
    await samPage.goto(`/sessions/${sessionId}`);
    await samPage.getByRole('heading', { name: 'Jo’s review' }).waitFor();
    await samPage.getByText('Drawing the read path first.').waitFor();
    await samPage.getByText('Jo sketches a URL shortener by Friday.').waitFor();
    expect(await samPage.content()).not.toContain(JO_REFLECTION);
    await samPage.getByRole('radio', { name: 'Yes' }).check();
    await expect.poll(() => samPage.getByLabel('What got in the way?').count()).toBe(0);
    await samPage.getByLabel('Next steps (optional)').fill('Review Jo’s sketch on Friday.');
    await samPage.getByLabel(/Private reflection/).fill(SAM_REFLECTION);
    await samPage.getByRole('button', { name: 'Save my review' }).click();
    await samPage.getByText(SAM_REFLECTION).waitFor();
    expect(await samPage.content()).not.toContain(JO_REFLECTION);
    await mentor.expectAccessible('session page with both reviews, as the mentor');

    await joPage.reload();
    await joPage.getByText('Review Jo’s sketch on Friday.').waitFor();
    expect(await joPage.content()).not.toContain(SAM_REFLECTION);
    await mentee.expectAccessible('session page with both reviews, as the mentee');

    // The fit check: Jo answers first.
    await joPage.goto(`/mentorships/${mentorshipId}`);
    await joPage.getByRole('heading', { name: 'Fit check' }).waitFor();
    await joPage
      .getByText(/Neither of you sees the other’s answer until you have both answered/)
      .waitFor();
    await mentee.expectAccessible('mentorship page with an open fit check');
    await joPage.getByRole('radio', { name: /Wind down/ }).click();
    await joPage.getByLabel('A note for Sam (optional)').fill(JO_NOTE);
    await joPage.getByRole('button', { name: 'Answer privately' }).click();
    await joPage.getByText('You answered:').waitFor();
    await joPage.getByText('Sam hasn’t answered yet.', { exact: false }).waitFor();
    expect(await joPage.getByRole('link', { name: 'the closing page' }).getAttribute('href')).toBe(
      `/mentorships/${mentorshipId}/close`,
    );
    await mentee.expectAccessible('mentorship page after answering first');

    // Sam learns only that Jo has answered.
    await samPage.goto(`/mentorships/${mentorshipId}`);
    await samPage
      .getByText('Jo has answered. You’ll both see the answers when you answer.')
      .waitFor();
    const before = await samPage.content();
    expect(before).not.toContain(JO_NOTE);
    expect(before).not.toContain('Let’s close this well');
    expect(before).not.toContain('closing page');
    await mentor.expectAccessible('mentorship page, the other has answered');
    await samPage.getByRole('radio', { name: /Keep going, with a change/ }).click();
    await samPage.getByRole('button', { name: 'Answer privately' }).click();

    // Both answers, side by side, and a kind proposal to close well.
    await samPage.getByText(JO_NOTE).waitFor();
    await samPage.getByText('Let’s close this well').waitFor();
    expect(
      await samPage.getByRole('link', { name: 'Close the mentorship well' }).getAttribute('href'),
    ).toBe(`/mentorships/${mentorshipId}/close`);
    await mentor.expectAccessible('mentorship page with the answers revealed');

    await joPage.reload();
    await joPage.getByText('Let’s close this well').waitFor();
    await joPage.getByText('Keep going, with a change', { exact: true }).waitFor();
    await mentee.expectAccessible('mentorship page with the answers revealed, as the mentee');

    for (const journey of [mentee, mentor]) {
      expect(journey.problems).toEqual([]);
      expect(journey.httpErrors).toEqual([]);
    }
  });
});
