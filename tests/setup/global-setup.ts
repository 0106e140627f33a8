import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { fromPglite, fromPostgresUrl } from '../../server/db/client.ts';
import { testEnv } from './test-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

/**
 * Migrating a fresh database costs seconds, so it happens once per run: every test file then
 * clones this template (a PGlite dump, or a PostgreSQL TEMPLATE database).
 */
export default async function setup(project: TestProject) {
  if (testEnv.TEST_DATABASE_URL) {
    const name = `tandem_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: testEnv.TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(testEnv.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    const template = fromPostgresUrl(url.toString(), 1);
    await template.migrate();
    await template.close();
    project.provide('postgresTemplate', name);
    project.provide('pgliteTemplate', '');
    return async () => {
      // Test files drop their own databases; a crashed run may leave some behind.
      const { rows } = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'tandem_test_%' OR datname = $1",
        [name],
      );
      for (const row of rows)
        await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.end();
    };
  }

  const client = await PGlite.create();
  const template = fromPglite(client);
  await template.migrate();
  const dump = await client.dumpDataDir('none');
  await template.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-template-'));
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', '');
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
