import { afterEach, beforeEach, vi } from 'vitest';

/**
 * An unexpected console.error fails the test that caused it. A test that expects one says so
 * with `allowConsoleError()`.
 */
let allowed = false;
let calls: unknown[][] = [];

export function allowConsoleError() {
  allowed = true;
}

beforeEach(() => {
  allowed = false;
  calls = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  if (!allowed && calls.length > 0) {
    const first = calls[0]
      ?.map((arg) => (arg instanceof Error ? arg.stack : String(arg)))
      .join(' ');
    throw new Error(`Unexpected console.error (${calls.length} call(s)): ${first}`);
  }
});
