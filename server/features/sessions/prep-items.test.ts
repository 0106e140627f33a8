import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUESTIONS, MAX_RESOURCES } from '../../../common/schemas/prep.ts';
import { stagePrep } from '../../../tests/factories/prep-pair.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';

const START = '2026-11-25T09:00:00Z';
const tc = createTestClock(START);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ clock: tc.clock });
});
afterAll(() => t.close());
afterEach(() => tc.set(START));

const db = () => t.database.db;
const link = { title: 'Portfolio', url: 'https://jo.example.dev', kind: 'project' as const };

const stage = () => stagePrep(t.app, db(), tc.now());

describe('questions', () => {
  it('adds, edits, reorders and removes, answering the whole prep each time', async () => {
    const s = await stage();
    const texts = ['First question?', 'Second question?', 'Third question?'];
    let prep: { questions: { id: string; text: string }[] } = { questions: [] };
    for (const text of texts) {
      const res = await s.asMentee('POST', '/questions', { text: `  ${text}  ` });
      expect(res.statusCode).toBe(201);
      prep = res.json();
    }
    expect(prep.questions.map((q) => q.text)).toEqual(texts);
    const [a, b, c] = prep.questions.map((q) => q.id) as [string, string, string];

    const edited = await s.asMentee('PATCH', `/questions/${b}`, { text: 'Second, sharper?' });
    expect(edited.json().questions.map((q: { text: string }) => q.text)).toEqual([
      'First question?',
      'Second, sharper?',
      'Third question?',
    ]);

    const reordered = await s.asMentee('PUT', '/questions/order', { ids: [c, a, b] });
    expect(reordered.statusCode).toBe(200);
    expect(reordered.json().questions.map((q: { id: string }) => q.id)).toEqual([c, a, b]);

    const removed = await s.asMentee('DELETE', `/questions/${a}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().questions.map((q: { id: string }) => q.id)).toEqual([c, b]);
    // A new question goes to the end, after the gap has closed.
    const added = await s.asMentee('POST', '/questions', { text: 'Fourth question?' });
    expect(added.json().questions.map((q: { text: string }) => q.text)).toEqual([
      'Third question?',
      'Second, sharper?',
      'Fourth question?',
    ]);
    expect((await s.asMentee('GET')).json().questions).toEqual(added.json().questions);
  });

  it('refuses an order that is not exactly the current questions', async () => {
    const s = await stage();
    await s.asMentee('POST', '/questions', { text: 'One?' });
    const prep = (await s.asMentee('POST', '/questions', { text: 'Two?' })).json();
    const [a, b] = prep.questions.map((q: { id: string }) => q.id);
    const other = await stage();
    const foreign = (await other.asMentee('POST', '/questions', { text: 'Theirs?' })).json()
      .questions[0].id;
    for (const ids of [[a], [a, b, b], [a, a], [b, a, foreign], [a, foreign], []]) {
      const before = await snapshotDatabase(db());
      const res = await s.asMentee('PUT', '/questions/order', { ids });
      expect(res.statusCode, JSON.stringify(ids)).toBe(400);
      expect(res.json().error.fields).toHaveProperty('ids');
      expect(await snapshotDatabase(db())).toBe(before);
    }
  });

  it('treats another session’s question as unknown', async () => {
    const s = await stage();
    const other = await stage();
    const foreign = (await other.asMentee('POST', '/questions', { text: 'Theirs?' })).json()
      .questions[0].id;
    const edit = await s.asMentee('PATCH', `/questions/${foreign}`, { text: 'Mine now?' });
    expect(edit.statusCode).toBe(404);
    expect((await s.asMentee('DELETE', `/questions/${foreign}`)).statusCode).toBe(404);
    expect((await other.asMentee('GET')).json().questions[0].text).toBe('Theirs?');
  });

  it(`holds at most ${MAX_QUESTIONS} questions and refuses oversize text`, async () => {
    const s = await stage();
    for (let i = 0; i < MAX_QUESTIONS; i += 1) {
      expect((await s.asMentee('POST', '/questions', { text: `Question ${i}?` })).statusCode).toBe(
        201,
      );
    }
    const before = await snapshotDatabase(db());
    const full = await s.asMentee('POST', '/questions', { text: 'One too many?' });
    expect(full.statusCode).toBe(400);
    expect(full.json().error.fields.text).toMatch(/at most 20 questions/);
    const long = await s.asMentee('POST', '/questions', { text: 'x'.repeat(501) });
    expect(long.statusCode).toBe(400);
    expect(await snapshotDatabase(db())).toBe(before);
  });

  it('keeps positions distinct when questions are added at the same time', async () => {
    const s = await stage();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        s.asMentee('POST', '/questions', { text: `Parallel question ${i}?` }),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(201));
    const prep = (await s.asMentee('GET')).json();
    expect(prep.questions).toHaveLength(6);
    const ids = prep.questions.map((q: { id: string }) => q.id);
    // The stored order is a permutation that a reorder accepts as complete.
    const reorder = await s.asMentee('PUT', '/questions/order', { ids: [...ids].reverse() });
    expect(reorder.json().questions.map((q: { id: string }) => q.id)).toEqual([...ids].reverse());
  });
});

describe('links', () => {
  it('adds, edits and removes a link with a kind and a note', async () => {
    const s = await stage();
    const added = await s.asMentee('POST', '/resources', { ...link, note: '  The newest one  ' });
    expect(added.statusCode).toBe(201);
    const [resource] = added.json().resources;
    expect(resource).toMatchObject({ ...link, note: 'The newest one', changedSinceRead: null });
    const edited = await s.asMentee('PATCH', `/resources/${resource.id}`, { kind: 'document' });
    expect(edited.json().resources[0]).toMatchObject({ ...link, kind: 'document' });
    const removed = await s.asMentee('DELETE', `/resources/${resource.id}`);
    expect(removed.json().resources).toEqual([]);
  });

  it('accepts only http(s) addresses and sane sizes, changing nothing otherwise', async () => {
    const s = await stage();
    const prep = (await s.asMentee('POST', '/resources', link)).json();
    const id = prep.resources[0].id;
    const bad = [
      { ...link, url: 'javascript:alert(1)' },
      { ...link, url: 'data:text/html,<b>hi</b>' },
      { ...link, url: 'ftp://files.example.org/cv.pdf' },
      { ...link, url: 'jo.example.dev' },
      { ...link, title: 'x'.repeat(161) },
      { ...link, note: 'x'.repeat(501) },
      { ...link, kind: 'video' },
      { ...link, title: '   ' },
    ];
    for (const body of bad) {
      const before = await snapshotDatabase(db());
      const res = await s.asMentee('POST', '/resources', body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      const patch = await s.asMentee('PATCH', `/resources/${id}`, body);
      expect(patch.statusCode).toBe(400);
      expect(await snapshotDatabase(db())).toBe(before);
    }
    expect((await s.asMentee('PATCH', `/resources/${id}`, {})).statusCode).toBe(400);
  });

  it(`holds at most ${MAX_RESOURCES} links`, async () => {
    const s = await stage();
    for (let i = 0; i < MAX_RESOURCES; i += 1) {
      await s.asMentee('POST', '/resources', { ...link, title: `Link ${i}` });
    }
    const full = await s.asMentee('POST', '/resources', link);
    expect(full.statusCode).toBe(400);
    expect((await s.asMentee('GET')).json().resources).toHaveLength(MAX_RESOURCES);
  });
});
