/**
 * Hostile input: nothing runs, nothing leaks, nothing is lost.
 *
 * Builds tests/fixtures/hostile/content (plus a 5 MB+ file and a 1 MB line generated here)
 * with the real CLI, serves it, and checks every page in Chromium.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, request as newRequest, test, type Page } from '@playwright/test';
import { crawl } from './crawl.ts';
import { serveSite, stopSite } from '../support/site.ts';
import { GENERATED, prepareHostileContent } from '../fixtures/hostile/prepare.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dossier.mjs');
const CONTENT = join(ROOT, '.dossier', 'hostile-content');
const OUT = join(ROOT, '.dossier', 'test-hostile');
const STAMP = `${OUT}.stamp`;
const PORT = 4410;
const ORIGIN = `http://127.0.0.1:${PORT}`;

interface ReportEntry {
  file: string;
  status: 'published' | 'warning' | 'skipped';
  slug: string | null;
  reasons: { code: string; message: string }[];
}

/** What each input must become: status and the reason codes it must carry. */
const EXPECTED: Record<string, { status: ReportEntry['status']; codes?: string[] }> = {
  'empty.txt': { status: 'skipped', codes: ['empty'] },
  'whitespace-only.txt': { status: 'skipped', codes: ['whitespace-only'] },
  'image.png': { status: 'skipped', codes: ['binary'] },
  'disguised-png.txt': { status: 'skipped', codes: ['binary'] },
  'undecodable.txt': { status: 'skipped', codes: ['undecodable'] },
  'undecodable-bom.txt': { status: 'skipped', codes: ['undecodable'] },
  'windows-1252.txt': { status: 'warning', codes: ['decoded-windows-1252'] },
  'yaml-bomb.md': { status: 'warning', codes: ['yaml-invalid'] },
  'yaml-malformed.md': { status: 'warning', codes: ['yaml-invalid'] },
  'yaml-unclosed.md': { status: 'warning', codes: ['yaml-unclosed'] },
  'yaml-custom-tag.md': { status: 'warning', codes: ['yaml-unknown-tag'] },
  '404.txt': { status: 'published' },
  '_astro.txt': { status: 'published' },
  'a b.txt': { status: 'published' },
  'articles.txt': { status: 'published' },
  'bidi-body.txt': { status: 'published' },
  'bidi-title.md': { status: 'published' },
  [GENERATED.big]: { status: 'published' },
  [GENERATED.longLine]: { status: 'published' },
  'headline-script.txt': { status: 'published' },
  // What the HTML sanitizer removed is reported, so the page is published with warnings.
  'hostile-page.html': { status: 'warning', codes: ['base', 'meta-refresh', 'script', 'iframe', 'object', 'event-handler', 'javascript-url'] },
  'index.txt': { status: 'published' },
  'long-token.txt': { status: 'published' },
  'markup-front-matter.md': { status: 'published' },
  'markup-mdx.txt': { status: 'published' },
  'markup-record.md': { status: 'published' },
  'pagefind.txt': { status: 'published' },
  'report.txt': { status: 'published' },
  'same-title-a.txt': { status: 'published' },
  'same-title-b.txt': { status: 'published' },
  'search.txt': { status: 'published' },
  'sources.txt': { status: 'published' },
  'title-404.md': { status: 'published' },
  'title-_astro.md': { status: 'published' },
  'title-index.md': { status: 'published' },
  'title-pagefind.md': { status: 'published' },
  'title-search.md': { status: 'published' },
  'title-sources.md': { status: 'published' },
  "Tom & Jerry's news.txt": { status: 'published' },
  'url-data.md': { status: 'published' },
  'url-javascript.md': { status: 'published' },
  'url-mixed-case.md': { status: 'published' },
  'url-relative.md': { status: 'published' },
  'url-vbscript.md': { status: 'published' },
  'utf16be-bom.txt': { status: 'published' },
  'utf16le-bom.txt': { status: 'published' },
  'Über die Brücke.txt': { status: 'published' },
};

/** Bidi embeddings, overrides and isolates that can reorder what follows them. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

function build(out: string, ...extra: string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'build', '--quiet', '--content', CONTENT, '--out', out, ...extra], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  return { status: r.status, stderr: r.stderr };
}

function serve(): Promise<ChildProcess> {
  return serveSite(OUT, PORT);
}

const stop = stopSite;

/** Searches whose results show excerpts of hostile text. */
const SEARCHES = ['/search/?q=council', '/search/?q=script', '/search/?q=alert', '/search/?q=onerror', '/search/?q=process'];

