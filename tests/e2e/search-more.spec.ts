/**
 * Search shows its results a page at a time: an archive of 23 articles that all use one
 * word gives 10 results, "Show more results" adds 10 and then the rest, and each page's
 * fragments are fetched only when it is shown. Built with the real CLI; checked in Chromium.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { BIN, ROOT, serveSite, stopSite } from '../support/site.ts';

const CONTENT = join(ROOT, '.dossier', 'search-more-content');
const OUT = join(ROOT, '.dossier', 'test-search-more');
const PORT = 4413;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARTICLES = 23;
const TOWNS = ['Ashby', 'Brant', 'Corran', 'Dunmere', 'Elstow', 'Fenwick', 'Garth', 'Holm', 'Ilsley', 'Jarrow', 'Kelso', 'Lorne'];

/** An invented article about the (invented) Quillmere ferry, different for each n. */
function article(n: number): string {
  const town = TOWNS[n % TOWNS.length]!;
  return [
    `Quillmere ferry timetable changes for ${town}, notice ${n + 1}`,
    '',
    `The Quillmere ferry will call at ${town} ${n + 2} times a week from next month, the operator said on Monday in its notice number ${n + 1}.`,
    '',
    `Residents of ${town} said the new timetable would make it easier to reach the hospital and the market on the far shore.`,
  ].join('\n');
}

let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  for (let n = 0; n < ARTICLES; n++) writeFileSync(join(CONTENT, `ferry-${String(n).padStart(2, '0')}.txt`), article(n));
  const r = spawnSync(process.execPath, [BIN, 'build', '--quiet', '--content', CONTENT, '--out', OUT], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  expect(r.status, r.stderr).toBe(0);
  server = await serveSite(OUT, PORT);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) await stopSite(server);
});

test('search shows ten results at a time, and fetches each page of fragments only when shown', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (r) => {
    if (/\/pagefind\/fragment\//.test(new URL(r.url()).pathname)) fragments.push(r.url());
  });
  await page.goto(`${ORIGIN}/search/?q=quillmere`);
  const results = page.locator('#search-results > li');
  const more = page.getByRole('button', { name: 'Show more results' });
  const status = page.locator('#search-status');
  await expect(status).toHaveText(/^\d+ results for “quillmere” \(showing 10\)\.$/);
  // Every article, and the story page that summarises them.
  const total = Number((await status.textContent())?.split(' ')[0]);
  expect(total).toBeGreaterThanOrEqual(ARTICLES);
  expect(total).toBeLessThan(30);
  await expect(results).toHaveCount(10);
  expect(new Set(fragments).size).toBe(10);

  await more.click();
  await expect(results).toHaveCount(20);
  await expect(status).toHaveText(`${total} results for “quillmere” (showing 20).`);
  // Keyboard and screen-reader users continue from the first new result.
  await expect(results.nth(10).locator('> a')).toBeFocused();
  expect(new Set(fragments).size).toBe(20);

  await more.click();
  await expect(results).toHaveCount(total);
  await expect(status).toHaveText(`${total} results for “quillmere”.`);
  await expect(more).toBeHidden();
  // Every result is listed once.
  const links = await results.locator('> a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(links).size).toBe(total);
  expect(new Set(fragments).size).toBe(total);

  // A new search starts again from its first page.
  await page.locator('#search-q').fill('ferry');
  await page.locator('#search-q').press('Enter');
  await expect(results).toHaveCount(10);
  await expect(more).toBeVisible();
});
