import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../tests/setup/server-process.ts';

/**
 * Time from spawning a server process to its first 200 on /api/health: Tandem on a fresh
 * data directory (creates and migrates the embedded database), on an existing one, and a bare
 * Fastify process as the baseline. The web client is already built (see build-web.ts).
 */
async function timeToFirst200(args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: 'ignore',
  });
  try {
    const deadline = started + 60_000;
    while (performance.now() < deadline) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no 200 within 60 s from ${args.join(' ')}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function benchStartup(runs = 3) {
  const tandem = ['--import', 'tsx', 'server/main.ts'];
  const bare = ['--import', 'tsx', 'scripts/bench/serve-bare-on-port.ts'];
  const fresh: number[] = [];
  const existing: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-startup-'));
    fresh.push(await timeToFirst200(tandem, { DATA_DIR: dir }));
    existing.push(await timeToFirst200(tandem, { DATA_DIR: dir }));
    baseline.push(await timeToFirst200(bare, {}));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return [
    { name: 'bare Fastify process (tsx)', ms: median(baseline) },
    { name: 'Tandem, fresh data directory', ms: median(fresh) },
    { name: 'Tandem, existing data directory', ms: median(existing) },
  ];
}
