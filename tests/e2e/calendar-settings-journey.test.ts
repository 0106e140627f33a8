import { describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { hasBrowser, setupBrowser, signUpInBrowser } from './browser.ts';

/**
 * Settings → Calendar and Usual hours: create the subscription link, replace it (the old one
 * stops answering), turn it off; set usual hours and find them saved after a reload. On a
 * desktop and on a phone, with axe on every state.
 */
const startJourney = setupBrowser();

describe.runIf(hasBrowser)('calendar settings journey', () => {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`creates, replaces and turns off the calendar link, and saves usual hours (${device})`, async () => {
      const { page, context, problems, httpErrors, expectAccessible } =
        await startJourney(viewport);
      await signUpInBrowser(page, userInput({ name: 'Noor Haddad' }));
      await page.goto('/settings');
      await page.getByRole('heading', { level: 2, name: 'Calendar' }).waitFor();

      await page.getByRole('button', { name: 'Create my calendar link' }).click();
      const link = page.getByLabel('Your calendar link');
      await link.waitFor();
      const first = await link.inputValue();
      expect(first).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      await expectAccessible(`settings with a calendar link (${device})`);
      // A calendar app fetches it with no cookie at all.
      const feed = await fetch(first);
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

      await page.getByRole('button', { name: 'Get a new link' }).click();
      await page.getByRole('dialog', { name: 'Get a new calendar link?' }).waitFor();
      await expectAccessible(`new link confirmation (${device})`);
      await page.getByRole('button', { name: 'Yes, get a new link' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      const second = await link.inputValue();
      expect(second).not.toBe(first);
      expect((await fetch(first)).status).toBe(404);
      expect((await fetch(second)).status).toBe(200);

      await page.getByRole('button', { name: 'Turn off' }).click();
      await page.getByRole('button', { name: 'Turn it off' }).click();
      await page.getByRole('button', { name: 'Create my calendar link' }).waitFor();
      expect((await fetch(second)).status).toBe(404);

      await page.getByLabel('From').selectOption('1050');
      await page.getByLabel('Until').selectOption('1260');
      await page.getByText('Mon', { exact: true }).click();
      await page.getByText('Sat', { exact: true }).click();
      await page.getByRole('button', { name: 'Save usual hours' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Tuesday to Saturday, 17:30–21:00' })
        .waitFor();
      await expectAccessible(`usual hours saved (${device})`);

      await page.reload();
      await page.getByLabel('From').waitFor();
      expect(await page.getByLabel('From').inputValue()).toBe('1050');
      expect(await page.getByLabel('Until').inputValue()).toBe('1260');
      expect(await page.getByRole('checkbox', { name: 'Mon' }).isChecked()).toBe(false);
      expect(await page.getByRole('checkbox', { name: 'Sat' }).isChecked()).toBe(true);

      // Hours that end before they start are explained under the field, not sent.
      await page.getByLabel('Until').selectOption('480');
      await page.getByRole('button', { name: 'Save usual hours' }).click();
      await page.getByText('The end of your usual hours must come after the start.').waitFor();
      await expectAccessible(`usual hours with an error (${device})`);

      expect(problems).toEqual([]);
      expect(httpErrors).toEqual([]);
      await context.close();
    });
  }
});
