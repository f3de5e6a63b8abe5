import { expect, test } from '@playwright/test';

/** Crawls the built site from its home page through every internal link. */
async function crawl(request: import('@playwright/test').APIRequestContext, start: string): Promise<{ pages: Map<string, string>; links: { from: string; href: string }[] }> {
  const pages = new Map<string, string>();
  const links: { from: string; href: string }[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const response = await request.get(path);
    expect(response.status(), `GET ${path}`).toBe(200);
    const type = response.headers()['content-type'] ?? '';
    const body = type.includes('text/html') ? await response.text() : '';
    pages.set(path, body);
    for (const m of body.matchAll(/\shref="([^"]+)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      if (/^[a-z]+:/i.test(href)) continue; // external (http, mailto…): not followed
      const url = new URL(href, `http://x${path}`);
      links.push({ from: path, href: url.pathname + url.hash });
      if (!pages.has(url.pathname) && !queue.includes(url.pathname)) queue.push(url.pathname);
    }
  }
  return { pages, links };
}

test('every internal link and every citation anchor resolves', async ({ request }) => {
  const { pages, links } = await crawl(request, '/');
  expect(pages.size).toBeGreaterThan(8);
  let anchors = 0;
  for (const { from, href } of links) {
    const [path, fragment] = href.split('#');
    expect(pages.has(path!), `${from} links to ${href}`).toBe(true);
    if (fragment) {
      anchors++;
      const html = pages.get(path!)!;
      expect(html.includes(`id="${decodeURIComponent(fragment)}"`), `${from} links to missing #${fragment} on ${path}`).toBe(true);
    }
  }
  expect(anchors).toBeGreaterThan(5);
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
  await page.locator('.source-list a', { hasText: /^Microsoft says it won't sell/ }).click();
  const alsoIn = page.locator('.also-in a').first();
  await expect(alsoIn).toBeVisible();
  const href = await alsoIn.getAttribute('href');
  await alsoIn.click();
  await expect(page.locator(`[id="${href!.split('#')[1]}"]`)).toBeVisible();
});
