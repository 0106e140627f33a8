import { EventEmitter } from 'node:events';

/**
 * In-process notifications between features, so one can react to another's changes without
 * importing it. Other processes learn of changes from the database (each listener polls).
 */
interface AppEventMap {
  /** A user's profile (either side, or their lived experiences) changed. */
  'profile-changed': [userId: string];
  /** A user wrote, changed or deleted one of their goals (or its notes). */
  'goals-changed': [userId: string];
}

export class AppEvents extends EventEmitter<AppEventMap> {}
