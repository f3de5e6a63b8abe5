import { cleanArticle } from './article.ts';
import { buildPassages, passageId } from './cite/passages.ts';
import { groupQuotes, type QuoteGroup } from './cite/quote-groups.ts';
import { findQuotes, reconcileSpeakers, rememberQuotes, type FoundQuote } from './cite/quotes/index.ts';
import { normaliseLine } from './clean/index.ts';
import { ingest, listSources, type IngestedSource } from './ingest/index.ts';
import { contentAssetReader } from './ingest/html/index.ts';
import { applyOverrides, MANIFEST_KEY, readOverrides, type Overrides } from './overrides/index.ts';
import { recordDetails, type RecordDetails } from './record.ts';
import { assembleStory } from './synthesize/story.ts';
import { forgetTextAnalyses } from './synthesize/memo.ts';
import { prepareArticleAnalyses } from './synthesize/article-inputs.ts';
import type { Article, CitedArticle, Passage, Problem, Skipped, SourceFile, Story } from './types.ts';
import { RESERVED_SLUGS, uniqueSlug } from '../utils/slug.ts';
import { unresolvedCitations, type UnresolvedCitation } from './cite/resolve.ts';
import { applyLockedIds, emptyLock, fingerprint, lockedEntry, type ArchiveLock, type LockedArticle } from './cite/lock.ts';
import { NO_TIMER, type StageTimer } from './timings.ts';
import { cacheKey, NO_CACHE, type PipelineCache } from './cache.ts';
import { createHash } from 'node:crypto';

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
  return runOnFiles(files, options.summaryWords ?? 120, timer, options.lock, options.cache, options.contentDir);
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

