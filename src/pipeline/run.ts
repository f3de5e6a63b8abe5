import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import { ArticlePool, withLines } from './article-pool.ts';
import { groupQuotes, type QuoteGroup } from './cite/quote-groups.ts';
import { findQuotes, reconcileSpeakers, rememberQuotes, type FoundQuote } from './cite/quotes/index.ts';
import { ingest, listSources } from './ingest/index.ts';
import { contentAssetReader } from './ingest/html/index.ts';
import { MANIFEST_KEY, readOverrides, type Overrides } from './overrides/index.ts';
import { correctedArticle, prepareArticle, repeatedSignature, shortLineKeys, type CitedParts, type CleanedParts } from './prepare-article.ts';
import { recordDetails, type RecordDetails } from './record.ts';
import { assembleStory } from './synthesize/story.ts';
import { forgetTextAnalyses } from './synthesize/memo.ts';
import { prepareArticleAnalyses } from './synthesize/article-inputs.ts';
import type { Article, CitedArticle, LineVerdict, Metadata, Passage, Problem, Quote, Skipped, SourceFile, Story } from './types.ts';
import { RESERVED_SLUGS, uniqueSlug } from '../utils/slug.ts';
import { unresolvedCitations, type UnresolvedCitation } from './cite/resolve.ts';
import { applyLockedIds, emptyLock, lockIndex, type ArchiveLock, type LockedArticle } from './cite/lock.ts';
import { NO_TIMER, type StageTimer } from './timings.ts';
import { cacheKey, NO_CACHE, type PipelineCache } from './cache.ts';

/** Options of one pipeline run. */
export interface PipelineOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Words in each story summary. */
  summaryWords?: number;
  /** The archive's lock (slugs and passage ids already published). */
  lock?: ArchiveLock;
  /** Where stage outputs are remembered between builds. */
  cache?: PipelineCache;
  /** Worker threads for the per-article stages (default 0: this thread alone; see `defaultWorkers`). */
  workers?: number;
}

/** A published input: the cited article plus what its page shows beyond the text. */
export interface PublishedArticle extends CitedArticle {
  /** `record` for a metadata record without body text, else `article`. */
  kind: 'article' | 'record';
  record: RecordDetails;
  /** File name under `sources/` where the original is served as plain text. */
  originalName: string;
  /** When the user says the original was retrieved (sidecar or manifest), ISO 8601. */
  retrieved: string | null;
  problems: Problem[];
  /** A digest of everything the input is made from (path, bytes, corrections, the repeated lines it saw): what emit keys its files by. */
  inputDigest: string;
}

/** Status of one input in the build report. */
export interface ReportEntry {
  file: string;
  status: 'published' | 'warning' | 'skipped';
  slug: string | null;
  reasons: { code: string; message: string }[];
}

/** Everything the emit stage writes. */
export interface PipelineResult {
  articles: PublishedArticle[];
  /** Every quotation, grouped across sources. */
  quotes: QuoteGroup[];
  /** Citations that point at no passage (reported, shown as unresolved). */
  unresolved: UnresolvedCitation[];
  /** The lock to write back: slugs and passage ids now published, and redirects from former slugs. */
  lock: ArchiveLock;
  stories: Story[];
  skipped: Skipped[];
  report: ReportEntry[];
}

/** Runs ingest → clean → describe → cite → synthesize over a content folder. */
export function runPipeline(options: PipelineOptions, timer: StageTimer = NO_TIMER): PipelineResult {
  const files = timer.time('ingest', () => listSources(options.contentDir));
  return runOnFiles(files, options.summaryWords ?? 120, timer, options.lock, options.cache, options.contentDir, { workers: options.workers ?? 0 });
}

/** Cleaned inputs, in input order, with those that could not be read. */
export interface CleanResult {
  articles: Article[];
  /** Retrieval dates the user supplied, by input path. */
  retrieved: Map<string, string>;
  /** Problems with archive-wide settings (e.g. manifest.csv rows naming no input). */
  archiveProblems: Problem[];
  skipped: Skipped[];
  /** For each input, in order: its article or why it was skipped. */
  outcomes: ({ ok: true; article: Article } | { ok: false; skipped: Skipped })[];
}

/** How the per-article stages run. */
export interface PrepareOptions {
  /** Worker threads that share the work when many inputs miss the cache (0: this thread alone). */
  workers?: number;
}

