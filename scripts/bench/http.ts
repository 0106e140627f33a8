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

/** Starts scripts/bench/serve-target.ts with the given kind; resolves with its URL and a stop. */
export async function startTarget(kind: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/serve-target.ts', kind],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  const port = Number(chunk.toString().trim());
  if (!port) throw new Error(`benchmark target ${kind} did not report a port`);
  return {
    url: `http://127.0.0.1:${port}`,
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
  { seconds, connections }: { seconds: number; connections: number },
): Promise<LoadResult> {
  await autocannon({ url, connections, duration: 2 }); // warm-up: JIT, pools, caches
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    name,
    rps: result.requests.p50,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
