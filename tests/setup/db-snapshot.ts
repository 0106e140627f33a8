import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../server/db/client.ts';

/**
 * Every row of every application table, in a stable order, as one string: two equal snapshots
 * mean a request changed nothing.
 */
export async function snapshotDatabase(db: Db): Promise<string> {
  const tables = await queryRows<{ table_name: string }>(
    db,
    sql`
    select table_name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE'
    order by table_name`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await queryRows(db, sql`select * from ${sql.identifier(table_name)}`);
    const lines = rows.map((row) => JSON.stringify(row)).sort();
    parts.push(`${table_name}:\n${lines.join('\n')}`);
  }
  return parts.join('\n');
}
