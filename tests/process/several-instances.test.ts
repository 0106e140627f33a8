import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { HttpClient, signUp, until } from '../setup/http-client.ts';
import { createScratchDatabase, type ScratchDatabase } from '../setup/scratch-postgres.ts';
import { type ServerProcess, startMain } from '../setup/server-process.ts';
import { type SmtpListener, startSmtpListener } from '../setup/smtp-listener.ts';
import { testEnv } from '../setup/test-env.ts';

/**
 * Two real server processes on one PostgreSQL database, as a deployment with several instances
 * runs them: signed-in sessions, mentor search and reminders must behave as one product.
 */

/** ADR 0008: a session revoked elsewhere stays usable here for at most this long. */
const SESSION_CACHE_MS = 5_000;
/** Room for a loaded machine on top of the documented bound (polling, request time). */
const GRACE_MS = 5_000;
const INVITATIONS = 30;

describe.runIf(testEnv.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  let scratch: ScratchDatabase;
  let smtp: SmtpListener;
  let a: ServerProcess;
  let b: ServerProcess;
  const dirs: string[] = [];

  beforeAll(async () => {
    scratch = await createScratchDatabase(testEnv.TEST_DATABASE_URL ?? '', 'instances');
    smtp = await startSmtpListener();
    const env = (name: string) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tandem-instance-${name}-`));
      dirs.push(dir);
      return {
        DATA_DIR: dir,
        DATABASE_URL: scratch.url,
        AUTH_SECRET: 'one-secret-shared-by-every-instance-of-this-test',
        SMTP_URL: smtp.url,
        REMINDER_POLL_SECONDS: '1',
        SIGN_UP_RATE_LIMIT: '100',
      };
    };
    // Both at once: the migrations take turns behind their advisory lock.
    [a, b] = await Promise.all([startMain(env('a')), startMain(env('b'))]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await smtp?.close();
    await scratch?.drop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  afterEach(() => {
    // Neither instance logged an error while the test ran.
    expect(a?.output() ?? '').not.toMatch(/"level":(50|60)/);
    expect(b?.output() ?? '').not.toMatch(/"level":(50|60)/);
  });

  it('signs a person in on both, and signs them out of both', async () => {
    const input = userInput({ name: 'Mara Olsen' });
    await signUp(a.url, input);
    const onA = new HttpClient(a.url);
    expect((await onA.post('/api/auth/sign-in/email', input)).status).toBe(200);
    const onB = onA.on(b.url);
    const me = await onB.get<{ email: string }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(input.email.toLowerCase());

    // B has just resolved (and cached) the session when A signs it out.
    const cookie = onA.cookie;
    expect((await onA.post('/api/auth/sign-out')).status).toBe(200);
    expect((await new HttpClient(a.url, cookie).get('/api/me')).status).toBe(401);
    await until(
      async () => (await onB.get('/api/me')).status === 401,
      'the other instance to refuse the signed-out cookie',
      SESSION_CACHE_MS + GRACE_MS,
    );
    // And it keeps refusing it.
    expect((await onB.get('/api/me')).status).toBe(401);
  });

  it('finds on one instance a mentor profile changed on the other', async () => {
    const mentor = await signUp(a.url, userInput({ name: 'Tomas Reyes' }));
    const me = await mentor.get<{ id: string }>('/api/me');
    const mentee = (await signUp(b.url, userInput({ name: 'Lin Park' }))).on(b.url);
    const profile = (headline: string, stack: string[]) => ({
      isMentor: true,
      isMentee: false,
      careerStage: 'senior',
      mentor: { headline, stack, areas: ['development'], capacity: 2, acceptingRequests: true },
    });
    const found = async (stack: string, headline: string) => {
      const reply = await mentee.get<{ results: { mentor: { id: string; headline: string } }[] }>(
        `/api/mentors?stack=${encodeURIComponent(stack)}&limit=50`,
      );
      expect(reply.status).toBe(200);
      return reply.body.results.some(
        (r) => r.mentor.id === me.body.id && r.mentor.headline === headline,
      );
    };

    // B builds its index before the mentor exists, so it has to follow A's change.
    expect(await found('Elixir', 'Elixir and OTP in production')).toBe(false);
    let saved = await mentor.put(
      '/api/me/profile',
      profile('Elixir and OTP in production', ['Elixir']),
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await until(() => found('Elixir', 'Elixir and OTP in production'), 'a new mentor on B', 10_000);

    saved = await mentor.put('/api/me/profile', profile('Now mostly Gleam', ['Elixir', 'Gleam']));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await until(() => found('Gleam', 'Now mostly Gleam'), 'the changed profile on B', 10_000);
    expect(await found('Elixir', 'Elixir and OTP in production')).toBe(false);
  });

  it('sends each reminder once across both instances', { timeout: 90_000 }, async () => {
    const inviterOnA = await signUp(a.url, userInput({ name: 'Rosa Diaz' }));
    const inviterOnB = (await signUp(b.url, userInput({ name: 'Kenji Mori' }))).on(b.url);
    const tag = Date.now().toString(36);
    const addresses = Array.from(
      { length: INVITATIONS },
      (_, i) => `invitee-${tag}-${i}@example.test`,
    );
    await Promise.all(
      addresses.map(async (email, i) => {
        const inviter = i % 2 === 0 ? inviterOnA : inviterOnB;
        const reply = await inviter.post('/api/mentorships/invitations', {
          inviteeRole: 'mentor',
          email,
          message: 'Would you mentor me this spring?',
        });
        expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      }),
    );

    const ours = () =>
      smtp.raw
        .map((raw) => /^To: (.+)$/m.exec(raw.toString())?.[1]?.trim() ?? '')
        .filter((to) => to.includes(`-${tag}-`));
    // Settled: every mail is marked sent in the database (a duplicate would be sent first).
    await until(
      async () => {
        const [row] = await scratch.query<{ open: number }>(
          `select count(*)::int as open from outbox_mails
         where to_address = any($1) and status <> 'sent'`,
          [addresses],
        );
        const [reminders] = await scratch.query<{ open: number }>(
          `select count(*)::int as open from reminders
         where recipient_email = any($1) and status <> 'sent'`,
          [addresses],
        );
        return row?.open === 0 && reminders?.open === 0 && ours().length >= INVITATIONS;
      },
      'every invitation mail',
      60_000,
    );

    const received = ours();
    expect(received).toHaveLength(INVITATIONS);
    expect(new Set(received)).toEqual(new Set(addresses));
    const sent = await scratch.query<{ n: number }>(
      `select count(*)::int as n from outbox_mails where to_address = any($1) and attempts = 1`,
      [addresses],
    );
    expect(sent[0]?.n).toBe(INVITATIONS);
  });
});
