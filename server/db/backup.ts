import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.ts';
import { readTar, writeTar } from './tar.ts';

/**
 * Backups of the embedded database: one gzipped tar holding a manifest, the PGlite data
 * directory as PGlite itself dumps it, and the generated auth secret when there is one.
 * See docs/decisions/00XX-embedded-backups-are-data-dir-dumps.md.
 */
export const BACKUP_FORMAT = 'tandem-backup';
export const BACKUP_VERSION = 1;

const MANIFEST = 'tandem-backup.json';
const DATABASE = 'pglite.tar';
const AUTH_SECRET = 'auth-secret';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  engine: 'pglite';
  /** `select version()` of the database that was backed up. */
  postgres: string;
  migrations: number;
  /** Rows per table (schema.table), checked again after a restore. */
  rows: Record<string, number>;
  authSecret: boolean;
}

/** A problem the person running the command can fix; printed without a stack. */
export class BackupError extends Error {
  override name = 'BackupError';
}

function databaseDir(dataDir: string) {
  return path.join(dataDir, 'pglite');
}

function hasDatabase(dir: string) {
  return fs.existsSync(path.join(dir, 'PG_VERSION'));
}

/** Every table of ours and the migrations journal, with their row counts. */
export async function countRows(client: PGlite): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `select quote_ident(table_schema) || '.' || quote_ident(table_name) as name
       from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle')
      order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from ${name}`);
    counts[name] = rows[0]?.n ?? 0;
  }
  return counts;
}

function writeFileAtomically(file: string, data: Buffer) {
  const partial = `${file}.partial-${process.pid}`;
  try {
    const fd = fs.openSync(partial, 'w', 0o600);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(partial, file);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: BackupManifest;
}

/**
 * Writes a backup of DATA_DIR to `file`. Holds the data directory's lock throughout, so it
 * refuses while a server runs on it (and no server can start until it is done).
 */
export async function backupDataDir(
  dataDir: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<BackupResult> {
  if (!hasDatabase(databaseDir(dataDir))) {
    throw new BackupError(`There is no Tandem database in ${path.resolve(dataDir)} to back up.`);
  }
  if (fs.existsSync(file) && !options.force) {
    throw new BackupError(
      `${path.resolve(file)} already exists. Choose another name, or add --force to replace it.`,
    );
  }
  const release = lockDataDir(dataDir);
  try {
    const client = await PGlite.create({ dataDir: databaseDir(dataDir) });
    let manifest: BackupManifest;
    let dump: Buffer;
    try {
      // Everything on disk, so the dump needs no recovery when it is opened again.
      await client.exec('CHECKPOINT');
      const rows = await countRows(client);
      const { rows: version } = await client.query<{ v: string }>('select version() as v');
      const secretFile = path.join(dataDir, AUTH_SECRET);
      manifest = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        engine: 'pglite',
        postgres: version[0]?.v ?? 'unknown',
        migrations: rows['drizzle.__drizzle_migrations'] ?? 0,
        rows,
        authSecret: fs.existsSync(secretFile),
      };
      dump = Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer());
    } finally {
      await client.close();
    }
    const entries = [
      { name: MANIFEST, data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) },
      { name: DATABASE, data: dump },
    ];
    if (manifest.authSecret) {
      entries.push({ name: AUTH_SECRET, data: fs.readFileSync(path.join(dataDir, AUTH_SECRET)) });
    }
    const archive = gzipSync(writeTar(entries));
    writeFileAtomically(file, archive);
    return { file: path.resolve(file), bytes: archive.length, manifest };
  } finally {
    release();
  }
}

interface BackupContents {
  manifest: BackupManifest;
  database: Buffer;
  authSecret?: Buffer;
}

