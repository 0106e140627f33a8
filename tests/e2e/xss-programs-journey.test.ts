import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SignUpInput } from '../../common/schemas/account.ts';
import { userInput } from '../factories/user.ts';
import { callViaApi, createGoalViaApi, saveProfileViaApi, signUpViaApi } from './api.ts';
import { hasBrowser, type Journey, setupBrowser, signInInBrowser } from './browser.ts';
import { xssCorpus } from './xss-corpus.ts';

/**
 * Script injection through every free-text field of programs: the program's name and
 * description, the cohort's name, a member's team, the application form (question labels, help
 * and choice options), the answers to it, rubric criteria and their levels, the interview's place
 * (a cancelled one's reason reaches people by mail only), scorecard notes, the decision's reason — and people's names
 * (a mentor and a mentee matched into a pair), which the members, matching and health pages show.
 * Everything is planted over the API; then the admin, the reviewer, the candidate and the mentee
 * open every page that shows it. A payload that ran would set `window.__xss` or open a dialog;
 * each page must show the payloads' markers, proving the text arrived and was rendered as text.
 */
const startJourney = setupBrowser();

const one = (field: string, index = 1) => xssCorpus(field)[index]?.text ?? field;
const block = (field: string, count = 14) =>
  xssCorpus(field)
    .slice(0, count)
    .map((p) => p.text)
    .join('\n\n');

const ada = userInput({ name: 'Ada Admin' });
const rex = userInput({ name: 'Rex Reviewer' });
const kai = userInput({ name: one('candidate-name', 0) });
const mo = userInput({ name: one('mentor-name', 3) });
const mei = userInput({ name: one('mentee-name', 4) });
const cookies: Record<string, string> = {};
const ids = { program: '', cohort: '', application: '', interview: '', cancelled: '', run: '' };

async function accept(person: SignUpInput, key: string, inviteUrl: string) {
  cookies[key] = await signUpViaApi(person);
  const token = inviteUrl.split('/').at(-1);
  await callViaApi(cookies[key] ?? '', 'POST', `/api/program-invites/${token}/accept`, {});
  return (await callViaApi<{ id: string }>(cookies[key] ?? '', 'GET', '/api/me')).id;
}

