import { describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { hasBrowser, setupBrowser, signUpInBrowser } from './browser.ts';

/**
 * Step 1 of the loop: a newcomer writes a goal, is nudged from a vague title to a specific
 * one, notes some progress and marks it achieved; every page passes axe, nothing fails.
 */
const startJourney = setupBrowser();

describe.runIf(hasBrowser)('goals journey', () => {
  it('writes a specific goal, notes progress and marks it achieved', async () => {
    const { page, context, problems, httpErrors, expectAccessible } = await startJourney();
    const person = userInput({ name: 'Noor Haddad' });

    await signUpInBrowser(page, person);
    await page.getByRole('link', { name: 'Write your first goal' }).waitFor();
    await expectAccessible('home without goals');

    await page.getByRole('link', { name: 'Goals', exact: true }).click();
    await page.waitForURL('**/goals');
    await page.getByRole('heading', { level: 2, name: 'Write your first goal' }).waitFor();
    await expectAccessible('goals, empty');

    await page.getByRole('link', { name: 'New goal' }).click();
    await page.waitForURL('**/goals/new');
    await page.getByRole('heading', { level: 1, name: 'New goal' }).waitFor();
    await expectAccessible('new goal');

    // Picking a category brings up questions that help make the goal specific.
    await page.getByRole('radio', { name: 'Interviews' }).click();
    await page.getByText('Which part of the interview loop worries you most?').waitFor();

    const nudges = page.getByTestId('goal-nudges');
    await page.getByLabel('Your goal').fill('Get better at interviews');
    await nudges.getByText(/reads like a wish/).waitFor();
    await expectAccessible('new goal with nudges');

    await page
      .getByLabel('Your goal')
      .fill('Practise three mock system design interviews before my onsite');
    await page
      .getByLabel('I’ll know it’s done when…')
      .fill('I have done three mock interviews and got written feedback on each.');
    await page.getByLabel('Target date (optional)').fill('2099-03-31');
    await nudges.getByText(/clear and specific/).waitFor();
    expect(await nudges.getByText(/wish/).count()).toBe(0);
    await page.getByRole('button', { name: 'Save goal' }).click();

    await page.waitForURL(/\/goals\/[0-9a-f-]{36}$/);
    await page
      .getByRole('heading', { level: 1, name: /Practise three mock system design/ })
      .waitFor();
    await page.getByText('31 March 2099').waitFor();
    await expectAccessible('goal');

    await page
      .getByLabel('Add a progress note')
      .fill('Booked the first mock with Sam for Thursday.');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Booked the first mock with Sam for Thursday.').waitFor();
    await expect.poll(() => page.getByLabel('Add a progress note').inputValue()).toBe('');

    await page.getByRole('button', { name: 'Mark as achieved' }).click();
    await page.getByText('Marked as achieved.').waitFor();
    await page.getByRole('button', { name: 'Make active again' }).waitFor();
    await expectAccessible('goal achieved');

    await page.getByRole('link', { name: 'All goals' }).click();
    await page.waitForURL('**/goals');
    const card = page.getByRole('article');
    await card.getByText('2 progress notes').waitFor();
    expect(await card.getByText('Achieved').count()).toBe(1);
    await expectAccessible('goals list');

    expect(problems).toEqual([]);
    expect(httpErrors).toEqual([]);
    await context.close();
  });
});
