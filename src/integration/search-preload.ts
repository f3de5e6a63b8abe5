import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `pagefind/pagefind-entry.json` says about each language index. */
export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null; page_count: number }>;
}

/** The language index Pagefind's runtime picks for a page in `language` (its own rule: exact, then primary subtag, then the largest). */
export function pickIndex(entry: PagefindEntry, language: string): { hash: string; wasm: string } | null {
  const langs = entry.languages;
  const own = (key: string) => (Object.hasOwn(langs, key) ? langs[key] : undefined);
  const index = own(language) ?? own(language.split('-')[0] ?? '') ?? Object.values(langs).sort((a, b) => b.page_count - a.page_count)[0];
  return index ? { hash: index.hash, wasm: index.wasm || 'unknown' } : null;
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `<link rel="preload">` tags for what Pagefind's runtime fetches before it can search:
 * its entry file (with the cache tag the search page passes as `metaCacheTag`), the
 * metadata of the language index, and the WebAssembly module. As `fetch` preloads with
 * CORS, they match the runtime's own fetches on the page's thread.
 */
export function searchPreloads(entry: PagefindEntry, base: string, language: string, cacheTag: string | null): string {
  const index = pickIndex(entry, language);
  if (!index) return '';
  const dir = `${base}pagefind/`;
  const urls = [
    ...(cacheTag ? [`${dir}pagefind-entry.json?ts=${encodeURIComponent(cacheTag)}`] : []),
    `${dir}pagefind.${index.hash}.pf_meta`,
    `${dir}wasm.${index.wasm}.pagefind`,
  ];
  return urls.map((url) => `<link rel="preload" href="${escapeAttr(url)}" as="fetch" crossorigin="anonymous">`).join('');
}

/**
 * `<link>` preloads for the page's own module scripts and stylesheets. Placed ahead of the
 * blocking theme script, they are fetched beside Pagefind's files instead of after that
 * script has run: the page's script starts the search, and it runs only once the
 * stylesheets have loaded.
 */
export function pageAssetPreloads(html: string): string {
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => `<link rel="modulepreload" href="${m[1]}">`);
  const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => `<link rel="preload" href="${m[1]}" as="style">`);
  return [...new Set([...scripts, ...styles])].join('');
}

/**
 * Adds the preloads to the built search page, once Pagefind has written its files (their
 * names carry hashes known only then): right after the page's preload of Pagefind's
 * runtime, which comes before the blocking theme script (else at the end of <head>).
 * Returns how many links were added.
 */
export function addSearchPreloads(out: string, base: string, language: string, cacheTag: string | null): number {
  const page = join(out, 'search', 'index.html');
  const entryFile = join(out, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(page) || !existsSync(entryFile)) return 0;
  const html = readFileSync(page, 'utf8');
  const pagefindLinks = searchPreloads(JSON.parse(readFileSync(entryFile, 'utf8')) as PagefindEntry, base, language, cacheTag);
  // The page's own files first: they run before Pagefind's files are used.
  const links = pagefindLinks && `${pageAssetPreloads(html)}${pagefindLinks}`;
  const runtime = html.match(/<link rel="modulepreload" href="[^"]*pagefind\/pagefind\.js"[^>]*>/);
  const at = runtime?.index !== undefined ? runtime.index + runtime[0].length : html.indexOf('</head>');
  if (!links || at < 0) return 0;
  writeFileSync(page, `${html.slice(0, at)}${links}${html.slice(at)}`);
  return links.split('<link').length - 1;
}
