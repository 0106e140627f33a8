import { ensureWebBuilt } from './build-web.ts';

// `npm start`: build the web client if it is missing or stale, then serve everything.
await ensureWebBuilt();
await import('../server/main.ts');
