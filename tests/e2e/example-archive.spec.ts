import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const SEEDS = join(import.meta.dirname, '..', '..', 'content');
const SEED_FILES = [
  '000_8bf9390d05671210.txt',
  '001_932fb991e4438779.txt',
  '002_abf4fd98aff6242f.txt',
  '003_940530787d95496f.txt',
  '004_a0305d05bf6d3627.txt',
];

test('the home page is the story page and lists the five sources', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();
  const sources = page.locator('.source-list > tr');
  await expect(sources).toHaveCount(5);
  await expect(page.locator('.summary-sentence').first()).toBeVisible();
});

test('every summary sentence is cited, and a citation leads to the right passage', async ({ page }) => {
  await page.goto('/');
  const sentences = page.locator('.summary-sentence');
  const count = await sentences.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await expect(sentences.nth(i).locator('.citation a').first()).toBeVisible();
  }
  const first = sentences.first();
  const sentence = (await first.locator('bdi').first().textContent() ?? '').trim();
  const link = first.locator('.citation a').first();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/articles\/[^/]+\/#p-[0-9a-f]{6}/);
  await link.click();
  const id = decodeURIComponent(href!.split('#')[1]!);
  const passage = page.locator(`[id="${id}"]`);
  await expect(passage).toBeVisible();
  // The passage holds the cited sentence's words (at least its first few content words).
  const words = sentence.toLowerCase().match(/[a-z]{5,}/g)!.slice(0, 4);
  const text = (await passage.textContent())!.toLowerCase();
  for (const w of words) expect(text).toContain(w);
});

test('search for Rekognition finds the WinBuzzer article and the Reuters record', async ({ page }) => {
  await page.goto('/search/?q=Rekognition');
  const results = page.locator('main #search-results a');
  await expect(results.first()).toBeVisible();
  // Results are shown as their fragments arrive: wait for both, rather than reading the list once.
  const shown = async (title: RegExp): Promise<boolean> => (await results.allTextContents()).some((t) => title.test(t));
  await expect.poll(() => shown(/Won.t be Sold to Police, Says Chief Counsel/i)).toBe(true);
  await expect.poll(() => shown(/declines to sell facial recognition/i)).toBe(true);
});

test('a nonsense search shows no article links', async ({ page }) => {
  await page.goto('/search/?q=zzqxjv');
  await expect(page.locator('#search-status')).toContainText('No results');
  await expect(page.locator('main a[href*="/articles/"]')).toHaveCount(0);
});

test('each source link downloads the original unchanged', async ({ page, request }) => {
  await page.goto('/');
  const articleLinks = await page.locator('.source-list th a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
  expect(articleLinks).toHaveLength(5);
  const seen = new Set<string>();
  for (const href of articleLinks) {
    await page.goto(href);
    const original = page.locator('.source-card a[download]');
    const url = await original.getAttribute('href');
    expect(url).toMatch(/\/sources\/.+\.txt$/);
    const response = await request.get(url!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/plain');
    const body = await response.body();
    const match = SEED_FILES.find((f) => readFileSync(join(SEEDS, f)).equals(body));
    expect(match, `original at ${url} equals a seed byte for byte`).toBeDefined();
    seen.add(match!);
  }
  expect(seen.size).toBe(5);
});

test('the 404 page exists', async ({ request }) => {
  const response = await request.get('/no-such-page/');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('Page not found');
});

test('the summary carries a GFM footnote list with full references and back-links', async ({ page }) => {
  await page.goto('/');
  const notes = page.locator('.summary section.footnotes li');
  expect(await notes.count()).toBeGreaterThan(1);
  await expect(notes.first()).toContainText(/¶\d+/);
  await expect(notes.first()).toContainText(/undated|\d{4}/);
  const back = notes.first().locator('a[data-footnote-backref]');
  const target = (await back.getAttribute('href'))!;
  await expect(page.locator(`[id="${target.slice(1)}"]`)).toHaveCount(1);
  const ref = page.locator('.summary-sentence sup a').first();
  await ref.click();
  await expect(page).toHaveURL(/#user-content-fn-s1$/);
});
