/**
 * The presentation layer: layout at phone and desktop widths in both themes, keyboard use
 * of the sidebar, the table of contents and the theme toggle, the skip link, landmarks,
 * reading with JavaScript off, print, and the weight of an article page.
 *
 * Screenshots of the home, an article and the search page (both widths, both themes) are
 * attached to the report and saved in test-results/screenshots/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const WIDTHS = [1280, 360] as const;
const SCHEMES = ['light', 'dark'] as const;

/** The first article of the home page's source list (slugs come from the content, not from this test). */
async function firstArticle(page: Page): Promise<string> {
  await page.goto('/');
  const href = await page.locator('.source-list th a').first().getAttribute('href');
  expect(href).toMatch(/^\/articles\/[^/]+\/$/);
  return href!;
}

async function noHorizontalOverflow(page: Page, what: string): Promise<void> {
  // Measured once the page has loaded: a layout taken before its stylesheet arrives is one no reader sees.
  await page.waitForLoadState('load');
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, `${what}: page is ${scroll}px wide in a ${client}px viewport`).toBeLessThanOrEqual(client);
}

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const body = await page.screenshot({ fullPage: true });
  writeFileSync(join(SHOTS, `${name}.png`), body);
  await testInfo.attach(name, { body, contentType: 'image/png' });
}

for (const width of WIDTHS) {
  for (const colorScheme of SCHEMES) {
    test.describe(`${width}px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 900 }, colorScheme });

      test('home, article, search and report fit the width, with one h1 each; screenshots', async ({ page }, testInfo) => {
        const article = await firstArticle(page);
        const pages: [string, string, boolean][] = [
          ['home', '/', true],
          ['article', article, true],
          ['search', '/search/?q=Microsoft', true],
          ['report', '/report/', false],
        ];
        for (const [name, path, screenshot] of pages) {
          await page.goto(path);
          if (name === 'search') await expect(page.locator('#search-results > li').first()).toBeVisible();
          await expect(page.locator('h1'), path).toHaveCount(1);
          await noHorizontalOverflow(page, path);
          // The theme in use is the system's, and the page's colours follow it.
          const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const [r] = bg.match(/\d+/g)!.map(Number);
          expect(colorScheme === 'dark' ? r! < 60 : r! > 200, `${path} background ${bg}`).toBe(true);
          if (screenshot) await shoot(page, testInfo, `${name}-${width}-${colorScheme}`);
        }
      });
    });
  }
}

test.describe('keyboard', () => {
  test('the skip link is the first stop and moves focus to main; landmarks are there', async ({ page }) => {
    const article = await firstArticle(page);
    for (const path of ['/', article, '/search/']) {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.locator('.skip-link');
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expect(page.getByRole('main')).toHaveCount(1);
      await expect(page.getByRole('contentinfo')).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Archive' })).toHaveCount(1);
    }
    await page.goto(article);
    await expect(page.getByRole('complementary')).not.toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
  });

  test('focus is visible on links and buttons', async ({ page }) => {
    await page.goto('/');
    const link = page.locator('.sidebar a').first();
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
    expect(outline).toMatch(/solid [23]px/);
  });

  test('at 360px the sidebar is a closed disclosure that opens and is followed with the keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const article = await firstArticle(page);
    await page.goto('/');
    const toggle = page.locator('.sidebar-toggle');
    const firstSource = page.locator('.nav-sources a').first();
    await expect(toggle).toBeVisible();
    await expect(firstSource).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#sidebar')).toHaveAttribute('open', '');
    await expect(firstSource).toBeVisible();
    // Tab from the toggle goes into the sidebar's links.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('nav.sidebar')))).toBe(true);
    await firstSource.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${article.replace(/[/]/g, '\\/')}$`));
    await noHorizontalOverflow(page, 'article with the sidebar');
    // Space closes it again.
    await page.locator('.sidebar-toggle').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('.nav-sources a').first()).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.locator('.nav-sources a').first()).toBeHidden();
  });

  test('at 1280px the sidebar is always shown, lists the current story’s sources and marks the page', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const article = await firstArticle(page);
    await expect(page.locator('.sidebar-toggle')).toBeHidden();
    await expect(page.locator('.nav-sources a')).toHaveCount(5);
    await expect(page.locator('.nav-publishers a').first()).toHaveAttribute('href', /\/search\/\?publisher=/);
    await page.goto(article);
    const current = page.locator(`.nav-sources a[href="${article}"]`);
    await expect(current).toHaveAttribute('aria-current', 'page');
    await current.focus();
    await expect(current).toBeFocused();
    // Previous/next between the story's sources.
    const pager = page.getByRole('navigation', { name: 'Other sources of this story' });
    await expect(pager.locator('a[rel=next]')).toBeVisible();
    await pager.locator('a[rel=next]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.nav-sources a[aria-current=page]')).not.toHaveAttribute('href', article);
    await expect(page.getByRole('navigation', { name: 'Other sources of this story' }).locator('a[rel=prev]')).toHaveAttribute('href', article);
  });

  test('the table of contents leads to its sections, at both widths', async ({ page }) => {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      const toc = page.getByRole('navigation', { name: 'On this page' });
      if (width === 360) {
        await expect(toc.locator('a').first()).toBeHidden();
        await page.locator('.toc-toggle').focus();
        await page.keyboard.press('Enter');
        await page.keyboard.press('Tab');
      } else {
        await expect(toc.locator('a').first()).toBeVisible();
        await toc.locator('a').first().focus();
      }
      await expect(toc.locator('a').first()).toBeFocused();
      const sources = toc.getByRole('link', { name: 'Sources' });
      await sources.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#sources-heading$/);
      await expect(page.getByRole('heading', { name: 'Sources', exact: true })).toBeInViewport();
    }
  });

  test('the theme toggle works from the keyboard, persists across pages, and applies before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    // Records the theme at the moment <body> is created, i.e. before anything can be painted.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as Record<string, unknown>)['themeAtBody'] = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const article = await firstArticle(page);
    const toggle = page.locator('.theme-toggle');
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await expect(toggle).toHaveAccessibleName('Dark theme');
    // Reach it with Tab from the search button, as a keyboard user would.
    await page.locator('.site-search button').focus();
    await page.keyboard.press('Tab');
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(article);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['themeAtBody'])).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    await page.locator('.theme-toggle').focus();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.goto('/search/');
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['themeAtBody'])).toBe('light');
  });

  test('passage anchors show on hover and on focus', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    const article = await firstArticle(page);
    await page.goto(article);
    const anchors = page.locator('.passage .passage-anchor');
    test.skip((await anchors.count()) === 0, 'this build emits no passage anchors yet');
    const tools = page.locator('.passage-tools').first();
    expect(await tools.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await page.locator('.passage').first().hover();
    await expect.poll(() => tools.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.mouse.move(0, 0);
    await tools.locator('a').first().focus();
    await expect.poll(() => tools.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await expect(tools.locator('a').first()).toBeInViewport();
  });
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of WIDTHS) {
    test(`an article reads fully at ${width}px: text, sidebar and source card`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      const article = await firstArticle(page);
      await page.goto(article);
      await expect(page.locator('.article-body .passage').first()).toBeVisible();
      await expect(page.locator('.source-card')).toBeVisible();
      await expect(page.locator('.theme-toggle')).toBeHidden();
      const current = page.locator(`.nav-sources a[href="${article}"]`);
      if (width === 360) {
        await expect(current).toBeHidden();
        await page.locator('.sidebar-toggle').click();
      }
      await expect(current).toBeVisible();
      await noHorizontalOverflow(page, article);
    });
  }

  test('the story page shows its charts as SVG figures without JavaScript', async ({ page }) => {
    await page.goto('/');
    const figures = page.locator('figure.chart');
    await expect(figures).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      const figure = figures.nth(i);
      await expect(figure.locator('svg[role=img] > title')).toHaveCount(1);
      await expect(figure.locator('figcaption')).not.toBeEmpty();
      await expect(figure.locator('svg')).toBeVisible();
    }
    // The timeline marks inferred dates; the coverage chart shows undated sources apart.
    await expect(page.locator('.chart-timeline .is-inferred').first()).toBeAttached();
    await expect(page.locator('.chart-coverage .is-undated').first()).toBeAttached();
    await expect(page.locator('.chart-grid .chart-cell.is-on').first()).toBeAttached();
  });
});

