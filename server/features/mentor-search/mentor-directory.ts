import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.ts';
import type { AppEvents } from '../../lib/events.ts';
import { MentorIndex } from './mentor-index.ts';
import {
  countMentors,
  databaseNowMs,
  findAllMentorRows,
  findChangedProfileRows,
  findMentorIds,
  findProfileRow,
} from './mentor-search.repo.ts';

export interface DirectoryOptions {
  /** Least time between two polls of profiles.updated_at (default 1 s). */
  minPollMs?: number;
  /** How often to look for mentors deleted outright, which no updated_at reveals (default 30 s). */
  sweepMs?: number;
}

/**
 * Keeps this process's MentorIndex in step with the database: built on the first search, then
 * refreshed at once for `profile-changed` events from this process, and by polling
 * `profiles.updated_at` (at most once a second, when a search comes) for changes made by other
 * processes sharing the database. There is no timer: an idle process does no work.
 */
export class MentorDirectory {
  readonly index = new MentorIndex();
  private building: Promise<void> | null = null;
  private sinceMs = 0;
  private lastPollAt = 0;
  private lastSweepAt = 0;
  private polling: Promise<void> | null = null;
  private pending = new Set<Promise<void>>();
  private closed = false;
  private readonly onChange = (userId: string) => this.refreshUser(userId);

  constructor(
    private readonly db: Db,
    private readonly events: AppEvents,
    private readonly log: FastifyBaseLogger,
    private readonly options: DirectoryOptions = {},
  ) {
    events.on('profile-changed', this.onChange);
  }

  /**
   * The index, built, with this process's own changes applied. A poll of other processes'
   * changes starts when one is due but is not waited for: a search never stalls on it.
   */
  async ready(): Promise<MentorIndex> {
    this.building ??= this.build().catch((error) => {
      this.building = null; // the next search tries again
      throw error;
    });
    await this.building;
    if (Date.now() - this.lastPollAt >= (this.options.minPollMs ?? 1000)) {
      this.polling ??= this.poll().finally(() => {
        this.polling = null;
      });
    }
    if (this.pending.size) await Promise.all(this.pending);
    return this.index;
  }

  /** Polls now, after any poll under way, and waits for it (tests; callers that need the latest). */
  async synced(): Promise<MentorIndex> {
    await this.ready();
    if (this.polling) await this.polling;
    this.polling = this.poll().finally(() => {
      this.polling = null;
    });
    await this.polling;
    return this.index;
  }

  async close() {
    this.closed = true;
    this.events.off('profile-changed', this.onChange);
    await Promise.allSettled([this.building, this.polling, ...this.pending]);
  }

  private async build() {
    const started = performance.now();
    this.sinceMs = await databaseNowMs(this.db);
    const rows = await findAllMentorRows(this.db);
    for (const row of rows) this.index.upsert(row);
    this.lastPollAt = this.lastSweepAt = Date.now();
    this.log.info(
      { mentors: this.index.size, ms: Math.round(performance.now() - started) },
      'mentor index built',
    );
  }

  private async poll() {
    this.lastPollAt = Date.now();
    try {
      const now = await databaseNowMs(this.db);
      for (const row of await findChangedProfileRows(this.db, this.sinceMs)) this.index.upsert(row);
      this.sinceMs = now;
      if (Date.now() - this.lastSweepAt >= (this.options.sweepMs ?? 30_000)) await this.sweep();
    } catch (error) {
      if (!this.closed) this.log.warn({ err: error }, 'mentor index poll failed');
    }
  }

  /** Deleted accounts take their profile with them (cascade): compare counts, then ids. */
  private async sweep() {
    this.lastSweepAt = Date.now();
    if ((await countMentors(this.db)) === this.index.size) return;
    const live = new Set(await findMentorIds(this.db));
    for (const id of [...this.index.allUserIds()]) if (!live.has(id)) this.index.remove(id);
  }

  private refreshUser(userId: string) {
    if (!this.building || this.closed) return; // not built yet: the build will read it
    const task = this.building
      .then(() => findProfileRow(this.db, userId))
      .then((row) => (row ? this.index.upsert(row) : this.index.remove(userId)))
      .catch((error) => {
        if (!this.closed) this.log.warn({ err: error, userId }, 'mentor index refresh failed');
      })
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }
}
