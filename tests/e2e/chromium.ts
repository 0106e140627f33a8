import fs from 'node:fs';
import { testEnv } from '../setup/test-env.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const INSTALL_HINT = 'apt-get update && apt-get install -y chromium';

/** Debian's Chromium, found via CHROME_PATH then /usr/bin/chromium; undefined when absent. */
export function findChromium(): string | undefined {
  for (const candidate of [testEnv.CHROME_PATH, '/usr/bin/chromium']) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}
