import { cslRecord } from './csl.ts';
import { cslDate, isoFromCsl, slashFromCsl } from './dates.ts';
import { displayName, invertedDisplayName, isOrganisationName } from './names.ts';
import { cleanOrNull } from './text.ts';
import type { CitableSource } from './types.ts';

/** One `<meta>` element: `name=` (Highwire, Dublin Core) or `property=` (Open Graph). */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/**
 * The `<head>` metadata that reference managers read. Zotero's Embedded
 * Metadata translator reads the Highwire `citation_*` tags, with the Dublin
 * Core `DC.type` naming the item type (`newspaperArticle`); Open Graph is for
 * link previews. Titles are the citation title (bracketed when derived, as in
 * every export); `og:title` is the page's display title. Dates only when the
 * source states one; URLs only when http(s).
 */
export function citationMetaTags(src: CitableSource): MetaTag[] {
  const item = cslRecord(src);
  const tags: MetaTag[] = [];
  const name = (n: string, content: string): void => void tags.push({ name: n, content });
  const prop = (p: string, content: string): void => void tags.push({ property: p, content });
  name('citation_title', item.title);
  for (const a of item.author ?? []) name('citation_author', invertedDisplayName(a));
  if (item.issued) name('citation_publication_date', slashFromCsl(item.issued));
  if (item['container-title'] !== undefined) {
    name('citation_journal_title', item['container-title']);
    name('citation_publisher', item['container-title']);
  }
  if (item.URL !== undefined) {
    name('citation_public_url', item.URL);
    name('citation_abstract_html_url', item.URL);
  }
  if (item.language !== undefined) name('citation_language', item.language);
  name('DC.type', 'newspaperArticle');
  name('DC.title', item.title);
  for (const a of item.author ?? []) name('DC.creator', invertedDisplayName(a));
  if (item.issued) name('DC.date', isoFromCsl(item.issued));
  if (item['container-title'] !== undefined) name('DC.publisher', item['container-title']);
  if (item.language !== undefined) name('DC.language', item.language);
  prop('og:type', 'article');
  prop('og:title', cleanOrNull(src.displayTitle) ?? item.title);
  if (item['container-title'] !== undefined) prop('og:site_name', item['container-title']);
  if (item.URL !== undefined) prop('og:url', item.URL);
  if (item.issued && src.published) prop('article:published_time', src.published.trim());
  return tags;
}

/**
 * schema.org `NewsArticle` for the source. `headline` is the display title
 * (what the page's `h1` shows); `url` and `isBasedOn` are the original's
 * http(s) URL; `datePublished` only when the source states a date (as stated).
 */
export function newsArticleJsonLd(src: CitableSource): Record<string, unknown> {
  const item = cslRecord(src);
  const out: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: cleanOrNull(src.displayTitle) ?? item.title,
  };
  if (item.author && item.author.length > 0) {
    out['author'] = item.author.map((a) => ({ '@type': isOrganisationName(a) ? 'Organization' : 'Person', name: displayName(a) }));
  }
  if (item.issued && src.published) {
    const stated = src.published.trim();
    out['datePublished'] = cslDate(stated) ? stated : isoFromCsl(item.issued);
  }
  if (item['container-title'] !== undefined) out['publisher'] = { '@type': 'Organization', name: item['container-title'] };
  if (item.language !== undefined) out['inLanguage'] = item.language;
  if (item.URL !== undefined) {
    out['isBasedOn'] = item.URL;
    out['url'] = item.URL;
  }
  return out;
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>`, `&`,
 * U+2028 and U+2029 are written as `\uXXXX` escapes, so no string can close
 * the element (`</script>`), open a comment (`<!--`) or end a line for old
 * parsers. The result is still the same JSON value.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
