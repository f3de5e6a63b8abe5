import type { ArticlePageData } from './page-data.ts';

/** What a feed or sitemap needs to know of an article. */
export type FeedEntry = Pick<ArticlePageData, 'slug' | 'displayTitle' | 'dek' | 'publisher' | 'author' | 'published'>;
import { articlePath, withBase } from '../utils/paths.ts';

/** Escapes text for XML content and attributes, dropping characters XML cannot carry. */
export function xmlEscape(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Absolute URL of a site path, for a site origin like `https://example.org` or `https://example.org/x`. */
export function absoluteUrl(site: string, base: string, path: string): string {
  const origin = new URL(site).origin;
  return `${origin}${withBase(base, path)}`;
}

/** `sitemap.xml` listing the home page and every article page. */
export function sitemapXml(records: readonly FeedEntry[], site: string, base: string, extraPaths: readonly string[]): string {
  const urls = ['', ...extraPaths, ...records.map((r) => articlePath(r.slug))];
  const body = urls.map((p) => `  <url><loc>${xmlEscape(absoluteUrl(site, base, p))}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/**
 * An Atom feed of the archive's articles, newest first (undated ones last, by title).
 * `updated` is the newest publication date in the archive, so the feed is deterministic.
 */
export function atomFeed(records: readonly FeedEntry[], site: string, base: string, title: string): string {
  const sorted = [...records].sort((a, b) => {
    const da = a.published ?? '';
    const db = b.published ?? '';
    if (da !== db) return da < db ? 1 : -1;
    return a.slug < b.slug ? -1 : 1;
  });
  const newest = sorted.find((r) => r.published)?.published ?? '1970-01-01T00:00:00Z';
  const iso = (d: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? `${d}T00:00:00Z` : d);
  const entries = sorted.map((r) => {
    const url = absoluteUrl(site, base, articlePath(r.slug));
    return [
      '  <entry>',
      `    <title>${xmlEscape(r.displayTitle)}</title>`,
      `    <link href="${xmlEscape(url)}"/>`,
      `    <id>${xmlEscape(url)}</id>`,
      `    <updated>${xmlEscape(iso(r.published ?? newest))}</updated>`,
      r.publisher ? `    <author><name>${xmlEscape(r.author ?? r.publisher)}</name></author>` : `    <author><name>Unknown</name></author>`,
      r.dek ? `    <summary>${xmlEscape(r.dek)}</summary>` : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  const self = absoluteUrl(site, base, 'feed.xml');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${xmlEscape(title)}</title>`,
    `  <id>${xmlEscape(absoluteUrl(site, base, ''))}</id>`,
    `  <link rel="self" href="${xmlEscape(self)}"/>`,
    `  <link href="${xmlEscape(absoluteUrl(site, base, ''))}"/>`,
    `  <updated>${xmlEscape(iso(newest))}</updated>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** An OpenSearch description pointing at the search page. */
export function openSearchXml(site: string, base: string, title: string): string {
  const template = `${absoluteUrl(site, base, 'search/')}?q={searchTerms}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">',
    `  <ShortName>${xmlEscape(title.slice(0, 16))}</ShortName>`,
    `  <Description>${xmlEscape(`Search ${title}`)}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Url type="text/html" template="${xmlEscape(template)}"/>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
