import Fastify from 'fastify';
import { parseEnv } from '../../server/env.ts';

// The start-up baseline: a bare Fastify process, loaded through tsx like Tandem.
const env = parseEnv(process.env);
const app = Fastify();
app.get('/api/health', async () => ({ status: 'ok' }));
await app.listen({ port: env.PORT, host: env.HOST });
