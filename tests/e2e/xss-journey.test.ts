import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../common/schemas/account.ts';
import type { Agenda } from '../../common/schemas/agenda.ts';
import type { Goal } from '../../common/schemas/goals.ts';
import type { MentorshipDetail } from '../../common/schemas/mentorships.ts';
import type { SessionDetail } from '../../common/schemas/sessions.ts';
import { userInput } from '../factories/user.ts';
import { callViaApi, saveProfileViaApi, signUpViaApi } from './api.ts';
import { hasBrowser, type Journey, setupBrowser, signInInBrowser } from './browser.ts';
import { xssBlock, xssCorpus } from './xss-corpus.ts';

/**
 * Script injection through every free-text field the browser renders: notes (shared and
 * private, written and previewed as Markdown), question answers, reviews, action items, fit-check
 * notes, the closing note and appreciations — and the older fields around them (goal, request,
 * prep, place). Both people plant the corpus over the API, then open every page that shows it.
 * A payload that ran would set `window.__xss` or open a dialog; each page must also show the
 * payloads' markers, proving the text arrived and was rendered as text.
 */
const startJourney = setupBrowser();

const jo = userInput({ name: 'Jo Okafor', timeZone: 'Europe/Paris' });
const sam = userInput({ name: 'Sam Lee', timeZone: 'America/Toronto' });
const ids = { goal: '', mentorship: '', upcoming: '', held: '' };
const cookies = { jo: '', sam: '' };

const one = (field: string, index = 1) => xssCorpus(field)[index]?.text ?? field;
const block = (field: string, count = 14) =>
  xssCorpus(field)
    .slice(0, count)
    .map((p) => p.text)
    .join('\n\n');

async function plantEverything() {
  cookies.jo = await signUpViaApi(jo);
  cookies.sam = await signUpViaApi(sam);
  const asJo = <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown) =>
    callViaApi<T>(cookies.jo, method, path, body);
  const asSam = <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH', path: string, body?: unknown) =>
    callViaApi<T>(cookies.sam, method, path, body);

  await saveProfileViaApi(cookies.sam, {
    isMentor: true,
    isMentee: false,
    careerStage: 'senior',
    mentor: {
      headline: 'Security engineer who reviews web apps for a living',
      stack: ['TypeScript'],
      areas: ['security'],
      topics: ['interviews'],
      languages: ['en'],
      capacity: 2,
      acceptingRequests: true,
    },
  });
  const samMe = await asSam<Me>('GET', '/api/me');
  const goal = await asJo<Goal>('POST', '/api/goals', {
    title: one('goal-title'),
    category: 'interviews',
    successCriterion: one('goal-criterion', 2),
  });
  ids.goal = goal.id;
  const mentorship = await asJo<MentorshipDetail>('POST', '/api/mentorships', {
    mentorId: samMe.id,
    goalIds: [goal.id],
    message: `I would love your help preparing for security interviews.\n\n${block('request', 8)}`,
  });
  ids.mentorship = mentorship.id;
  await asSam('POST', `/api/mentorships/${mentorship.id}/accept`, {});

  // The next session, with a prep full of payloads (prep is written before a session starts).
  const upcoming = await asJo<SessionDetail>('POST', '/api/sessions', {
    mentorshipId: mentorship.id,
    startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    durationMinutes: 60,
    location: one('location', 4),
  });
  ids.upcoming = upcoming.id;
  const prep = `/api/sessions/${upcoming.id}/prep`;
  await asJo('PUT', `${prep}/goal`, { goal: one('prep-goal', 3) });
  for (const question of xssCorpus('question')) {
    await asJo('POST', `${prep}/questions`, { text: question.text });
  }
  for (const [index, link] of xssCorpus('link').slice(0, 4).entries()) {
    await asJo('POST', `${prep}/resources`, {
      title: link.text,
      url: `https://example.test/work-${index}`,
      kind: 'project',
      note: one('link-note', index),
    });
  }
  await asJo('POST', `${prep}/share`, {});
  const agenda = await asSam<Agenda>('GET', `/api/sessions/${upcoming.id}/agenda`);
  for (const [index, question] of agenda.questions.entries()) {
    await asSam('PUT', `/api/sessions/${upcoming.id}/questions/${question.id}/outcome`, {
      state: index % 2 ? 'covered' : 'open',
      answer: one('answer', index % 14),
    });
  }

  // A session they already had: notes, reviews and the fit check it opens.
  const held = await asJo<SessionDetail>('POST', '/api/sessions', {
    mentorshipId: mentorship.id,
    startsAt: new Date(Date.now() - 26 * 3_600_000).toISOString(),
    durationMinutes: 60,
    held: true,
  });
  ids.held = held.id;
  const notes = `/api/sessions/${held.id}/notes`;
  await asJo('PUT', `${notes}/shared`, { baseVersion: 0, body: xssBlock('shared-notes').text });
  await asJo('PUT', `${notes}/private`, { baseVersion: 0, body: block('jo-private') });
  await asSam('PUT', `${notes}/private`, { baseVersion: 0, body: block('sam-private') });
  for (const item of xssCorpus('item')) {
    await asSam('POST', `/api/mentorships/${mentorship.id}/action-items`, {
      title: item.text,
      ownerRole: 'mentee',
      sessionId: held.id,
    });
  }
  for (const [who, call] of [
    ['jo', asJo],
    ['sam', asSam],
  ] as const) {
    await call('PUT', `/api/sessions/${held.id}/review`, {
      goalMet: 'partly',
      whyNot: block(`${who}-why-not`),
      mostUseful: block(`${who}-useful`),
      nextSteps: block(`${who}-next`),
      privateReflection: block(`${who}-reflection`),
    });
    await call('PUT', `/api/mentorships/${mentorship.id}/fit-check`, {
      round: 1,
      answer: 'adjust',
      note: block(`${who}-fit`, 10),
    });
  }
}

