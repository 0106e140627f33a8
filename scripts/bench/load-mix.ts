import { CAREER_STAGE_IDS } from '../../common/taxonomy/career-stages.ts';
import { KNOWLEDGE_AREA_IDS } from '../../common/taxonomy/knowledge-areas.ts';
import { prng } from '../lib/prng.ts';
import type { LoadClient, Reply } from './load-client.ts';
import type { LoadPair } from './load-seed.ts';

/** A signed-in person the virtual users act as. */
export interface LoadPerson {
  role: 'mentee' | 'mentor';
  cookie: string;
  pair: LoadPair;
}

/** The requests of the mix, as they are reported. */
export const REQUESTS = [
  'GET /api/mentors',
  'GET /api/sessions/:id',
  'GET /api/sessions/:id/agenda',
  'GET /api/sessions/:id/notes',
  'PUT /api/sessions/:id/notes/shared',
  'PUT /api/sessions/:id/questions/:questionId/outcome',
  'GET /api/notifications',
  'GET /api/notifications/unread-count',
] as const;
export type RequestName = (typeof REQUESTS)[number];

/** What a virtual user does next, with its weight in the mix. */
const ACTIONS = [
  ['search', 25],
  ['open-session', 25],
  ['save-notes', 20],
  ['tick-question', 15],
  ['notifications', 15],
] as const;
type Action = (typeof ACTIONS)[number][0];

/** The shared notes every pair starts from: the mentee edits the top, the mentor the bottom. */
export const NOTES_LINES = 16;
export function initialNotes() {
  return Array.from({ length: NOTES_LINES }, (_, i) => `- point ${i}: not yet`).join('\n');
}

export interface RunStats {
  /** Latencies in ms per request name, after warm-up. */
  latencies: Map<RequestName, number[]>;
  /** Count per request name and status (`0` = network error), over the whole run. */
  statuses: Map<string, number>;
  /** Unexpected answers (5xx, network errors, unexpected 4xx), with a few examples. */
  errors: number;
  errorExamples: string[];
  /** Outcomes of shared-notes saves: saved, merged, unchanged, conflict, and 409. */
  notesOutcomes: Map<string, number>;
  total: number;
  measured: number;
}

export function emptyStats(): RunStats {
  return {
    latencies: new Map(REQUESTS.map((r) => [r, []])),
    statuses: new Map(),
    errors: 0,
    errorExamples: [],
    notesOutcomes: new Map(),
    total: 0,
    measured: 0,
  };
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

const STACKS = ['typescript', 'react', 'python', 'java', 'go', 'docker', 'kubernetes', 'rust'];
const WORDS = ['design', 'frontend', 'interview', 'platform', 'data', 'testing', 'career'];
const LANGUAGES = ['en', 'de', 'fr', 'es'];
const CRITERIA = ['topic', 'stack', 'area', 'stage', 'language', 'timezone'];

/** A varied mentor search: a few filters from the ones the search page offers. */
function searchPath(rand: () => number, person: LoadPerson) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const params = new URLSearchParams();
  if (person.role === 'mentee' && rand() < 0.6) params.set('goalId', person.pair.goalId);
  if (rand() < 0.5) params.set('stack', [pick(STACKS), pick(STACKS)].join(','));
  if (rand() < 0.3) params.set('area', pick(KNOWLEDGE_AREA_IDS));
  if (rand() < 0.2) params.set('stage', pick(CAREER_STAGE_IDS));
  if (rand() < 0.2) params.set('language', pick(LANGUAGES));
  if (rand() < 0.25) params.set('q', pick(WORDS));
  if (rand() < 0.2) params.set('must', pick(CRITERIA));
  if (rand() < 0.2) params.set('accepting', 'true');
  if (rand() < 0.1) params.set('tzWindow', String(1 + Math.floor(rand() * 6)));
  const query = params.toString();
  return `/api/mentors${query ? `?${query}` : ''}`;
}

/** The line this person changes: their own part of the notes, now and then anyone's. */
function lineToEdit(rand: () => number, role: LoadPerson['role']) {
  if (rand() < 0.1) return Math.floor(rand() * NOTES_LINES);
  const half = NOTES_LINES / 2;
  // Two lines apart from the other person's part, so most saves merge cleanly.
  return (role === 'mentee' ? 0 : half + 1) + Math.floor(rand() * (half - 1));
}

