import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite does not lock its data directory: a second process opening it would silently fork
 * the data. This lock file makes the second process refuse to start instead.
 */
export class DataDirLockedError extends Error {
  constructor(dir: string, holder: LockHolder) {
    super(
      `The data directory ${dir} is already in use by process ${holder.pid} on ${holder.host} ` +
        `(started ${holder.startedAt}). Stop that process first, or set DATA_DIR to another directory.`,
    );
    this.name = 'DataDirLockedError';
  }
}

interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

/** Takes the lock or throws DataDirLockedError; returns the function that releases it. */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'tandem.lock');
  const me: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: new Date().toISOString(),
  };

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (readHolder(file)?.pid === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(file);
      const sameHost = !holder || holder.host === me.host;
      if (holder && (!sameHost || isAlive(holder.pid))) {
        throw new DataDirLockedError(path.resolve(dir), holder);
      }
      // Left behind by a process that died without cleaning up (or unreadable): take it over.
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory ${path.resolve(dir)}.`);
}
