import path from 'node:path';
import { backupDataDir } from '../server/db/backup.ts';
import { parseCommandLine, refusePostgres, reportFailure } from './lib/backup-cli.ts';

const HELP = `Usage: npm run backup -- <file> [--force]

Writes a backup of Tandem's embedded database (DATA_DIR, ./data by default) to <file>:
one gzipped tar with the database and the generated session secret (DATA_DIR/auth-secret).
Keep it as private as the data directory itself: it holds everyone's data and that secret.

Stop the server first: the backup refuses while a server uses the directory.

  --force   replace <file> if it exists
  --help    show this help

With DATABASE_URL set (PostgreSQL), use pg_dump instead; see the README.`;

const { file, force, env } = parseCommandLine(process.argv.slice(2), HELP);
if (env.DATABASE_URL) refusePostgres('backup');

try {
  const started = performance.now();
  const { bytes, manifest } = await backupDataDir(env.DATA_DIR, file, { force });
  const rows = Object.values(manifest.rows).reduce((sum, n) => sum + n, 0);
  const tables = Object.keys(manifest.rows).length;
  console.info(
    `Backed up ${path.resolve(env.DATA_DIR)} to ${path.resolve(file)}: ${tables} tables, ${rows} rows, ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MiB, in ${Math.round(performance.now() - started)} ms.`,
  );
  if (!manifest.authSecret) {
    console.info(
      'There is no generated session secret in the data directory (AUTH_SECRET is set): keep AUTH_SECRET ' +
        'with your configuration, since sessions and unsubscribe links depend on it.',
    );
  }
} catch (error) {
  reportFailure(error);
}
