import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPrepPair } from '../../../tests/factories/prep-pair.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { sessionNoteRevisions } from '../../db/schema/session-records.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/**
 * Two people save the shared notes over and over at the same time, each from the version they
 * last saw. The notes are laid out so every save is checkable afterwards:
 *
 *   # Notes
 *   Topic: <token>          ← both edit this line: the place clashes happen
 *   ## jo
 *   jo#0: <token>           ← only Jo adds or edits "jo#…" lines (her "slots")
 *   ## sam
 *   sam#0: <token>          ← only Sam adds or edits "sam#…" lines
 *
 * When a save is acknowledged (saved / merged) its token is recorded. An author only ever
 * replaces their own slot's token, so at the end every slot must hold the last token its author
 * had acknowledged, exactly once; the topic must be the one of the last acknowledged topic save.
 */
const ROUNDS_EACH = 170;

type Who = 'jo' | 'sam';
interface Client {
  who: Who;
  cookie: string;
  version: number;
  body: string;
  slots: number;
}
interface Ack {
  version: number;
  token: string;
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function withTopic(body: string, token: string) {
  return body.replace(/^Topic: .*$/m, `Topic: ${token}`);
}

function withSlot(body: string, who: Who, slot: number, token: string) {
  return body.replace(new RegExp(`^${who}#${slot}: .*$`, 'm'), `${who}#${slot}: ${token}`);
}

/** A new slot line at the end of the author's own section. */
function withNewSlot(body: string, who: Who, slot: number, token: string) {
  const line = `${who}#${slot}: ${token}`;
  if (who === 'sam') return `${body}${line}\n`;
  return body.replace('## sam\n', `${line}\n## sam\n`);
}

describe('shared notes under concurrent saves', () => {
  it(`keeps every acknowledged edit across ${2 * ROUNDS_EACH}+ interleaved saves`, {
    timeout: 180_000,
  }, async () => {
    const pair = await buildPrepPair(t.app, t.database.db, new Date());
    const url = `/api/sessions/${pair.session.id}/notes`;
    const initial = '# Notes\nTopic: none\n## jo\n## sam\n';
    const first = await call(t.app, 'PUT', `${url}/shared`, {
      cookie: pair.mentee.cookie,
      body: { baseVersion: 0, body: initial },
    });
    expect(first.json().outcome).toBe('saved');

    const slotAcks: Record<string, Ack[]> = {};
    const topicAcks: Ack[] = [{ version: 1, token: 'none' }];
    const counts = { saved: 0, merged: 0, unchanged: 0, conflict: 0, resolved: 0 };

    async function put(client: Client, body: string, baseVersion: number, resolving = false) {
      const res = await call(t.app, 'PUT', `${url}/shared`, {
        cookie: client.cookie,
        body: { baseVersion, body, ...(resolving ? { resolving } : {}) },
      });
      expect(res.statusCode, res.body).toBe(200);
      const answer = res.json();
      counts[answer.outcome as keyof typeof counts] += 1;
      // Whatever the outcome, the client now shows what the server answered.
      client.version = answer.notes.version;
      client.body = answer.notes.body;
      return answer as { outcome: string; notes: { version: number; body: string } };
    }

    async function run(client: Client, seed: number) {
      const next = random(seed);
      for (let round = 0; round < ROUNDS_EACH; round += 1) {
        const token = `${client.who}-${round}`;
        // Now and then the poll brings the latest notes while the text is clean.
        if (next() < 0.15) {
          const res = await call(t.app, 'GET', url, { cookie: client.cookie });
          client.version = res.json().shared.version;
          client.body = res.json().shared.body;
        }
        const roll = next();
        if (roll < 0.3) {
          const answer = await put(client, withTopic(client.body, token), client.version);
          if (answer.outcome === 'saved' || answer.outcome === 'merged') {
            topicAcks.push({ version: answer.notes.version, token });
          } else if (answer.outcome === 'conflict' && next() < 0.6) {
            // Settle it as a person would: the text as it now is, with my topic.
            const settled = await put(
              client,
              withTopic(answer.notes.body, token),
              answer.notes.version,
              true,
            );
            if (settled.outcome === 'saved' || settled.outcome === 'merged') {
              counts.resolved += 1;
              topicAcks.push({ version: settled.notes.version, token });
            }
          }
          // Otherwise "keep theirs": the client already shows the saved text.
        } else {
          const editing = client.slots > 0 && roll < 0.6;
          const slot = editing ? Math.floor(next() * client.slots) : client.slots;
          const body = editing
            ? withSlot(client.body, client.who, slot, token)
            : withNewSlot(client.body, client.who, slot, token);
          const answer = await put(client, body, client.version);
          // Own lines never clash with the other person's: this must always be acknowledged.
          expect(['saved', 'merged'], `${token}: ${answer.outcome}`).toContain(answer.outcome);
          const key = `${client.who}#${slot}`;
          slotAcks[key] = [...(slotAcks[key] ?? []), { version: answer.notes.version, token }];
          if (!editing) client.slots += 1;
        }
      }
    }

    const jo: Client = {
      who: 'jo',
      cookie: pair.mentee.cookie,
      version: 1,
      body: initial,
      slots: 0,
    };
    const sam: Client = {
      who: 'sam',
      cookie: pair.mentor.cookie,
      version: 1,
      body: initial,
      slots: 0,
    };
    await Promise.all([run(jo, 7), run(sam, 11)]);

    const final = (await call(t.app, 'GET', url, { cookie: jo.cookie })).json().shared;
    const lines: string[] = final.body.trimEnd().split('\n');

    // Every slot holds the last token its author had acknowledged, exactly once.
    for (const [key, acks] of Object.entries(slotAcks)) {
      const latest = acks.reduce((a, b) => (b.version > a.version ? b : a));
      const slotLines = lines.filter((line) => line.startsWith(`${key}: `));
      expect(slotLines, key).toEqual([`${key}: ${latest.token}`]);
    }
    // The topic is the last acknowledged one; nothing else crept in or was repeated.
    const lastTopic = topicAcks.reduce((a, b) => (b.version > a.version ? b : a));
    expect(lines.filter((line) => line.startsWith('Topic: '))).toEqual([
      `Topic: ${lastTopic.token}`,
    ]);
    expect(lines).toHaveLength(4 + Object.keys(slotAcks).length);
    expect(lines.slice(0, 3)).toEqual(['# Notes', `Topic: ${lastTopic.token}`, '## jo']);
    expect(lines.indexOf('## sam')).toBe(3 + jo.slots);

    // One revision per version, none skipped or written twice.
    const versions = await t.database.db
      .select({ version: sessionNoteRevisions.version })
      .from(sessionNoteRevisions)
      .where(eq(sessionNoteRevisions.sessionId, pair.session.id))
      .orderBy(asc(sessionNoteRevisions.version));
    expect(versions.map((v) => v.version)).toEqual(
      Array.from({ length: final.version }, (_, i) => i + 1),
    );

    console.info(`notes concurrency: ${JSON.stringify(counts)}`);
    // The run really interleaved: stale saves merged, and same-line edits clashed.
    expect(counts.saved + counts.merged).toBeGreaterThanOrEqual(2 * ROUNDS_EACH * 0.5);
    expect(counts.merged).toBeGreaterThan(10);
    expect(counts.conflict).toBeGreaterThan(5);
    expect(counts.resolved).toBeGreaterThan(0);
  });
});
