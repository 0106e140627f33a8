import path from 'node:path';
import { buildApp } from './app.ts';
import { openDatabase } from './db/open.ts';
import { EnvError, parseEnv } from './env.ts';
import { resolveAuthSecret } from './lib/secrets.ts';

/** Boots Tandem: env → database (migrated) → app → listen, and shuts down cleanly on signals. */
async function main() {
  const env = parseEnv(process.env);
  const database = await openDatabase(env);
  const app = await buildApp({
    database,
    baseUrl: env.BASE_URL,
    authSecret: resolveAuthSecret(env),
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    webDir: path.resolve('dist/web'),
    rateLimits: {
      signIn: { max: env.SIGN_IN_RATE_LIMIT, timeWindow: 60_000 },
      signUp: { max: env.SIGN_UP_RATE_LIMIT, timeWindow: 60_000 },
    },
    requestExpiryDays: env.REQUEST_EXPIRY_DAYS,
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    // The worker runs in every instance; claims in the database keep them from sending twice.
    notifications: {
      worker: true,
      pollMs: env.REMINDER_POLL_SECONDS * 1000,
      leaseMs: env.REMINDER_LEASE_SECONDS * 1000,
    },
    // The Vite dev server proxies API calls from its own origin.
    extraOrigins: env.NODE_ENV === 'development' ? ['http://localhost:5173'] : [],
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    // A stuck connection must not keep the process (and the data-dir lock) forever.
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    try {
      await app.close(); // stops accepting, waits for in-flight requests
      await database.close(); // flushes PGlite / ends the pool, releases the lock
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await app.listen({ port: env.PORT, host: env.HOST });
  } catch (error) {
    await database.close();
    throw error;
  }
  app.log.info(
    { url: env.BASE_URL, database: database.kind },
    `Tandem is ready at ${env.BASE_URL} (${database.kind === 'pglite' ? `embedded database in ${path.resolve(env.DATA_DIR)}` : 'PostgreSQL'})`,
  );
}

main().catch((error: unknown) => {
  // Configuration and lock problems are the user's to fix: print them plainly, no stack.
  const expected =
    error instanceof EnvError || (error instanceof Error && error.name === 'DataDirLockedError');
  console.error(expected ? `\n${(error as Error).message}\n` : error);
  process.exit(1);
});
