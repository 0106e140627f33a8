import { describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { callViaApi, createGoalViaApi, saveProfileViaApi, signUpViaApi } from './api.ts';
import { hasBrowser, setupBrowser, signInInBrowser } from './browser.ts';

/**
 * A cohort matched and published: set up over the API (a program and cohort, two mentors who
 * accept their invites with a capacity, three accepted mentees), then in the browser the admin
 * proposes a matching, watches it finish, reads the pairs and reasons, changes one pair, locks
 * another for next time and publishes; a mentee then finds the new mentorship.
 */
const startJourney = setupBrowser();

const ada = userInput({ name: 'Ada Lindqvist' });
const mentors = [
  userInput({ name: 'Rosa Almeida', timeZone: 'Europe/Lisbon' }),
  userInput({ name: 'Kwame Boateng', timeZone: 'Europe/Berlin' }),
];
const mentees = [
  userInput({ name: 'Maya Okafor', timeZone: 'Europe/London' }),
  userInput({ name: 'Tom Becker', timeZone: 'Europe/Paris' }),
  userInput({ name: 'Lea Rossi', timeZone: 'Europe/Rome' }),
];

async function setUpCohort() {
  const admin = await signUpViaApi(ada);
  const program = await callViaApi<{ id: string }>(admin, 'POST', '/api/programs', {
    name: 'Bridge into Tech',
  });
  const cohort = await callViaApi<{ id: string }>(
    admin,
    'POST',
    `/api/programs/${program.id}/cohorts`,
    { name: 'Autumn 2026', startsOn: '2026-09-01', endsOn: '2026-12-15' },
  );
  await callViaApi(admin, 'PATCH', `/api/cohorts/${cohort.id}`, { applicationsOpen: true });
  for (const [k, person] of mentors.entries()) {
    const cookie = await signUpViaApi(person);
    await saveProfileViaApi(cookie, {
      isMentor: true,
      isMentee: false,
      careerStage: 'senior',
      mentor: {
        headline: 'Engineer who enjoys helping people change careers',
        stack: k === 0 ? ['TypeScript', 'react'] : ['Python'],
        areas: k === 0 ? ['frontend'] : ['data'],
        topics: k === 0 ? ['interviews'] : ['skills-for-role'],
        languages: ['en'],
        capacity: 3,
        acceptingRequests: true,
      },
      experiences: [],
    });
    const { inviteUrl } = await callViaApi<{ inviteUrl: string }>(
      admin,
      'POST',
      `/api/programs/${program.id}/invites`,
      { role: 'mentor', cohortId: cohort.id, capacity: k === 0 ? 2 : 1 },
    );
    const token = inviteUrl.split('/').at(-1);
    await callViaApi(cookie, 'POST', `/api/program-invites/${token}/accept`);
  }
  for (const [k, person] of mentees.entries()) {
    const cookie = await signUpViaApi(person);
    await createGoalViaApi(cookie, {
      title: k === 1 ? 'Learn enough data work for an analyst role' : 'Pass my first interviews',
      category: k === 1 ? 'skills-for-role' : 'interviews',
      successCriterion: 'I have an offer I am happy with.',
    });
    const application = await callViaApi<{ id: string }>(
      cookie,
      'POST',
      `/api/cohorts/${cohort.id}/applications`,
      { answers: {} },
    );
    await callViaApi(admin, 'POST', `/api/applications/${application.id}/decision`, {
      outcome: 'accepted',
      reason: 'Your goals fit this cohort well.',
    });
  }
  return { programId: program.id, cohortId: cohort.id };
}

describe.runIf(hasBrowser)('cohort matching journey', () => {
  it('proposes, changes and publishes a matching; the mentee finds the mentorship', async () => {
    const { programId, cohortId } = await setUpCohort();
    const admin = await startJourney();
    const page = admin.page;
    await signInInBrowser(page, ada);
    await page.goto(`/programs/${programId}/cohorts/${cohortId}/matching`);
    await page.getByRole('heading', { level: 2, name: 'Propose a matching' }).waitFor();
    await page.getByText('Lived experiences are not used for program matching.').waitFor();
    await admin.expectAccessible('matching page before a run');

    await page.getByRole('radio', { name: /Most people matched/ }).check();
    await page.getByRole('button', { name: 'Propose a matching' }).click();
    await page.getByRole('heading', { level: 2, name: 'The proposal' }).waitFor();
    await page
      .getByRole('paragraph')
      .filter({ hasText: /^3 of 3$/ })
      .waitFor();
    await page.getByRole('heading', { name: 'Pairs', exact: true }).waitFor();
    await page.getByText('Every mentee has a mentor.').waitFor();
    await admin.expectAccessible('matching page with a proposal');

    // Lock Maya's pair for the next proposal.
    await page.getByRole('button', { name: /^Lock Maya Okafor with/ }).click();
    await page.getByText('Locked next time').waitFor();

    // Tom is taken out of the proposal by hand: he is left without a mentor, in words.
    await page.getByRole('combobox', { name: 'Mentor for Tom Becker' }).click();
    await page.getByRole('option', { name: 'Nobody for now' }).click();
    await page.getByText('Taken out of the proposal by hand.').waitFor();
    await page
      .getByRole('paragraph')
      .filter({ hasText: /^2 of 3$/ })
      .waitFor();

    await page.getByRole('button', { name: 'Publish' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish this matching?' });
    await dialog.getByText('2 mentorships are created').waitFor();
    await dialog.getByRole('button', { name: 'Publish 2 pairs' }).click();
    await page.getByText('2 mentorships were created').waitFor();
    await admin.expectAccessible('published matching');

    // The cohort's health now follows the two pairs, in totals, with a CSV of the same facts.
    await page
      .getByRole('navigation', { name: 'Cohort sections' })
      .getByRole('link', { name: 'Health' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'How the pairs are doing' }).waitFor();
    await page.getByText('Active pairs', { exact: true }).waitFor();
    await page.getByText('2 of 2', { exact: true }).first().waitFor();
    const csvHref = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csvHref).toMatch(new RegExp(`^/api/cohorts/${cohortId}/health\\.csv\\?from=`));
    const csv = await page.request.get(csvHref ?? '');
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    await admin.expectAccessible('cohort health after publishing');

    const mentee = await startJourney();
    await signInInBrowser(mentee.page, mentees[0] as (typeof mentees)[number]);
    await mentee.page.goto('/mentorships');
    await mentee.page
      .getByRole('link', { name: /Rosa Almeida|Kwame Boateng/ })
      .first()
      .click();
    await mentee.page.getByText('Your program matched you').waitFor();
    await mentee.expectAccessible('mentorship matched by the program');
  });
});