/** Ingest, clean and describe: the stages `dossier clean` runs. */
export function cleanFiles(files: readonly SourceFile[], timer: StageTimer = NO_TIMER, cache: PipelineCache = NO_CACHE, contentDir: string | null = null, options: PrepareOptions = {}): CleanResult {
  const { parts: _parts, digests: _digests, ...result } = prepareInputs(files, timer, cache, contentDir, false, options.workers ?? 0);
  return result;
}

/** Inputs that miss the cache: below this many, starting worker threads costs more than it saves. */
export const PARALLEL_MIN_MISSES = 64;

/** The number of worker threads worth starting on this machine (the main thread works too). */
export function defaultWorkers(): number {
  return Math.min(2, availableParallelism()) - 1;
}

/** What the cache remembers of one input: everything its clean, describe and cite stages produced. */
interface ArticleEntry {
  /** Its normalised short lines (for the archive-wide count, without normalising them again). */
  lineKeys: string[];
  /** Which of them the archive repeated when it was cleaned (see `repeatedSignature`). */
  signature: string;
  verdicts: LineVerdict[];
  meta: Metadata;
  /** Whether it was cited; `parts` is then null only for an input the user hid. */
  cited: boolean;
  parts: CitedParts | null;
}

/** A cached entry, if it has the expected shape. */
function articleEntry(value: unknown): ArticleEntry | undefined {
  const e = value as Partial<ArticleEntry> | undefined;
  if (!e || !Array.isArray(e.lineKeys) || typeof e.signature !== 'string' || !Array.isArray(e.verdicts) || !e.meta || typeof e.cited !== 'boolean') return undefined;
  if (e.parts !== null && (!e.parts || !Array.isArray(e.parts.passages) || !Array.isArray(e.parts.prints) || !Array.isArray(e.parts.found))) return undefined;
  return e as ArticleEntry;
}

/** Each input's cleaning with the user's corrections, plus (with `cite`) its cited parts. */
interface PreparedInputs extends CleanResult {
  /** Per published article (aligned with `articles`): its passages, prints and quotes; null without `cite`. */
  parts: (CitedParts | null)[];
  /** Per published article: a digest of everything it is made from (its cache key and the repeated lines it saw). */
  digests: string[];
}

/** What the per-article stages made of one input: its cleaning before corrections, and its cited parts. */
interface Prepared {
  cleaned: CleanedParts;
  parts: CitedParts | null;
}

/**
 * Ingest, clean, describe and (with `cite`) the per-article part of cite, for every input, with
 * the user's corrections applied. Each input's results are cached by its path, its bytes, its
 * corrections and which of its lines the archive repeats. When many inputs miss the cache and
 * `workers` allows, worker threads share the work; the result is the same either way.
 */
