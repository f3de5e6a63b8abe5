import { copyFileSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import type { BuildSettings } from '../config/settings.ts';
import { parseHTML } from 'linkedom';
import type { ArticleRecord } from '../schemas/article.ts';
import { articlePath, formatDate } from '../utils/paths.ts';
import { addPassageTools } from '../scripts/passage-tools.ts';

/** The portable search index is capped at this many bytes; titles always fit, passages are dropped past it. */
export const PORTABLE_INDEX_LIMIT = 4 * 1024 * 1024;
/** Each passage is cut to this many characters in the portable index. */
export const PORTABLE_PASSAGE_CHARS = 400;

/**
 * Makes a built site work opened from disk (file://): every site-absolute link becomes
 * relative and points at `index.html`; module scripts (which browsers refuse from file://)
 * are removed, so what they add in a browser (each passage's `¶N` and "in the original"
 * links) is written into the pages instead; the search page gets a classic-script search
 * over `search-index.js`.
 */
export function makePortable(settings: BuildSettings, dir: URL, logger: AstroIntegrationLogger, records: readonly ArticleRecord[]): void {
  const out = fileURLToPath(dir);
  const pages = htmlFiles(out);
  for (const page of pages) {
    const depth = relative(out, page).split(sep).length - 1;
    const html = readFileSync(page, 'utf8');
    writeFileSync(page, portableHtml(html, settings.base, depth, relative(out, page).split(sep).join('/') === 'search/index.html'));
  }
  const { bytes, articles, passages } = writeSearchIndex(records, join(out, 'search-index.js'));
  copyFileSync(fileURLToPath(new URL('../portable/portable-search.js', import.meta.url)), join(out, 'portable-search.js'));
  for (const leftover of ['pagefind', 'sw.js']) rmSync(join(out, leftover), { recursive: true, force: true });
  logger.info(`portable copy: ${pages.length} pages rewritten; search index ${Math.round(bytes / 1024)} KiB (${articles} articles, ${passages} passages)`);
}

/** Rewrites one page for file:// use. `depth` is how many folders deep the page is. */
export function portableHtml(html: string, base: string, depth: number, isSearchPage: boolean): string {
  const up = depth === 0 ? './' : '../'.repeat(depth);
  let result = withPassageTools(html).replace(/\s(href|src|action)="([^"]*)"/g, (whole, attr: string, value: string) => {
    if (!value.startsWith(base) || value.startsWith('//')) return whole;
    const rest = value.slice(base.length);
    const cut = rest.search(/[?#]/);
    const path = cut === -1 ? rest : rest.slice(0, cut);
    const tail = cut === -1 ? '' : rest.slice(cut);
    const target = path === '' || path.endsWith('/') ? `${path}index.html` : path;
    return ` ${attr}="${up}${target}${tail}"`;
  });
  // Browsers refuse module scripts from file://; the pages read fully without them.
  result = result.replace(/<script type="module"[^>]*><\/script>/g, '');
  result = result.replace(/(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/, (_m, a: string, policy: string, c: string) => `${a}${policy.replace(/'self'/g, "'self' file:")}${c}`);
  if (isSearchPage) {
    result = result.replace('</body>', `<script src="${up}search-index.js"></script><script src="${up}portable-search.js"></script></body>`);
  }
  return result;
}

/**
 * An article page with its passages' tools written in, as the page's module script would add
 * them in a browser (`addPassageTools`, the same code); any other page is returned unchanged.
 * The page goes through a DOM and is serialised again, so its markup is equivalent, not
 * byte-identical (`data-x` for `data-x=""`, `'` for `&#39;`).
 */
export function withPassageTools(html: string): string {
  if (!html.includes('class="article-body"')) return html;
  const { document } = parseHTML(html);
  const body = document.querySelector('.article-body');
  if (!body || !body.querySelector('.passage[id]')) return html;
  addPassageTools(body);
  return document.toString();
}

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}

/** Writes the classic-script search index of titles and passages, capped at PORTABLE_INDEX_LIMIT bytes. */
function writeSearchIndex(records: readonly ArticleRecord[], dest: string): { bytes: number; articles: number; passages: number } {
  const articles = records.map((r) => ({
    t: r.displayTitle,
    u: `${articlePath(r.slug)}index.html`,
    p: r.publisher,
    d: r.published ? formatDate(r.published) : null,
    s: [] as [string, string][],
  }));
  let bytes = JSON.stringify(articles).length;
  let passages = 0;
  // Passages round-robin across articles, so a cap cuts evenly rather than dropping whole articles.
  const maxPassages = Math.max(0, ...records.map((r) => r.passages.length));
  outer: for (let i = 0; i < maxPassages; i++) {
    for (const [k, r] of records.entries()) {
      const p = r.passages[i];
      if (!p) continue;
      const entry: [string, string] = [p.id, p.text.slice(0, PORTABLE_PASSAGE_CHARS)];
      const size = JSON.stringify(entry).length + 1;
      if (bytes + size > PORTABLE_INDEX_LIMIT) break outer;
      articles[k]!.s.push(entry);
      bytes += size;
      passages++;
    }
  }
  const json = JSON.stringify({ articles }).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  writeFileSync(dest, `window.DOSSIER_SEARCH = ${json};\n`);
  return { bytes: json.length, articles: articles.length, passages };
}
