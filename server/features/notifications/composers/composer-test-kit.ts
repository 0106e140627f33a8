import { expect } from 'vitest';
import type { BuiltUser } from '../../../../tests/factories/user.ts';
import { remindersAbout } from '../../../../tests/setup/reminder-rows.ts';
import { TEST_BASE_URL, type TestApp } from '../../../../tests/setup/test-app.ts';
import type { ComposedMessage, Composition, Recipient } from '../composed-message.ts';
import { composers } from './all-composers.ts';

/** Test support: compose the reminder a change scheduled, as the worker would when it is due. */

export function recipientOf(built: BuiltUser): Recipient {
  const { id, name, email, timeZone } = built.user;
  return { id, name, email, timeZone, locale: 'en-GB', hasAccount: true };
}

/** The one reminder of `type` for `to` whose key mentions `about`, composed at `now`. */
export async function compose(
  t: TestApp,
  type: keyof typeof composers,
  to: BuiltUser,
  about: string,
  now: Date,
): Promise<Composition> {
  const rows = (await remindersAbout(t.database.db, about)).filter(
    (row) => row.type === type && row.recipientId === to.user.id,
  );
  expect(rows, `one ${type} reminder for ${to.user.name}`).toHaveLength(1);
  const [row] = rows;
  if (!row) throw new Error('unreachable');
  return composers[type](t.database.db, row, recipientOf(to), { now, baseUrl: TEST_BASE_URL });
}

/** The message, failing the test with the skip reason when there is none. */
export function sent(composition: Composition): ComposedMessage {
  if ('skip' in composition) throw new Error(`skipped: ${composition.skip}`);
  return composition.send;
}

export function skipped(composition: Composition): string {
  if ('send' in composition) throw new Error(`sent: ${composition.send.title}`);
  return composition.skip;
}
