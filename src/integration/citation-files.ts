import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { citableSource, cslRecord, toBibtex, toCslJson, toRis, type CitationFormat } from '../pipeline/cite/export/index.ts';
import type { ArticleRecord } from '../schemas/article.ts';

/**
 * The files beside each article page: `articles/<slug>/cite.{json,bib,ris}`, and each
 * original under `sources/<name>`. They are plain files, so the build writes them
 * directly (in `astro:build:done`) instead of rendering thousands of Astro endpoints;
 * `astro dev` serves the same bytes through the routes in ./routes/.
 */

export const CITATION_FORMATS = ['json', 'bib', 'ris'] as const satisfies readonly CitationFormat[];

/** One article's citation file in `format`, generated from its CSL record. */
export function citationFile(record: ArticleRecord, format: CitationFormat): string {
  const item = [cslRecord(citableSource(record))];
  return format === 'json' ? toCslJson(item) : format === 'bib' ? toBibtex(item) : toRis(item);
}

/** Whether `name` is one plain path segment (nothing that could leave its folder). */
export function isPlainSegment(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

/** Records whose original file is published (not in excerpts mode). */
export function publishedOriginals(records: readonly ArticleRecord[]): ArticleRecord[] {
  return records.filter((r) => !r.excerpted);
}

/** Writes every article's citation files and copies each published original into `out`. */
export function writeCitationFiles(records: readonly ArticleRecord[], genDir: string, out: string): { citations: number; originals: number } {
  let citations = 0;
  for (const record of records) {
    if (!isPlainSegment(record.slug)) throw new Error(`article slug is not a plain file name: ${JSON.stringify(record.slug)}`);
    const dir = join(out, 'articles', record.slug);
    mkdirSync(dir, { recursive: true });
    for (const format of CITATION_FORMATS) {
      writeFileSync(join(dir, `cite.${format}`), citationFile(record, format));
      citations++;
    }
  }
  const originals = publishedOriginals(records);
  if (originals.length > 0) mkdirSync(join(out, 'sources'), { recursive: true });
  for (const record of originals) {
    if (!isPlainSegment(record.originalName)) throw new Error(`original file name is not a plain file name: ${JSON.stringify(record.originalName)}`);
    copyFileSync(join(genDir, 'originals', record.originalName), join(out, 'sources', record.originalName));
  }
  return { citations, originals: originals.length };
}
