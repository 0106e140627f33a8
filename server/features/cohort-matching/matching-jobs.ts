/**
 * Matching runs working in the background of this process. The app waits for them when it
 * closes, so a run is never cut off halfway by a clean shutdown (a killed process leaves its
 * run `running`; such a run counts as failed after ten minutes).
 */
export class MatchingJobs {
  private readonly running = new Set<Promise<void>>();

  start(job: () => Promise<void>) {
    const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(job)
      .finally(() => this.running.delete(task));
    this.running.add(task);
  }

  get size() {
    return this.running.size;
  }

  async close() {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }
}

/**
 * A progress callback that writes at most once per `intervalMs` (the first call always), each
 * write after the previous one. `flush()` waits for the writes under way.
 */
export function throttledProgress<T>(
  write: (value: T) => Promise<void>,
  intervalMs = 250,
  now: () => number = Date.now,
) {
  let last = Number.NEGATIVE_INFINITY;
  let chain = Promise.resolve();
  return {
    report(value: T) {
      const t = now();
      if (t - last < intervalMs) return;
      last = t;
      chain = chain.then(() => write(value)).catch(() => {});
    },
    flush: () => chain,
  };
}
