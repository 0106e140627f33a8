import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountExportOutput } from '../../../common/schemas/export.ts';
import { type AccountWorld, buildAccountWorld } from '../../../tests/setup/account-world.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';

let t: TestApp;
let w: AccountWorld;

beforeAll(async () => {
  t = await createTestApp();
  w = await buildAccountWorld(t.app, t.database.db);
});
afterAll(() => t.close());

describe('GET /api/me/export', () => {
  it('is one attachment with everything of hers and nothing private of anyone else', async () => {
    const res = await call(t.app, 'GET', '/api/me/export', { cookie: w.dana.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="tandem-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const doc = accountExportOutput.parse(res.json());
    const text = res.body;
    // Her own words, wherever she wrote them (the pending request, the declined note and the
    // scorecard included).
    const missing = Object.entries(w.mine).filter(([, canary]) => !text.includes(canary));
    // Left out: earlier versions of notes (the app shows the current text only) and
    // better-auth's own bookkeeping.
    expect(missing.map(([key]) => key).sort()).toEqual([
      'oldSharedNotes',
      'privateRevision',
      'verification',
    ]);
    // What the others shared with her is there; what is theirs alone is not.
    expect(text).toContain(w.theirs.kimSharedReview);
    expect(text).toContain(w.theirs.louAppreciation);
    expect(text).toContain(w.sharedNotes);
    for (const canary of Object.values(w.theirsPrivate)) expect(text).not.toContain(canary);
    // Other people's notifications are theirs, not hers.
    expect(text).not.toContain(w.theirs.kimNotification);
    expect(doc.calendarFeed.exists).toBe(true);
    expect(text).not.toMatch(/"token"/);
    expect(doc.account.email).toBe(w.mine.email);
  });

  it('shows Kim only what Kim may see', async () => {
    const res = await call(t.app, 'GET', '/api/me/export', { cookie: w.kim.cookie });
    expect(res.statusCode).toBe(200);
    for (const key of [
      'privateNote',
      'reflection',
      'fitNote',
      'goalNote',
      'bio',
      'notification',
    ] as const) {
      expect(res.body, key).not.toContain(w.mine[key]);
    }
    expect(res.body).toContain(w.theirsPrivate.kimPrivateNote);
    expect(res.body).toContain(w.mine.whyNot);
  });

  it('needs a signed-in person', async () => {
    expect((await call(t.app, 'GET', '/api/me/export')).statusCode).toBe(401);
  });
});
