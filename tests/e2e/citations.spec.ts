import { parse } from '@retorquere/bibtex-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { cslJsonErrors } from '../../src/pipeline/cite/export/validate-csl.ts';

interface CslJsonItem {
  id: string;
  type: string;
  title: string;
  URL?: string;
  issued?: { 'date-parts': number[][] };
}

async function text(request: APIRequestContext, path: string): Promise<string> {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.text();
}

function parseBib(bib: string) {
  const lib = parse(bib, { sentenceCase: false });
  expect(lib.errors).toEqual([]);
  return lib.entries;
}

function risRecords(ris: string): string[][] {
  const lines = ris.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const records: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line === '') continue;
    expect(line).toMatch(/^[A-Z][A-Z0-9]  - /);
    current.push(line);
    if (line.startsWith('ER  -')) {
      records.push(current);
      current = [];
    }
  }
  expect(current).toEqual([]);
  for (const r of records) {
    expect(r[0]).toBe('TY  - NEWS');
    expect(r[r.length - 1]?.trimEnd()).toBe('ER  -');
  }
  return records;
}

async function bibliography(request: APIRequestContext): Promise<CslJsonItem[]> {
  const items = JSON.parse(await text(request, '/bibliography.json')) as CslJsonItem[];
  expect(cslJsonErrors(items)).toBeNull();
  return items;
}

test('the archive-wide bibliography lists the five articles in every format, sorted by slug', async ({ request, page }) => {
  const items = await bibliography(request);
  expect(items).toHaveLength(5);
  const ids = items.map((i) => i.id);
  expect(ids).toEqual([...ids].sort());
  for (const i of items) expect(i.type).toBe('article-newspaper');

  const entries = parseBib(await text(request, '/bibliography.bib'));
  expect(entries.map((e) => e.key)).toEqual(ids);
  expect(entries.map((e) => e.fields.title)).toEqual(items.map((i) => i.title));

  const ris = risRecords(await text(request, '/bibliography.ris'));
  expect(ris).toHaveLength(5);
  expect(ris.map((r) => r.find((l) => l.startsWith('TI  - '))?.slice(6))).toEqual(items.map((i) => i.title));

  // The bibliography covers exactly the articles the home page lists.
  await page.goto('/');
  const hrefs = await page.locator('.source-list > tr a[href*="/articles/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const listed = new Set(hrefs.map((h) => /\/articles\/([^/#?]+)/.exec(h)?.[1]).filter((s): s is string => s !== undefined));
  expect([...listed].sort()).toEqual(ids);
});

test("every article's cite.json, cite.bib and cite.ris exist, parse and agree", async ({ request }) => {
  const items = await bibliography(request);
  for (const item of items) {
    const base = `/articles/${item.id}/`;
    const json = JSON.parse(await text(request, `${base}cite.json`)) as CslJsonItem[];
    expect(cslJsonErrors(json)).toBeNull();
    expect(json).toEqual([item]);

    const [entry, ...more] = parseBib(await text(request, `${base}cite.bib`));
    expect(more).toEqual([]);
    expect(entry?.key).toBe(item.id);
    expect(entry?.fields.title).toBe(item.title);
    expect(entry?.fields['url']).toBe(item.URL);
    const parts = item.issued?.['date-parts'][0];
    expect(entry?.fields['date']).toBe(parts ? parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-') : undefined);

    const ris = await text(request, `${base}cite.ris`);
    expect(ris.startsWith('TY  - NEWS')).toBe(true);
    expect(ris.trimEnd().endsWith('ER  -')).toBe(true);
    const [record, ...others] = risRecords(ris);
    expect(others).toEqual([]);
    expect(record).toContain(`TI  - ${item.title}`);
  }
});

test('each article page carries citation metadata and JSON-LD matching its headline', async ({ request, page }) => {
  const items = await bibliography(request);
  for (const item of items) {
    await page.goto(`/articles/${item.id}/`);
    await expect(page.locator('meta[name="citation_title"]')).toHaveCount(1);
    expect(await page.locator('meta[name="citation_title"]').getAttribute('content')).toBe(item.title);
    await expect(page.locator('meta[name="DC.type"]')).toHaveAttribute('content', 'newspaperArticle');
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[name="citation_publication_date"]')).toHaveCount(item.issued ? 1 : 0);
    await expect(page.locator('meta[property="og:url"]')).toHaveCount(item.URL ? 1 : 0);

    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const ld = JSON.parse((await scripts.textContent()) ?? '') as Record<string, unknown>;
    expect(ld['@type']).toBe('NewsArticle');
    const h1 = (await page.locator('h1').textContent())?.trim();
    expect(ld['headline']).toBe(h1);
    if (item.URL) expect(ld['isBasedOn']).toBe(item.URL);
  }
});

test('"Cite this" shows a selectable citation, a working copy button, and links to the files', async ({ page, request, context }) => {
  const [item] = await bibliography(request);
  if (!item) throw new Error('empty bibliography');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/articles/${item.id}/`);
  const block = page.locator('.cite-this');
  await expect(block).toBeVisible();
  const line = (await block.locator('.cite-line').textContent()) ?? '';
  expect(line).toContain(item.title);
  for (const [label, file] of [['BibTeX', 'cite.bib'], ['RIS', 'cite.ris'], ['CSL-JSON', 'cite.json']] as const) {
    const href = await block.getByRole('link', { name: label }).getAttribute('href');
    expect(href).toBe(`/articles/${item.id}/${file}`);
    expect((await request.get(href ?? '')).status()).toBe(200);
  }
  const copy = block.getByRole('button', { name: 'Copy citation' });
  await expect(copy).toBeVisible();
  await copy.click();
  await expect(block.getByRole('status')).toHaveText(/copied|Selected/);
  const clip = await page.evaluate(async () => navigator.clipboard.readText().catch(() => null));
  if (clip !== null) expect(clip).toBe(line);
});

test('without JavaScript the citation is still there and the copy button is not', async ({ browser, request }) => {
  const [item] = await bibliography(request);
  if (!item) throw new Error('empty bibliography');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/articles/${item.id}/`);
  await expect(page.locator('.cite-this .cite-line')).toContainText(item.title);
  await expect(page.locator('.cite-this button')).toBeHidden();
  await context.close();
});
