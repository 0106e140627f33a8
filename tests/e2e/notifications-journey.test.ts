import { describe, expect, it } from 'vitest';
import { userInput } from '../factories/user.ts';
import { hasBrowser, setupBrowser, signUpInBrowser } from './browser.ts';

/**
 * The notification centre as a newcomer finds it: the bell with nothing unread and its popover,
 * the notifications page's empty state, choices in Settings saved and still there after a
 * reload, the outbox while email is not set up, and an unsubscribe link that is not valid
 * (signed out). Desktop and phone, axe on every page. Notifications made by real actions are
 * covered once the producers and the delivery worker are in.
 */
const startJourney = setupBrowser();

describe.runIf(hasBrowser)('notifications journey', () => {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`shows an empty centre, saves choices, and explains an invalid unsubscribe link (${device})`, async () => {
      const { page, context, problems, httpErrors, expectAccessible } =
        await startJourney(viewport);
      await signUpInBrowser(page, userInput({ name: 'Iris Tan' }));

      const bell = page.getByRole('button', { name: 'Notifications, none unread' });
      await bell.click();
      await page.getByText('Nothing yet. Requests, sessions, prep and reviews').waitFor();
      await expectAccessible(`bell popover (${device})`);
      await page.getByRole('link', { name: 'See all notifications' }).click();
      await page.waitForURL('**/notifications');
      await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
      await page.getByRole('heading', { name: 'You are all caught up' }).waitFor();
      await expectAccessible(`notifications page, empty (${device})`);

      await page.goto('/settings');
      await page.getByRole('heading', { level: 2, name: 'Notifications' }).waitFor();
      const prepDue = page.getByRole('radiogroup', {
        name: 'Your prep is due soon and not shared yet',
      });
      await expect.poll(() => prepDue.getByRole('radio', { name: 'Email' }).isChecked()).toBe(true);
      await page.getByText('Email is not set up on this Tandem yet').waitFor();
      await page.getByText('No mails yet. Whenever Tandem writes to you').waitFor();
      await expectAccessible(`settings, notification choices (${device})`);

      await prepDue.getByText('Off', { exact: true }).click();
      const reviewDue = page.getByRole('radiogroup', { name: 'Time to review a session' });
      await reviewDue.getByText('Digest', { exact: true }).click();
      await page
        .getByRole('radiogroup', { name: 'How often the digest comes' })
        .getByText('Weekly, Monday 08:00')
        .click();
      await page.getByRole('button', { name: 'Save notification choices' }).click();
      await page.getByText('Saved. Tandem will follow these from now on.').waitFor();
      await expectAccessible(`settings, choices saved (${device})`);

      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Notifications' }).waitFor();
      await expect.poll(() => prepDue.getByRole('radio', { name: 'Off' }).isChecked()).toBe(true);
      expect(await reviewDue.getByRole('radio', { name: 'Digest' }).isChecked()).toBe(true);
      expect(
        await page
          .getByRole('radiogroup', { name: 'How often the digest comes' })
          .getByRole('radio', { name: 'Weekly, Monday 08:00' })
          .isChecked(),
      ).toBe(true);
      expect(
        await page
          .getByRole('radiogroup', { name: 'Someone asks you to mentor them' })
          .getByRole('radio', { name: 'Email' })
          .isChecked(),
      ).toBe(true);

      // The unsubscribe page works signed out.
      await context.clearCookies();
      await page.goto('/unsubscribe/this-link-was-cut-short');
      await page.getByRole('heading', { level: 1, name: 'This link is not valid' }).waitFor();
      await page.getByText('Nothing was changed.', { exact: false }).waitFor();
      await expectAccessible(`unsubscribe, invalid link (${device})`);

      expect(problems).toEqual([]);
      expect(httpErrors).toEqual(['404 GET /api/unsubscribe/this-link-was-cut-short']);
    });
  }
});
