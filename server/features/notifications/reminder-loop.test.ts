import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { buildUser } from '../../../tests/factories/user.ts';
import { startSmtpListener } from '../../../tests/setup/smtp-listener.ts';
import { createTestApp } from '../../../tests/setup/test-app.ts';
import { createTestClock } from '../../../tests/setup/test-clock.ts';
import { reminders } from '../../db/schema/notifications.ts';
import { scheduleReminder } from '../../lib/reminders.ts';
import { testComposers } from './test-composers.ts';

describe('the reminder worker inside the app', () => {
  it('runs on its own when asked to, sends through the configured SMTP server, and stops with the app', async () => {
    const clock = createTestClock('2027-03-02T17:00:00Z');
    const smtp = await startSmtpListener();
    const t = await createTestApp({
      clock: clock.clock,
      mail: { smtpUrl: smtp.url, from: 'Tandem <no-reply@tandem.test>' },
      notifications: { worker: true, pollMs: 20, composers: testComposers },
    });
    try {
      const { user } = await buildUser(t.app.auth);
      await scheduleReminder(t.database.db, {
        type: 'prep-due',
        recipientId: user.id,
        dueAt: clock.now(),
        dedupeKey: 'loop:1',
        payload: { title: 'Your prep is due tomorrow' },
      });
      await vi.waitFor(
        async () => {
          const [row] = await t.database.db
            .select()
            .from(reminders)
            .where(eq(reminders.dedupeKey, 'loop:1'));
          expect(row?.status).toBe('sent');
        },
        { timeout: 10_000, interval: 20 },
      );
      const [mail] = await smtp.parsed();
      expect(mail?.subject).toBe('Your prep is due tomorrow');
    } finally {
      await t.close();
      await smtp.close();
    }
  });
});
