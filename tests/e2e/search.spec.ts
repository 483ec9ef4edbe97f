import { expect, test } from './fixtures';

const TYPOS: [string, RegExp][] = [
  ['amazn', /^Amazon\.com/],
  ['netflx', /^Netflix/],
  ['playstaton', /^PlayStation/],
  ['ÉBAY', /^eBay/],
];

test('type-ahead in the brand directory forgives typos and puts the best match first', async ({ page }) => {
  await page.goto('/US/brands');
  const search = page.getByLabel('Search brands');
  const list = page.getByRole('list', { name: 'Brands' });
  for (const [typo, brand] of TYPOS) {
    await search.fill(typo);
    await expect(list.getByRole('link').first()).toHaveAccessibleName(brand);
  }
  await expect(page).toHaveURL(/\?q=%C3%89BAY$/);
  // Many matches: one screen of cards at once, more on request.
  await search.fill('a');
  const status = page.getByText(/^Showing the first 12 of \d+ matching brands\.$/);
  await expect(status).toBeVisible();
  const matches = Number((await status.innerText()).match(/of (\d+)/)?.[1]);
  await expect(list.getByRole('listitem')).toHaveCount(12);
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(Math.min(60, matches));
  await search.fill('');
  await expect(page.getByText(/^Showing 1–48 of \d+ brands$/)).toBeVisible();
});

test('typo search and the directory’s pages work without JavaScript', async ({ browser, csp }) => {
  const context = csp.watch(await browser.newContext({ javaScriptEnabled: false }));
  const page = await context.newPage();
  await page.goto('/US/brands');
  const list = page.getByRole('list', { name: 'Brands' });
  const status = page.getByText(/^Showing 1–48 of (\d+) brands$/);
  await expect(status).toBeVisible();
  const total = Number((await status.innerText()).match(/of (\d+)/)?.[1]);
  await expect(list.getByRole('listitem')).toHaveCount(48);
  const firstPage = await list.getByRole('link').allInnerTexts();

  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/US\/brands\?page=2$/);
  await expect(page.getByText(`Page 2 of ${Math.ceil(total / 48)}`)).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(Math.min(48, total - 48));
  expect(firstPage).not.toContain(await list.getByRole('link').first().innerText());
  await expect(page.getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/US/brands');

  await page.getByLabel('Search brands').fill('netflx');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/US\/brands\?q=netflx&kind=&category=$/);
  await expect(list.getByRole('link').first()).toHaveAccessibleName(/^Netflix/);
  await context.close();
});

test('searching from the country home: instant matches with JavaScript, then the directory', async ({ page }) => {
  await page.goto('/US');
  await page.getByLabel('Search brands').fill('playstaton');
  await expect(page.getByRole('list', { name: 'Matching brands' }).getByRole('link').first()).toHaveAccessibleName(/^PlayStation/);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/US\/brands\?q=playstaton$/);
  await expect(page.getByRole('list', { name: 'Brands' }).getByRole('link').first()).toHaveAccessibleName(/^PlayStation/);
});

test('searching from the country home without JavaScript lands on the directory’s results', async ({ browser, csp }) => {
  const context = csp.watch(await browser.newContext({ javaScriptEnabled: false }));
  const page = await context.newPage();
  await page.goto('/US');
  await page.getByLabel('Search brands').fill('amazn');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/US\/brands\?q=amazn$/);
  await expect(page.getByRole('list', { name: 'Brands' }).getByRole('link').first()).toHaveAccessibleName(/^Amazon\.com/);
  await context.close();
});
