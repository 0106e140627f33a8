import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Env } from '../env.ts';
import { type Database, fromPglite, fromPostgresUrl } from './client.ts';
import { lockDataDir } from './data-dir-lock.ts';

/** Opens the database the environment asks for and applies pending migrations. */
export async function openDatabase(env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR'>): Promise<Database> {
  if (env.DATABASE_URL) {
    const database = fromPostgresUrl(env.DATABASE_URL);
    await database.migrate();
    return database;
  }
  const release = lockDataDir(env.DATA_DIR);
  try {
    const client = await PGlite.create({ dataDir: path.join(env.DATA_DIR, 'pglite') });
    const database = fromPglite(client, release);
    await database.migrate();
    return database;
  } catch (error) {
    release();
    throw error;
  }
}