/** Fails the journey if anything in the corpus ran on the page as it is now. */
async function expectInert(journey: Journey, dialogs: string[], label: string) {
  await journey.page.waitForLoadState('networkidle');
  const ran = await journey.page.evaluate(() => (window as { __xss?: unknown }).__xss);
  expect(ran, `a payload ran on ${label}`).toBeUndefined();
  expect(dialogs, `dialogs on ${label}`).toEqual([]);
}

/** Opens a page, waits for the markers it must show as text, and checks nothing ran. */
async function visit(
  journey: Journey,
  dialogs: string[],
  path: string,
  markers: string[],
  before?: (page: Page) => Promise<void>,
) {
  const { page } = journey;
  await page.goto(path);
  await before?.(page);
  for (const marker of markers) {
    await page.getByText(marker, { exact: false }).first().waitFor();
  }
  await expectInert(journey, dialogs, path);
}

async function previewAllNotes(page: Page) {
  await page.getByRole('region', { name: 'Shared notes' }).waitFor();
  for (const tab of await page.getByRole('tab', { name: 'Preview' }).all()) await tab.click();
}

async function openJourney(): Promise<[Journey, string[]]> {
  const journey = await startJourney();
  const dialogs: string[] = [];
  journey.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return [journey, dialogs];
}

beforeAll(async () => {
  if (hasBrowser) await plantEverything();
}, 120_000);

describe.runIf(hasBrowser)('script injection through every free-text field', () => {
  it('renders every payload as text on every page, for both people, and nothing runs', async () => {
    const [joJourney, joDialogs] = await openJourney();
    const [samJourney, samDialogs] = await openJourney();
    await signInInBrowser(joJourney.page, jo);
    await signInInBrowser(samJourney.page, sam);
    const both: [Journey, string[], 'jo' | 'sam'][] = [
      [joJourney, joDialogs, 'jo'],
      [samJourney, samDialogs, 'sam'],
    ];

    for (const [journey, dialogs, who] of both) {
      const other = who === 'jo' ? 'sam' : 'jo';
      await visit(journey, dialogs, '/home', []);
      await visit(journey, dialogs, `/mentorships/${ids.mentorship}`, [
        'xss-goal-title-1',
        'xss-request-0',
        'xss-request-7',
        'xss-item-0',
        'xss-item-13',
        // Revealed fit-check notes: both people see both.
        `xss-${who}-fit-0`,
        `xss-${other}-fit-9`,
      ]);
      await visit(journey, dialogs, '/mentorships', []);
      await visit(journey, dialogs, '/sessions', []);
      await visit(journey, dialogs, `/sessions/${ids.upcoming}`, ['xss-location-4']);
      await visit(journey, dialogs, `/sessions/${ids.upcoming}/brief`, [
        'xss-prep-goal-3',
        'xss-question-0',
        'xss-question-13',
        'xss-link-3',
        'xss-link-note-3',
        'xss-item-5',
      ]);
      await visit(journey, dialogs, `/sessions/${ids.upcoming}/live`, [
        'xss-prep-goal-3',
        'xss-question-12',
        'xss-item-2',
      ]);
      await visit(journey, dialogs, `/sessions/${ids.held}`, [
        `xss-${who}-reflection-0`,
        `xss-${other}-why-not-13`,
        `xss-${other}-useful-6`,
        `xss-${other}-next-13`,
      ]);
      await visit(
        journey,
        dialogs,
        `/sessions/${ids.held}/live`,
        ['xss-shared-notes-0', 'xss-shared-notes-13', `xss-${who}-private-0`],
        previewAllNotes,
      );
    }
    await visit(joJourney, joDialogs, `/goals/${ids.goal}`, ['xss-goal-title-1']);

    // Closing: the note to the other person and the appreciations.
    const closeNote = block('close-note', 8);
    await callViaApi(cookies.jo, 'POST', `/api/mentorships/${ids.mentorship}/close`, {
      reason: 'other',
      note: closeNote,
    });
    for (const who of ['jo', 'sam'] as const) {
      await callViaApi(cookies[who], 'PUT', `/api/mentorships/${ids.mentorship}/appreciation`, {
        text: block(`${who}-thanks`),
      });
    }
    for (const [journey, dialogs] of both) {
      await visit(journey, dialogs, `/mentorships/${ids.mentorship}`, [
        'xss-close-note-0',
        'xss-jo-thanks-0',
        'xss-sam-thanks-13',
      ]);
      await visit(journey, dialogs, `/mentorships/${ids.mentorship}/close`, ['xss-jo-thanks-3']);
    }

    for (const [journey] of both) expect(journey.problems).toEqual([]);
  });
});
