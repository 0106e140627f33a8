import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../common/schemas/sessions.ts';
import { userInput } from '../factories/user.ts';
import { buildPairViaApi, callViaApi } from './api.ts';
import { hasBrowser, setupBrowser, signInInBrowser } from './browser.ts';

/**
 * The end of the loop, with two people in two browsers: the mentee closes the mentorship with
 * a note, the mentor sees how it ended and writes what they appreciated, the mentee reads it
 * and downloads the summary. The pair and its sessions are set up over the API.
 */
const startJourney = setupBrowser();

const jo = userInput({ name: 'Jo Okafor', timeZone: 'Europe/Paris' });
const sam = userInput({ name: 'Sam Lee', timeZone: 'America/Toronto' });
const CLOSE_NOTE = 'Thank you for every Tuesday. I start at Acme in January!';
const SAM_THANKS = 'How you came to every session with your questions ready.';
let mentorshipId = '';
let upcomingId = '';

beforeAll(async () => {
  if (!hasBrowser) return;
  const pair = await buildPairViaApi(jo, sam, {
    headline: 'Frontend lead who has hired many first-time developers',
    goal: {
      title: 'Land a first frontend role',
      category: 'interviews',
      successCriterion: 'I sign an offer for a junior frontend role.',
    },
    message:
      'I am changing careers into frontend work and would love help preparing for interviews.',
  });
  const joCookie = pair.menteeCookie;
  mentorshipId = pair.mentorshipId;
  await callViaApi<SessionDetail>(joCookie, 'POST', '/api/sessions', {
    mentorshipId,
    startsAt: new Date(Date.now() - 3 * 24 * 3_600_000).toISOString(),
    durationMinutes: 60,
    held: true,
  });
  const upcoming = await callViaApi<SessionDetail>(joCookie, 'POST', '/api/sessions', {
    mentorshipId,
    startsAt: new Date(Date.now() + 4 * 24 * 3_600_000).toISOString(),
    durationMinutes: 45,
  });
  upcomingId = upcoming.id;
});

describe.runIf(hasBrowser)('closure journey', () => {
  it('closes kindly, both see how it ended, appreciations cross, the summary downloads', async () => {
    const mentee = await startJourney();
    const mentor = await startJourney({ width: 390, height: 844 });
    const page = mentee.page;

    await signInInBrowser(page, jo);
    await page.goto(`/mentorships/${mentorshipId}`);
    await page.getByRole('link', { name: 'Close this mentorship' }).click();
    await page.waitForURL(`**/mentorships/${mentorshipId}/close`);
    await page.getByRole('heading', { level: 1, name: 'Close your mentorship with Sam' }).waitFor();
    await page.getByText('The upcoming session will be cancelled').waitFor();
    await mentee.expectAccessible('close page');

    // Nothing happens without a reason.
    await page.getByRole('button', { name: 'Close the mentorship' }).click();
    await page.getByText('Choose the reason that fits best').waitFor();
    await page.getByLabel('We reached what we set out to do').check();
    await page.getByLabel('A note to Sam (optional)').fill(CLOSE_NOTE);
    await page.getByRole('button', { name: 'Close the mentorship' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Your mentorship with Sam has ended' })
      .waitFor();
    await page.getByLabel('What did you appreciate about Sam?').waitFor();
    await mentee.expectAccessible('close page after closing');

    await signInInBrowser(mentor.page, sam);
    await mentor.page.goto(`/mentorships/${mentorshipId}`);
    const ended = mentor.page.getByRole('region', { name: 'How it ended' });
    await ended.getByText('Jo closed this mentorship').waitFor();
    await ended.getByText(CLOSE_NOTE).waitFor();
    await mentor.expectAccessible('closed mentorship page (mentor)');
    await ended.getByLabel('What did you appreciate about Jo?').fill(SAM_THANKS);
    await ended.getByRole('button', { name: 'Send to Jo' }).click();
    await ended.getByText('What you appreciated about Jo').waitFor();
    await ended.getByText(SAM_THANKS).waitFor();
    // The session that was still to come is cancelled, and says why.
    await mentor.page.goto(`/sessions/${upcomingId}`);
    await mentor.page.getByText('Cancelled by Jo — The mentorship was closed').waitFor();

    await page.goto(`/mentorships/${mentorshipId}`);
    const mine = page.getByRole('region', { name: 'How it ended' });
    await mine.getByText(SAM_THANKS).waitFor();
    await mine.getByLabel('What did you appreciate about Sam?').fill('Your patience with my CV.');
    await mine.getByRole('button', { name: 'Send to Sam' }).click();
    await mine.getByText('What you appreciated about Sam').waitFor();
    await mentee.expectAccessible('closed mentorship page (mentee)');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      mine.getByRole('link', { name: 'Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^tandem-mentorship-jo-and-sam-\d{4}-\d{2}-\d{2}\.md$/,
    );
    const markdown = await readFile((await download.path()) ?? '', 'utf8');
    expect(markdown).toContain('# Mentorship summary: Jo Okafor and Sam Lee');
    expect(markdown).toContain('## Sessions held (1)');
    expect(markdown).toContain(CLOSE_NOTE);
    expect(markdown).toContain(SAM_THANKS);
    expect(markdown).toContain('Your patience with my CV.');
    expect(markdown).toContain('Land a first frontend role');

    for (const journey of [mentee, mentor]) {
      expect(journey.problems).toEqual([]);
      expect(journey.httpErrors).toEqual([]);
      await journey.context.close();
    }
  });
});
