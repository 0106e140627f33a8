import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionDetail } from '../../common/schemas/sessions.ts';
import { userInput } from '../factories/user.ts';
import { buildPairViaApi, callViaApi } from './api.ts';
import { hasBrowser, type Journey, setupBrowser, signInInBrowser } from './browser.ts';

/**
 * Step 4 of the loop, two people in two browsers on a session that already took place: both
 * write the shared notes and see each other's lines, make a real clash and settle it, keep
 * private notes the other never sees, and hostile Markdown stays inert.
 */
const startJourney = setupBrowser();

const jo = userInput({ name: 'Jo Okafor', timeZone: 'Europe/Paris' });
const sam = userInput({ name: 'Sam Lee', timeZone: 'America/Toronto' });
let sessionId = '';

beforeAll(async () => {
  if (!hasBrowser) return;
  const { menteeCookie: joCookie, mentorshipId } = await buildPairViaApi(jo, sam);
  const session = await callViaApi<SessionDetail>(joCookie, 'POST', '/api/sessions', {
    mentorshipId,
    startsAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    durationMinutes: 60,
    location: 'https://meet.example.test/jo-sam',
    held: true,
  });
  sessionId = session.id;
});

/** Longer than the panels' 4-second poll. */
const POLL = { timeout: 15_000 };

const shared = (journey: Journey) => journey.page.getByLabel('Write the shared notes');
const privateField = (journey: Journey) => journey.page.getByLabel('Write your private notes');
const sharedStatus = (journey: Journey) =>
  journey.page.getByRole('region', { name: 'Shared notes' }).getByRole('status');

async function typeAtEnd(journey: Journey, text: string) {
  const field = shared(journey);
  await field.click();
  await journey.page.keyboard.press('Control+End');
  await journey.page.keyboard.type(text);
}

describe.runIf(hasBrowser)('notes journey', () => {
  it('both write, see each other, settle a clash, keep private notes private', {
    timeout: 120_000,
  }, async () => {
    const joJ = await startJourney();
    const samJ = await startJourney();
    const dialogs: string[] = [];
    for (const journey of [joJ, samJ]) {
      journey.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
    }

    await signInInBrowser(joJ.page, jo);
    await signInInBrowser(samJ.page, sam);
    for (const journey of [joJ, samJ]) {
      await journey.page.goto(`/sessions/${sessionId}/live`);
      await journey.page.getByRole('heading', { name: 'Shared notes' }).waitFor();
      await journey.page.getByText('Nothing written yet').first().waitFor();
    }
    await joJ.expectAccessible('live session, empty notes');

    // Jo starts the notes; Sam sees them after the poll, then adds his own line.
    await shared(joJ).fill('# Study plan\n\n- Jo: one design problem a day\n');
    await sharedStatus(joJ)
      .getByText(/^Saved at \d{2}:\d{2}$/)
      .waitFor();
    await expect
      .poll(() => shared(samJ).inputValue(), POLL)
      .toContain('Jo: one design problem a day');
    await sharedStatus(samJ)
      .getByText(/^Last saved at \d{2}:\d{2} by Jo$/)
      .waitFor();
    await typeAtEnd(samJ, '- Sam: send two mock questions\n');
    await sharedStatus(samJ)
      .getByText(/^Saved at/)
      .waitFor();
    await expect
      .poll(() => shared(joJ).inputValue(), POLL)
      .toContain('Sam: send two mock questions');

    // Both append at once (before either poll): the server keeps both lines.
    await Promise.all([
      typeAtEnd(joJ, '- Jo: read the caching chapter\n'),
      typeAtEnd(samJ, '- Sam: share the rubric\n'),
    ]);
    for (const journey of [joJ, samJ]) {
      await expect
        .poll(async () => {
          const value = await shared(journey).inputValue();
          return (
            value.includes('Jo: read the caching chapter') &&
            value.includes('Sam: share the rubric')
          );
        }, POLL)
        .toBe(true);
    }

    // A real clash: Sam goes offline and edits Jo's first line; Jo edits the same line.
    await samJ.context.setOffline(true);
    const samText = await shared(samJ).inputValue();
    await shared(samJ).fill(
      samText.replace('one design problem a day', 'two design problems a week'),
    );
    await sharedStatus(samJ)
      .getByText('Could not save — retrying. Your text stays here.')
      .waitFor();
    const joText = await shared(joJ).inputValue();
    await shared(joJ).fill(
      joText.replace('one design problem a day', 'one design problem each morning'),
    );
    await sharedStatus(joJ)
      .getByText(/^Saved at/)
      .waitFor();
    await samJ.context.setOffline(false);
    await sharedStatus(samJ).getByText('Conflict: choose below').waitFor(POLL);
    const clash = samJ.page.getByRole('region', { name: 'You both changed the same lines' });
    await clash.getByRole('heading', { name: 'Your version' }).waitFor();
    await clash.getByRole('heading', { name: 'Jo’s version' }).waitFor();
    await samJ.expectAccessible('live session, a clash to settle');
    const combined = clash.getByLabel('Combined text');
    const both = await combined.inputValue();
    expect(both).toContain('one design problem each morning');
    expect(both).toContain('two design problems a week');
    await combined.fill(
      both
        .replace('- Jo: one design problem each morning\n', '')
        .replace('two design problems a week', 'one design problem each morning, two mocks a week'),
    );
    await clash.getByRole('button', { name: 'Save this version' }).click();
    await sharedStatus(samJ)
      .getByText(/^Saved at/)
      .waitFor();
    await expect
      .poll(() => shared(joJ).inputValue(), POLL)
      .toContain('one design problem each morning, two mocks a week');

    // Private notes: Jo's never reach Sam's page.
    const CANARY = 'private-canary-9c1: nervous about the salary talk';
    await privateField(joJ).fill(CANARY);
    await joJ.page
      .getByRole('region', { name: 'Your private notes' })
      .getByText(/^Saved at/)
      .waitFor();
    await joJ.page.getByText('Only you can see these notes — not Sam, not anyone else.').waitFor();
    await samJ.page.reload();
    await samJ.page.getByRole('heading', { name: 'Your private notes' }).waitFor();
    await expect.poll(() => shared(samJ).inputValue(), POLL).toContain('Study plan');
    expect(await samJ.page.content()).not.toContain('private-canary-9c1');

    // Hostile Markdown renders inert.
    await typeAtEnd(joJ, '- <img src=x onerror=alert(1)> [click me](javascript:alert(1))\n');
    await sharedStatus(joJ)
      .getByText(/^Saved at/)
      .waitFor();
    await expect.poll(() => shared(samJ).inputValue(), POLL).toContain('onerror');
    for (const journey of [joJ, samJ]) {
      const panel = journey.page.getByRole('region', { name: 'Shared notes' });
      await panel.getByRole('tab', { name: 'Preview' }).click();
      await panel.getByRole('heading', { name: 'Study plan' }).waitFor();
      await panel.getByText('click me').waitFor();
      expect(await panel.getByRole('link', { name: 'click me' }).count()).toBe(0);
      expect(await panel.locator('img').count()).toBe(0);
      await journey.expectAccessible('live session, notes preview');
    }
    expect(dialogs).toEqual([]);

    for (const journey of [joJ, samJ]) {
      expect(journey.problems).toEqual([]);
    }
    expect(joJ.httpErrors).toEqual([]);
    // Only Sam's saves while offline failed, and those never reached the server.
    expect(samJ.httpErrors).toEqual([]);
    for (const journey of [joJ, samJ]) await journey.context.close();
  });
});