test('print: no navigation, citations and URLs printed with their targets', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/');
  for (const chrome of ['.site-header', '.sidebar-disclosure', '.toc-disclosure', '.site-footer']) await expect(page.locator(chrome)).toBeHidden();
  const after = await page.locator('a.citation').first().evaluate((el) => getComputedStyle(el, '::after').content);
  expect(after).toContain('/articles/');
  const quote = await page.locator('.key-quote').first().evaluate((el) => getComputedStyle(el).breakInside);
  expect(quote).toBe('avoid');
  const link = page.locator('main a[href^="http"]').first();
  const external = await link.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(external).toContain((await link.getAttribute('href'))!);
});

/**
 * The light-page budget. For an article page: the HTML as served, with the article's own
 * text beyond its first 10 KiB removed (the text of `.article-body`, counted in UTF-16 code
 * units in document order; everything after the first 10,240 is dropped), gzipped, plus
 * every stylesheet the page links, gzipped (node:zlib, default level). The sum must be at
 * most 30 KiB. Scripts are not counted: the page reads fully without them.
 */
test('an article page weighs at most 30 KiB of HTML and CSS (gzip), beyond its text', async ({ page, request }, testInfo) => {
  const TEXT_ALLOWANCE = 10 * 1024;
  const BUDGET = 30 * 1024;
  await page.goto('/');
  const articles = await page.locator('.source-list th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(articles.length).toBeGreaterThan(0);
  const cssCache = new Map<string, number>();
  const rows: string[] = [];
  for (const path of ['/', ...articles]) {
    const html = await (await request.get(path)).text();
    const trimmed = await page.evaluate(
      ({ source, allowance }) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');
        let left = allowance;
        for (const body of Array.from(doc.querySelectorAll('.article-body'))) {
          const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const t = n as Text;
            if (t.data.length <= left) left -= t.data.length;
            else {
              t.data = t.data.slice(0, left);
              left = 0;
            }
          }
        }
        return `<!DOCTYPE html>${doc.documentElement.outerHTML}`;
      },
      { source: html, allowance: TEXT_ALLOWANCE },
    );
    let css = 0;
    for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) {
      const href = m[1]!;
      if (!cssCache.has(href)) cssCache.set(href, gzipSync(await (await request.get(href)).body()).length);
      css += cssCache.get(href)!;
    }
    const htmlGz = gzipSync(Buffer.from(trimmed)).length;
    const total = htmlGz + css;
    rows.push(`${path}: HTML ${(htmlGz / 1024).toFixed(1)} KiB + CSS ${(css / 1024).toFixed(1)} KiB = ${(total / 1024).toFixed(1)} KiB gzip`);
    if (path !== '/') expect(total, `${path} weighs ${total} bytes`).toBeLessThanOrEqual(BUDGET);
  }
  await testInfo.attach('page-weight.txt', { body: rows.join('\n'), contentType: 'text/plain' });
  console.log(rows.join('\n'));
});
