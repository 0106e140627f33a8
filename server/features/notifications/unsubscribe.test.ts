import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import {
  call,
  createTestApp,
  TEST_AUTH_SECRET,
  type TestApp,
} from '../../../tests/setup/test-app.ts';
import { notificationPreferences } from '../../db/schema/notifications.ts';
import { unsubscribeToken } from './unsubscribe-token.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const channelOf = async (userId: string, type: string) =>
  (
    await t.database.db
      .select()
      .from(notificationPreferences)
      .where(
        and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.type, type)),
      )
  )[0]?.channel;

describe('unsubscribe links', () => {
  it('say what they would stop without changing anything, then stop it with no body at all', async () => {
    const { user } = await buildUser(t.app.auth);
    const token = unsubscribeToken(TEST_AUTH_SECRET, user.id, 'review-due');
    const seen = await call(t.app, 'GET', `/api/unsubscribe/${token}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toEqual({
      type: 'review-due',
      label: 'Time to review a session',
      channel: 'email',
      forAddress: false,
    });
    expect(await channelOf(user.id, 'review-due')).toBeUndefined();

    const stopped = await call(t.app, 'POST', `/api/unsubscribe/${token}`);
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect(stopped.json()).toMatchObject({ type: 'review-due', channel: 'off' });
    expect(await channelOf(user.id, 'review-due')).toBe('off');
    // Twice is the same as once.
    expect((await call(t.app, 'POST', `/api/unsubscribe/${token}`, { body: {} })).statusCode).toBe(
      200,
    );
  });

  it('stop the digest mail by keeping its types in the app only', async () => {
    const { user } = await buildUser(t.app.auth);
    const token = unsubscribeToken(TEST_AUTH_SECRET, user.id, 'digest');
    // action-item-due waits for the digest by default.
    expect((await call(t.app, 'GET', `/api/unsubscribe/${token}`)).json()).toMatchObject({
      type: 'digest',
      channel: 'digest',
    });
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/unsubscribe/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(res.json()).toMatchObject({ type: 'digest', channel: 'in-app' });
    expect(await channelOf(user.id, 'action-item-due')).toBe('in-app');
  });

  it('answer a forged, tampered or foreign token with the 404 of an unknown address, changing nothing', async () => {
    const { user } = await buildUser(t.app.auth);
    const good = unsubscribeToken(TEST_AUTH_SECRET, user.id, 'review-due');
    const [payload = '', signature = ''] = good.split('.');
    const otherType = Buffer.from(`${user.id}.prep-due`).toString('base64url');
    const bad = [
      unsubscribeToken('another-secret-that-is-long-enough-to-sign', user.id, 'review-due'),
      `${otherType}.${signature}`,
      `${payload}.${signature.slice(0, -2)}`,
      payload,
      'y'.repeat(43),
      unsubscribeToken(TEST_AUTH_SECRET, 'no-such-user', 'review-due'),
    ];
    const before = await snapshotDatabase(t.database.db);
    for (const token of bad) {
      for (const method of ['GET', 'POST'] as const) {
        const res = await call(t.app, method, `/api/unsubscribe/${token}`);
        expect(res.statusCode, token).toBe(404);
        expect(res.json().error.code).toBe('not_found');
      }
    }
    expect(await snapshotDatabase(t.database.db)).toEqual(before);
  });

  it('refuses a one-click body that says something else, changing nothing', async () => {
    const { user } = await buildUser(t.app.auth);
    const token = unsubscribeToken(TEST_AUTH_SECRET, user.id, 'review-due');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/unsubscribe/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=Maybe',
    });
    expect(res.statusCode).toBe(400);
    expect(await channelOf(user.id, 'review-due')).toBeUndefined();
  });
});
