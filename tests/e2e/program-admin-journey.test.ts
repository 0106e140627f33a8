import { describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { signUpViaApi } from './api.ts';
import { hasBrowser, setupBrowser, signUpInBrowser } from './browser.ts';

/**
 * A program from nothing to its first application, with two people in two browsers: the admin
 * starts a program and a cohort, designs the form (several kinds, one moved up) and opens
 * applications; a candidate follows the link, signs in, is told what is missing, applies and
 * sees "Submitted"; the admin finds the application in the list and reads it.
 */
const startJourney = setupBrowser();

const ada = userInput({ name: 'Ada Lindqvist' });
const cal = userInput({ name: 'Cal Mendes' });

describe.runIf(hasBrowser)('program admin journey', () => {
  it('creates a program, designs a form, opens applications; a candidate applies', async () => {
    await signUpViaApi(cal);
    const admin = await startJourney();
    const candidate = await startJourney({ width: 390, height: 844 });
    const page = admin.page;

    await signUpInBrowser(page, ada);
    await page.getByRole('link', { name: 'Programs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programs' }).waitFor();
    await admin.expectAccessible('programs page');
    await page.getByLabel('Program name').fill('Bridge into Tech');
    await page
      .getByLabel('What it is about (optional)')
      .fill('Six months of mentoring for people changing careers.');
    await page.getByRole('button', { name: 'Start the program' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bridge into Tech' }).waitFor();

    await page.getByLabel('Cohort name').fill('Autumn 2026');
    await page.getByLabel('Starts on').fill('2026-09-01');
    await page.getByLabel('Ends on').fill('2026-12-15');
    await page.getByRole('button', { name: 'Add the cohort' }).click();
    await page.getByRole('link', { name: 'Autumn 2026' }).waitFor();
    await admin.expectAccessible('program page');
    await page.getByRole('link', { name: 'Autumn 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Autumn 2026' }).waitFor();

    const nav = page.getByRole('navigation', { name: 'Cohort sections' });
    await nav.getByRole('link', { name: 'Application form' }).click();
    await page.getByText('The form has no questions yet.').waitFor();
    await page.getByRole('button', { name: 'Add a question' }).click();
    const q1 = page.getByRole('group', { name: 'Question 1' });
    await q1.getByLabel('Question 1', { exact: true }).fill('What do you do today?');
    await q1.getByLabel('An answer is required').check();

    await page.getByRole('button', { name: 'Add a question' }).click();
    const q2 = page.getByRole('group', { name: 'Question 2' });
    await q2
      .getByLabel('Question 2', { exact: true })
      .fill('How confident do you feel in interviews?');
    await q2.getByRole('combobox', { name: 'Kind of answer for question 2' }).click();
    await page.getByRole('option', { name: 'Scale from 1 to 5' }).click();

    await page.getByRole('button', { name: 'Add a question' }).click();
    const q3 = page.getByRole('group', { name: 'Question 3' });
    await q3
      .getByLabel('Question 3', { exact: true })
      .fill('How much time can you give each week?');
    await q3.getByRole('combobox', { name: 'Kind of answer for question 3' }).click();
    await page.getByRole('option', { name: 'One choice' }).click();
    await q3.getByLabel('Choice 1 of question 3', { exact: true }).fill('One hour');
    await q3.getByLabel('Choice 2 of question 3', { exact: true }).fill('Two hours');
    await q3.getByLabel('An answer is required').check();
    // Time comes before confidence: moved up by keyboard-reachable buttons.
    await page.getByRole('button', { name: 'Move question 3 up' }).click();
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: 'Question 2' })
          .getByLabel('Question 2', { exact: true })
          .inputValue(),
      )
      .toBe('How much time can you give each week?');
    await page.getByRole('button', { name: 'Save the form' }).click();
    await page.getByText('The form is saved.').waitFor();
    await admin.expectAccessible('form builder');

    await nav.getByRole('link', { name: 'Overview' }).click();
    // The switch shows what the server holds: it turns on once the change is saved.
    await page.getByLabel('Applications are open').click();
    await expect.poll(() => page.getByLabel('Applications are open').isChecked()).toBe(true);
    const applyUrl = await page.getByLabel('Apply link to share').inputValue();
    expect(applyUrl).toMatch(/\/apply\/[0-9a-f-]{36}$/);
    await admin.expectAccessible('cohort page');

    // The candidate follows the link signed out, signs in, and lands back on the form.
    const c = candidate.page;
    await c.goto(new URL(applyUrl).pathname);
    await c.waitForURL('**/sign-in');
    await c.getByLabel('Email').fill(cal.email);
    await c.getByLabel('Password', { exact: true }).fill(cal.password);
    await c.getByRole('button', { name: 'Sign in' }).click();
    await c.getByRole('heading', { level: 1, name: 'Apply to Autumn 2026' }).waitFor();
    await c.getByText('Six months of mentoring').waitFor();
    await c.getByRole('button', { name: 'Send my application' }).click();
    await c.getByText('Some answers need attention.').waitFor();
    expect(await c.getByText('This question needs an answer.').count()).toBe(2);
    await candidate.expectAccessible('apply page with errors');
    await c.getByLabel('What do you do today?').fill('Support engineer at a bank');
    await c.getByLabel('Two hours').check();
    await c.getByLabel('4', { exact: true }).check();
    await c.getByRole('button', { name: 'Send my application' }).click();
    await c.getByRole('heading', { name: 'Your application' }).waitFor();
    await c.getByText('Submitted', { exact: true }).waitFor();
    await candidate.expectAccessible('apply page after sending');

    await nav.getByRole('link', { name: 'Applications' }).click();
    await page.getByRole('radio', { name: 'Submitted (1)' }).waitFor({ state: 'attached' });
    await admin.expectAccessible('applications list');
    await page.getByRole('link', { name: 'Cal Mendes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cal Mendes' }).waitFor();
    await page.getByText('Support engineer at a bank').waitFor();
    await page.getByText('4 out of 5').waitFor();
    await admin.expectAccessible('application page');

    for (const journey of [admin, candidate]) {
      expect(journey.problems).toEqual([]);
      expect(journey.httpErrors).toEqual([]);
      await journey.context.close();
    }
  });
});
