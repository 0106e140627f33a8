import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { type HttpClient, signUp } from '../setup/http-client.ts';
import { createScratchDatabase } from '../setup/scratch-postgres.ts';
import { type ServerProcess, startMain } from '../setup/server-process.ts';
import { testEnv } from '../setup/test-env.ts';

/**
 * The real server is killed with SIGKILL while a pair is busy writing (sessions, shared notes,
 * action items, ticks) and restarted on the same data. Every write it acknowledged must be
 * there with its content; a write that got no answer may or may not be there, but never in part.
 */
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Acknowledgements before the kill: enough that every kind of write has been answered. */
const ACKS_BEFORE_KILL = 60;
/** Writers running at once, each a loop over its own sessions and items. */
const WRITERS = 6;

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

interface Session {
  id: string;
  startsAt: string;
}
interface NotesState {
  /** The last save the server answered (version 0: none yet). */
  acked: { version: number; body: string };
  /** A save sent after it that never got an answer. */
  unanswered?: string;
}
interface Item {
  id: string;
  title: string;
  done: boolean;
  /** A tick sent that never got an answer. */
  tickUnanswered?: boolean;
}

/** What the pair was told was saved, and what they sent without hearing back. */
interface Ledger {
  sessions: Session[];
  sessionsUnanswered: string[];
  notes: Map<string, NotesState>;
  items: Item[];
  itemsUnanswered: string[];
  acks: number;
  inFlightAtKill: number;
}

async function setUpPair(url: string) {
  const mentee = await signUp(url, userInput({ name: 'Noor Haddad' }));
  const mentor = await signUp(url, userInput({ name: 'Ilse Berg' }));
  const invite = await mentee.post<{ mentorship: { id: string }; inviteUrl: string }>(
    '/api/mentorships/invitations',
    { inviteeRole: 'mentor', message: 'Would you mentor me through my first year?' },
  );
  expect(invite.status, JSON.stringify(invite.body)).toBe(201);
  const token = invite.body.inviteUrl.split('/').at(-1) ?? '';
  const accept = await mentor.post<{ status: string }>(`/api/invitations/${token}/accept`);
  expect(accept.status, JSON.stringify(accept.body)).toBe(200);
  expect(accept.body.status).toBe('active');
  return { mentee, mentor, mentorshipId: invite.body.mentorship.id };
}

/**
 * Runs `WRITERS` loops until the server stops answering; kills it (SIGKILL) the moment the
 * `ACKS_BEFORE_KILL`-th write is acknowledged, while the other loops have requests in flight.
 */
