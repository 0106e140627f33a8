import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../server/db/client.ts';

const tableLists = new WeakMap<Db, string[]>();

async function applicationTables(db: Db): Promise<string[]> {
  let tables = tableLists.get(db);
  if (!tables) {
    const rows = await queryRows<{ table_name: string }>(
      db,
      sql`
      select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'
      order by table_name`,
    );
    tables = rows.map((row) => row.table_name);
    tableLists.set(db, tables);
  }
  return tables;
}

/**
 * Every row of every application table, in a stable order, as one string: two equal snapshots
 * mean a request changed nothing. One query for all tables, since fuzzing takes thousands.
 */
export async function snapshotDatabase(db: Db): Promise<string> {
  const tables = await applicationTables(db);
  const columns = tables.map(
    (table) =>
      sql`(select coalesce(json_agg(t order by t::text), '[]'::json) from ${sql.identifier(table)} t)::text as ${sql.identifier(table)}`,
  );
  const [row] = await queryRows<Record<string, string>>(
    db,
    sql`select ${sql.join(columns, sql`, `)}`,
  );
  return tables.map((table) => `${table}:\n${row?.[table] ?? ''}`).join('\n');
}
