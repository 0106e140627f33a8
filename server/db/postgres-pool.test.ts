import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../tests/setup/test-database.ts';
import { testEnv } from '../../tests/setup/test-env.ts';
import { queryRows } from './client.ts';

describe.runIf(testEnv.TEST_DATABASE_URL)('the PostgreSQL pool', () => {
  it('survives the server ending its idle connections, and the next query still works', async () => {
    const database = await createTestDatabase();
    try {
      const [me] = await queryRows<{ name: string }>(
        database.db,
        sql`select current_database() as name`,
      );
      // What a server restart or an administrator does to idle connections.
      const admin = new pg.Client({ connectionString: testEnv.TEST_DATABASE_URL });
      await admin.connect();
      const ended = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [me?.name],
      );
      await admin.end();
      expect(ended.rowCount).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 100)); // let the error events arrive
      const [row] = await queryRows<{ ok: number }>(database.db, sql`select 1 as ok`);
      expect(row?.ok).toBe(1);
    } finally {
      await database.close();
    }
  });
});