let server: ChildProcess | undefined;
let report: { summary: Record<string, number>; inputs: ReportEntry[] };
/** Every HTML page of the site: those reached by links, plus a few that are not linked. */
let pages: string[];
let buildStatus: number | null = null;

function entry(file: string): ReportEntry {
  const e = report.inputs.find((i) => i.file === file);
  if (!e) throw new Error(`${file} is not in report.json`);
  return e;
}

function articleUrl(file: string): string {
  const e = entry(file);
  if (!e.slug) throw new Error(`${file} has no page`);
  return `/articles/${encodeURIComponent(e.slug)}/`;
}

/** Opens a page and records whatever would show that something ran or broke. */
async function visit(page: Page, path: string): Promise<{ dialogs: string[]; errors: string[]; foreign: string[] }> {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(ORIGIN) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  const response = await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  await page.waitForTimeout(50);
  return { dialogs, errors, foreign };
}

test.beforeAll(async () => {
  test.setTimeout(600_000);
  // One build per test run: a restarted worker (after a failure) reuses it.
  const runner = String(process.ppid);
  const fresh = existsSync(STAMP) && readFileSync(STAMP, 'utf8') === runner && existsSync(join(OUT, 'report.json'));
  if (!fresh) {
    prepareHostileContent(CONTENT);
    const r = build(OUT);
    buildStatus = r.status;
    expect(r.status, r.stderr).toBe(0);
    writeFileSync(STAMP, runner);
  } else {
    buildStatus = 0;
  }
  report = JSON.parse(readFileSync(join(OUT, 'report.json'), 'utf8')) as typeof report;
  server = await serve();
  const request = await newRequest.newContext({ baseURL: ORIGIN });
  const crawled = await crawl(request, '/');
  await request.dispose();
  pages = [...crawled.pages].filter(([, html]) => html !== '').map(([path]) => path);
  for (const extra of ['/404.html', '/report/', ...SEARCHES]) if (!pages.includes(extra)) pages.push(extra);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) await stop(server);
});

