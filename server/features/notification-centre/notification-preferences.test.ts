import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NOTIFICATION_TYPE_IDS,
  NOTIFICATION_TYPES,
} from '../../../common/notifications/notification-types.ts';
import { buildUser } from '../../../tests/factories/user.ts';
import { snapshotDatabase } from '../../../tests/setup/db-snapshot.ts';
import { call, createTestApp, type TestApp } from '../../../tests/setup/test-app.ts';

const URL = '/api/me/notification-preferences';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('notification preferences', () => {
  it('starts from each type’s default, a daily digest, and says email is not set up', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const res = await call(t.app, 'GET', URL, { cookie });
    expect(res.statusCode).toBe(200);
    const prefs = res.json();
    expect(prefs.digest).toBe('daily');
    expect(prefs.emailConfigured).toBe(false);
    expect(prefs.types.map((p: { type: string }) => p.type)).toEqual(NOTIFICATION_TYPE_IDS);
    for (const p of prefs.types) {
      const info = NOTIFICATION_TYPES[p.type as keyof typeof NOTIFICATION_TYPES];
      expect(p).toEqual({
        type: p.type,
        group: info.group,
        label: info.label,
        channel: info.defaultChannel,
        defaultChannel: info.defaultChannel,
      });
    }
  });

  it('saves the chosen channels and rhythm for the caller only, and keeps them', async () => {
    const ana = await buildUser(t.app.auth);
    const ben = await buildUser(t.app.auth);
    const saved = await call(t.app, 'PUT', URL, {
      cookie: ana.cookie,
      body: { channels: { 'prep-due': 'off', 'review-due': 'digest' }, digest: 'weekly' },
    });
    expect(saved.statusCode).toBe(200);
    // Changing one type later leaves the others as they were.
    await call(t.app, 'PUT', URL, {
      cookie: ana.cookie,
      body: { channels: { 'prep-due': 'in-app' } },
    });

    const channelOf = (prefs: { types: { type: string; channel: string }[] }, type: string) =>
      prefs.types.find((p) => p.type === type)?.channel;
    const reloaded = (await call(t.app, 'GET', URL, { cookie: ana.cookie })).json();
    expect(reloaded.digest).toBe('weekly');
    expect(channelOf(reloaded, 'prep-due')).toBe('in-app');
    expect(channelOf(reloaded, 'review-due')).toBe('digest');
    expect(channelOf(reloaded, 'invitation')).toBe('email');

    const bens = (await call(t.app, 'GET', URL, { cookie: ben.cookie })).json();
    expect(bens.digest).toBe('daily');
    expect(channelOf(bens, 'prep-due')).toBe('email');
  });

  it('refuses an unknown type or channel, naming the field, and saves nothing', async () => {
    const { cookie } = await buildUser(t.app.auth);
    const before = await snapshotDatabase(t.database.db);
    const unknownType = await call(t.app, 'PUT', URL, {
      cookie,
      body: { channels: { 'prep-due': 'off', 'carrier-pigeon': 'email' }, digest: 'weekly' },
    });
    expect(unknownType.statusCode).toBe(400);
    expect(unknownType.json().error.fields).toEqual({
      'channels.carrier-pigeon': 'Tandem does not send this kind of notification.',
    });
    const unknownChannel = await call(t.app, 'PUT', URL, {
      cookie,
      body: { channels: { 'prep-due': 'sms' } },
    });
    expect(unknownChannel.statusCode).toBe(400);
    expect(Object.keys(unknownChannel.json().error.fields)).toEqual(['channels.prep-due']);
    const badDigest = await call(t.app, 'PUT', URL, {
      cookie,
      body: { channels: {}, digest: 'hourly' },
    });
    expect(Object.keys(badDigest.json().error.fields)).toEqual(['digest']);
    expect(await snapshotDatabase(t.database.db)).toBe(before);
  });

  it('says email is set up when the app has a mail server', async () => {
    const withMail = await createTestApp({
      mail: { smtpUrl: 'smtp://127.0.0.1:2525', from: 'Tandem <no-reply@example.test>' },
    });
    try {
      const { cookie } = await buildUser(withMail.app.auth);
      const res = await call(withMail.app, 'GET', URL, { cookie });
      expect(res.json().emailConfigured).toBe(true);
    } finally {
      await withMail.close();
    }
  });
});
