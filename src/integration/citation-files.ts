import { copyFile, mkdir, writeFile } from 'node:fs/promises';
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

/** Files written at once: enough to keep the file system busy on every core, few enough to hold little memory. */
const WRITES_IN_FLIGHT = 32;

/** Runs `write` for every item, `WRITES_IN_FLIGHT` at a time. */
async function inBatches<T>(items: readonly T[], write: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += WRITES_IN_FLIGHT) await Promise.all(items.slice(i, i + WRITES_IN_FLIGHT).map(write));
}

/**
 * Writes every article's citation files and copies each published original into `out`.
 * Every name is checked before anything is written. The writes overlap (thousands of small
 * files, written one by one, kept the build waiting on the file system).
 */
export async function writeCitationFiles(records: readonly ArticleRecord[], genDir: string, out: string): Promise<{ citations: number; originals: number }> {
  for (const record of records) {
    if (!isPlainSegment(record.slug)) throw new Error(`article slug is not a plain file name: ${JSON.stringify(record.slug)}`);
  }
  const originals = publishedOriginals(records);
  for (const record of originals) {
    if (!isPlainSegment(record.originalName)) throw new Error(`original file name is not a plain file name: ${JSON.stringify(record.originalName)}`);
  }
  await inBatches(records, async (record) => {
    const dir = join(out, 'articles', record.slug);
    await mkdir(dir, { recursive: true });
    await Promise.all(CITATION_FORMATS.map((format) => writeFile(join(dir, `cite.${format}`), citationFile(record, format))));
  });
  if (originals.length > 0) await mkdir(join(out, 'sources'), { recursive: true });
  await inBatches(originals, (record) => copyFile(join(genDir, 'originals', record.originalName), join(out, 'sources', record.originalName)));
  return { citations: records.length * CITATION_FORMATS.length, originals: originals.length };
}
