import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createOrder, HAPPY_PATH_STEPS } from './orders-helper';

const timeline = (page: Page) => page.getByTestId('timeline');
const feedNote = (page: Page) => page.getByTestId('feed-note');

/** The colour of a step's dot: the mark is decorative, so it is read from the step's list item. */
async function dotColour(page: Page, step: string): Promise<string> {
  const mark = timeline(page).getByRole('listitem').filter({ hasText: step }).locator('[aria-hidden="true"]');
  return mark.evaluate((element) => getComputedStyle(element).backgroundColor);
}

test('an unpaid order lists the steps in their real order, and nothing ahead looks done', async ({ page }) => {
  const orderId = await createOrder(page);
  await page.goto(`/orders/${orderId}`);

  await expect(timeline(page).getByRole('listitem')).toHaveText(HAPPY_PATH_STEPS);
  await expect(timeline(page).getByRole('listitem').filter({ hasText: 'Delivered' })).toContainText('not yet');
  const upcoming = await dotColour(page, 'Preparing delivery');
  expect(await dotColour(page, 'Delivered')).toBe(upcoming);
  expect(await dotColour(page, 'Order placed')).not.toBe(upcoming);
});

test('offline, the order page says the connection is lost, then that it is back', async ({ page, context }) => {
  const orderId = await createOrder(page);
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByTestId('order-live')).toHaveAttribute('data-feed', 'live');

  await context.setOffline(true);
  await expect(feedNote(page)).toHaveText(/connection is lost/i);
  await expect(feedNote(page)).not.toContainText('every few seconds');

  await context.setOffline(false);
  await expect(feedNote(page)).toHaveText(/back online/i);
});