function prepareInputs(files: readonly SourceFile[], timer: StageTimer, cache: PipelineCache, contentDir: string | null, cite: boolean, workers: number): PreparedInputs {
  const overrides = timer.time('ingest', () => (contentDir ? readOverrides(contentDir, files.map((f) => f.path)) : new Map<string, Overrides>()));
  const corrections = files.map((f) => overrides.get(f.path));
  const keys = files.map((f, i) => cacheKey('article', f.path, f.sha256, corrections[i] ? JSON.stringify(corrections[i]) : ''));
  const entries = timer.time('clean', () => keys.map((key) => articleEntry(cache.get(key))));
  const missing = entries.filter((e) => e === undefined).length;
  const pool = workers > 0 && missing >= PARALLEL_MIN_MISSES ? ArticlePool.start(workers, files, contentDir, Uint8Array.from(entries, (e) => (e ? 0 : 1))) : null;
  try {
    const readAsset = contentDir ? contentAssetReader(contentDir) : undefined;
    const decoded: ReturnType<typeof ingest>[] = new Array(files.length);
    const lineKeys: string[][] = new Array(files.length);
    // Each short line is normalised once, or read from the input's cache entry.
    const keysOf = (i: number): string[] => {
      const d = decoded[i]!;
      return d.ok ? (entries[i]?.lineKeys ?? shortLineKeys(d.source)) : [];
    };
    if (pool) {
      const theirs = timer.time('ingest', () =>
        pool.ingest(files.length, (i) => {
          decoded[i] = ingest(files[i]!, readAsset);
          lineKeys[i] = keysOf(i);
          if (i % 50 === 0) timer.progress?.('ingest', pool.ingested, files.length);
        }),
      );
      timer.progress?.('ingest', files.length, files.length);
      for (const { index, outcome, keys: itemKeys } of theirs) {
        const file = files[index]!;
        decoded[index] = outcome.ok ? { ok: true, source: withLines(file, outcome.source) } : { ok: false, skipped: { file, ...outcome.skipped } };
        lineKeys[index] = itemKeys ?? keysOf(index);
      }
    } else {
      timer.time('ingest', () => files.forEach((file, i) => (decoded[i] = ingest(file, readAsset))));
      timer.time('clean', () => files.forEach((_file, i) => (lineKeys[i] = keysOf(i))));
    }
    const repeated = timer.time('clean', () => repeatedLines(lineKeys));
    const signatures = lineKeys.map((k) => repeatedSignature(k, repeated));
    const misses = files.flatMap((_file, i) => {
      const e = entries[i];
      const miss = decoded[i]!.ok && (!e || e.signature !== signatures[i] || (cite && !e.cited));
      return miss ? [i] : [];
    });
    const made = new Map<number, Prepared>();
    const prepareOne = (i: number): void => {
      const d = decoded[i]!;
      if (d.ok) made.set(i, prepareArticle(d.source, repeated, corrections[i], cite, timer));
    };
    if (pool) {
      const request = { repeated, cite, misses: misses.map((i) => ({ index: i, correction: corrections[i] })) };
      pool.prepare(request, (n) => {
        if (n % 50 === 0) timer.progress?.('clean', pool.prepared, misses.length);
        prepareOne(misses[n]!);
      });
      // What the workers prepared, once they finish the misses they claimed.
      for (const item of timer.time('cite', () => pool.collect())) made.set(item.index, { cleaned: item.cleaned, parts: item.parts });
    } else {
      misses.forEach((i, n) => {
        if (n % 50 === 0) timer.progress?.('clean', n, misses.length);
        prepareOne(i);
      });
    }
    timer.progress?.('clean', misses.length, misses.length);
    files.forEach((_file, i) => {
      const m = made.get(i);
      if (m) cache.set(keys[i]!, { lineKeys: lineKeys[i]!, signature: signatures[i]!, ...m.cleaned, cited: cite, parts: m.parts } satisfies ArticleEntry);
    });
    const digests = keys.map((key, i) => cacheKey('input', key, signatures[i]!));
    return finishInputs(decoded, (i) => made.get(i) ?? { cleaned: entries[i]!, parts: entries[i]!.parts }, corrections, overrides, digests);
  } finally {
    pool?.close();
  }
}

/** Applies the user's corrections to each prepared input, in input order. */
function finishInputs(
  decoded: readonly ReturnType<typeof ingest>[],
  prepared: (index: number) => Prepared,
  corrections: readonly (Overrides | undefined)[],
  overrides: ReadonlyMap<string, Overrides>,
  digestOf: readonly string[],
): PreparedInputs {
  const retrieved = new Map<string, string>();
  const parts: (CitedParts | null)[] = [];
  const digests: string[] = [];
  const outcomes = decoded.map((d, i): CleanResult['outcomes'][number] => {
    if (!d.ok) return { ok: false, skipped: d.skipped };
    const { cleaned, parts: cited } = prepared(i);
    const corrected = correctedArticle(d.source, cleaned, corrections[i]);
    d.source.problems.push(...corrected.problems);
    if (corrected.retrieved) retrieved.set(d.source.file.path, corrected.retrieved);
    if (corrected.hidden) return { ok: false, skipped: { file: d.source.file, reason: 'hidden', message: 'Hidden by the user (sidecar or manifest.csv).' } };
    parts.push(cited);
    digests.push(digestOf[i]!);
    return { ok: true, article: corrected.article };
  });
  return {
    retrieved,
    archiveProblems: overrides.get(MANIFEST_KEY)?.problems ?? [],
    articles: outcomes.flatMap((o) => (o.ok ? [o.article] : [])),
    skipped: outcomes.flatMap((o) => (o.ok ? [] : [o.skipped])),
    outcomes,
    parts,
    digests,
  };
}

