import { describe, expect, it } from 'vitest';
import type { SignedInUser } from './access.ts';
import { SessionCache, sessionTokenOf } from './session-cache.ts';

const user = (id: string): SignedInUser => ({
  id,
  name: `User ${id}`,
  email: `${id}@example.test`,
  timeZone: 'UTC',
  createdAt: new Date(0),
});
const farFuture = new Date('2999-01-01');

describe('sessionTokenOf', () => {
  it('finds the session cookie among others, with or without the Secure prefix', () => {
    expect(sessionTokenOf('a=1; tandem.session_token=abc.def; b=2')).toBe('abc.def');
    expect(sessionTokenOf('__Secure-tandem.session_token=xyz')).toBe('xyz');
    expect(sessionTokenOf('other.session_token=nope')).toBeUndefined();
    expect(sessionTokenOf(undefined)).toBeUndefined();
  });
});

describe('SessionCache', () => {
  it('forgets an entry after its time to live, and never outlives the session', () => {
    let now = 1_000;
    const cache = new SessionCache(5_000, 100, () => now);
    cache.set('t1', user('a'), farFuture);
    cache.set('t2', user('b'), new Date(3_000));
    now = 2_999;
    expect(cache.get('t1')?.id).toBe('a');
    expect(cache.get('t2')?.id).toBe('b');
    now = 3_000;
    expect(cache.get('t2')).toBeUndefined();
    now = 6_000;
    expect(cache.get('t1')).toBeUndefined();
  });

  it('evicts by token and by user, and drops the oldest entry when full', () => {
    const cache = new SessionCache(60_000, 2);
    cache.set('t1', user('a'), farFuture);
    cache.set('t2', user('a'), farFuture);
    cache.set('t3', user('b'), farFuture);
    expect(cache.get('t1')).toBeUndefined();
    cache.forgetUser('a');
    expect(cache.get('t2')).toBeUndefined();
    expect(cache.get('t3')?.id).toBe('b');
    cache.forgetToken('t3');
    expect(cache.get('t3')).toBeUndefined();
  });
});
