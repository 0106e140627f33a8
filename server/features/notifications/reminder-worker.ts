import { NOTIFICATION_TYPES } from '../../../common/notifications/notification-types.ts';
import type { Db } from '../../db/client.ts';
import type { Mailer } from '../../lib/mailer.ts';
import { channelFor, channelsOf, digestTypes } from './channels.ts';
import {
  addressOnly,
  type ComposedMessage,
  type Composers,
  type Recipient,
  type ReminderRow,
} from './composed-message.ts';
import { composeDigest, digestDedupeKey, nextDigestSlot } from './digest.ts';
import { reasonForType, renderMail } from './mail-template.ts';
import {
  addToDigest,
  claimDueReminders,
  findDigestRhythm,
  findNotificationsOf,
  findOutboxMail,
  findRecipient,
  findRecipientByEmail,
  finishReminder,
  isSuppressed,
  type NotificationRow,
  type OutboxRow,
  updateOutboxMail,
  upsertNotification,
  upsertOutboxMail,
} from './reminders.repo.ts';
import { addressSubject, DIGEST_TYPE, isMailType, unsubscribeToken } from './unsubscribe-token.ts';

export interface WorkerDeps {
  db: Db;
  composers: Partial<Composers>;
  /** null: no SMTP server configured; mails are kept as `not-sent` for the person to read in the app. */
  mailer: Mailer | null;
  clock: () => Date;
  baseUrl: string;
  authSecret: string;
  /** How many reminders one run claims (default 20). */
  limit?: number;
  /** How long a claim holds before another worker may take the reminder over (default 5 min). */
  leaseMs?: number;
}

export interface RunSummary {
  claimed: number;
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

const MINUTE = 60_000;
/** Waits after the 1st…5th failed attempt; the 6th failure is final. */
export const BACKOFF_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE];
export const MAX_ATTEMPTS = BACKOFF_MS.length + 1;
export const DEFAULT_LEASE_MS = 5 * MINUTE;

type Outcome = 'sent' | 'skipped' | 'retried' | 'failed';

export const unsubscribeUrls = (baseUrl: string, token: string) => ({
  /** The confirmation page a person reaches from the mail's footer. */
  page: `${baseUrl}/unsubscribe/${token}`,
  /** RFC 8058 one-click target for the mail client's own "unsubscribe" button. */
  oneClick: `${baseUrl}/api/unsubscribe/${token}`,
});

/**
 * Sends every due reminder once: claim (one statement, SKIP LOCKED, with a lease), check the
 * person's choice for the type, let the type's composer check the reason still holds and write
 * the words, then deliver in the app and, per channel, by mail now or in the next digest.
 * A failure puts the reminder back with a growing wait; the rows record everything.
 */
export async function runDueReminders(deps: WorkerDeps): Promise<RunSummary> {
  const now = deps.clock();
  const claimed = await claimDueReminders(
    deps.db,
    now,
    deps.leaseMs ?? DEFAULT_LEASE_MS,
    deps.limit ?? 20,
  );
  const summary: RunSummary = {
    claimed: claimed.length,
    sent: 0,
    skipped: 0,
    retried: 0,
    failed: 0,
  };
  for (const reminder of claimed) {
    const outcome = await deliverReminder(deps, reminder).catch(async (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      return retryLater(deps, reminder, message);
    });
    summary[outcome] += 1;
  }
  return summary;
}

async function retryLater(deps: WorkerDeps, reminder: ReminderRow, error: string) {
  const now = deps.clock();
  const lastError = error.slice(0, 1000);
  if (reminder.attempts >= MAX_ATTEMPTS) {
    await finishReminder(deps.db, reminder, { status: 'failed', at: now, error: lastError });
    const outbox = await findOutboxMail(deps.db, reminder.id);
    if (outbox && outbox.status !== 'sent') {
      await updateOutboxMail(deps.db, outbox.id, { status: 'failed', lastError });
    }
    return 'failed' as const;
  }
  const wait = BACKOFF_MS[reminder.attempts - 1] ?? BACKOFF_MS[BACKOFF_MS.length - 1] ?? MINUTE;
  await finishReminder(deps.db, reminder, {
    status: 'pending',
    dueAt: new Date(now.getTime() + wait),
    error: lastError,
  });
  return 'retried' as const;
}