test.describe('hostile corpus', () => {
  test('the build exits 0 and reports every input with the right status and reasons', () => {
    expect(buildStatus).toBe(0);
    expect(report.inputs.map((i) => i.file).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [file, want] of Object.entries(EXPECTED)) {
      const e = entry(file);
      expect(e.status, file).toBe(want.status);
      const codes = e.reasons.map((r) => r.code);
      if (want.codes) for (const c of want.codes) expect(codes, file).toContain(c);
      if (want.status === 'published') expect(e.reasons, file).toEqual([]);
      if (want.status === 'skipped') {
        expect(e.slug, file).toBeNull();
        expect(e.reasons[0]?.message.length ?? 0, file).toBeGreaterThan(5);
      } else {
        expect(e.slug, file).toMatch(/^[a-z0-9-]+$/);
      }
    }
    const s = report.summary;
    const wanted = Object.values(EXPECTED);
    expect(s).toMatchObject({
      inputs: wanted.length,
      skipped: wanted.filter((w) => w.status === 'skipped').length,
      warning: wanted.filter((w) => w.status === 'warning').length,
      published: wanted.filter((w) => w.status === 'published').length,
    });
  });

  test('the report page lists every input with its status and reasons', async ({ page }) => {
    const { dialogs, errors } = await visit(page, '/report/');
    const STATUS = { published: 'Published', warning: 'Published with warnings', skipped: 'Skipped' } as const;
    const rows = page.locator('table.report-table tbody tr');
    await expect(rows).toHaveCount(report.inputs.length);
    for (const e of report.inputs) {
      const row = rows.filter({ has: page.locator('th', { hasText: new RegExp(`^${e.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
      await expect(row, e.file).toHaveCount(1);
      await expect(row.locator('td').first(), e.file).toHaveText(STATUS[e.status]);
      for (const r of e.reasons) await expect(row.locator('td').nth(1), e.file).toContainText(r.message);
      if (e.slug) await expect(row.locator('th a'), e.file).toHaveAttribute('href', `/articles/${e.slug}/`);
    }
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('--strict exits non-zero because inputs were skipped', () => {
    test.setTimeout(600_000);
    const r = build(join(ROOT, '.dossier', 'test-hostile-strict'), '--strict');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('skipped empty.txt');
  });

  test('on every page nothing runs, every script is ours, every link is safe', async ({ page }) => {
    test.setTimeout(600_000);
    expect(pages.length).toBeGreaterThan(45);
    for (const path of pages) {
      await page.goto('about:blank');
      const { dialogs, errors, foreign } = await visit(page, path);
      if (SEARCHES.includes(path)) {
        await expect(page.locator('#search-results > li').first(), path).toBeVisible();
        await page.waitForTimeout(300);
      }
      const scan = await page.evaluate(() => {
        const bad: string[] = [];
        // Executable scripts: only our bundles (/_astro/, modules) and the static theme script
        // from public/ (a classic blocking script, so the theme is set before first paint).
        for (const s of Array.from(document.scripts)) {
          const type = s.getAttribute('type') ?? '';
          const src = s.getAttribute('src');
          if (type === 'application/ld+json' || type === 'application/json') {
            try {
              JSON.parse(s.textContent ?? '');
            } catch {
              bad.push(`unparseable ${type}: ${(s.textContent ?? '').slice(0, 80)}`);
            }
          } else if (!(src !== null && (s.textContent ?? '').trim() === '' && ((type === 'module' && src.startsWith('/_astro/')) || (type === '' && src === '/theme.js')))) {
            bad.push(`script type=${type} src=${src} text=${(s.textContent ?? '').slice(0, 80)}`);
          }
        }
        const urls: string[] = [];
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(el.attributes)) {
            const name = attr.name.toLowerCase();
            if (name.startsWith('on')) bad.push(`<${el.localName} ${name}="${attr.value.slice(0, 60)}">`);
            if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'background', 'ping'].includes(name)) urls.push(`${el.localName} ${name} ${attr.value}`);
          }
        }
        for (const tag of ['iframe', 'object', 'embed', 'base', 'frame', 'applet']) {
          if (document.querySelector(tag)) bad.push(`<${tag}> element`);
        }
        if (document.querySelector('meta[http-equiv="refresh" i]')) bad.push('meta refresh');
        const forms = Array.from(document.forms).map((f) => f.getAttribute('action') ?? '');
        return { bad, urls, forms, pwned: (window as unknown as Record<string, unknown>)['pwned'] };
      });
      expect(scan.bad, path).toEqual([]);
      expect(scan.pwned, path).toBeUndefined();
      for (const u of scan.urls) {
        const value = u.split(' ').slice(2).join(' ');
        const url = new URL(value, page.url());
        const ok = (url.protocol === 'http:' || url.protocol === 'https:') && (/^https?:\/\//i.test(value.trim()) || url.origin === ORIGIN);
        expect(ok, `${path}: ${u}`).toBe(true);
      }
      for (const action of scan.forms) expect(new URL(action, page.url()).origin, `${path}: form action ${action}`).toBe(ORIGIN);
      expect(dialogs, path).toEqual([]);
      expect(errors, path).toEqual([]);
      expect(foreign, path).toEqual([]);
    }
  });

  test('MDX, JSX, HTML and Markdown in article text render literally', async ({ page }) => {
    await visit(page, articleUrl('markup-mdx.txt'));
    const text = (await page.locator('main').textContent()) ?? '';
    for (const literal of [
      '{process.exit(1)}',
      '{globalThis.pwned = 1}',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<svg onload=alert(1)>',
      '<Fragment set:html="<b>x</b>" />',
      '<!-- x -->',
      "import fs from 'node:fs'",
      'export const x = 1',
      'export default function(){}',
      '# A heading made of a hash sign',
      '- a list item that the reporter wrote',
      '| a table | with pipes |',
      '```js',
      '[^1]: a footnote definition',
      '[x]: https://example.com',
      '[click](javascript:alert(1))',
      'C:\\Users\\reporter\\notes\\new.txt',
      '\\{escaped\\}',
      '\\\\server\\share',
    ]) {
      expect(text, literal).toContain(literal);
    }
    await expect(page.locator('main a[href^="javascript" i]')).toHaveCount(0);
    await expect(page.locator('main img, main svg[onload], main b')).toHaveCount(0);
    // The text is in the article body, not only in the "removed" panel.
    const body = (await page.locator('.article-body').textContent()) ?? '';
    for (const literal of ['{process.exit(1)}', '<script>alert(1)</script>', "import fs from 'node:fs'", '[click](javascript:alert(1))']) {
      expect(body, literal).toContain(literal);
    }
  });

  test('hostile titles, publishers, authors and excerpts render literally', async ({ page }) => {
    await visit(page, articleUrl('markup-front-matter.md'));
    await expect(page.locator('h1')).toHaveText(`Quote " and </script><script>alert(1)</script> {title} <img src=x onerror=alert(1)> 'single'`);
    expect(await page.title()).toContain('</script><script>alert(1)</script> {title}');
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).toContain('</script>{pub} <img src=x onerror=alert(1)> & Co "Press"');
    expect(main).toContain('{author} <b>Bold</b> Name');
    expect(main).toContain('{curly} braces, <script>alert(1)</script> tags');
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', 'An excerpt with </script><script>alert(2)</script> and {process.exit(1)} and <img src=x onerror=alert(1)> in it.');
    // A record (front matter only): excerpt, topics and related coverage.
    await visit(page, articleUrl('markup-record.md'));
    await expect(page.locator('h1')).toHaveText('Record </script><script>alert(1)</script> {record} <img src=x onerror=alert(1)>');
    const record = (await page.locator('main').textContent()) ?? '';
    for (const literal of ['{publisher} </script>', 'Record excerpt </script><script>alert(2)</script> {process.exit(1)} <svg onload=alert(1)>', '</script><script>alert(3)</script>', '{topic}', 'Related </script><img src=x onerror=alert(1)>', '{related excerpt}', 'Related with a safe URL']) {
      expect(record, literal).toContain(literal);
    }
    await expect(page.locator('main a[href="https://example.com/related"]')).toHaveCount(1);
    const derived = await visit(page, articleUrl('headline-script.txt'));
    expect(derived.dialogs).toEqual([]);
    expect((await page.locator('main').textContent()) ?? '').toContain('</script><script>alert(1)</script> headline {process.exit(1)}');
    // The archive's own title (archive.yml) is hostile too.
    await visit(page, '/');
    await expect(page.locator('.site-title')).toHaveText('Hostile </script> {archive} <img src=x onerror=alert(1)> archive');
  });

  test('javascript:, vbscript:, data: and relative URLs never become links', async ({ page }) => {
    for (const file of ['url-javascript.md', 'url-vbscript.md', 'url-data.md', 'url-relative.md', 'url-mixed-case.md', 'markup-front-matter.md', 'markup-record.md', 'hostile-page.html']) {
      await visit(page, articleUrl(file));
      const hrefs = await page.locator('[href]').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      for (const href of hrefs) {
        expect(href, file).not.toMatch(/^\s*(javascript|vbscript|data):/i);
        expect(href, file).not.toContain('relative/path');
      }
      const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
      for (const json of ld) expect(json, file).not.toMatch(/(javascript|vbscript|data):/i);
    }
  });

  test('an HTML input keeps its text and loses its base, refresh, forms, frames, objects and handlers', async ({ page }) => {
    const { dialogs, errors } = await visit(page, articleUrl('hostile-page.html'));
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    expect(page.url()).toBe(`${ORIGIN}${articleUrl('hostile-page.html')}`);
    const body = (await page.locator('.article-body').textContent()) ?? '';
    expect(body).toContain('The city council met on Monday evening');
    expect(body).toContain('the published plan would be available');
    expect(body).toContain('<script>alert(1)</script> was written on a protest sign');
    for (const gone of ['hunter2', 'Send secret form', 'head script', 'body script', 'display: none', 'template text', 'hidden paragraph text', 'svg text']) {
      expect(body, gone).not.toContain(gone);
    }
    await expect(page.locator('main form, main input, main iframe, main object, main embed, main img, main svg')).toHaveCount(0);
    expect(await page.evaluate(() => document.baseURI)).toBe(page.url());
    await expect(page.locator('main a[href^="javascript" i]')).toHaveCount(0);
    await expect(page.locator('body')).toBeVisible();
  });

  test('YAML: custom tags are not run, bombs and malformed headers leave the body published', async ({ page }) => {
    for (const file of ['yaml-custom-tag.md', 'yaml-bomb.md', 'yaml-malformed.md', 'yaml-unclosed.md']) {
      const { dialogs } = await visit(page, articleUrl(file));
      expect(dialogs, file).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as Record<string, unknown>)['pwned'])).toBeUndefined();
      const body = (await page.locator('.article-body').textContent()) ?? '';
      const want = {
        'yaml-custom-tag.md': 'custom YAML tags for functions',
        'yaml-bomb.md': 'alias expansion bomb in its header',
        'yaml-malformed.md': 'this paragraph must still be published',
        'yaml-unclosed.md': 'this paragraph must still be published',
      }[file]!;
      expect(body, file).toContain(want);
    }
  });

  test('encodings decode correctly: UTF-16 LE/BE with BOM and Windows-1252', async ({ page }) => {
    await visit(page, articleUrl('utf16le-bom.txt'));
    await expect(page.locator('h1')).toHaveText('Zürich café: naïve résumé in UTF-16 little endian');
    await expect(page.locator('.article-body')).toContainText('naïve résumé of the year was read aloud — “with curly quotes” and a euro sign €.');
    await visit(page, articleUrl('utf16be-bom.txt'));
    await expect(page.locator('h1')).toHaveText('Ελληνικά in UTF-16 big endian');
    await expect(page.locator('.article-body')).toContainText('Ελληνικά γράμματα');
    await visit(page, articleUrl('windows-1252.txt'));
    await expect(page.locator('h1')).toHaveText('Windows-1252 café headline');
    await expect(page.locator('.article-body')).toContainText('The café owner said “we will reopen in June” and that the price of a croissant had risen to 3€ – a rise of 10%.');
  });

  test('big inputs build, and long tokens wrap with no horizontal overflow at 360 px', async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 360, height: 740 });
    for (const file of ['long-token.txt', GENERATED.longLine, GENERATED.big]) {
      await visit(page, articleUrl(file));
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll, file).toBeLessThanOrEqual(client);
    }
    await visit(page, articleUrl('long-token.txt'));
    expect((await page.locator('.article-body').textContent()) ?? '').toContain('A'.repeat(5000) + 'B'.repeat(5000) + 'C'.repeat(5000) + 'D'.repeat(5000));
    await visit(page, articleUrl(GENERATED.big));
    await expect(page.locator('.article-body .passage')).not.toHaveCount(0);
    expect(await page.locator('.article-body .passage').count()).toBeGreaterThan(10_000);
  });

  test('a bidi override in a title cannot reorder it, anywhere the title is shown', async ({ page }) => {
    for (const path of [articleUrl('bidi-title.md'), '/', '/report/', '/search/?q=invoice']) {
      await visit(page, path);
      if (path.startsWith('/search/')) await expect(page.locator('#search-results > li').first()).toContainText('Invoice');
      const shown = await page.evaluate(() => [document.title, ...Array.from(document.querySelectorAll('h1, h2, h3, a, .article-kicker, .source-card, meta[content]')).map((e) => (e instanceof HTMLMetaElement ? e.content : e.textContent ?? ''))]);
      for (const s of shown) expect(s, `${path}: ${s.slice(0, 80)}`).not.toMatch(BIDI);
    }
    await visit(page, articleUrl('bidi-title.md'));
    await expect(page.locator('h1')).toHaveText('Invoice gpj.exe for the council');
  });

  // Summary sentences, timeline events, quotes and unique facts are followed by citation links in
  // the same block; their text must be isolated (<bdi>) so that a U+202E in it cannot reverse them.
  test('a bidi override in article text cannot reorder anything outside its own text', async ({ page }) => {
    const paragraph = readFileSync(join(CONTENT, 'bidi-body.txt'), 'utf8').split('\n\n')[0]!.replace(/\s+/g, ' ').trim();
    for (const path of [articleUrl('bidi-body.txt'), '/search/?q=override', '/']) {
      await visit(page, path);
      if (path.startsWith('/search/')) await expect(page.locator('#search-results > li').first()).toBeVisible();
      const leaks = await page.evaluate(
        ([source, original]) => {
          const re = new RegExp(source);
          const out: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!re.test(n.nodeValue ?? '')) continue;
            // The override reaches to the end of the nearest isolating element (bdi, isolate, block).
            let el = n.parentElement!;
            for (;;) {
              const style = getComputedStyle(el);
              if (el.localName === 'bdi' || /isolate|plaintext/.test(style.unicodeBidi) || style.display !== 'inline' || !el.parentElement) break;
              el = el.parentElement;
            }
            const text = (el.textContent ?? '').replace(/\s+/g, ' ');
            const at = text.search(re);
            const reach = text.slice(at).trim().replace(/…$/, '').trim();
            if (!original.includes(reach)) out.push(`<${el.localName} class="${el.className}">: ${reach.slice(0, 160)}`);
          }
          return out;
        },
        [BIDI.source, paragraph] as const,
      );
      expect(leaks, path).toEqual([]);
    }
  });

  test('file names with spaces and non-ASCII letters work, and their originals are served as text', async ({ page }) => {
    const request = await newRequest.newContext({ baseURL: ORIGIN });
    for (const file of ['Über die Brücke.txt', 'a b.txt', "Tom & Jerry's news.txt"]) {
      await visit(page, articleUrl(file));
      await expect(page.locator('h1')).not.toBeEmpty();
      const original = page.locator('a[href^="/sources/"]').first();
      const href = (await original.getAttribute('href'))!;
      expect(href).toMatch(/\.txt$/);
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'], href).toMatch(/^text\/plain/);
      expect(Buffer.from(await response.body()).equals(readFileSync(join(CONTENT, file))), href).toBe(true);
    }
    await expect(page.locator('main')).toContainText("Tom & Jerry's");
    await request.dispose();
  });

  test('nothing is lost: every published input is served byte for byte as plain text', async () => {
    const request = await newRequest.newContext({ baseURL: ORIGIN });
    for (const e of report.inputs) {
      if (e.status === 'skipped') continue;
      const html = await (await request.get(articleUrl(e.file))).text();
      const href = /href="(\/sources\/[^"]+\.txt)"/.exec(html)?.[1];
      expect(href, e.file).toBeDefined();
      const response = await request.get(href!.replace(/&amp;/g, '&'));
      expect(response.status(), e.file).toBe(200);
      expect(response.headers()['content-type'], e.file).toMatch(/^text\/plain/);
      expect(Buffer.from(await response.body()).equals(readFileSync(join(CONTENT, e.file))), e.file).toBe(true);
    }
    await request.dispose();
  });

  test('no file of the site that carries input text is served as HTML unless it is one of our pages', async () => {
    const request = await newRequest.newContext({ baseURL: ORIGIN });
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, d.name);
        if (d.isDirectory()) {
          if (d.name !== 'pagefind' && d.name !== '_astro') walk(p);
        } else if (!d.name.endsWith('.html')) files.push(relative(OUT, p).split(sep).join('/'));
      }
    };
    walk(OUT);
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const response = await request.get(`/${file.split('/').map(encodeURIComponent).join('/')}`);
      expect(response.status(), file).toBe(200);
      const type = response.headers()['content-type'] ?? '';
      expect(type, file).not.toMatch(/text\/html|application\/xhtml/);
      if (file.startsWith('sources/')) expect(type, file).toMatch(/^text\/plain/);
    }
    await request.dispose();
  });

  test('inputs named like site paths do not clobber the site', async ({ page }) => {
    const request = await newRequest.newContext({ baseURL: ORIGIN });
    await visit(page, '/');
    await expect(page.locator('main h1')).not.toContainText('A story filed as index');
    const linked = await page.locator('main a[href^="/articles/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    for (const e of report.inputs) if (e.slug) expect(linked, e.file).toContain(`/articles/${e.slug}/`);
    await visit(page, '/search/');
    await expect(page.locator('#search-form')).toBeVisible();
    await visit(page, '/report/');
    await expect(page.locator('h1')).toHaveText('Build report');
    const notFound = await request.get('/404.html');
    expect(await notFound.text()).not.toContain('A story filed as 404');
    const pf = await request.get('/pagefind/pagefind.js');
    expect(pf.status()).toBe(200);
    expect(await pf.text()).not.toContain('A story filed as pagefind');
    for (const file of ['index.txt', '404.txt', 'search.txt', 'pagefind.txt', '_astro.txt', 'sources.txt', 'report.txt', 'articles.txt', 'title-index.md', 'title-404.md', 'title-search.md', 'title-pagefind.md', 'title-_astro.md', 'title-sources.md']) {
      const url = articleUrl(file);
      expect(url, file).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
      await visit(page, url);
      await expect(page.locator('.article-body'), file).toContainText('the same as a path the site itself uses');
    }
    // Two articles with one headline get two pages.
    const a = articleUrl('same-title-a.txt');
    const b = articleUrl('same-title-b.txt');
    expect(a).not.toBe(b);
    await visit(page, a);
    await expect(page.locator('.article-body')).toContainText('The first of two different articles');
    await visit(page, b);
    await expect(page.locator('.article-body')).toContainText('The second of two different articles');
    await request.dispose();
  });
});
