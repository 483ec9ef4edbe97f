// Shared by the checkout specs: a brand page's "Buy now", the total, and the sandbox's orders for an e-mail.
import type { Page } from '@playwright/test';
import { expect, type SandboxControl } from './fixtures';

export const ORDER_URL = /\/orders\/[0-9a-f-]{36}$/;
export const total = (page: Page) => page.getByTestId('order-total');
/** The summary beside "Place order" of every reason it cannot be pressed. */
export const blocked = (page: Page) => page.getByRole('group', { name: 'Before you can place the order' });
export const unique = (label: string) => `${label}-${Math.random().toString(36).slice(2, 10)}@example.com`;

/** Picks the brand page's first fixed amount and presses "Buy now". */
export async function buyNow(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('radio').first().check();
  await page.getByRole('link', { name: 'Buy now' }).click();
  await expect(page).toHaveURL(/\/checkout\?item=/);
}

export async function ordersFor(sandbox: SandboxControl, email: string): Promise<number> {
  const orders = (await sandbox.get('/sandbox/orders')) as { user?: { email?: string } }[];
  return orders.filter((order) => order.user?.email === email).length;
}