/**
 * Who a reminder is for: a person, or an address with no account (an invitation by email).
 * Someone who joined with that address since is a person now, with their choices (and the
 * address's own "stop these mails" still holds). A string is the reason to skip it.
 */
async function resolveRecipient(db: Db, reminder: ReminderRow): Promise<Recipient | string> {
  if (reminder.recipientId) {
    return (await findRecipient(db, reminder.recipientId)) ?? 'the person is gone';
  }
  const email = reminder.recipientEmail ?? '';
  if (await isSuppressed(db, email, reminder.type)) return 'they asked for no more of these mails';
  return (await findRecipientByEmail(db, email)) ?? addressOnly(email);
}

async function deliverReminder(deps: WorkerDeps, reminder: ReminderRow): Promise<Outcome> {
  const { db } = deps;
  const now = deps.clock();
  const skip = async (reason: string) => {
    await finishReminder(db, reminder, { status: 'skipped', at: now, reason });
    return 'skipped' as const;
  };
  if (!isMailType(reminder.type)) return skip(`unknown type ${reminder.type}`);
  const recipient = await resolveRecipient(db, reminder);
  if (typeof recipient === 'string') return skip(recipient);
  if (reminder.type === DIGEST_TYPE) return deliverDigest(deps, reminder, recipient);

  const type = reminder.type;
  // An address without an account has no notification centre and no choices yet: a mail.
  const channel = recipient.hasAccount ? await channelFor(db, recipient.id, type) : 'email';
  if (channel === 'off') return skip('turned off');

  // A mail composed by an earlier attempt that died before sending goes out as it was.
  const composedBefore = await findOutboxMail(db, reminder.id);
  if (composedBefore) return sendOutboxMail(deps, reminder, composedBefore);

  const composer = deps.composers[type];
  if (!composer) throw new Error(`No composer for ${type}`);
  const composition = await composer(db, reminder, recipient, { now, baseUrl: deps.baseUrl });
  if ('skip' in composition) return skip(composition.skip);
  const message = composition.send;

  const notification =
    recipient.hasAccount &&
    (await upsertNotification(db, {
      userId: recipient.id,
      type,
      title: message.title,
      body: message.body,
      link: message.link,
      reminderId: reminder.id,
      createdAt: now,
    }));
  if (channel === 'email') {
    const outbox = await storeMail(deps, reminder, recipient, message, {
      type,
      why: recipient.hasAccount
        ? reasonForType(NOTIFICATION_TYPES[type].label)
        : 'You get this mail because someone entered this address to invite you to Tandem.',
    });
    return sendOutboxMail(deps, reminder, outbox);
  }
  if (channel === 'digest' && notification) await putInDigest(deps, recipient, notification);
  await finishReminder(db, reminder, { status: 'sent', at: now });
  return 'sent';
}

async function putInDigest(deps: WorkerDeps, recipient: Recipient, item: NotificationRow) {
  const rhythm = (await findDigestRhythm(deps.db, recipient.id)) ?? 'daily';
  let after = deps.clock();
  // Normally the first period takes it; if that digest is already on its way, the next one does.
  for (let tries = 0; tries < 3; tries += 1) {
    const slot = nextDigestSlot(after, recipient.timeZone, rhythm);
    const digest = {
      type: DIGEST_TYPE,
      recipientId: recipient.id,
      dueAt: slot.dueAt,
      dedupeKey: digestDedupeKey(recipient.id, slot.localDate),
    };
    if (await addToDigest(deps.db, digest, item.id)) return;
    after = slot.dueAt;
  }
  throw new Error('Could not find a digest to add the notification to');
}

