import { describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { hasBrowser, setupBrowser } from './browser.ts';

/**
 * A newcomer's first visit: landing → sign up → home → settings → sign out → sign in, with an
 * accessibility check on every page and no console error anywhere.
 */
const startJourney = setupBrowser();

describe.runIf(hasBrowser)('account journey', () => {
  it('signs up, signs out and signs in again', async () => {
    const { page, context, problems, httpErrors, expectAccessible } = await startJourney();
    const person = userInput({ name: 'Robin Keller' });

    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible('landing');

    await page.getByRole('link', { name: 'Create your account' }).first().click();
    await page.waitForURL('**/sign-up');
    await page.getByLabel('Name').waitFor();
    await expectAccessible('sign-up');
    // The time zone comes from the browser, and can be changed.
    expect(await page.getByLabel('Time zone').inputValue()).toBe('America/Toronto');

    await page.getByLabel('Name').fill(person.name);
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/home');
    await page.getByRole('heading', { level: 1, name: /Robin/ }).waitFor();
    await expectAccessible('home');

    await page.getByRole('link', { name: 'Settings' }).first().click();
    await page.waitForURL('**/settings');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await page.getByLabel('Name').inputValue()).toBe('Robin Keller');
    await expectAccessible('settings');
    await page.getByLabel('Name').fill('Robin K. Keller');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Robin K. Keller').first().waitFor();

    await page.getByRole('button', { name: /Account menu/ }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/(sign-in)?$/);

    // Signed out for real: a protected page sends the visitor to sign in.
    await page.goto('/settings');
    await page.waitForURL('**/sign-in**');
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill('definitely-not-it');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/do not match/);
    await expectAccessible('sign-in with an error');

    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back where the visitor was headed before signing in.
    await page.waitForURL('**/settings');
    expect(await page.getByLabel('Name').inputValue()).toBe('Robin K. Keller');

    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'tandem.session_token');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    expect(problems).toEqual([]);
    // The one failure of the journey is the wrong password, on purpose.
    expect(httpErrors).toEqual(['401 POST /api/auth/sign-in/email']);
    await context.close();
  });

  it('shows a readable landing page and sign-in on a phone', async () => {
    const { page, context, problems, httpErrors, expectAccessible } = await startJourney({
      width: 390,
      height: 844,
    });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible('landing on a phone');
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectAccessible('sign-in on a phone');
    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectAccessible('not found');
    expect(problems).toEqual([]);
    expect(httpErrors).toEqual([]);
    await context.close();
  });
});

describe.runIf(hasBrowser)('API reference', () => {
  it('renders under its own Content-Security-Policy without errors', async () => {
    const { page, context, problems, httpErrors } = await startJourney();
    await page.goto('/api/docs');
    await page.getByText('/api/auth/sign-up/email').first().waitFor();
    expect(problems).toEqual([]);
    expect(httpErrors).toEqual([]);
    await context.close();
  });
});
