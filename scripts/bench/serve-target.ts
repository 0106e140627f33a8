import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import { buildApp } from '../../server/app.ts';
import { fromPglite } from '../../server/db/client.ts';

/**
 * A server for the benchmark to load, in its own process so the load generator does not share
 * its event loop: `bare` is Fastify's hello-world, `app` is the full Tandem app on PGlite.
 * Prints the port it listens on, then serves until killed.
 */
const kind = process.argv[2];

async function target() {
  if (kind === 'bare') {
    const bare = Fastify();
    bare.get('/api/health', async () => ({ hello: 'world' }));
    return bare;
  }
  const database = fromPglite(await PGlite.create());
  await database.migrate();
  return buildApp({
    database,
    baseUrl: 'http://localhost:3000',
    authSecret: 'benchmark-secret-benchmark-secret-benchmark',
    logLevel: 'silent',
  });
}

const server = await target();
await server.listen({ port: 0, host: '127.0.0.1' });
const address = server.server.address();
process.stdout.write(`${typeof address === 'object' && address ? address.port : ''}\n`);
