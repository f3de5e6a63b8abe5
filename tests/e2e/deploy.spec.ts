import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, request as newRequest, test } from '@playwright/test';
import { serveSite, stopSite } from '../support/site.ts';
import { crawl, expectLinksResolve } from './crawl.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BASE_SITE = join(ROOT, '.dossier', 'test-base');
const PORTABLE = join(ROOT, '.dossier', 'test-portable');
const PORT = 4402;
const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Serves the --base /archive/ build on its own port, so a test can stop the server. */
function serve(): Promise<ChildProcess> {
  return serveSite(BASE_SITE, PORT, '/archive/');
}

const stop = stopSite;

test.describe('a build under --base /archive/ with --site', () => {
  let server: ChildProcess;
  test.beforeEach(async () => {
    server = await serve();
  });
  test.afterEach(async () => {
    if (server.exitCode === null) await stop(server);
  });

  test('every link on every page resolves under /archive/', async () => {
    const request = await newRequest.newContext({ baseURL: ORIGIN });
    const { pages, links } = await crawl(request, '/archive/');
    expect([...pages.keys()].every((p) => p.startsWith('/archive/'))).toBe(true);
    expect(expectLinksResolve(pages, links)).toBeGreaterThan(5);
    for (const file of ['robots.txt', '404.html', 'report.json', 'sitemap.xml', 'feed.xml', 'opensearch.xml', 'sw.js']) {
      expect((await request.get(`/archive/${file}`)).status(), file).toBe(200);
    }
    const feed = await (await request.get('/archive/feed.xml')).text();
    expect(feed).toContain('https://archive.test/archive/articles/');
    const home = pages.get('/archive/')!;
    expect(home).toContain('<link rel="canonical" href="https://archive.test/archive/"');
    await request.dispose();
  });

  test('search finds AnyVision, shows nothing for nonsense, and no request leaves the server', async ({ page }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(ORIGIN)) foreign.push(r.url());
    });
    await page.goto(`${ORIGIN}/archive/search/?q=AnyVision`);
    const results = page.locator('main #search-results > li > a');
    await expect(results.first()).toBeVisible();
    await expect(results.first()).toContainText('Chief Counsel');
    const href = await results.first().getAttribute('href');
    expect(href).toMatch(/^\/archive\/articles\//);
    await results.first().click();
    await expect(page.locator('h1')).toContainText('Chief Counsel');
    await expect(page.locator('mark.search-hit').first()).toBeVisible();
    await page.goto(`${ORIGIN}/archive/search/?q=qqxzvvj`);
    await expect(page.locator('#search-status')).toContainText('No results');
    await expect(page.locator('main a[href*="/articles/"]')).toHaveCount(0);
    expect(foreign).toEqual([]);
  });

  test('filters and sort are carried by the URL', async ({ page }) => {
    await page.goto(`${ORIGIN}/archive/search/?q=Microsoft&kind=record`);
    await expect(page.locator('#search-results > li')).toHaveCount(1);
    await expect(page.locator('input[data-filter=kind][value=record]')).toBeChecked();
    await page.locator('#search-sort').selectOption('date:desc');
    await expect(page).toHaveURL(/sort=date%3Adesc/);
  });

  test('after a first visit, pages and search work with the server stopped', async ({ page, context }) => {
    await page.goto(`${ORIGIN}/archive/`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!registration.active) throw new Error('no active service worker');
    });
    // Wait until the precache is complete (the worker is activated after install).
    await expect.poll(async () => page.evaluate(async () => (await caches.keys()).length), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.reload();
    await stop(server);
    await page.goto(`${ORIGIN}/archive/search/?q=Rekognition`);
    await expect(page.locator('main #search-results > li > a').first()).toBeVisible();
    await page.goto(`${ORIGIN}/archive/articles/microsoft-facial-recognition-tech-wont-be-sold-to-police/`);
    await expect(page.locator('h1')).toContainText('Chief Counsel');
    void context;
  });
});

test('the portable copy navigates and searches from file://', async ({ page }) => {
  const index = join(PORTABLE, 'index.html');
  expect(existsSync(index)).toBe(true);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) foreign.push(r.url());
  });
  await page.goto(pathToFileURL(index).href);
  await expect(page.locator('.source-list > tr')).toHaveCount(5);
  await page.locator('.source-list th a').first().click();
  await expect(page.locator('h1')).toBeVisible();
  expect(page.url()).toMatch(/articles\/[^/]+\/index\.html$/);
  // The passage links a module script adds on the web are written into the portable page.
  await expect(page.locator('.passage > .passage-tools .passage-anchor a').first()).toHaveAttribute('href', /^#/);
  // Styles load from disk.
  const skip = await page.locator('.skip-link').evaluate((el) => getComputedStyle(el).position);
  expect(skip).toBe('absolute');
  await page.goto(`${pathToFileURL(join(PORTABLE, 'search', 'index.html')).href}?q=AnyVision`);
  const result = page.locator('#search-results > li > a').first();
  await expect(result).toContainText('Chief Counsel');
  await result.click();
  await expect(page.locator('h1')).toContainText('Chief Counsel');
  expect(readFileSync(join(PORTABLE, 'search-index.js'), 'utf8').length).toBeLessThan(4 * 1024 * 1024 + 100);
  expect(foreign).toEqual([]);
});

test('a big archive caches articles on view and offers to save the whole archive for offline', async ({ page }) => {
  const port = 4403;
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'dossier.mjs'), 'serve', '--out', join(ROOT, '.dossier', 'test-lazy'), '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((ready) => child.stderr!.on('data', (c: Buffer) => c.toString().includes('serving') && ready()));
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    const button = page.locator('#offline-save-button');
    await expect(button).toBeVisible();
    await button.click();
    await expect(page.locator('#offline-save-status')).toContainText('Saved all 5 pages', { timeout: 20_000 });
  } finally {
    await stop(child);
  }
  await page.goto(`http://127.0.0.1:${port}/articles/microsoft-facial-recognition-tech-wont-be-sold-to-police/`);
  await expect(page.locator('h1')).toContainText('Chief Counsel');
});