/** Ingest, clean and describe: the stages `dossier clean` runs. */
export function cleanFiles(files: readonly SourceFile[], timer: StageTimer = NO_TIMER, cache: PipelineCache = NO_CACHE, contentDir: string | null = null): CleanResult {
  const readAsset = contentDir ? contentAssetReader(contentDir) : undefined;
  const decoded = timer.time('ingest', () => files.map((file) => ingest(file, readAsset)));
  const overrides = contentDir ? readOverrides(contentDir, files.map((f) => f.path)) : new Map<string, Overrides>();
  const retrieved = new Map<string, string>();
  // Each short line is normalised once, for the archive-wide count and for the cache keys.
  const lineKeys = timer.time('clean', () => decoded.map((d) => (d.ok ? shortLineKeys(d.source) : [])));
  const repeated = timer.time('clean', () => repeatedLines(lineKeys));
  const outcomes = decoded.map((d, i) => {
    if (i % 50 === 0) timer.progress?.('clean', i, decoded.length);
    if (!d.ok) return { ok: false as const, skipped: d.skipped };
    // Cached by the file's bytes, its path and which of its lines the archive repeats.
    const key = cacheKey('article', d.source.file.path, d.source.file.sha256, repeatedSignature(lineKeys[i]!, repeated));
    const hit = cache.get(key) as { verdicts: Article['verdicts']; meta: Article['meta'] } | undefined;
    let article: Article;
    if (hit && Array.isArray(hit.verdicts) && hit.meta) article = { source: d.source, verdicts: hit.verdicts, meta: hit.meta };
    else {
      article = cleanArticle(d.source, { repeated }, timer);
      cache.set(key, { verdicts: article.verdicts, meta: article.meta });
    }
    // The user's corrections (sidecar, manifest.csv) win over the cleaner; the original is untouched.
    const correction = overrides.get(d.source.file.path);
    if (!correction) return { ok: true as const, article };
    const applied = applyOverrides(article, correction);
    d.source.problems.push(...applied.problems);
    if (applied.retrieved) retrieved.set(d.source.file.path, applied.retrieved);
    if (applied.hidden) {
      return { ok: false as const, skipped: { file: d.source.file, reason: 'hidden' as const, message: 'Hidden by the user (sidecar or manifest.csv).' } };
    }
    return { ok: true as const, article: applied.article };
  });
  timer.progress?.('clean', decoded.length, decoded.length);
  return {
    retrieved,
    archiveProblems: overrides.get(MANIFEST_KEY)?.problems ?? [],
    articles: outcomes.flatMap((o) => (o.ok ? [o.article] : [])),
    skipped: outcomes.flatMap((o) => (o.ok ? [] : [o.skipped])),
    outcomes,
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
): PipelineResult {
  const { articles: cleaned, skipped, retrieved, archiveProblems } = cleanFiles(files, timer, cache, contentDir);
  const taken = new Set<string>();
  const nextLock = emptyLock();
  nextLock.redirects = { ...lock.redirects };
  // Locked slugs are claimed first, so a new article can never take an old URL.
  const lockedSlugs = new Map<string, string>();
  for (const article of cleaned) {
    const entry = lockedEntry(lock, article.source.file.path, article.source.file.sha256);
    if (entry && !taken.has(entry.slug) && !RESERVED_SLUGS.has(entry.slug)) {
      taken.add(entry.slug);
      lockedSlugs.set(article.source.file.path, entry.slug);
    }
  }
  const articles: PublishedArticle[] = timer.time('cite', () => cleaned.map((article, i) => {
    if (i % 50 === 0) timer.progress?.('cite', i, cleaned.length);
    const source = article.source;
    const record = recordDetails(source.frontMatter);
    const locked = lockedEntry(lock, source.file.path, source.file.sha256);
    const { passages, entry, kind, found } = citeArticle(article, locked, cache);
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
    };
  }));
  // A speaker named precisely in one source ("Microsoft spokesperson") refines vaguer ones elsewhere.
  const quotes = timer.time('cite', () => {
    const reconciled = reconcileSpeakers(articles.flatMap((a) => a.quotes));
    let at = 0;
    for (const a of articles) {
      a.quotes = reconciled.slice(at, at + a.quotes.length);
      at += a.quotes.length;
    }
    return groupQuotes(reconciled);
  });
  const storyKeys = [...new Set(articles.map((a) => a.article.source.file.story))].sort();
  const storySlugs = new Set<string>();
  const stories = timer.time('synthesize', () => storyKeys.map((key) => {
    const slug = storyKeys.length === 1 && key === '' ? 'index' : uniqueSlug([key || 'other sources'], storySlugs, 'story');
    const members = articles.filter((a) => a.article.source.file.story === key).map((a) => ({ ...a, related: a.record.related }));
    // Cached by everything the story is made from: its articles' passages, metadata and quotes.
    const storyKey = cacheKey('story', key, slug, summaryWords, storyInputDigest(members, quotes));
    const hit = cache.get(storyKey) as Story | undefined;
    if (hit && hit.slug === slug && Array.isArray(hit.summary)) return hit;
    // Each article's own analyses come from the cache when its text is unchanged; only the story-wide steps rerun.
    if (cache !== NO_CACHE) prepareArticleAnalyses(members.map((m) => ({ passages: m.passages, meta: m.article.meta })), cache);
    const story = assembleStory(key, slug, members, { words: summaryWords, quotes });
    cache.set(storyKey, story);
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

/** What the cite stage makes of one cleaned article, before the lock gives its passages their ids. */
interface CitedParts {
  /** Passages with the ids their text gives them. */
  passages: Passage[];
  /** Each passage's fingerprint (for the lock). */
  prints: string[];
  kind: PublishedArticle['kind'];
  /** Its quotations, citing those ids (speakers not yet reconciled across the archive). */
  found: FoundQuote[];
}

/**
 * Passages, passage ids and quotations of one article. What the text gives is cached by what it is
 * made from: the input (path and bytes), its lines' verdicts and its metadata (after the user's
 * corrections). The lock's ids are applied on every run, so a new lock entry never costs a miss.
 */
function citeArticle(article: Article, locked: LockedArticle | undefined, cache: PipelineCache): { passages: Passage[]; entry: Record<string, string>; kind: PublishedArticle['kind']; found: readonly FoundQuote[] } {
  const source = article.source;
  const key = cacheKey('cite', source.file.path, source.file.sha256, JSON.stringify([article.verdicts, article.meta]));
  let parts = cache.get(key) as CitedParts | undefined;
  if (!parts || !Array.isArray(parts.passages) || !Array.isArray(parts.prints) || !Array.isArray(parts.found)) {
    let passages = buildPassages(article.verdicts, (source as IngestedSource).kinds ?? null);
    const kind = passages.length === 0 && source.format === 'markdown' ? 'record' : 'article';
    if (passages.length === 0 && article.meta.dek) passages = [excerptPassage(article.meta.dek)];
    parts = { passages, prints: passages.map((p) => fingerprint(p.text)), kind, found: findQuotes(passages) };
    cache.set(key, parts);
  }
  const withIds = applyLockedIds(parts.passages, locked, parts.prints);
  // Quotes name the passage they open in; finding them depends on the text alone, so they follow the ids.
  const idOf = new Map(parts.passages.map((p, i) => [p.id, withIds.passages[i]!.id]));
  const found = idOf.size === parts.passages.length
    ? parts.found.map((q) => ({ ...q, passage: idOf.get(q.passage) ?? q.passage }))
    : findQuotes(withIds.passages);
  rememberQuotes(withIds.passages, found);
  return { passages: withIds.passages, entry: withIds.entry, kind: parts.kind, found };
}

/** The normalised lines of a source that the archive repeats: part of its clean-cache key. */
function repeatedSignature(keys: readonly string[], repeated: ReadonlySet<string>): string {
  if (repeated.size === 0) return '';
  return keys.filter((key) => repeated.has(key)).sort().join('\n');
}

/** The normalised keys of a source's lines of at most 120 characters (long lines are never chrome). */
function shortLineKeys(source: IngestedSource): string[] {
  const keys: string[] = [];
  for (const line of source.lines) {
    if (line.length > 120) continue;
    const key = normaliseLine(line);
    if (key.length > 0) keys.push(key);
  }
  return keys;
}

/** A digest of what a story is made from. */
function storyInputDigest(members: readonly PublishedArticle[], quotes: readonly QuoteGroup[]): string {
  const slugs = new Set(members.map((m) => m.slug));
  const hash = createHash('sha256');
  for (const m of members) {
    hash.update(JSON.stringify([m.slug, m.article.source.file.path, m.article.meta, m.passages, m.record.related]));
  }
  for (const q of quotes) if (q.occurrences.some((o) => slugs.has(o.slug))) hash.update(JSON.stringify(q));
  return hash.digest('hex');
}

/** A record's excerpt, as the one passage its page holds. */
function excerptPassage(text: string): Passage {
  return { id: passageId(text, new Map()), kind: 'paragraph', text, lines: [], index: 1 };
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
