import { beforeAll, describe, expect, it } from 'vitest';
import { STARTER_RUBRIC } from '../../common/interviews/starter-rubric.ts';
import type { SignUpInput } from '../../common/schemas/account.ts';
import type { InterviewDetail, Rubric } from '../../common/schemas/interviews.ts';
import { userInput } from '../factories/user.ts';
import { callViaApi, signUpViaApi } from './api.ts';
import { hasBrowser, setupBrowser, signInInBrowser } from './browser.ts';

/**
 * Blind scoring with two reviewers, then the decision. The program, its cohort, the staff
 * invites and the application are set up over the programs API; the interview over ours.
 * Reviewer Ben scores and sees nobody else's scores until he submits; after Cleo submits he
 * sees hers beside his, with the disagreement named; the admin records the decision and the
 * candidate reads it.
 */
const startJourney = setupBrowser();

const ada = userInput({ name: 'Ada Okafor', timeZone: 'Europe/London' });
const ben = userInput({ name: 'Ben Ortiz', timeZone: 'America/New_York' });
const cleo = userInput({ name: 'Cleo Martin', timeZone: 'Europe/Paris' });
const kai = userInput({ name: 'Kai Tanaka', timeZone: 'Asia/Tokyo' });
const REASON = 'Your goals are clear and your plan for the evenings is realistic. Welcome!';
const cookies: Record<string, string> = {};
let programId = '';
let applicationId = '';
let interviewId = '';
let rubric: Rubric;

async function joinStaff(person: SignUpInput, key: string) {
  const invite = await callViaApi<{ inviteUrl: string }>(
    cookies.ada ?? '',
    'POST',
    `/api/programs/${programId}/invites`,
    { role: 'reviewer', email: person.email },
  );
  const token = new URL(invite.inviteUrl).pathname.split('/').pop() ?? '';
  cookies[key] = await signUpViaApi(person);
  await callViaApi(cookies[key] ?? '', 'POST', `/api/program-invites/${token}/accept`, {});
  return (await callViaApi<{ id: string }>(cookies[key] ?? '', 'GET', '/api/me')).id;
}

beforeAll(async () => {
  if (!hasBrowser) return;
  cookies.ada = await signUpViaApi(ada);
  programId = (
    await callViaApi<{ id: string }>(cookies.ada, 'POST', '/api/programs', {
      name: 'Bridges into Tech',
      description: 'Six months of mentoring for people changing careers into tech.',
    })
  ).id;
  const cohortId = (
    await callViaApi<{ id: string }>(cookies.ada, 'POST', `/api/programs/${programId}/cohorts`, {
      name: 'Winter 2027',
      startsOn: '2027-01-11',
      endsOn: '2027-06-30',
    })
  ).id;
  await callViaApi(cookies.ada, 'PATCH', `/api/cohorts/${cohortId}`, { applicationsOpen: true });
  const benId = await joinStaff(ben, 'ben');
  const cleoId = await joinStaff(cleo, 'cleo');
  cookies.kai = await signUpViaApi(kai);
  applicationId = (
    await callViaApi<{ id: string }>(cookies.kai, 'POST', `/api/cohorts/${cohortId}/applications`, {
      answers: {},
    })
  ).id;
  rubric = await callViaApi<Rubric>(cookies.ada, 'PUT', `/api/cohorts/${cohortId}/rubric`, {
    criteria: STARTER_RUBRIC,
  });
  const interview = await callViaApi<InterviewDetail>(
    cookies.ada,
    'POST',
    `/api/applications/${applicationId}/interviews`,
    {
      startsAt: new Date(Date.now() + 3 * 24 * 3_600_000).toISOString(),
      durationMinutes: 45,
      location: 'https://meet.example.test/kai',
      reviewerIds: [benId, cleoId],
    },
  );
  interviewId = interview.id;
  // Cleo starts a draft first: nobody but her may ever see it.
  await callViaApi(cookies.cleo ?? '', 'PUT', `/api/interviews/${interviewId}/scorecard`, {
    scores: [{ criterionId: rubric.criteria[0]?.id, score: 5, note: 'Draft thought.' }],
  });
});

describe.runIf(hasBrowser)('interview scoring journey', () => {
  it('scores blind, reveals after submitting, shows disagreement, and the decision reaches the candidate', async () => {
    const reviewer = await startJourney();
    const page = reviewer.page;
    await signInInBrowser(page, ben);
    await page.goto(`/interviews/${interviewId}`);
    await page.getByRole('heading', { level: 1, name: 'Interview with Kai Tanaka' }).waitFor();
    await page.getByText('Scoring is blind').waitFor();
    await page.getByText('No other reviewer has submitted yet.').waitFor();
    expect(await page.getByText('Draft thought.').count()).toBe(0);

    const scoreFor = (criterion: string, value: string) =>
      page.getByRole('radiogroup', { name: `Your score for ${criterion}` }).getByLabel(value);
    await scoreFor('Clarity of goals', '2').check();
    await page.getByText('2: A broad direction, but nothing they could check off.').waitFor();
    await page.getByLabel('Note on Clarity of goals (optional)').fill('Goals still broad.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText('Draft saved. Only you can see it.').waitFor();
    await reviewer.expectAccessible('scorecard page, blind');

    await scoreFor('Commitment', '4').check();
    await scoreFor('Fit with the program', '4').check();
    await page.getByRole('button', { name: 'Submit scorecard' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit your scorecard?' });
    await dialog.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('heading', { name: 'Your scores beside the others' }).waitFor();
    // Cleo has not submitted: her draft stays hers.
    expect(await page.getByText('Draft thought.').count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Cleo Martin' }).count()).toBe(0);

    // Cleo submits; Ben sees her scores beside his, with the spread named in words.
    const scores = [5, 3, 4];
    await callViaApi(cookies.cleo ?? '', 'PUT', `/api/interviews/${interviewId}/scorecard`, {
      scores: rubric.criteria.map((c, i) => ({ criterionId: c.id, score: scores[i] })),
      notes: 'Warm and specific.',
    });
    await callViaApi(cookies.cleo ?? '', 'POST', `/api/interviews/${interviewId}/scorecard/submit`);
    await page.reload();
    await page.getByRole('columnheader', { name: 'Cleo Martin' }).waitFor();
    const clarity = page.getByRole('row', { name: /Clarity of goals/ });
    await clarity.getByText('Reviewers disagree').waitFor();
    await page.getByText('Warm and specific.').waitFor();
    await reviewer.expectAccessible('scorecard page, after submitting');

    // The admin records the decision on the application page.
    const admin = await startJourney();
    await signInInBrowser(admin.page, ada);
    await admin.page.goto(`/applications/${applicationId}`);
    await admin.page.getByText('Overall mean').waitFor();
    await admin.page.getByText('Reviewers disagree').first().waitFor();
    await admin.page.getByLabel('Accept — offer a place in the cohort').check();
    await admin.page.getByLabel('Reason').fill(REASON);
    await admin.page.getByRole('button', { name: 'Record the decision' }).click();
    await admin.page
      .getByRole('dialog', { name: 'Record this decision?' })
      .getByRole('button', { name: 'Record and tell the candidate' })
      .click();
    await admin.page.getByText('Recorded by Ada Okafor').waitFor();
    await admin.expectAccessible('application page with the decision');

    // The candidate reads it.
    const candidate = await startJourney();
    await signInInBrowser(candidate.page, kai);
    await candidate.page.goto('/programs');
    await candidate.page.getByText(REASON).first().waitFor();

    for (const journey of [reviewer, admin, candidate]) expect(journey.problems).toEqual([]);
  });
});
