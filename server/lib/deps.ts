import type { Database } from '../db/client.ts';
import type { Auth } from './auth.ts';
import type { AppEvents } from './events.ts';

/** What feature routes receive from the app: the database, auth, and in-process events. */
export interface AppDeps {
  database: Database;
  auth: Auth;
  events: AppEvents;
}