async function writeUntilKilled(
  server: ServerProcess,
  people: HttpClient[],
  mentorshipId: string,
): Promise<Ledger> {
  const ledger: Ledger = {
    sessions: [],
    sessionsUnanswered: [],
    notes: new Map(),
    items: [],
    itemsUnanswered: [],
    acks: 0,
    inFlightAtKill: 0,
  };
  let inFlight = 0;
  let killed = false;
  let sequence = 0;
  const inAWeek = Date.now() + 7 * 86_400_000;
  const dueDate = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

  function acknowledged() {
    ledger.acks += 1;
    if (ledger.acks === ACKS_BEFORE_KILL && !killed) {
      killed = true;
      ledger.inFlightAtKill = inFlight - 1;
      server.child.kill('SIGKILL');
    }
  }
  /** Sends one write; answers undefined when the server died before answering. */
  async function send<T>(call: () => Promise<{ status: number; body: T }>) {
    inFlight += 1;
    try {
      const reply = await call();
      if (reply.status >= 500) throw new Error(`server error: ${JSON.stringify(reply.body)}`);
      return reply;
    } catch (error) {
      if (killed) return undefined;
      throw error;
    } finally {
      inFlight -= 1;
    }
  }

  async function writer(w: number) {
    const client = people[w % people.length] as HttpClient;
    const mine: Session[] = [];
    const myItems: Item[] = [];
    for (let step = 0; !killed; step += 1) {
      sequence += 1;
      const n = sequence;
      const kind =
        step === 0 ? 'session' : (['note', 'item', 'tick', 'session', 'note'][step % 5] as string);
      if (kind === 'session' || (kind === 'note' && mine.length === 0)) {
        // Distinct times a week ahead, so reminders and warnings have real work to do.
        const startsAt = new Date(inAWeek + n * 3_600_000).toISOString();
        ledger.sessionsUnanswered.push(startsAt);
        const reply = await send(() =>
          client.post<{ id: string; startsAt: string }>('/api/sessions', {
            mentorshipId,
            startsAt,
            durationMinutes: 45,
            location: `Room ${n}`,
          }),
        );
        if (!reply) return;
        expect(reply.status, JSON.stringify(reply.body)).toBe(201);
        ledger.sessionsUnanswered.splice(ledger.sessionsUnanswered.indexOf(startsAt), 1);
        const session = { id: reply.body.id, startsAt: reply.body.startsAt };
        ledger.sessions.push(session);
        mine.push(session);
        acknowledged();
      } else if (kind === 'note') {
        const session = mine[step % mine.length] as Session;
        const state = ledger.notes.get(session.id) ?? { acked: { version: 0, body: '' } };
        ledger.notes.set(session.id, state);
        const body = `${state.acked.body}- line ${n} written by writer ${w}\n`;
        state.unanswered = body;
        const reply = await send(() =>
          client.put<{ outcome: string; notes: { version: number; body: string } }>(
            `/api/sessions/${session.id}/notes/shared`,
            { baseVersion: state.acked.version, body },
          ),
        );
        if (!reply) return;
        expect(reply.status, JSON.stringify(reply.body)).toBe(200);
        // Each writer owns its sessions' notes: every save lands straight on its base.
        expect(reply.body.outcome).toBe('saved');
        state.acked = { version: reply.body.notes.version, body: reply.body.notes.body };
        state.unanswered = undefined;
        acknowledged();
      } else if (kind === 'item') {
        const title = `Action ${n} from writer ${w}`;
        ledger.itemsUnanswered.push(title);
        const reply = await send(() =>
          client.post<{ id: string; title: string }>(
            `/api/mentorships/${mentorshipId}/action-items`,
            { title, ownerRole: w % 2 === 0 ? 'mentee' : 'mentor', dueDate },
          ),
        );
        if (!reply) return;
        expect(reply.status, JSON.stringify(reply.body)).toBe(201);
        ledger.itemsUnanswered.splice(ledger.itemsUnanswered.indexOf(title), 1);
        const item = { id: reply.body.id, title: reply.body.title, done: false };
        ledger.items.push(item);
        myItems.push(item);
        acknowledged();
      } else {
        const item = myItems.find((i) => !i.done);
        if (!item) continue;
        item.tickUnanswered = true;
        const reply = await send(() =>
          client.patch<{ status: string }>(
            `/api/mentorships/${mentorshipId}/action-items/${item.id}`,
            { status: 'done' },
          ),
        );
        if (!reply) return;
        expect(reply.status, JSON.stringify(reply.body)).toBe(200);
        expect(reply.body.status).toBe('done');
        item.done = true;
        item.tickUnanswered = false;
        acknowledged();
      }
    }
  }

  try {
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  } finally {
    // A failed expectation stops the loops too: the server never outlives the test.
    killed = true;
    server.child.kill('SIGKILL');
  }
  return ledger;
}

