import { runDueReminders, type WorkerDeps } from './reminder-worker.ts';

/**
 * Runs the worker every `pollMs` in this process, never two runs at once. Several app
 * instances may each run one: the claim makes them share the work instead of repeating it.
 */
export function startReminderLoop(
  deps: WorkerDeps,
  pollMs: number,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = runDueReminders(deps)
      .catch(onError)
      .finally(() => {
        running = null;
      });
  }, pollMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