/** Opens a backup file and checks it is one of ours, in a version this code reads. */
export function readBackup(file: string): BackupContents {
  let archive: Buffer;
  try {
    archive = fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackupError(`There is no file ${path.resolve(file)}.`);
    }
    throw error;
  }
  let files: Map<string, Buffer>;
  let manifest: BackupManifest;
  try {
    files = readTar(gunzipSync(archive));
    manifest = JSON.parse(files.get(MANIFEST)?.toString('utf8') ?? 'null');
  } catch {
    throw new BackupError(`${path.resolve(file)} is not a Tandem backup, or it is damaged.`);
  }
  if (manifest?.format !== BACKUP_FORMAT) {
    throw new BackupError(`${path.resolve(file)} is not a Tandem backup, or it is damaged.`);
  }
  if (manifest.version !== BACKUP_VERSION || manifest.engine !== 'pglite') {
    throw new BackupError(
      `${path.resolve(file)} is a backup in format ${manifest.version}, which this version of Tandem does not read.`,
    );
  }
  const database = files.get(DATABASE);
  const authSecret = files.get(AUTH_SECRET);
  if (!database || (manifest.authSecret && !authSecret)) {
    throw new BackupError(`${path.resolve(file)} is incomplete: it lacks part of the data.`);
  }
  return { manifest, database, ...(authSecret ? { authSecret } : {}) };
}

// A restore interrupted before its swap leaves only this behind; it is safe to drop.
const LEFTOVER = /^\.restoring-\d+$/;

/** What a data directory holds besides its lock file and an interrupted restore's staging. */
function contentsOf(dataDir: string): string[] {
  if (!fs.existsSync(dataDir)) return [];
  return fs.readdirSync(dataDir).filter((name) => name !== 'tandem.lock' && !LEFTOVER.test(name));
}

/** Moves every name from one directory to another; on a failure puts back what it moved. */
function moveAll(names: string[], from: string, to: string) {
  const moved: string[] = [];
  try {
    for (const name of names) {
      fs.renameSync(path.join(from, name), path.join(to, name));
      moved.push(name);
    }
  } catch (error) {
    for (const name of moved.reverse()) fs.renameSync(path.join(to, name), path.join(from, name));
    throw error;
  }
}

export interface RestoreResult {
  dataDir: string;
  manifest: BackupManifest;
  replaced: boolean;
}

/**
 * Restores a backup into DATA_DIR. The database is loaded and checked (row counts against the
 * manifest) beside the old one first; only then does it take the old one's place, so a failed
 * restore leaves the directory as it was.
 */
export async function restoreDataDir(
  file: string,
  dataDir: string,
  options: { force?: boolean } = {},
): Promise<RestoreResult> {
  const backup = readBackup(file);
  const release = lockDataDir(dataDir);
  const staging = path.join(dataDir, `.restoring-${process.pid}`);
  const replacedDir = path.join(dataDir, `.replaced-${process.pid}`);
  try {
    const existing = contentsOf(dataDir);
    if (existing.length > 0 && !options.force) {
      throw new BackupError(
        `${path.resolve(dataDir)} is not empty (${existing.join(', ')}). Restore into an empty ` +
          'directory, or add --force to replace what it holds.',
      );
    }
    for (const name of fs.readdirSync(dataDir).filter((n) => LEFTOVER.test(n))) {
      fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
    }
    fs.mkdirSync(staging);
    const client = await PGlite.create({
      dataDir: path.join(staging, 'pglite'),
      loadDataDir: new Blob([new Uint8Array(backup.database)]),
    });
    try {
      const rows = await countRows(client);
      const expected = JSON.stringify(backup.manifest.rows);
      if (JSON.stringify(rows) !== expected) {
        throw new BackupError(
          `The database in ${path.resolve(file)} does not hold the rows its manifest lists; nothing was changed.`,
        );
      }
      await client.exec('CHECKPOINT');
    } finally {
      await client.close();
    }
    if (backup.authSecret) {
      fs.writeFileSync(path.join(staging, AUTH_SECRET), backup.authSecret, { mode: 0o600 });
    }

    // The swap: move what is there aside, put the restored files in, then drop the old ones.
    fs.mkdirSync(replacedDir);
    moveAll(existing, dataDir, replacedDir);
    try {
      moveAll(fs.readdirSync(staging), staging, dataDir);
    } catch (error) {
      moveAll(existing, replacedDir, dataDir);
      throw error;
    }
    fs.rmSync(replacedDir, { recursive: true, force: true });
    return {
      dataDir: path.resolve(dataDir),
      manifest: backup.manifest,
      replaced: existing.length > 0,
    };
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    release();
  }
}
