import { summarize, type SummarySource } from './index.ts';
import { analyseStory, type StorySource } from './analysis.ts';
import type { QuoteGroup } from '../cite/quote-groups.ts';
import type { CitedArticle, RelatedItem, Story, StoryQuote } from '../types.ts';

/** What the story assembly needs of an article beyond `CitedArticle`. */
export interface StoryArticle extends CitedArticle {
  /** Related coverage a metadata record lists. */
  related?: RelatedItem[];
}

/** Options of story assembly. */
export interface StoryOptions {
  /** Words in the summary. */
  words: number;
  /** All quote groups of the archive (the story keeps those its articles carry). */
  quotes?: readonly QuoteGroup[];
}

/**
 * Assembles one story from its published articles: display order (dated sources first,
 * oldest first, then undated ones by file name), headline and dek, syndicated copies,
 * the cited summary, timeline, key quotes, people and organisations, what only each
 * source reports, numeric conflicts and related coverage.
 */
export function assembleStory(key: string, slug: string, articles: readonly StoryArticle[], options: StoryOptions): Story {
  const ordered = [...articles].sort(compareArticles);
  const sources: StorySource[] = ordered.map((a) => ({
    source: a.article.source.file.path,
    passages: a.passages,
    meta: a.article.meta,
    ...(a.related && a.related.length > 0 ? { related: a.related } : {}),
  }));
  const analysis = analyseStory(sources, { relatedPassageId: (i) => `related-${i + 1}`, recordPassageId: 'record' });
  const summarySources: SummarySource[] = sources.map((s) => {
    const of = analysis.duplicates.get(s.source);
    return of === undefined ? s : { ...s, duplicateOf: of };
  });
  const summary = summarize(summarySources, { words: options.words });
  const headline = storyHeadline(key, ordered);
  const fileOf = new Map(ordered.map((a) => [a.slug, a.article.source.file.path]));
  return {
    key,
    slug,
    title: headline.title,
    dek: headline.dek,
    summary,
    articles: ordered.map((a) => a.slug),
    independentSources: ordered.length - analysis.duplicates.size,
    duplicates: [...analysis.duplicates].map(([source, of]) => ({ source, of })).sort((a, b) => (a.source < b.source ? -1 : 1)),
    timeline: analysis.timeline.map((e) => ({
      date: e.date,
      ...(e.end !== undefined ? { end: e.end } : {}),
      precision: e.precision,
      inferred: e.inferred,
      text: e.text,
      citations: e.citations,
      weight: e.weight,
    })),
    quotes: storyQuotes(options.quotes ?? [], fileOf),
    entities: analysis.entities.map((e) => ({ name: e.name, kind: e.kind, aliases: e.aliases, mentions: e.mentions })),
    uniqueFacts: [...analysis.uniqueFacts]
      .filter(([, facts]) => facts.length > 0)
      .map(([source, facts]) => ({ source, facts: facts.map((f) => ({ text: f.text, citations: f.citations })) })),
    conflicts: analysis.conflicts.map((c) => ({ subject: c.subject, values: c.values.map((v) => ({ value: v.value, citation: v.citation })) })),
    related: relatedCoverage(ordered),
  };
}

/** The story's quotations, most widely carried first; occurrences cite file and passage. */
function storyQuotes(groups: readonly QuoteGroup[], fileOf: ReadonlyMap<string, string>): StoryQuote[] {
  const out: StoryQuote[] = [];
  for (const g of groups) {
    const here = g.occurrences.filter((o) => fileOf.has(o.slug));
    if (here.length === 0) continue;
    const seen = new Set<string>();
    const citations = here
      .map((o) => ({ source: fileOf.get(o.slug)!, passage: o.passage }))
      .filter((c) => {
        const k = `${c.source}#${c.passage}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
    out.push({ id: g.id, text: g.text, speaker: g.speaker, sources: new Set(citations.map((c) => c.source)).size, citations });
  }
  return out
    .map((q, i) => ({ q, i }))
    .sort((a, b) => b.q.sources - a.q.sources || Number(b.q.speaker !== null) - Number(a.q.speaker !== null) || b.q.text.length - a.q.text.length || a.i - b.i)
    .map((x) => x.q);
}

/** Related coverage from the story's records, without repeats (by URL, else title). */
function relatedCoverage(articles: readonly StoryArticle[]): (RelatedItem & { from: string })[] {
  const seen = new Set<string>();
  const out: (RelatedItem & { from: string })[] = [];
  for (const a of articles) {
    for (const item of a.related ?? []) {
      const key = item.url ?? item.title ?? '';
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ ...item, from: a.article.source.file.path });
    }
  }
  return out.sort((x, y) => ((x.published ?? '') < (y.published ?? '') ? 1 : (x.published ?? '') > (y.published ?? '') ? -1 : 0));
}

function compareArticles(a: CitedArticle, b: CitedArticle): number {
  const da = a.article.meta.published;
  const db = b.article.meta.published;
  if (da && db && da !== db) return da < db ? -1 : 1;
  if (da && !db) return -1;
  if (!da && db) return 1;
  const pa = a.article.source.file.path;
  const pb = b.article.source.file.path;
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'its', 'it', 'is', 'says', 'say', 'said', 'will', 'be', 'by', 'with', 'from', 'at', 'as', 'that', 'this', 'until', 'not', 'won', 't', 's']);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/**
 * The most representative stated headline: the one sharing the most words with the
 * other sources' headlines and deks, with its own dek. Falls back to a derived title,
 * then to the folder name.
 */
export function storyHeadline(key: string, articles: readonly CitedArticle[]): { title: string; dek: string | null } {
  const stated = articles.filter((a) => a.article.meta.title !== null);
  if (stated.length === 0) {
    const first = articles[0];
    return { title: first?.article.meta.displayTitle ?? (key || 'Archive'), dek: first?.article.meta.dek ?? null };
  }
  // Document frequency of each word over every source's headline and dek: a candidate
  // scores the number of *other* sources sharing each of its words. Linear in the sources.
  const docs = articles.map((a) => words(`${a.article.meta.displayTitle} ${a.article.meta.dek ?? ''}`));
  const df = new Map<string, number>();
  for (const doc of docs) for (const w of doc) df.set(w, (df.get(w) ?? 0) + 1);
  let best = stated[0]!;
  let bestScore = -1;
  for (const [i, candidate] of articles.entries()) {
    if (candidate.article.meta.title === null) continue;
    const own = words(candidate.article.meta.title);
    const ownDoc = docs[i] ?? new Set<string>();
    let score = 0;
    for (const w of own) score += (df.get(w) ?? 0) - (ownDoc.has(w) ? 1 : 0);
    const normalised = score / Math.sqrt(Math.max(own.size, 1));
    if (normalised > bestScore) {
      bestScore = normalised;
      best = candidate;
    }
  }
  return { title: best.article.meta.title ?? best.article.meta.displayTitle, dek: best.article.meta.dek };
}
