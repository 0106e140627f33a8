import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { SignUpInput } from '../../common/schemas/account.ts';
import { CHROMIUM_ARGS } from './chromium.ts';

export const chromiumPath = inject('chromiumPath');
export const baseUrl = inject('e2eBaseUrl');
/** Journeys run only when a browser was found (global setup already failed in CI without one). */
export const hasBrowser = Boolean(chromiumPath);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface Journey {
  page: Page;
  context: BrowserContext;
  /** Console errors and page errors seen so far; a journey ends by expecting none. */
  problems: string[];
  /** Every 4xx/5xx response as `STATUS METHOD /path`; a journey lists the ones it expects. */
  httpErrors: string[];
  /** Runs axe on the current page and fails on any WCAG 2.2 AA violation. */
  expectAccessible(label: string): Promise<void>;
}

/** One browser per test file, one fresh context (cookies, storage) per journey. */
export function setupBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    if (!hasBrowser) return;
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  return async function startJourney(viewport = { width: 1280, height: 800 }): Promise<Journey> {
    // A fixed zone different from the machine's, to prove the app reads it from the browser.
    const context = await browser.newContext({
      baseURL: baseUrl,
      viewport,
      timezoneId: 'America/Toronto',
    });
    const page = await context.newPage();
    const problems: string[] = [];
    const httpErrors: string[] = [];
    page.on('console', (message) => {
      // Chromium reports every 4xx/5xx response as a console error too; those are checked
      // precisely through httpErrors instead.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        problems.push(`console.error: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        const { pathname } = new URL(response.url());
        httpErrors.push(`${response.status()} ${response.request().method()} ${pathname}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    return {
      page,
      context,
      problems,
      httpErrors,
      async expectAccessible(label: string) {
        const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const violations = result.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(violations, `axe violations on ${label}`).toEqual([]);
      },
    };
  };
}

/** Signs a new person up through the form, as the journeys that start from scratch do. */
export async function signUpInBrowser(page: Page, person: SignUpInput) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/home');
}

/** Signs an existing person in through the form, as the second person of a journey does. */
export async function signInInBrowser(page: Page, person: Pick<SignUpInput, 'email' | 'password'>) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/home');
}
