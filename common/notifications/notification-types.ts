/**
 * Everything Tandem tells people about, with the words for the preferences page and each type's
 * default channel. A person may choose another channel per type (`notification_preferences`).
 *   in-app  → the notification centre only
 *   email   → the notification centre and a mail
 *   digest  → the notification centre, and the mail waits for the daily or weekly digest
 *   off     → nothing at all
 */
export const NOTIFICATION_CHANNELS = ['in-app', 'email', 'digest', 'off'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const DIGEST_RHYTHMS = ['daily', 'weekly'] as const;
export type DigestRhythm = (typeof DIGEST_RHYTHMS)[number];

interface TypeInfo {
  group: 'mentorship' | 'sessions' | 'after' | 'programs';
  label: string;
  defaultChannel: NotificationChannel;
}

export const NOTIFICATION_TYPES = {
  'request-received': {
    group: 'mentorship',
    label: 'Someone asks you to mentor them',
    defaultChannel: 'email',
  },
  'request-answered': {
    group: 'mentorship',
    label: 'Your request is accepted or declined',
    defaultChannel: 'email',
  },
  'request-expiring': {
    group: 'mentorship',
    label: 'A request waiting for you is about to expire',
    defaultChannel: 'email',
  },
  'request-expired': {
    group: 'mentorship',
    label: 'A request expired without an answer',
    defaultChannel: 'in-app',
  },
  invitation: {
    group: 'mentorship',
    label: 'You are invited to an informal mentorship',
    defaultChannel: 'email',
  },
  'session-scheduled': {
    group: 'sessions',
    label: 'A session is planned (with a calendar file)',
    defaultChannel: 'email',
  },
  'session-rescheduled': {
    group: 'sessions',
    label: 'A session moves (with a calendar file)',
    defaultChannel: 'email',
  },
  'session-cancelled': {
    group: 'sessions',
    label: 'A session is cancelled (with a calendar file)',
    defaultChannel: 'email',
  },
  'prep-due': {
    group: 'sessions',
    label: 'Your prep is due soon and not shared yet',
    defaultChannel: 'email',
  },
  'prep-shared': {
    group: 'sessions',
    label: 'Your mentee shared their prep (with the brief)',
    defaultChannel: 'email',
  },
  'brief-updated': {
    group: 'sessions',
    label: 'A brief you read has changed',
    defaultChannel: 'in-app',
  },
  'review-due': {
    group: 'after',
    label: 'Time to review a session',
    defaultChannel: 'email',
  },
  'fit-check-due': {
    group: 'after',
    label: 'A private fit check is waiting for your answer',
    defaultChannel: 'email',
  },
  'action-item-due': {
    group: 'after',
    label: 'One of your action items is due soon',
    defaultChannel: 'digest',
  },
  'action-item-overdue': {
    group: 'after',
    label: 'One of your action items is overdue',
    defaultChannel: 'email',
  },
  'pair-not-meeting': {
    group: 'after',
    label: 'You have not met for longer than you agreed',
    defaultChannel: 'email',
  },
  'program-invite': {
    group: 'programs',
    label: 'You are invited to help run a program or join a cohort',
    defaultChannel: 'email',
  },
  'interview-scheduled': {
    group: 'programs',
    label: 'A program interview is planned with you (with a calendar file)',
    defaultChannel: 'email',
  },
  'interview-moved': {
    group: 'programs',
    label: 'A program interview moves or changes (with a calendar file)',
    defaultChannel: 'email',
  },
  'interview-cancelled': {
    group: 'programs',
    label: 'A program interview is cancelled (with a calendar file)',
    defaultChannel: 'email',
  },
  'application-decided': {
    group: 'programs',
    label: 'A decision on your program application',
    defaultChannel: 'email',
  },
  'program-match': {
    group: 'programs',
    label: 'Your program matched you with a mentor or a mentee',
    defaultChannel: 'email',
  },
  'program-nudge': {
    group: 'programs',
    label: 'Your program checks in when you have not met for a while',
    defaultChannel: 'email',
  },
} as const satisfies Record<string, TypeInfo>;

export type NotificationType = keyof typeof NOTIFICATION_TYPES;
export const NOTIFICATION_TYPE_IDS = Object.keys(NOTIFICATION_TYPES) as NotificationType[];
