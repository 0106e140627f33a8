import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt } from '../../scripts/build-web.ts';
import { startMain } from '../setup/server-process.ts';
import { testEnv } from '../setup/test-env.ts';
import { findChromium, INSTALL_HINT } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
    e2eBaseUrl: string;
  }
}

/** Builds the web client if needed and starts the real server on a fresh embedded database. */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    const message = `No Chromium found (looked at CHROME_PATH and /usr/bin/chromium). Install it with: ${INSTALL_HINT}`;
    if (testEnv.CI) throw new Error(`${message}\nBrowser journeys are required in CI.`);
    const bar = '!'.repeat(80);
    console.warn(`\n${bar}\n  BROWSER JOURNEYS SKIPPED. ${message}\n${bar}\n`);
    project.provide('chromiumPath', '');
    project.provide('e2eBaseUrl', '');
    return;
  }

  await ensureWebBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-'));
  // Every journey signs a new person up from the same address: lift the per-minute limit.
  const server = await startMain({ DATA_DIR: dataDir, SIGN_UP_RATE_LIMIT: '1000' });
  project.provide('chromiumPath', chromium);
  project.provide('e2eBaseUrl', server.url);
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
