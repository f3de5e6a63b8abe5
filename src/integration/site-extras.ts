import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildSettings } from '../config/settings.ts';
import { atomFeed, openSearchXml, sitemapXml } from '../emit/feeds.ts';
import type { ArticleRecord } from '../schemas/article.ts';

/**
 * Writes what sits beside the pages: `report.json` (the pipeline's report plus notes on
 * this build), `robots.txt`, and, only when an absolute `--site` is known, `sitemap.xml`,
 * `feed.xml` (Atom) and `opensearch.xml`. Without `--site`, those are omitted and the
 * report says so.
 */
export function writeSiteExtras(settings: BuildSettings, dir: URL, records: readonly ArticleRecord[]): void {
  const out = fileURLToPath(dir);
  const report = JSON.parse(readFileSync(join(settings.genDir, 'report.json'), 'utf8')) as Record<string, unknown>;
  const notes: string[] = [];
  const robots = settings.public
    ? `User-agent: *\nAllow: /\n${settings.site ? `Sitemap: ${new URL(settings.site).origin}${settings.base}sitemap.xml\n` : ''}`
    : 'User-agent: *\nDisallow: /\n';
  writeFileSync(join(out, 'robots.txt'), robots);
  if (!settings.public) notes.push('Private build: pages are noindex and robots.txt disallows all crawling (use --public to change).');
  if (settings.site) {
    const stories = readdirSync(join(settings.genDir, 'stories')).filter((f) => f.endsWith('.json') && f !== 'index.json').map((f) => `stories/${f.slice(0, -5)}/`).sort();
    writeFileSync(join(out, 'sitemap.xml'), sitemapXml(records, settings.site, settings.base, stories));
    writeFileSync(join(out, 'feed.xml'), atomFeed(records, settings.site, settings.base, settings.title));
    writeFileSync(join(out, 'opensearch.xml'), openSearchXml(settings.site, settings.base, settings.title));
  } else {
    notes.push('No --site given: canonical URLs, sitemap.xml, feed.xml and opensearch.xml were omitted, because they need an absolute URL.');
  }
  if (settings.excerpts) notes.push('Excerpts mode: pages show excerpts and links to the originals; full texts and original files are not published.');
  if (settings.portable) notes.push('Portable copy: links are relative and search uses a built-in index, so the site works opened from disk (file://).');
  writeFileSync(join(out, 'report.json'), `${JSON.stringify({ ...report, notes }, null, 2)}\n`);
}