async function deliverDigest(deps: WorkerDeps, reminder: ReminderRow, recipient: Recipient) {
  const composedBefore = await findOutboxMail(deps.db, reminder.id);
  if (composedBefore) return sendOutboxMail(deps, reminder, composedBefore);
  // They unsubscribed from the digest (or moved every type elsewhere) since it was scheduled.
  if (digestTypes(await channelsOf(deps.db, recipient.id)).length === 0) {
    await finishReminder(deps.db, reminder, {
      status: 'skipped',
      at: deps.clock(),
      reason: 'turned off',
    });
    return 'skipped' as const;
  }
  const ids = reminder.payload.notificationIds;
  const items = await findNotificationsOf(
    deps.db,
    recipient.id,
    Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [],
  );
  if (items.length === 0) {
    await finishReminder(deps.db, reminder, {
      status: 'skipped',
      at: deps.clock(),
      reason: 'nothing to tell',
    });
    return 'skipped' as const;
  }
  const rhythm = (await findDigestRhythm(deps.db, recipient.id)) ?? 'daily';
  const outbox = await storeMail(deps, reminder, recipient, composeDigest(items, rhythm), {
    type: DIGEST_TYPE,
    why: `You get this ${rhythm === 'weekly' ? 'weekly' : 'daily'} digest because you chose to hear about some updates in one mail.`,
    items: items.map((item) => ({ title: item.title, body: item.body, link: item.link })),
  });
  return sendOutboxMail(deps, reminder, outbox);
}

/** Renders the mail and keeps it: the outbox row is the mail, whether SMTP takes it or not. */
function storeMail(
  deps: WorkerDeps,
  reminder: ReminderRow,
  recipient: Recipient,
  message: ComposedMessage,
  extra: { type: string; why: string; items?: { title: string; body: string; link: string }[] },
) {
  const subject = recipient.hasAccount ? recipient.id : addressSubject(reminder.id);
  const token = unsubscribeToken(deps.authSecret, subject, extra.type as never);
  const rendered = renderMail({
    recipientName: recipient.name,
    title: message.title,
    body: message.body,
    link: message.link,
    actionLabel: message.actionLabel,
    items: extra.items,
    why: extra.why,
    baseUrl: deps.baseUrl,
    unsubscribeUrl: unsubscribeUrls(deps.baseUrl, token).page,
  });
  return upsertOutboxMail(deps.db, {
    userId: recipient.hasAccount ? recipient.id : null,
    reminderId: reminder.id,
    type: extra.type,
    toAddress: recipient.email,
    ...rendered,
    ics: message.ics ?? null,
    messageId: `<${reminder.id}@${new URL(deps.baseUrl).hostname}>`,
    status: 'sending',
    createdAt: deps.clock(),
  });
}

async function sendOutboxMail(deps: WorkerDeps, reminder: ReminderRow, mail: OutboxRow) {
  const now = deps.clock();
  if (mail.status === 'sent' || mail.status === 'not-sent') {
    await finishReminder(deps.db, reminder, { status: 'sent', at: now });
    return 'sent' as const;
  }
  if (!deps.mailer) {
    await updateOutboxMail(deps.db, mail.id, { status: 'not-sent' });
    await finishReminder(deps.db, reminder, { status: 'sent', at: now });
    return 'sent' as const;
  }
  const subject = mail.userId ?? addressSubject(reminder.id);
  const token = unsubscribeToken(deps.authSecret, subject, mail.type as never);
  await updateOutboxMail(deps.db, mail.id, { countAttempt: true });
  try {
    await deps.mailer.send({
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: {
        'List-Unsubscribe': `<${unsubscribeUrls(deps.baseUrl, token).oneClick}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      ics: mail.ics
        ? { content: mail.ics, method: /^METHOD:(\w+)/m.exec(mail.ics)?.[1] ?? 'PUBLISH' }
        : undefined,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await updateOutboxMail(deps.db, mail.id, { lastError: message.slice(0, 1000) });
    throw error;
  }
  await updateOutboxMail(deps.db, mail.id, {
    status: 'sent',
    sentAt: deps.clock(),
    lastError: null,
  });
  await finishReminder(deps.db, reminder, { status: 'sent', at: deps.clock() });
  return 'sent' as const;
}
