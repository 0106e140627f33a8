import { type ChildProcess, spawn } from 'node:child_process';

/**
 * `npm run dev`: the API with restart-on-change (tsx watch) and the web client with hot module
 * replacement (Vite on :5173, proxying /api to :3000). Ctrl-C stops both.
 */
const children: ChildProcess[] = [];

function run(name: string, command: string, args: string[]) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}] `;
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean))
      stream.write(`${prefix}${line}\n`);
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  child.on('exit', (code) => {
    console.info(`${prefix}exited with ${code}`);
    shutdown(code ?? 1);
  });
  children.push(child);
}

let stopping = false;
function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500).unref();
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

run('api', process.execPath, [
  '--import',
  'tsx',
  '--watch',
  '--watch-preserve-output',
  'server/main.ts',
]);
run('web', process.execPath, ['node_modules/vite/bin/vite.js']);
console.info('Open http://localhost:5173 (hot reload). The API runs on http://localhost:3000.');
