import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../tests/setup/test-database.ts';
import type { Database } from '../../db/client.ts';
import { createHealthCheck } from './health.service.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** Counts the queries a health check sends, by wrapping the database's execute. */
function countingDatabase() {
  let queries = 0;
  const db = new Proxy(database.db, {
    get(target, key, receiver) {
      if (key === 'execute') {
        return (...args: Parameters<typeof target.execute>) => {
          queries += 1;
          return target.execute(...args);
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
  return { database: { ...database, db }, queries: () => queries };
}

describe('createHealthCheck', () => {
  it('shares one ping between concurrent probes and reuses a success for a second', async () => {
    let clock = 0;
    const counted = countingDatabase();
    const check = createHealthCheck(counted.database, () => clock);
    const results = await Promise.all(Array.from({ length: 20 }, () => check()));
    expect(results.every((r) => r.status === 'ok' && r.database === database.kind)).toBe(true);
    expect(counted.queries()).toBe(1);
    clock = 900;
    await check();
    expect(counted.queries()).toBe(1);
    clock = 2000;
    await check();
    expect(counted.queries()).toBe(2);
  });

  it('fails while the database is unreachable, and checks again on the next probe', async () => {
    const broken = await createTestDatabase();
    const check = createHealthCheck(broken, () => 0);
    await broken.close();
    await expect(check()).rejects.toThrow();
    await expect(check()).rejects.toThrow();
  });
});
