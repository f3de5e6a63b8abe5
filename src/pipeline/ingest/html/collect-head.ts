import { readJsonLd } from './json-ld.ts';

/** Longest head value kept, in characters. */
const MAX_VALUE = 2000;

/**
 * What a page's head states: `html:title`, `html:meta[<name|property|itemprop>]`,
 * `html:link[canonical]`, `html:lang`, and JSON-LD `html:ld[headline]`, `html:ld[datePublished]`,
 * `html:ld[author]`, `html:ld[publisher]` (and a few more). The first value of a key wins.
 * Read before the page is sanitised: JSON-LD lives in `<script>` elements.
 */
export function collectHead(document: Document): Record<string, string> {
  const head: Record<string, string> = {};
  const set = (key: string, value: string | null | undefined): void => {
    const v = (value ?? '').replace(/\s+/g, ' ').trim();
    if (v && head[key] === undefined) head[key] = v.slice(0, MAX_VALUE);
  };
  const lang = document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang');
  set('html:lang', lang);
  set('html:title', document.querySelector('title')?.textContent);
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase();
    if (key && key.length <= 100) set(`html:meta[${key}]`, meta.getAttribute('content'));
  }
  for (const link of document.querySelectorAll('link[rel]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('canonical')) set('html:link[canonical]', link.getAttribute('href'));
  }
  for (const [key, value] of Object.entries(readJsonLd(document))) set(`html:ld[${key}]`, value);
  return head;
}