async function plantEverything() {
  cookies.ada = await signUpViaApi(ada);
  const admin = <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown) =>
    callViaApi<T>(cookies.ada ?? '', method, path, body);
  ids.program = (
    await admin<{ id: string }>('POST', '/api/programs', {
      name: one('program-name', 1),
      description: block('program-description'),
    })
  ).id;
  ids.cohort = (
    await admin<{ id: string }>('POST', `/api/programs/${ids.program}/cohorts`, {
      name: one('cohort-name', 2),
      startsOn: '2027-01-11',
      endsOn: '2027-06-30',
    })
  ).id;
  await admin('PATCH', `/api/cohorts/${ids.cohort}`, { applicationsOpen: true });
  const options = xssCorpus('option')
    .slice(0, 4)
    .map((p) => p.text);
  const form = await admin<{ questions: { id: string; kind: string }[] }>(
    'PUT',
    `/api/cohorts/${ids.cohort}/application-form`,
    {
      questions: [
        { kind: 'short-text', label: one('label-short', 0), help: block('help-short', 6) },
        { kind: 'long-text', label: one('label-long', 3), help: one('help-long', 9) },
        { kind: 'single-choice', label: one('label-choice', 4), options },
        { kind: 'multiple-choice', label: one('label-multi', 6), options },
      ],
    },
  );
  const [short, long, choice, multi] = form.questions;

  const { inviteUrl: rexInvite } = await admin<{ inviteUrl: string }>(
    'POST',
    `/api/programs/${ids.program}/invites`,
    { role: 'reviewer', email: rex.email },
  );
  const rexId = await accept(rex, 'rex', rexInvite);

  cookies.kai = await signUpViaApi(kai);
  ids.application = (
    await callViaApi<{ id: string }>(
      cookies.kai,
      'POST',
      `/api/cohorts/${ids.cohort}/applications`,
      {
        answers: {
          [short?.id ?? '']: one('answer-short', 3),
          [long?.id ?? '']: block('answer-long'),
          [choice?.id ?? '']: options[1],
          [multi?.id ?? '']: [options[0], options[3]],
        },
      },
    )
  ).id;

  const rubric = await admin<{ criteria: { id: string }[] }>(
    'PUT',
    `/api/cohorts/${ids.cohort}/rubric`,
    {
      criteria: [0, 1, 2].map((k) => ({
        name: one(`criterion-${k}`, k),
        descriptors: [0, 1, 2, 3, 4].map((level) => one(`level-${k}`, level + 2 * k)),
      })),
    },
  );
  const interview = await admin<{ id: string }>(
    'POST',
    `/api/applications/${ids.application}/interviews`,
    {
      startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      durationMinutes: 45,
      location: one('interview-location', 5),
      reviewerIds: [rexId],
    },
  );
  ids.interview = interview.id;
  const cancelled = await admin<{ id: string }>(
    'POST',
    `/api/applications/${ids.application}/interviews`,
    {
      startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      durationMinutes: 30,
      location: 'Room 4',
      reviewerIds: [rexId],
    },
  );
  ids.cancelled = cancelled.id;
  await admin('PATCH', `/api/interviews/${cancelled.id}`, {
    cancel: true,
    reason: one('cancel-reason', 6),
  });
  await callViaApi(cookies.rex ?? '', 'PUT', `/api/interviews/${ids.interview}/scorecard`, {
    scores: rubric.criteria.map((c, k) => ({
      criterionId: c.id,
      score: 3 + k,
      note: one('score-note', k + 7),
    })),
    notes: block('scorecard-notes'),
  });
  await callViaApi(cookies.rex ?? '', 'POST', `/api/interviews/${ids.interview}/scorecard/submit`);
  await admin('POST', `/api/applications/${ids.application}/decision`, {
    outcome: 'accepted',
    reason: block('decision-reason', 10),
  });

  // A mentor with a team and a mentee, both with payloads for names, matched into a pair.
  const { inviteUrl: moInvite } = await admin<{ inviteUrl: string }>(
    'POST',
    `/api/programs/${ids.program}/invites`,
    { role: 'mentor', cohortId: ids.cohort, capacity: 2 },
  );
  const moId = await accept(mo, 'mo', moInvite);
  await saveProfileViaApi(cookies.mo ?? '', {
    isMentor: true,
    isMentee: false,
    careerStage: 'senior',
    mentor: {
      headline: 'Engineer who enjoys helping people change careers',
      stack: ['TypeScript'],
      areas: ['frontend'],
      topics: ['interviews'],
      languages: ['en'],
      capacity: 3,
      acceptingRequests: true,
    },
    experiences: [],
  });
  await admin('PATCH', `/api/cohorts/${ids.cohort}/members/${moId}`, {
    team: one('team', 1),
  });
  const { inviteUrl: meiInvite } = await admin<{ inviteUrl: string }>(
    'POST',
    `/api/programs/${ids.program}/invites`,
    { role: 'mentee', cohortId: ids.cohort },
  );
  await accept(mei, 'mei', meiInvite);
  await createGoalViaApi(cookies.mei ?? '', {
    title: 'Pass my first interviews',
    category: 'interviews',
    successCriterion: 'I have an offer I am happy with.',
  });
  ids.run = (
    await admin<{ id: string }>('POST', `/api/cohorts/${ids.cohort}/matching-runs`, {
      mode: 'most-matched',
    })
  ).id;
  for (let tries = 0; tries < 100; tries += 1) {
    const run = await admin<{ status: string }>('GET', `/api/matching-runs/${ids.run}`);
    if (run.status !== 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await admin('POST', `/api/matching-runs/${ids.run}/publish`);
}

async function openJourney(person: SignUpInput): Promise<[Journey, string[]]> {
  const journey = await startJourney();
  const dialogs: string[] = [];
  journey.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signInInBrowser(journey.page, person);
  return [journey, dialogs];
}

/** What the page shows: its text, and the values of its fields (editors show text in inputs). */
const shownOn = (page: Page) =>
  page.evaluate(() =>
    [
      // biome-ignore lint/performance/useDomNodeTextContent: what is shown, as a person reads it
      document.body.innerText,
      ...[...document.querySelectorAll('input, textarea')].map(
        (el) => (el as HTMLInputElement).value,
      ),
    ].join('\n'),
  );

/** Opens a page, waits for the markers it must show as text, and checks nothing ran. */
async function visit(journey: Journey, dialogs: string[], path: string, markers: string[]) {
  const { page } = journey;
  await page.goto(path);
  for (const marker of markers) {
    await expect.poll(() => shownOn(page), { timeout: 20_000 }).toContain(marker);
  }
  await page.waitForLoadState('networkidle');
  const ran = await page.evaluate(() => (window as { __xss?: unknown }).__xss);
  expect(ran, `a payload ran on ${path}`).toBeUndefined();
  expect(dialogs, `dialogs on ${path}`).toEqual([]);
}

beforeAll(async () => {
  if (hasBrowser) await plantEverything();
}, 180_000);

describe.runIf(hasBrowser)('script injection through every free-text field of programs', () => {
  it('renders every payload as text for the admin, the reviewer, the candidate and the mentee', async () => {
    const cohortPath = `/programs/${ids.program}/cohorts/${ids.cohort}`;

    const [admin, adminDialogs] = await openJourney(ada);
    const asAdmin = (path: string, markers: string[]) => visit(admin, adminDialogs, path, markers);
    await asAdmin('/programs', ['xss-program-name-1']);
    await asAdmin(`/programs/${ids.program}`, [
      'xss-program-name-1',
      'xss-program-description-0',
      'xss-program-description-13',
      'xss-cohort-name-2',
    ]);
    await asAdmin(cohortPath, ['xss-cohort-name-2']);
    await asAdmin(`${cohortPath}/members`, [
      'xss-mentor-name-3',
      'xss-mentee-name-4',
      'xss-team-1',
    ]);
    await asAdmin(`${cohortPath}/form`, [
      'xss-label-short-0',
      'xss-help-short-5',
      'xss-label-long-3',
      'xss-help-long-9',
      'xss-label-choice-4',
      'xss-label-multi-6',
      'xss-option-2',
    ]);
    await asAdmin(`${cohortPath}/applications`, ['xss-candidate-name-0']);
    await asAdmin(`/applications/${ids.application}`, [
      'xss-candidate-name-0',
      'xss-label-short-0',
      'xss-answer-short-3',
      'xss-label-long-3',
      'xss-answer-long-0',
      'xss-answer-long-13',
      'xss-option-1',
      'xss-option-3',
      'xss-criterion-0-0',
      'xss-criterion-2-2',
      'xss-decision-reason-9',
    ]);
    await asAdmin(`${cohortPath}/rubric`, [
      'xss-criterion-0-0',
      'xss-criterion-1-1',
      'xss-level-0-4',
      'xss-level-2-8',
    ]);
    await asAdmin(`/interviews/${ids.interview}`, [
      'xss-interview-location-5',
      'xss-score-note-7',
      'xss-scorecard-notes-13',
    ]);
    // A cancellation's reason goes to the people in the mail only; the page itself must stay inert.
    await asAdmin(`/interviews/${ids.cancelled}`, ['Room 4']);
    await asAdmin(`${cohortPath}/matching`, ['xss-mentor-name-3', 'xss-mentee-name-4']);
    // Health names a pair only once it falls behind its rhythm, which takes weeks: the page is
    // opened with the payload names in the cohort, and must stay inert.
    await asAdmin(`${cohortPath}/health`, ['Active pairs']);

    const [reviewer, reviewerDialogs] = await openJourney(rex);
    await visit(reviewer, reviewerDialogs, '/programs', ['xss-program-name-1']);
    await visit(reviewer, reviewerDialogs, `/interviews/${ids.interview}`, [
      'xss-candidate-name-0',
      'xss-interview-location-5',
      'xss-criterion-1-1',
      'xss-score-note-8',
      'xss-scorecard-notes-0',
    ]);
    await visit(reviewer, reviewerDialogs, `/applications/${ids.application}`, [
      'xss-answer-long-6',
      'xss-criterion-2-2',
    ]);

    const [candidate, candidateDialogs] = await openJourney(kai);
    // Accepting the application cancelled the interview still ahead, so the candidate's list of
    // upcoming interviews is empty; its place was checked on the interview page above.
    await visit(candidate, candidateDialogs, '/programs', [
      'xss-program-name-1',
      'xss-decision-reason-0',
    ]);
    await visit(candidate, candidateDialogs, `/apply/${ids.cohort}`, ['xss-program-name-1']);

    const [mentee, menteeDialogs] = await openJourney(mei);
    await visit(mentee, menteeDialogs, '/programs', ['xss-program-name-1']);
    await visit(mentee, menteeDialogs, '/mentorships', ['xss-mentor-name-3']);
    await visit(mentee, menteeDialogs, '/home', []);

    for (const journey of [admin, reviewer, candidate, mentee]) {
      expect(journey.problems).toEqual([]);
    }
  });
});