/** Reads everything back through the API of the restarted server and checks the ledger. */
async function checkThroughApi(client: HttpClient, mentorshipId: string, ledger: Ledger) {
  const list = await client.get<{ sessions: { id: string; startsAt: string; location: string }[] }>(
    `/api/sessions?mentorshipId=${mentorshipId}&when=all`,
  );
  expect(list.status).toBe(200);
  const found = new Map(list.body.sessions.map((s) => [s.id, s]));
  for (const session of ledger.sessions) {
    expect(found.get(session.id)?.startsAt, `acknowledged session ${session.id}`).toBe(
      session.startsAt,
    );
  }
  // Nothing appears that nobody sent: an extra session is one whose answer never came.
  const extra = list.body.sessions.filter((s) => !ledger.sessions.some((a) => a.id === s.id));
  for (const session of extra) expect(ledger.sessionsUnanswered).toContain(session.startsAt);

  for (const session of list.body.sessions) {
    const detail = await client.get<{ history: { kind: string }[] }>(`/api/sessions/${session.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.history.map((h) => h.kind)).toEqual(['scheduled']);
  }

  for (const [sessionId, state] of ledger.notes) {
    const notes = await client.get<{ shared: { version: number; body: string } }>(
      `/api/sessions/${sessionId}/notes`,
    );
    if (notes.status === 404) {
      // Only a session whose creation was never answered may be missing.
      expect(ledger.sessions.some((s) => s.id === sessionId)).toBe(false);
      continue;
    }
    const { version, body } = notes.body.shared;
    if (version === state.acked.version) {
      expect(body, `notes of ${sessionId}`).toBe(state.acked.body);
    } else {
      // The one save after the last answer went through before the kill: all of it.
      expect(version, `notes of ${sessionId}`).toBe(state.acked.version + 1);
      expect(body).toBe(state.unanswered);
    }
  }

  const items = await client.get<{ items: { id: string; title: string; status: string }[] }>(
    `/api/mentorships/${mentorshipId}/action-items`,
  );
  expect(items.status).toBe(200);
  const byId = new Map(items.body.items.map((i) => [i.id, i]));
  for (const item of ledger.items) {
    const saved = byId.get(item.id);
    expect(saved?.title, `acknowledged item ${item.id}`).toBe(item.title);
    if (item.done) expect(saved?.status).toBe('done');
    else if (!item.tickUnanswered) expect(saved?.status).toBe('open');
  }
  const extraItems = items.body.items.filter((i) => !ledger.items.some((a) => a.id === i.id));
  for (const item of extraItems) expect(ledger.itemsUnanswered).toContain(item.title);
}

/** Invariants only the tables show: each write's rows came together, or not at all. */
async function checkTables(query: Query) {
  const sessions = await query(`
    select s.id,
      (select count(*)::int from session_events e where e.session_id = s.id and e.kind = 'scheduled') as events,
      (select count(*)::int from reminders r where r.dedupe_key like 'session-scheduled:' || s.id || ':%') as told
    from mentoring_sessions s`);
  expect(sessions.length).toBeGreaterThan(0);
  for (const row of sessions)
    expect(row, 'session with its history and reminder').toMatchObject({ events: 1, told: 1 });

  const notes = await query(`
    select n.session_id, n.version, n.body,
      (select count(*)::int from session_note_revisions r where r.session_id = n.session_id) as revisions,
      (select r.body from session_note_revisions r where r.session_id = n.session_id and r.version = n.version) as latest
    from session_notes n`);
  for (const row of notes) {
    expect(row.revisions, 'one revision per version').toBe(row.version);
    if ((row.version as number) > 0) expect(row.latest).toBe(row.body);
  }
}

async function crashAndRestart(
  database: Record<string, string>,
  openTables: () => Promise<{ query: Query; close(): Promise<void> }>,
) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-crash-safety-'));
  dirs.push(dataDir);
  const env = {
    DATA_DIR: dataDir,
    ...database,
    AUTH_SECRET: 'a-secret-that-survives-the-crash-in-this-test',
  };
  const first = await startMain(env);
  const { mentee, mentor, mentorshipId } = await setUpPair(first.url);
  const ledger = await writeUntilKilled(first, [mentee, mentor], mentorshipId);
  expect(await first.stop()).toBe(null);
  expect(first.child.signalCode).toBe('SIGKILL');
  expect(ledger.acks).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
  expect(ledger.inFlightAtKill, 'requests in flight when the server died').toBeGreaterThan(0);
  expect(ledger.items.length).toBeGreaterThan(0);
  expect([...ledger.notes.values()].some((n) => n.acked.version > 0)).toBe(true);
  expect(ledger.items.some((i) => i.done)).toBe(true);

  const second = await startMain(env);
  try {
    expect(await second.child.exitCode).toBe(null);
    const health = await fetch(`${second.url}/api/health`).then((r) => r.json());
    expect(health.status).toBe('ok');
    // Sessions survived too: the cookies from before the crash still sign in.
    await checkThroughApi(mentee.on(second.url), mentorshipId, ledger);
    await checkThroughApi(mentor.on(second.url), mentorshipId, ledger);
  } finally {
    expect(await second.stop()).toBe(0);
  }
  expect(second.output()).not.toMatch(/"level":(50|60)/);
  const tables = await openTables();
  try {
    await checkTables(tables.query);
  } finally {
    await tables.close();
  }
  return ledger;
}

describe('a server killed while it acknowledges writes', () => {
  it('keeps every acknowledged write on the embedded database', { timeout: 120_000 }, async () => {
    await crashAndRestart({}, async () => {
      const db = new PGlite(path.join(dirs.at(-1) ?? '', 'pglite'));
      return {
        query: async (sql, params) => (await db.query<Record<string, unknown>>(sql, params)).rows,
        close: () => db.close(),
      };
    });
  });

  it.runIf(testEnv.TEST_DATABASE_URL)(
    'keeps every acknowledged write on PostgreSQL',
    { timeout: 120_000 },
    async () => {
      const scratch = await createScratchDatabase(testEnv.TEST_DATABASE_URL ?? '', 'crash_safety');
      try {
        await crashAndRestart({ DATABASE_URL: scratch.url }, async () => ({
          query: (sql, params) => scratch.query(sql, params),
          close: async () => {},
        }));
      } finally {
        await scratch.drop();
      }
    },
  );
});
