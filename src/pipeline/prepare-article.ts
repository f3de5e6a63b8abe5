/**
 * The per-article part of the pipeline, ingest → clean → describe → cite, as pure functions of
 * one input plus the archive-wide set of repeated lines. `run.ts` calls them in order, and the
 * worker threads of `article-pool.ts` call the same functions, so where an article was prepared
 * never changes what it becomes.
 */
import { cleanArticle } from './article.ts';
import { buildPassages, passageId } from './cite/passages.ts';
import { findQuotes, type FoundQuote } from './cite/quotes/index.ts';
import { fingerprint } from './cite/lock.ts';
import { normaliseLine } from './clean/index.ts';
import type { IngestedSource } from './ingest/index.ts';
import { applyOverrides, type Overrides } from './overrides/index.ts';
import { NO_TIMER, type StageTimer } from './timings.ts';
import type { Article, LineVerdict, Metadata, Passage, Problem } from './types.ts';

/** What the cleaner and the describer make of one input, before the user's corrections. */
export interface CleanedParts {
  verdicts: LineVerdict[];
  meta: Metadata;
}

/** What the cite stage makes of one corrected article, before the lock gives its passages their ids. */
export interface CitedParts {
  /** Passages with the ids their text gives them. */
  passages: Passage[];
  /** Each passage's fingerprint (for the lock). */
  prints: string[];
  /** `record` for a Markdown record without body text, else `article`. */
  kind: 'article' | 'record';
  /** Its quotations, citing those ids (speakers not yet reconciled across the archive). */
  found: FoundQuote[];
}

/** An article after the user's corrections (sidecar, manifest.csv), which win over the cleaner. */
export interface CorrectedArticle {
  article: Article;
  /** The user hid the input. */
  hidden: boolean;
  /** When the user says the original was retrieved, ISO 8601. */
  retrieved: string | null;
  /** What was wrong with the corrections. */
  problems: Problem[];
}

/** Longest line counted for the archive-wide repeated lines: longer lines are never chrome. */
const MAX_REPEATED_LINE = 120;

/** The normalised keys of a source's lines of at most 120 characters, for the archive-wide count. */
export function shortLineKeys(source: IngestedSource): string[] {
  const keys: string[] = [];
  for (const line of source.lines) {
    if (line.length > MAX_REPEATED_LINE) continue;
    const key = normaliseLine(line);
    if (key.length > 0) keys.push(key);
  }
  return keys;
}

/** The normalised lines of a source that the archive repeats: what its cleaning saw of the archive. */
export function repeatedSignature(keys: readonly string[], repeated: ReadonlySet<string>): string {
  if (repeated.size === 0) return '';
  return keys.filter((key) => repeated.has(key)).sort().join('\n');
}

/** Cleans and describes one ingested source, given the lines the archive repeats. */
export function cleanParts(source: IngestedSource, repeated: ReadonlySet<string>, timer: StageTimer = NO_TIMER): CleanedParts {
  const { verdicts, meta } = cleanArticle(source, { repeated }, timer);
  return { verdicts, meta };
}

/** The article with the user's corrections applied (none: the cleaner's own). */
export function correctedArticle(source: IngestedSource, cleaned: CleanedParts, correction: Overrides | undefined): CorrectedArticle {
  const article: Article = { source, verdicts: cleaned.verdicts, meta: cleaned.meta };
  if (!correction) return { article, hidden: false, retrieved: null, problems: [] };
  const applied = applyOverrides(article, correction);
  return { article: applied.article, hidden: applied.hidden, retrieved: applied.retrieved, problems: applied.problems };
}

/** Passages, their fingerprints and quotations of one corrected article. */
export function citedParts(article: Article): CitedParts {
  const source = article.source as IngestedSource;
  let passages = buildPassages(article.verdicts, source.kinds ?? null);
  const kind = passages.length === 0 && source.format === 'markdown' ? 'record' : 'article';
  if (passages.length === 0 && article.meta.dek) passages = [excerptPassage(article.meta.dek)];
  return { passages, prints: passages.map((p) => fingerprint(p.text)), kind, found: findQuotes(passages) };
}

/**
 * Cleans, describes and (with `cite`) cites one source: the work a cache miss costs. Cited parts
 * are made from the corrected article, and are `null` for a hidden input or without `cite`.
 */
export function prepareArticle(
  source: IngestedSource,
  repeated: ReadonlySet<string>,
  correction: Overrides | undefined,
  cite: boolean,
  timer: StageTimer = NO_TIMER,
): { cleaned: CleanedParts; parts: CitedParts | null } {
  const cleaned = cleanParts(source, repeated, timer);
  if (!cite) return { cleaned, parts: null };
  const corrected = correctedArticle(source, cleaned, correction);
  return { cleaned, parts: corrected.hidden ? null : timer.time('cite', () => citedParts(corrected.article)) };
}

/** A record's excerpt, as the one passage its page holds. */
function excerptPassage(text: string): Passage {
  return { id: passageId(text, new Map()), kind: 'paragraph', text, lines: [], index: 1 };
}
