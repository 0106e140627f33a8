import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const dirs: string[] = [];
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-lock-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('lockDataDir', () => {
  it('refuses a second holder while the first is alive, naming the directory and the process', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`${dir}.*process ${process.pid}`));
    release();
    const again = lockDataDir(dir);
    again();
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = tempDir();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = child.pid;
    await new Promise((resolve) => child.on('exit', resolve));
    fs.writeFileSync(
      path.join(dir, 'tandem.lock'),
      JSON.stringify({ pid: deadPid, host: os.hostname(), startedAt: new Date().toISOString() }),
    );
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'tandem.lock'), 'utf8')).pid).toBe(
      process.pid,
    );
    release();
    expect(fs.existsSync(path.join(dir, 'tandem.lock'))).toBe(false);
  });
});