/**
 * Drives one virtual user until `stop()` says so: a weighted action at a time, each one or two
 * requests, as fast as the answers come (a closed loop, `thinkMs` between actions).
 */
export async function runVirtualUser(
  client: LoadClient,
  person: LoadPerson,
  stats: RunStats,
  {
    seed,
    stop,
    measuring,
    thinkMs = 0,
  }: { seed: number; stop: () => boolean; measuring: () => boolean; thinkMs?: number },
) {
  const rand = prng(seed);
  const totalWeight = ACTIONS.reduce((s, [, w]) => s + w, 0);
  const { cookie, pair } = person;
  const session = `/api/sessions/${pair.sessionId}`;
  let counter = 0;

  const send = async (
    name: RequestName,
    method: string,
    path: string,
    body?: unknown,
    expected: number[] = [200],
  ): Promise<Reply | undefined> => {
    stats.total += 1;
    let reply: Reply;
    try {
      reply = await client.request(method, path, {
        cookie,
        body,
        parse: method === 'PUT' || name.endsWith('/notes'),
      });
    } catch (error) {
      bump(stats.statuses, `${name} network`);
      stats.errors += 1;
      if (stats.errorExamples.length < 10)
        stats.errorExamples.push(`${name}: ${(error as Error).message}`);
      return undefined;
    }
    bump(stats.statuses, `${name} ${reply.status}`);
    if (!expected.includes(reply.status)) {
      stats.errors += 1;
      if (stats.errorExamples.length < 10)
        stats.errorExamples.push(`${name} → ${reply.status} ${JSON.stringify(reply.json ?? '')}`);
    }
    if (measuring()) {
      stats.measured += 1;
      stats.latencies.get(name)?.push(reply.ms);
    }
    return reply;
  };

  const act: Record<Action, () => Promise<unknown>> = {
    search: () => send('GET /api/mentors', 'GET', searchPath(rand, person)),
    'open-session': async () => {
      await send('GET /api/sessions/:id', 'GET', session);
      await send('GET /api/sessions/:id/agenda', 'GET', `${session}/agenda`);
    },
    'save-notes': async () => {
      const read = await send('GET /api/sessions/:id/notes', 'GET', `${session}/notes`);
      const notes = (read?.json as { shared?: { body: string; version: number } })?.shared;
      if (!notes) return;
      const lines = notes.body ? notes.body.split('\n') : initialNotes().split('\n');
      const line = lineToEdit(rand, person.role);
      counter += 1;
      lines[line] = `- point ${line}: ${person.role} wrote ${counter}`;
      // A 409 is the protocol telling the writer to read again: handled, not an error.
      const saved = await send(
        'PUT /api/sessions/:id/notes/shared',
        'PUT',
        `${session}/notes/shared`,
        { baseVersion: notes.version, body: lines.join('\n') },
        [200, 409],
      );
      if (!saved) return;
      const outcome =
        saved.status === 409
          ? '409'
          : ((saved.json as { outcome?: string } | undefined)?.outcome ?? 'unknown');
      bump(stats.notesOutcomes, outcome);
    },
    'tick-question': () => {
      const questionId = pair.questionIds[Math.floor(rand() * pair.questionIds.length)];
      const state = (['covered', 'open', 'dropped'] as const)[Math.floor(rand() * 3)];
      return send(
        'PUT /api/sessions/:id/questions/:questionId/outcome',
        'PUT',
        `${session}/questions/${questionId}/outcome`,
        state === 'covered' ? { state, answer: `Talked it through (${counter})` } : { state },
      );
    },
    notifications: async () => {
      await send('GET /api/notifications', 'GET', '/api/notifications?limit=20');
      await send('GET /api/notifications/unread-count', 'GET', '/api/notifications/unread-count');
    },
  };

  while (!stop()) {
    let r = rand() * totalWeight;
    let action: Action = ACTIONS[0][0];
    for (const [name, weight] of ACTIONS) {
      r -= weight;
      if (r <= 0) {
        action = name;
        break;
      }
    }
    await act[action]();
    if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, thinkMs));
  }
}

/** The q-th quantile (0..1) of ascending-sorted numbers, nearest rank. */
export function quantile(sorted: number[], q: number) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}
