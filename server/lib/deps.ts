import type { Database } from '../db/client.ts';
import type { Auth } from './auth.ts';
import type { Clock } from './clock.ts';
import type { AppEvents } from './events.ts';
import type { SessionCache } from './session-cache.ts';

/** What feature routes receive from the app. */
export interface AppDeps {
  database: Database;
  auth: Auth;
  events: AppEvents;
  /** Recently resolved sessions; whoever ends or changes a session evicts it here. */
  sessions: SessionCache;
  clock: Clock;
  settings: AppSettings;
}

/** Product settings that come from the environment. */
export interface AppSettings {
  /** Public address, for links that leave the app (invitations, calendar events). */
  baseUrl: string;
  /** A mentorship request or invitation nobody answers expires after this many days. */
  requestExpiryDays: number;
  /** Whether an SMTP server is set up; without one, mails wait in each person's outbox. */
  mailConfigured: boolean;
}
