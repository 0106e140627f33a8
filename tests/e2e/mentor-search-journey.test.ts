import { beforeAll, describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { saveProfileViaApi, signUpViaApi } from './api.ts';
import { hasBrowser, setupBrowser } from './browser.ts';

/**
 * Steps 1 and 2 of the loop: write a goal, rank mentors for it, read why the best one fits,
 * open their profile. Two mentors are set up so the order is meaningful.
 */
const startJourney = setupBrowser();

beforeAll(async () => {
  if (!hasBrowser) return;
  const strong = await signUpViaApi(
    userInput({ name: 'Ines Ferreira', timeZone: 'Europe/Lisbon' }),
  );
  await saveProfileViaApi(strong, {
    isMentor: true,
    isMentee: false,
    careerStage: 'staff',
    mentor: {
      headline: 'Staff engineer who has sat on both sides of many interview loops',
      stack: ['TypeScript', 'react'],
      areas: ['frontend'],
      topics: ['interviews'],
      languages: ['en', 'pt'],
      capacity: 3,
      acceptingRequests: true,
    },
    experiences: [{ experience: 'parent', scope: 'public' }],
  });
  const weak = await signUpViaApi(userInput({ name: 'Tomas Berg', timeZone: 'Asia/Tokyo' }));
  await saveProfileViaApi(weak, {
    isMentor: true,
    isMentee: false,
    careerStage: 'mid',
    mentor: {
      headline: 'Back-end developer happy to talk about networking events',
      stack: ['Java'],
      areas: ['backend'],
      topics: ['networking'],
      languages: ['ja'],
      capacity: 1,
      acceptingRequests: true,
    },
  });
});

describe.runIf(hasBrowser)('mentor search journey', () => {
  it('ranks mentors for a goal, explains the fit and opens the profile', async () => {
    const { page, context, problems, httpErrors, expectAccessible } = await startJourney();
    const person = userInput({ name: 'Ama Owusu' });
    const cookie = await signUpViaApi(person);
    await saveProfileViaApi(cookie, {
      isMentor: false,
      isMentee: true,
      careerStage: 'early',
      mentee: {
        wantStack: ['typescript', 'React'],
        wantAreas: ['frontend'],
        preferredLanguages: ['en'],
      },
    });
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(person.email);
    await page.getByLabel('Password', { exact: true }).fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/home');

    await page.goto('/goals/new');
    await page.getByRole('radio', { name: 'Interviews' }).click();
    await page.getByLabel('Your goal').fill('Pass a front-end interview loop at a product company');
    await page
      .getByLabel('I’ll know it’s done when…')
      .fill('I have an offer after a full loop, including the system design round.');
    await page.getByRole('button', { name: 'Save goal' }).click();
    await page.waitForURL(/\/goals\/[0-9a-f-]{36}$/);

    await page.getByRole('link', { name: 'Find a mentor' }).click();
    await page.waitForURL('**/mentors');
    await page.getByRole('heading', { level: 1, name: 'Find a mentor' }).waitFor();
    await page.getByRole('combobox', { name: 'Rank for a goal' }).click();
    await page.getByRole('option', { name: /Pass a front-end interview loop/ }).click();
    await page.waitForURL(/goalId=/);

    const results = page.getByRole('list', { name: 'Mentors' });
    await results.getByRole('article', { name: 'Tomas Berg' }).waitFor();
    const names = await results.getByRole('heading', { level: 3 }).allTextContents();
    expect(names.indexOf('Ines Ferreira')).toBeLessThan(names.indexOf('Tomas Berg'));
    await expectAccessible('find a mentor, ranked for a goal');

    const ines = results.getByRole('article', { name: 'Ines Ferreira' });
    await ines.getByRole('button', { name: 'Why this mentor' }).click();
    const why = page.getByRole('dialog');
    await why.getByRole('heading', { name: 'How Ines Ferreira fits your search' }).waitFor();
    await why
      .getByText(/interview/i)
      .first()
      .waitFor();
    await expectAccessible('why this mentor');
    await why.getByRole('button', { name: 'Close' }).click();

    await ines.getByRole('link', { name: 'View profile of Ines Ferreira' }).click();
    await page.waitForURL(/\/mentors\/[^/?]+$/);
    await page.getByRole('heading', { level: 1, name: 'Ines Ferreira' }).waitFor();
    await page.getByText('Parent or carer').waitFor();
    await expectAccessible('mentor profile');

    expect(problems).toEqual([]);
    expect(httpErrors).toEqual([]);
    await context.close();
  });
});
