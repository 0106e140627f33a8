import { type Env, EnvError, parseEnv } from '../../server/env.ts';

/** What the backup and restore commands share: arguments, environment, plain errors. */
export interface CommandLine {
  file: string;
  force: boolean;
  env: Env;
}

/** Parses `<file> [--force]`, or prints the help and exits on --help. */
export function parseCommandLine(argv: string[], help: string): CommandLine {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.info(help);
    process.exit(0);
  }
  const unknown = argv.filter((arg) => arg.startsWith('-') && arg !== '--force');
  const files = argv.filter((arg) => !arg.startsWith('-'));
  if (unknown.length > 0 || files.length !== 1) {
    console.error(
      unknown.length > 0
        ? `Unknown option ${unknown.join(', ')}.\n\n${help}`
        : `Name exactly one backup file.\n\n${help}`,
    );
    process.exit(2);
  }
  try {
    return { file: files[0] ?? '', force: argv.includes('--force'), env: parseEnv(process.env) };
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

/** The embedded database is ours to copy; a PostgreSQL server has its own tools. */
export function refusePostgres(command: 'backup' | 'restore'): never {
  console.error(
    command === 'backup'
      ? "\nDATABASE_URL is set, so Tandem keeps its data in PostgreSQL. Back it up with PostgreSQL's own tool:\n\n" +
          '  pg_dump --format=custom --no-owner --dbname="$DATABASE_URL" --file=tandem.dump\n\n' +
          'The README\'s "Backup and restore" section has the details.\n'
      : '\nDATABASE_URL is set, so Tandem keeps its data in PostgreSQL. Restore into an empty database with:\n\n' +
          '  pg_restore --no-owner --exit-on-error --single-transaction --dbname="$DATABASE_URL" tandem.dump\n\n' +
          'The README\'s "Backup and restore" section has the details.\n',
  );
  process.exit(2);
}

/** Expected problems (a running server, a full directory, a damaged file) print plainly. */
export function reportFailure(error: unknown): never {
  const expected =
    error instanceof Error && ['BackupError', 'DataDirLockedError'].includes(error.name);
  console.error(expected ? `\n${(error as Error).message}\n` : error);
  process.exit(1);
}
