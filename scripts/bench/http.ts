import { spawn } from 'node:child_process';
import { once } from 'node:events';
import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  /** Median of the per-second request counts. */
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/**
 * Starts a target script (scripts/bench/serve-target.ts by default) with the given arguments;
 * it prints its port, then any extra words. Resolves with its URL, those words and a stop.
 */
export async function startTarget(
  kind: string,
  script = 'scripts/bench/serve-target.ts',
  args: string[] = [],
) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, kind, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'exit').then(() => {
    throw new Error(`benchmark target ${kind} exited before reporting a port`);
  });
  exited.catch(() => {}); // only matters while waiting for the port
  const [chunk] = (await Promise.race([once(child.stdout, 'data'), exited])) as [Buffer];
  const [portText, ...info] = chunk.toString().trim().split(' ');
  const port = Number(portText);
  if (!port) throw new Error(`benchmark target ${kind} did not report a port`);
  return {
    url: `http://127.0.0.1:${port}`,
    info,
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

/** Loads a URL on loopback for a bounded time after a short warm-up. */
export async function load(
  name: string,
  url: string,
  {
    seconds,
    connections,
    headers,
  }: { seconds: number; connections: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  await autocannon({ url, connections, duration: 2, headers }); // warm-up: JIT, pools, caches
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    name,
    rps: result.requests.p50,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
