import { restoreDataDir } from '../server/db/backup.ts';
import { parseCommandLine, refusePostgres, reportFailure } from './lib/backup-cli.ts';

const HELP = `Usage: npm run restore -- <file> [--force]

Restores a backup written by \`npm run backup\` into Tandem's data directory (DATA_DIR,
./data by default), database and session secret both. The directory must be empty, or
--force replaces what it holds. The restored database is checked against the backup's own
row counts before it takes the old one's place: a failed restore changes nothing.

Stop the server first: the restore refuses while a server uses the directory. Start it
again afterwards (npm start); it applies any migrations the backup predates.

  --force   replace the data in a non-empty DATA_DIR
  --help    show this help

With DATABASE_URL set (PostgreSQL), use pg_restore instead; see the README.`;

const { file, force, env } = parseCommandLine(process.argv.slice(2), HELP);
if (env.DATABASE_URL) refusePostgres('restore');

try {
  const started = performance.now();
  const { dataDir, manifest, replaced } = await restoreDataDir(file, env.DATA_DIR, { force });
  const rows = Object.values(manifest.rows).reduce((sum, n) => sum + n, 0);
  console.info(
    `Restored the backup of ${manifest.createdAt} into ${dataDir}${replaced ? ' (replacing what was there)' : ''}: ` +
      `${Object.keys(manifest.rows).length} tables, ${rows} rows, in ${Math.round(performance.now() - started)} ms.`,
  );
  if (!manifest.authSecret) {
    console.info(
      'The backup holds no session secret (AUTH_SECRET was set when it was made): start the server ' +
        'with the same AUTH_SECRET, or everyone is signed out and unsubscribe links stop working.',
    );
  }
} catch (error) {
  reportFailure(error);
}
