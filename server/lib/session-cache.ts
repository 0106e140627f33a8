import type { SignedInUser } from './access.ts';

// The session cookie, with the `__Secure-` prefix better-auth adds when served over https.
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?tandem\.session_token=([^;]+)/;

export function sessionTokenOf(cookieHeader: string | undefined): string | undefined {
  return cookieHeader ? SESSION_COOKIE.exec(cookieHeader)?.[1] : undefined;
}

/**
 * Signed-in users by session cookie, for a few seconds. Looking a session up costs a database
 * round trip per request, which capped signed-in routes at about 1,000 req/s on PostgreSQL.
 * Changes made through this process evict at once (sign-out, password change, profile edit);
 * a session revoked through another process stays usable here for at most `ttlMs` (ADR 0008).
 */
export class SessionCache {
  private readonly entries = new Map<string, { user: SignedInUser; until: number }>();

  constructor(
    private readonly ttlMs = 5_000,
    private readonly maxEntries = 50_000,
    private readonly now = () => Date.now(),
  ) {}

  get(token: string): SignedInUser | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry.user;
  }

  set(token: string, user: SignedInUser, sessionExpiresAt: Date) {
    if (this.entries.size >= this.maxEntries) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const until = Math.min(this.now() + this.ttlMs, sessionExpiresAt.getTime());
    this.entries.set(token, { user, until });
  }

  forgetToken(token: string | undefined) {
    if (token) this.entries.delete(token);
  }

  forgetUser(userId: string) {
    for (const [token, entry] of this.entries) {
      if (entry.user.id === userId) this.entries.delete(token);
    }
  }
}
