import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { buildPairViaApi, callViaApi } from './api.ts';
import { hasBrowser, setupBrowser, signInInBrowser } from './browser.ts';

/**
 * A mentee takes a copy of her data and deletes her account: the dialog says what goes and what
 * her mentor keeps, a wrong password changes nothing, and afterwards she is signed out on the
 * landing page while her mentor still has the mentorship, with her shown as a former member.
 */
const startJourney = setupBrowser();
const GOAL = 'Ship a first open-source contribution before spring';

describe.runIf(hasBrowser)('your data journey', () => {
  it('downloads the data, then deletes the account', async () => {
    const mentee = userInput({ name: 'Noor Haddad' });
    const mentor = userInput({ name: 'Theo Brandt' });
    const pair = await buildPairViaApi(mentee, mentor, {
      goal: {
        title: GOAL,
        category: 'skills-for-role',
        successCriterion: 'A merged pull request.',
      },
    });
    const { page, problems, httpErrors, expectAccessible, context } = await startJourney();
    await signInInBrowser(page, mentee);

    await page.goto('/settings#your-data-title');
    await page.getByRole('heading', { name: 'Your data' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tandem-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await download.path()) ?? '', 'utf8'));
    expect(exported.account.email).toBe(mentee.email);
    expect(exported.goals.map((g: { title: string }) => g.title)).toEqual([GOAL]);
    expect(exported.mentorships[0].counterpart).toBe('Theo Brandt');

    await page.getByRole('button', { name: 'Delete my account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account' });
    await dialog.waitFor();
    await dialog.getByText('This cannot be undone').waitFor();
    expect(await dialog.textContent()).toContain('A former member');
    await expectAccessible('delete account dialog');

    await dialog.getByLabel('Your password').fill('not-my-password-at-all');
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await dialog.getByText('That is not your current password.').waitFor();
    await expectAccessible('delete account dialog with an error');

    await dialog.getByLabel('Your password').fill(mentee.password);
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await page.getByText('Your account has been deleted').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expectAccessible('landing after deletion');

    // Signed out for real.
    await page.goto('/settings');
    await page.waitForURL('**/sign-in**');

    const kept = await callViaApi<{ status: string; counterpart: { name: string } }>(
      pair.mentorCookie,
      'GET',
      `/api/mentorships/${pair.mentorshipId}`,
    );
    expect(kept.status).toBe('closed');
    expect(JSON.stringify(kept)).toContain('A former member');

    expect(problems).toEqual([]);
    expect(httpErrors).toEqual(['400 DELETE /api/me']);
    await context.close();
  });
});
