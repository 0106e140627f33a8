import type { Database } from '../db/client.ts';
import type { Auth } from './auth.ts';

/** What feature routes receive from the app: the database and the auth instance. */
export interface AppDeps {
  database: Database;
  auth: Auth;
}
