import { expect, test } from '@playwright/test';
import { crawl, expectLinksResolve } from './crawl.ts';

test('every internal link and every citation anchor resolves', async ({ request }) => {
  const { pages, links } = await crawl(request, '/');
  expect(pages.size).toBeGreaterThan(8);
  expect(expectLinksResolve(pages, links)).toBeGreaterThan(5);
});

test('pages load without console errors or CSP violations', async ({ page, request }) => {
  const { pages } = await crawl(request, '/');
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));
  for (const [path, html] of pages) {
    if (!html) continue;
    await page.goto(path);
  }
  await page.goto('/search/?q=Microsoft');
  await expect(page.locator('#search-results a').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a quotation carried by several sources links across them', async ({ page }) => {
  await page.goto('/');
  await page.locator('.source-list th a', { hasText: /^Microsoft says it won't sell/ }).click();
  const alsoIn = page.locator('.also-in a').first();
  await expect(alsoIn).toBeVisible();
  const href = await alsoIn.getAttribute('href');
  await alsoIn.click();
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeVisible();
});
