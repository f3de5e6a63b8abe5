/**
 * The generated archive's JSON (records, stories, quotation groups, report), read from
 * the pipeline's folder and validated against this folder's schemas once per build.
 *
 * Pages read it through `archiveData()` instead of content collections: the pipeline
 * already typed it, and a collection would copy every record into Astro's data store,
 * serialise it, and rebuild entries on each `getCollection` call (once per page). Here
 * each file is parsed and checked once, and the lookups every page needs (record by
 * slug or file, story by slug, each story's records) are built once and shared.
 * Article bodies and story summaries stay MDX collections (src/content.config.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { articleRecordSchema, type ArticleRecord } from './article.ts';
import { storySchema, type StoryData } from './story.ts';
import { quoteGroupSchema, type QuoteGroupData } from './quote.ts';
import { reportEntrySchema, type ReportEntryData } from './report.ts';

export interface ArchiveData {
  /** Every published article and record, by slug. */
  records: ArticleRecord[];
  recordBySlug: Map<string, ArticleRecord>;
  /** Records keyed by input file path (what citations name). */
  recordByFile: Map<string, ArticleRecord>;
  /** Every story, by slug. */
  stories: StoryData[];
  storyBySlug: Map<string, StoryData>;
  /** Each story's records, in the story's own order. */
  storyRecords: Map<string, ArticleRecord[]>;
  /** Quotations carried by two or more sources, by id. */
  quotes: QuoteGroupData[];
  /** The build report's entries, by input path. */
  report: ReportEntryData[];
}

/** The pipeline's generated folder (set by astro.config.mjs). */
function genDir(): string {
  const gen = process.env['DOSSIER_GEN'];
  if (!gen) throw new Error('DOSSIER_GEN is not set: build with `dossier build` or `astro build` from the project root.');
  return gen;
}

/** Parses `text` as JSON and checks it against `schema`, naming `where` on failure. */
export function parseChecked<S extends z.ZodType>(schema: S, text: string, where: string): z.infer<S> {
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`${where} does not match its schema: ${result.error.message}`);
  return result.data;
}

/** Every `*.json` file of `dir`, in code-unit order of name, checked against `schema`. */
function readFolder<S extends z.ZodType>(dir: string, schema: S): z.infer<S>[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseChecked(schema, readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

/** The report's `inputs`, each checked. */
function readReport(file: string): ReportEntryData[] {
  const inputs = (JSON.parse(readFileSync(file, 'utf8')) as { inputs?: unknown }).inputs;
  if (!Array.isArray(inputs)) throw new Error(`${file} has no inputs list`);
  return inputs.map((entry, i) => {
    const result = reportEntrySchema.safeParse(entry);
    if (!result.success) throw new Error(`${file} input ${i} does not match its schema: ${result.error.message}`);
    return result.data;
  });
}

/** Builds the shared lookups over records and stories. */
export function indexArchive(records: ArticleRecord[], stories: StoryData[], quotes: QuoteGroupData[], report: ReportEntryData[]): ArchiveData {
  const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const sortedRecords = [...records].sort((a, b) => byCodeUnit(a.slug, b.slug));
  const recordBySlug = new Map(sortedRecords.map((r) => [r.slug, r]));
  const recordByFile = new Map(sortedRecords.map((r) => [r.file, r]));
  const sortedStories = [...stories].sort((a, b) => byCodeUnit(a.slug, b.slug));
  const storyRecords = new Map(
    sortedStories.map((s) => [s.slug, s.articles.map((slug) => recordBySlug.get(slug)).filter((r): r is ArticleRecord => r !== undefined)]),
  );
  return {
    records: sortedRecords,
    recordBySlug,
    recordByFile,
    stories: sortedStories,
    storyBySlug: new Map(sortedStories.map((s) => [s.slug, s])),
    storyRecords,
    quotes: [...quotes].sort((a, b) => byCodeUnit(a.id, b.id)),
    report: [...report].sort((a, b) => byCodeUnit(a.file, b.file)),
  };
}

/** Every record of the generated folder `gen`, checked, in code-unit order of file name (`indexArchive` orders by slug). */
export function readRecords(gen: string): ArticleRecord[] {
  return readFolder(join(gen, 'records'), articleRecordSchema);
}

function readArchive(gen: string): ArchiveData {
  return indexArchive(
    readRecords(gen),
    readFolder(join(gen, 'stories'), storySchema),
    readFolder(join(gen, 'quotes'), quoteGroupSchema),
    readReport(join(gen, 'report.json')),
  );
}

let cached: ArchiveData | null = null;

/**
 * The archive of this build, read and checked on first use and shared by every page.
 * In `astro dev` it is read afresh each time, as the pipeline rewrites it when content changes.
 */
export function archiveData(): ArchiveData {
  if (import.meta.env.DEV) return readArchive(genDir());
  cached ??= readArchive(genDir());
  return cached;
}
