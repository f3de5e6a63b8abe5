/**
 * Images of saved HTML pages: a "Save page as… complete" page with a local image, a
 * `data:` image and a remote image (tests/fixtures/html/save-complete/harbour-light.html),
 * plus the other HTML fixtures. Built three ways (at the root, under /archive/, portable)
 * with the real CLI; checked in Chromium.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { BIN, ROOT, serveSite, stopSite } from '../support/site.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'html');
const CONTENT = join(ROOT, '.dossier', 'images-content');
const OUT = join(ROOT, '.dossier', 'test-images');
const BASE_OUT = join(ROOT, '.dossier', 'test-images-base');
const PORTABLE_OUT = join(ROOT, '.dossier', 'test-images-portable');
const PORT = 4411;
const BASE_PORT = 4412;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const BASE_ORIGIN = `http://127.0.0.1:${BASE_PORT}`;

const PAGE = 'save-complete/harbour-light.html';
const LOCAL_ALT = 'The restored lighthouse at the end of the north pier';
const DATA_ALT = 'Bar chart of the money raised in each year of the appeal';
const REMOTE_LINK = 'Image: The new lamp being lifted into the lantern room (external)';
const REMOTE_URL = 'https://images.saltmarshherald.example/2024/03/lamp-room-1600.jpg';
const CAPTION = 'The lighthouse at the end of the north pier was switched back on at dusk on Saturday.';

interface Report {
  inputs: { file: string; slug: string | null; reasons: { code: string }[] }[];
}

function build(out: string, ...extra: string[]): void {
  const r = spawnSync(process.execPath, [BIN, 'build', '--quiet', '--content', CONTENT, '--out', out, ...extra], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  expect(r.status, r.stderr).toBe(0);
}

function slugOf(out: string, file: string): string {
  const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report;
  const slug = report.inputs.find((i) => i.file === file)?.slug;
  if (!slug) throw new Error(`${file} has no page`);
  return slug;
}

/** Waits until an image has loaded (scrolling it into view, since it loads lazily) and returns its natural size. */
async function loadedSize(page: Page, alt: string): Promise<{ width: number; height: number }> {
  const img = page.locator(`figure.article-figure img[alt="${alt}"]`);
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
  return img.evaluate((el: HTMLImageElement) => ({ width: el.naturalWidth, height: el.naturalHeight }));
}

/** Records every request that leaves `origin` (data: URIs stay on the page). */
function foreignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  return foreign;
}

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  // The expected-text files are for the extraction tests, not inputs.
  rmSync(CONTENT, { recursive: true, force: true });
  cpSync(FIXTURES, CONTENT, { recursive: true, filter: (src) => !src.endsWith('.expected.txt') });
  build(OUT);
  build(BASE_OUT, '--base', '/archive/');
  build(PORTABLE_OUT, '--portable');
  server = await serveSite(OUT, PORT);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) await stopSite(server);
});

test('a saved page shows its local and data: images, captions as figcaptions, and remote images as links only', async ({ page, request }) => {
  const foreign = foreignRequests(page, ORIGIN);
  const slug = slugOf(OUT, PAGE);
  await page.goto(`${ORIGIN}/articles/${slug}/`);
  const figures = page.locator('.article-body figure.article-figure');
  await expect(figures).toHaveCount(3);

  // The local image: copied into the site under a content hash, with its size.
  const local = page.locator(`figure.article-figure img[alt="${LOCAL_ALT}"]`);
  const src = await local.getAttribute('src');
  expect(src).toMatch(/^\.\.\/\.\.\/media\/[0-9a-f]{16}\.png$/);
  expect(await local.getAttribute('width')).toBe('96');
  expect(await local.getAttribute('loading')).toBe('lazy');
  expect(await loadedSize(page, LOCAL_ALT)).toEqual({ width: 96, height: 64 });
  const file = await request.get(`${ORIGIN}/media/${src!.split('/').pop()}`);
  expect(file.status()).toBe(200);
  expect(file.headers()['content-type']).toBe('image/png');
  expect(Buffer.from(await file.body()).equals(readFileSync(join(FIXTURES, 'save-complete', 'harbour-light_files', 'lighthouse.png')))).toBe(true);

  // Its caption is the figcaption, and still a citable passage.
  const caption = local.locator('xpath=..').locator('figcaption .passage-caption');
  await expect(caption).toContainText(CAPTION);
  expect(await caption.getAttribute('id')).toMatch(/^p-[0-9a-f]{6}/);

  // The small data: image is written into the page, re-encoded.
  const data = page.locator(`figure.article-figure img[alt="${DATA_ALT}"]`);
  expect(await data.getAttribute('src')).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
  expect(await loadedSize(page, DATA_ALT)).toEqual({ width: 24, height: 16 });

  // The remote image is a link; nothing is loaded from its host.
  const link = page.locator('figure.article-figure-remote a');
  await expect(link).toHaveText(REMOTE_LINK);
  expect(await link.getAttribute('href')).toBe(REMOTE_URL);
  await expect(page.locator(`img[src^="http"]`)).toHaveCount(0);
  await page.mouse.wheel(0, 5000);
  await page.waitForTimeout(200);
  expect(foreign).toEqual([]);
});

test('a file that only claims to be an image is never published', async ({ page, request }) => {
  const report = JSON.parse(readFileSync(join(OUT, 'report.json'), 'utf8')) as Report;
  const bakery = report.inputs.find((i) => i.file === 'save-complete/bakery-closes.html');
  expect(bakery?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['image-type', 'image-path']));
  await page.goto(`${ORIGIN}/articles/${slugOf(OUT, 'save-complete/bakery-closes.html')}/`);
  const sources = await page.locator('.article-body img').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? ''));
  expect(sources.length).toBe(2);
  const fake = readFileSync(join(FIXTURES, 'save-complete', 'bakery-closes_files', 'not-really.jpg'));
  for (const src of sources) {
    const bytes = Buffer.from(await (await request.get(new URL(src, page.url()).href)).body());
    expect(bytes.equals(fake)).toBe(false);
  }
});

test('images load under --base /archive/', async ({ page }) => {
  const base = await serveSite(BASE_OUT, BASE_PORT, '/archive/');
  try {
    const foreign = foreignRequests(page, BASE_ORIGIN);
    const loaded: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/media/') && r.ok()) loaded.push(new URL(r.url()).pathname);
    });
    await page.goto(`${BASE_ORIGIN}/archive/articles/${slugOf(BASE_OUT, PAGE)}/`);
    expect(await loadedSize(page, LOCAL_ALT)).toEqual({ width: 96, height: 64 });
    expect(loaded).toEqual([expect.stringMatching(/^\/archive\/media\/[0-9a-f]{16}\.png$/)]);
    expect(foreign).toEqual([]);
  } finally {
    await stopSite(base);
  }
});

test('images load in the portable copy from file://', async ({ page }) => {
  const foreign = foreignRequests(page, 'file://');
  await page.goto(pathToFileURL(join(PORTABLE_OUT, 'articles', slugOf(PORTABLE_OUT, PAGE), 'index.html')).href);
  expect(await loadedSize(page, LOCAL_ALT)).toEqual({ width: 96, height: 64 });
  expect(await loadedSize(page, DATA_ALT)).toEqual({ width: 24, height: 16 });
  await expect(page.locator('figure.article-figure-remote a')).toHaveAttribute('href', REMOTE_URL);
  expect(foreign).toEqual([]);
});
