import { describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { hasBrowser, setupBrowser, signUpInBrowser } from './browser.ts';

/**
 * A new member becomes a mentor: sign up → Profile → mentor side with a tidied stack and two
 * lived experiences (one shown, one for matching only) → save → their own public page shows
 * the shown one and not the other.
 */
const startJourney = setupBrowser();

describe.runIf(hasBrowser)('profile journey', () => {
  it('becomes a mentor and sees only the public experience on the public page', async () => {
    const { page, context, problems, httpErrors, expectAccessible } = await startJourney();
    const person = userInput({ name: 'Sam Okafor' });

    await signUpInBrowser(page, person);

    await page.getByRole('link', { name: 'Profile' }).first().click();
    await page.waitForURL('**/profile');
    await page.getByRole('heading', { level: 1, name: 'Your profile' }).waitFor();
    // Strictly opt-in: no experience is chosen before the person ticks one.
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await expectAccessible('profile, empty');

    await page.getByRole('switch', { name: /mentor others/ }).check();
    await page.getByLabel('Headline').fill('Platform engineer who loves a good question');
    const stack = page.getByRole('combobox', { name: 'Your tech stack' });
    await stack.fill('js, k8s');
    await stack.press('Enter');
    // Tidied as typed: the aliases became the names people search for.
    const pills = page.locator('.mantine-TagsInput-pill');
    await expect.poll(() => pills.allTextContents()).toEqual(['JavaScript', 'Kubernetes']);

    await page.getByRole('checkbox', { name: 'Parent or carer' }).check();
    await page
      .getByRole('radiogroup', { name: /Parent or carer/ })
      .getByRole('radio', { name: 'Show it on my profile' })
      .check();
    await page.getByRole('checkbox', { name: 'Military veteran' }).check();
    await page
      .getByRole('radiogroup', { name: /Military veteran/ })
      .getByRole('radio', { name: 'Matching only' })
      .check();
    await expectAccessible('profile, filled in');

    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Profile saved').waitFor();

    await page.getByRole('link', { name: 'See your public mentor page' }).click();
    await page.waitForURL('**/mentors/**');
    await page.getByRole('heading', { level: 1, name: 'Sam Okafor' }).waitFor();
    const main = page.locator('main');
    await main.getByText('Parent or carer').waitFor();
    expect(await main.getByText('Kubernetes').count()).toBe(1);
    expect(await main.getByText('JavaScript').count()).toBe(1);
    expect(await page.getByText('Military veteran').count()).toBe(0);
    expect(await page.content()).not.toMatch(/veteran/i);
    await expectAccessible('public mentor page');

    // The owner still finds the matching-only experience, with its scope, in their editor.
    await page.getByRole('link', { name: 'Profile' }).first().click();
    const veteranScope = page.getByRole('radiogroup', { name: /Military veteran/ });
    expect(await veteranScope.getByRole('radio', { name: 'Matching only' }).isChecked()).toBe(true);

    expect(problems).toEqual([]);
    expect(httpErrors).toEqual([]);
    await context.close();
  });

  it('shows a friendly page for a mentor who does not exist, on a phone', async () => {
    const { page, context, problems, httpErrors, expectAccessible } = await startJourney({
      width: 390,
      height: 844,
    });
    const person = userInput({ name: 'Lee Phone' });
    await signUpInBrowser(page, person);
    await page.goto('/profile');
    await page.getByRole('button', { name: 'Save profile' }).waitFor();
    await expectAccessible('profile on a phone');
    await page.goto('/mentors/nobody-by-this-id');
    await page.getByRole('heading', { level: 1, name: 'We could not find that mentor' }).waitFor();
    await expectAccessible('mentor not found');
    expect(problems).toEqual([]);
    expect(httpErrors).toEqual(['404 GET /api/mentors/nobody-by-this-id']);
    await context.close();
  });
});
