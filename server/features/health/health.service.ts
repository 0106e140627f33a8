import { type Database, pingDatabase } from '../../db/client.ts';

const FRESH_FOR_MS = 1000;

/**
 * Checks the database at most once a second: concurrent probes share one in-flight ping and a
 * success is reused for a second. Under load a PGlite query waits behind every socket's I/O
 * (about 20 ms at 50 connections), so a ping per probe would make health the slowest route.
 * A failure is never reused: the next probe checks again.
 */
export function createHealthCheck(database: Database, now = () => performance.now()) {
  let inFlight: Promise<void> | undefined;
  let okAt = Number.NEGATIVE_INFINITY;
  return async function checkHealth() {
    if (now() - okAt > FRESH_FOR_MS) {
      inFlight ??= pingDatabase(database.db)
        .then(() => {
          okAt = now();
        })
        .finally(() => {
          inFlight = undefined;
        });
      await inFlight;
    }
    return { status: 'ok' as const, database: database.kind };
  };
}