/** The same pipeline over files already read (used by the CLI and tests). */
export function runOnFiles(
  files: readonly SourceFile[],
  summaryWords: number,
  timer: StageTimer = NO_TIMER,
  lock: ArchiveLock = emptyLock(),
  cache: PipelineCache = NO_CACHE,
  contentDir: string | null = null,
  options: PrepareOptions = {},
): PipelineResult {
  const { articles: cleaned, skipped, retrieved, archiveProblems, parts, digests } = prepareInputs(files, timer, cache, contentDir, true, options.workers ?? 0);
  const lockOf = lockIndex(lock);
  const taken = new Set<string>();
  const nextLock = emptyLock();
  nextLock.redirects = { ...lock.redirects };
  // Locked slugs are claimed first, so a new article can never take an old URL.
  const lockedSlugs = new Map<string, string>();
  for (const article of cleaned) {
    const entry = lockOf(article.source.file.path, article.source.file.sha256);
    if (entry && !taken.has(entry.slug) && !RESERVED_SLUGS.has(entry.slug)) {
      taken.add(entry.slug);
      lockedSlugs.set(article.source.file.path, entry.slug);
    }
  }
  const articles: PublishedArticle[] = timer.time('cite', () => cleaned.map((article, i) => {
    if (i % 50 === 0) timer.progress?.('cite', i, cleaned.length);
    const source = article.source;
    const record = recordDetails(source.frontMatter);
    const locked = lockOf(source.file.path, source.file.sha256);
    const { passages, entry, kind, found } = citeArticle(parts[i]!, locked);
    const base = source.file.path.split('/').pop() ?? source.file.path;
    const slug = lockedSlugs.get(source.file.path) ?? uniqueSlug([article.meta.displayTitle, base.replace(/\.[^.]+$/, '')], taken, 'article');
    // Every slug this input ever had redirects to the one it has now.
    const formerSlugs = new Set([...(lock.history[source.file.path] ?? []), ...(locked ? [locked.slug] : [])]);
    for (const former of formerSlugs) if (former !== slug) nextLock.redirects[former] = slug;
    delete nextLock.redirects[slug];
    nextLock.history[source.file.path] = [...new Set([...formerSlugs, slug])].sort();
    nextLock.articles[source.file.path] = { slug, sha256: source.file.sha256, passages: entry };
    return {
      slug,
      article,
      passages,
      quotes: found.map((q) => ({ text: q.text, speaker: q.speaker, source: slug, passage: q.passage })),
      kind,
      record,
      originalName: originalName(slug, base),
      retrieved: retrieved.get(source.file.path) ?? null,
      problems: source.problems,
      inputDigest: digests[i]!,
    };
  }));
  // A speaker named precisely in one source ("Microsoft spokesperson") refines vaguer ones elsewhere.
  const quotes = timer.time('cite', () => {
    const { reconciled, groups } = archiveQuotes(articles.flatMap((a) => a.quotes), cache);
    let at = 0;
    for (const a of articles) {
      a.quotes = reconciled.slice(at, at + a.quotes.length);
      at += a.quotes.length;
    }
    return groups;
  });
  const storyKeys = [...new Set(articles.map((a) => a.article.source.file.story))].sort();
  const storySlugs = new Set<string>();
  const quotesBySlug = quoteGroupsBySlug(quotes);
  const stories = timer.time('synthesize', () => storyKeys.map((key) => {
    const slug = storyKeys.length === 1 && key === '' ? 'index' : uniqueSlug([key || 'other sources'], storySlugs, 'story');
    const members = articles.filter((a) => a.article.source.file.story === key).map((a) => ({ ...a, related: a.record.related }));
    // Cached by everything the story is made from: its articles' passages, metadata and quotes.
    const storyKey = cacheKey('story', key, slug, summaryWords, storyInputDigest(members, quotes, quotesBySlug));
    const hit = cache.get(storyKey) as { story?: Story; inputs?: unknown } | undefined;
    if (hit?.story && hit.story.slug === slug && Array.isArray(hit.story.summary) && Array.isArray(hit.inputs)) {
      // A whole story from the cache still vouches for its articles' analyses, so the next edit finds them.
      cache.keep?.(hit.inputs.filter((k): k is string => typeof k === 'string'));
      return hit.story;
    }
    // Each article's own analyses come from the cache when its text is unchanged; only the story-wide steps rerun.
    const inputs = cache !== NO_CACHE ? prepareArticleAnalyses(members.map((m) => ({ passages: m.passages, meta: m.article.meta })), cache) : [];
    const story = assembleStory(key, slug, members, { words: summaryWords, quotes });
    cache.set(storyKey, { story, inputs });
    return story;
  }));
  // The per-text analyses that synthesis shared are not needed past this point.
  forgetTextAnalyses();
  const unresolved = stories.flatMap((story) =>
    unresolvedCitations(story, articles.filter((a) => story.articles.includes(a.slug)).map((a) => ({ ...a, related: a.record.related }))),
  );
  const report: ReportEntry[] = [
    ...articles.map((a): ReportEntry => ({
      file: a.article.source.file.path,
      status: a.problems.length > 0 ? 'warning' : 'published',
      slug: a.slug,
      reasons: a.problems.map((p) => ({ code: p.code, message: p.message })),
    })),
    ...skipped.map((s): ReportEntry => ({ file: s.file.path, status: 'skipped', slug: null, reasons: [{ code: s.reason, message: s.message }] })),
    ...(archiveProblems.length > 0 ? [{ file: MANIFEST_KEY, status: 'warning' as const, slug: null, reasons: archiveProblems.map((p) => ({ code: p.code, message: p.message })) }] : []),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // A redirect never shadows a live page, and chains collapse to their final target.
  const live = new Set(articles.map((a) => a.slug));
  for (const from of Object.keys(nextLock.redirects)) {
    let to = nextLock.redirects[from]!;
    for (let hops = 0; nextLock.redirects[to] !== undefined && hops < 20; hops++) to = nextLock.redirects[to]!;
    if (live.has(from) || !live.has(to)) delete nextLock.redirects[from];
    else nextLock.redirects[from] = to;
  }
  return { articles, quotes, stories, skipped, report, unresolved, lock: nextLock };
}

/**
 * Passages, passage ids and quotations of one article, from its cited parts (cached with its
 * cleaning). The lock's ids are applied on every run, so a new lock entry never costs a miss.
 */
function citeArticle(parts: CitedParts, locked: LockedArticle | undefined): { passages: Passage[]; entry: Record<string, string>; kind: PublishedArticle['kind']; found: readonly FoundQuote[] } {
  const withIds = applyLockedIds(parts.passages, locked, parts.prints);
  // Quotes name the passage they open in; finding them depends on the text alone, so they follow the ids.
  const idOf = new Map(parts.passages.map((p, i) => [p.id, withIds.passages[i]!.id]));
  const found = idOf.size === parts.passages.length
    ? parts.found.map((q) => ({ ...q, passage: idOf.get(q.passage) ?? q.passage }))
    : findQuotes(withIds.passages);
  rememberQuotes(withIds.passages, found);
  return { passages: withIds.passages, entry: withIds.entry, kind: parts.kind, found };
}

/**
 * Every quotation of the archive with its speaker reconciled across sources, and grouped across
 * sources: both archive-wide, so cached by all the quotations they are made from.
 */
function archiveQuotes(found: readonly Quote[], cache: PipelineCache): { reconciled: Quote[]; groups: QuoteGroup[] } {
  const key = cache === NO_CACHE ? null : cacheKey('quotes', JSON.stringify(found));
  const hit = key === null ? undefined : (cache.get(key) as { reconciled?: unknown; groups?: unknown } | undefined);
  if (hit && Array.isArray(hit.reconciled) && hit.reconciled.length === found.length && Array.isArray(hit.groups)) {
    return { reconciled: hit.reconciled as Quote[], groups: hit.groups as QuoteGroup[] };
  }
  const reconciled = reconcileSpeakers(found);
  const groups = groupQuotes(reconciled);
  if (key !== null) cache.set(key, { reconciled, groups });
  return { reconciled, groups };
}

/** A digest of what a story is made from. */
function storyInputDigest(members: readonly PublishedArticle[], quotes: readonly QuoteGroup[], quotesBySlug: ReadonlyMap<string, readonly number[]>): string {
  const hash = createHash('sha256');
  // An input's digest covers all it is made from (path, bytes, corrections, repeated lines); the lock adds the ids.
  for (const m of members) hash.update(JSON.stringify([m.slug, m.inputDigest, m.passages.map((p) => p.id)]));
  // The quote groups any member takes part in, in archive order (found through the index, not by scanning every group).
  const touched = new Set<number>();
  for (const m of members) for (const i of quotesBySlug.get(m.slug) ?? []) touched.add(i);
  for (const i of [...touched].sort((a, b) => a - b)) hash.update(JSON.stringify(quotes[i]));
  return hash.digest('hex');
}

/** For each article slug, the indexes of the quote groups it occurs in. */
function quoteGroupsBySlug(quotes: readonly QuoteGroup[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    for (const o of q.occurrences) {
      const list = index.get(o.slug) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      index.set(o.slug, list);
    }
  });
  return index;
}

/**
 * The name an original is served under: `<slug>.<ext>.txt`, where `ext` is the input's own
 * extension reduced to safe letters. Always ends in `.txt`, so no browser runs or renders it.
 */
export function originalName(slug: string, fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  const ext = match ? match[1]!.toLowerCase() : 'txt';
  return `${slug}.${ext}.txt`;
}

/**
 * Lines that recur in three or more inputs: page chrome shared by a publisher's pages.
 * Long lines are never counted, so a syndicated article's body is not mistaken for chrome.
 */
function repeatedLines(keysBySource: readonly (readonly string[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const keys of keysBySource) {
    for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([key]) => key));
}
