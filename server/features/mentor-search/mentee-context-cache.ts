import type { Db } from '../../db/client.ts';
import type { AppEvents } from '../../lib/events.ts';
import { findMenteeContext, type MenteeContext } from './mentor-search.repo.ts';

const FRESH_FOR_MS = 2_000;

/**
 * The caller's own search inputs (mentee side, time zone, the goal's category), kept for two
 * seconds so a repeated search needs no query at all. This process evicts at once when the
 * user's profile or goals change; a change made through another process shows within two
 * seconds — the same bound as the session cache (ADR 0008).
 */
export class MenteeContextCache {
  private readonly entries = new Map<string, { ctx: MenteeContext | undefined; until: number }>();
  private readonly forget = (userId: string) => {
    for (const key of this.entries.keys())
      if (key.startsWith(`${userId}\u0000`)) this.entries.delete(key);
  };

  constructor(
    private readonly db: Db,
    private readonly events: AppEvents,
    private readonly now = () => Date.now(),
  ) {
    events.on('profile-changed', this.forget);
    events.on('goals-changed', this.forget);
  }

  async get(userId: string, goalId: string | null): Promise<MenteeContext | undefined> {
    const key = `${userId}\u0000${goalId ?? ''}`;
    const hit = this.entries.get(key);
    if (hit && hit.until > this.now()) return hit.ctx;
    const ctx = await findMenteeContext(this.db, userId, goalId);
    if (this.entries.size >= 10_000)
      this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { ctx, until: this.now() + FRESH_FOR_MS });
    return ctx;
  }

  close() {
    this.events.off('profile-changed', this.forget);
    this.events.off('goals-changed', this.forget);
  }
}
