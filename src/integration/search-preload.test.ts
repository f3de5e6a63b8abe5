import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addSearchPreloads, pageAssetPreloads, pickIndex, searchPreloads, type PagefindEntry } from './search-preload.ts';

const entry: PagefindEntry = {
  languages: {
    en: { hash: 'en_1234abcd', wasm: 'en', page_count: 10 },
    fr: { hash: 'fr_99', wasm: null, page_count: 30 },
  },
};

describe('pickIndex', () => {
  it('picks the exact language, then its primary subtag, then the largest index', () => {
    expect(pickIndex(entry, 'en')).toEqual({ hash: 'en_1234abcd', wasm: 'en' });
    expect(pickIndex(entry, 'en-GB')).toEqual({ hash: 'en_1234abcd', wasm: 'en' });
    expect(pickIndex(entry, 'de')).toEqual({ hash: 'fr_99', wasm: 'unknown' });
    expect(pickIndex({ languages: {} }, 'en')).toBeNull();
  });

  it('does not take inherited keys for languages', () => {
    expect(pickIndex({ languages: { xx: { hash: 'xx_1', wasm: 'xx', page_count: 1 } } }, 'constructor')).toEqual({ hash: 'xx_1', wasm: 'xx' });
  });
});

describe('searchPreloads', () => {
  it('preloads the entry with its cache tag, the metadata and the wasm, under the base path', () => {
    const html = searchPreloads(entry, '/archive/', 'en', 'b&1');
    expect(html).toBe(
      '<link rel="preload" href="/archive/pagefind/pagefind-entry.json?ts=b%261" as="fetch" crossorigin="anonymous">' +
        '<link rel="preload" href="/archive/pagefind/pagefind.en_1234abcd.pf_meta" as="fetch" crossorigin="anonymous">' +
        '<link rel="preload" href="/archive/pagefind/wasm.en.pagefind" as="fetch" crossorigin="anonymous">',
    );
  });

  it('leaves the entry out without a cache tag (Pagefind then adds a timestamp)', () => {
    expect(searchPreloads(entry, '/', 'en', null)).not.toContain('pagefind-entry.json');
  });
});

describe('pageAssetPreloads', () => {
  it("preloads each of the page's module scripts and stylesheets once, and nothing else", () => {
    const html =
      '<head><script src="/theme.js"></script><link rel="stylesheet" href="/_astro/Base.a1.css"><link rel="icon" href="/favicon.svg"></head>' +
      '<body><script type="module" src="/_astro/Base.b2.js"></script><script type="module" src="/_astro/page.c3.js"></script>' +
      '<script type="module" src="/_astro/page.c3.js"></script></body>';
    expect(pageAssetPreloads(html)).toBe(
      '<link rel="modulepreload" href="/_astro/Base.b2.js"><link rel="modulepreload" href="/_astro/page.c3.js">' +
        '<link rel="preload" href="/_astro/Base.a1.css" as="style">',
    );
    expect(pageAssetPreloads('<head><script src="/theme.js"></script></head>')).toBe('');
  });
});

describe('addSearchPreloads', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  function site(head: string): string {
    const out = mkdtempSync(join(tmpdir(), 'dossier-preload-test-'));
    dirs.push(out);
    mkdirSync(join(out, 'search'));
    mkdirSync(join(out, 'pagefind'));
    writeFileSync(join(out, 'search', 'index.html'), `<!doctype html><html><head>${head}</head><body></body></html>`);
    writeFileSync(join(out, 'pagefind', 'pagefind-entry.json'), JSON.stringify(entry));
    return out;
  }

  it('inserts the links right after the runtime preload, before the blocking theme script', () => {
    const out = site('<link rel="modulepreload" href="/pagefind/pagefind.js"><script src="/theme.js"></script>');
    expect(addSearchPreloads(out, '/', 'en', 'tag')).toBe(3);
    const html = readFileSync(join(out, 'search', 'index.html'), 'utf8');
    const wasm = html.indexOf('wasm.en.pagefind');
    expect(wasm).toBeGreaterThan(html.indexOf('pagefind.js'));
    expect(wasm).toBeLessThan(html.indexOf('theme.js'));
  });

  it("puts the page's own script and stylesheet preloads ahead of Pagefind's files and the theme script", () => {
    const out = site(
      '<link rel="modulepreload" href="/pagefind/pagefind.js"><script src="/theme.js"></script><link rel="stylesheet" href="/_astro/s.css">' +
        '</head><body><script type="module" src="/_astro/search.js"></script>',
    );
    expect(addSearchPreloads(out, '/', 'en', 'tag')).toBe(5);
    const html = readFileSync(join(out, 'search', 'index.html'), 'utf8');
    const theme = html.indexOf('theme.js');
    expect(html.indexOf('<link rel="modulepreload" href="/_astro/search.js">')).toBeGreaterThan(html.indexOf('pagefind.js'));
    expect(html.indexOf('<link rel="modulepreload" href="/_astro/search.js">')).toBeLessThan(html.indexOf('pagefind-entry.json'));
    expect(html.indexOf('wasm.en.pagefind')).toBeLessThan(theme);
    expect(html.indexOf('<link rel="preload" href="/_astro/s.css" as="style">')).toBeLessThan(theme);
  });

  it('falls back to the end of <head>, and does nothing without a Pagefind index', () => {
    const out = site('<title>x</title>');
    expect(addSearchPreloads(out, '/', 'en', null)).toBe(2);
    expect(readFileSync(join(out, 'search', 'index.html'), 'utf8')).toMatch(/pf_meta" as="fetch" crossorigin="anonymous"><link[^>]*wasm[^>]*><\/head>/);
    rmSync(join(out, 'pagefind'), { recursive: true });
    expect(addSearchPreloads(out, '/', 'en', null)).toBe(0);
  });
});
