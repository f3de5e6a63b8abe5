/**
 * What synthesis reads of each article, computed once per article and kept in the pipeline cache.
 *
 * Every part of a story (summary, timeline, entities, coverage, syndication) reads the same per-text
 * analyses through memos (`memo.ts`, `syndication.ts`, `coverage.ts`): the sentences of each passage,
 * the content stems of each passage and sentence, each sentence's quality, the numbers with units that
 * numeric conflicts compare, the dates the timeline reads (for an article with a date of its own), and
 * the shingle count and MinHash signature of the whole text. They depend on the article alone, so they
 * are cached by its passages, headline and date: when one article of a story changes, only its analyses
 * are computed, and the others are read back and seeded into the memos before the story-wide steps run.
 * The timeline's events of each article's body (`bodyEvents`) are cached too, by the article and the day
 * its dates are read against: its own date, or for an undated article the story's (the latest
 * publication date of its articles), which the other articles decide. So is what entity finding reads of
 * each article (`entityScan`), and its runs of capitalised words (`entityRuns`), keyed also by the few
 * sentence-initial words whose capitalisation elsewhere in the story decides them.
 * Seeded values are exactly what the memos would compute, so the story is the same whatever the cache
 * held.
 */
import type { PipelineCache } from '../cache.ts';
import { cacheKey } from '../cache.ts';
import type { Metadata, Passage } from '../types.ts';
import { anchorOf, type FoundDate } from './dates/index.ts';
import { bodyEventsFromCache, bodyEventsOf, bodyEventsToCache, seedBodyEvents, storyAnchor } from './timeline.ts';
import { decidingInitials, entityRunsFromCache, entityRunsOf, entityRunsToCache, entityScanFromCache, entityScanOf, entityScanToCache, seedEntityRuns, seedEntityScan, storyMidCap } from './entities.ts';
import { datesOf, joinStems, qualityOf, seedDates, sentencesOfText, splitStems, stemsOf, type StemList } from './memo.ts';
import { signatureOfText, sourceText } from './syndication.ts';
import { BODY, numbersOf, type SentenceNumber } from './coverage.ts';

/** The texts and metadata of one article that synthesis reads. */
export interface ArticleTexts {
  passages: readonly Passage[];
  meta: Metadata;
}

/** One passage's analyses. */
interface PassageAnalyses {
  /** Sentence offsets in the passage's text: start, end, start, end, … */
  spans: number[];
  /** Content stems of the whole passage, or null when they are its sentences' stems one after another. */
  stems: StemList | null;
  /** Per sentence: its content stems. */
  sentences: StemList[];
  /** Per sentence: its quality. */
  quality: number[];
  /**
   * The dates each sentence states, read with the article's own date as anchor (`datedSentence`): the
   * sentences that state some, by index; null when no sentence is read (no own date, or a caption).
   */
  dates: [number, FoundDate[]][] | null;
  /** The numbers each sentence states (`numbersOf`), sparse as `dates`; null unless a body passage. */
  numbers: [number, SentenceNumber[]][] | null;
}

/** One article's per-text analyses, as cached (plain JSON). */
export interface ArticleAnalyses {
  passages: PassageAnalyses[];
  /** Content stems of each of `headTexts` of the article. */
  heads: StemList[];
  /** How many shingles the article's text (`sourceText`) has. */
  shingles: number;
  /** Their MinHash signature, base64 of its 32-bit words, or null when the text is too short for one. */
  signature: string | null;
}

/** The key an article's analyses are cached under: they depend on its passages (kind and text), title, dek and date only. */
export function articleAnalysesKey(article: ArticleTexts): string {
  const { title, dek, published } = article.meta;
  return cacheKey('synthesis', JSON.stringify([article.passages.map((p) => [p.kind, p.text]), title, dek, published]));
}

/**
 * Makes every article's analyses, body events and entity scans and runs available to the memos: read from
 * the cache when there, else computed (which fills the memos) and stored. Returns the cache keys it used,
 * so that a caller which later takes the whole story from the cache can keep them from being pruned.
 */
export function prepareArticleAnalyses(articles: readonly ArticleTexts[], cache: PipelineCache): string[] {
  const keys = articles.map((article) => articleAnalysesKey(article));
  const used = [...keys];
  articles.forEach((article, i) => {
    const key = keys[i]!;
    const hit = cache.get(key);
    if (hit !== undefined && seedArticleAnalyses(article, hit)) return;
    cache.set(key, analyseArticle(article));
  });
  const story = storyAnchor(articles);
  articles.forEach((article, i) => {
    const anchor = anchorOf(article.meta.published) ?? story;
    const day = anchor ? `${anchor.y}/${anchor.m}/${anchor.d}` : '';
    // the timeline's events of the article's body, read against its own date or the story's
    const eventsKey = cacheKey('events', keys[i]!, day);
    used.push(eventsKey);
    const events = bodyEventsFromCache(cache.get(eventsKey), article.passages.length);
    if (events !== null) seedBodyEvents(article.passages, anchor, events);
    else cache.set(eventsKey, bodyEventsToCache(bodyEventsOf(article.passages, anchor)));
  });
  // what entity finding reads of each article, then its runs of capitalised words, which depend on the
  // story's mid-sentence capitals only through the article's deciding initials
  const scans = articles.map((article, i) => {
    const key = cacheKey('entities', keys[i]!);
    used.push(key);
    const hit = entityScanFromCache(cache.get(key), article.passages.length);
    if (hit !== null) {
      seedEntityScan(article.passages, hit);
      return hit;
    }
    const scan = entityScanOf(article.passages);
    cache.set(key, entityScanToCache(scan));
    return scan;
  });
  const midCap = storyMidCap(scans);
  articles.forEach((article, i) => {
    const deciding = decidingInitials(scans[i]!, midCap);
    const key = cacheKey('entity-runs', keys[i]!, ...deciding);
    used.push(key);
    const hit = entityRunsFromCache(cache.get(key));
    if (hit !== null) seedEntityRuns(article.passages, deciding, hit);
    else cache.set(key, entityRunsToCache(entityRunsOf(article.passages, midCap)));
  });
  return used;
}

/** A sentence the timeline reads for dates (it skips longer ones). */
function datedSentence(text: string): boolean {
  return text.length <= 2000;
}

/** The headline texts whose stems the timeline and coverage read: title, dek, and both together. */
function headTexts(meta: Metadata): string[] {
  const both = `${meta.title ?? ''} ${meta.dek ?? ''}`.trim();
  return [meta.title ?? '', meta.dek ?? '', both].filter((t) => t.length > 0);
}

/** Computes an article's analyses (through the memos, which keep them for this run). */
export function analyseArticle(article: ArticleTexts): ArticleAnalyses {
  const anchor = anchorOf(article.meta.published);
  const passages = article.passages.map((p): PassageAnalyses => {
    const sentences = sentencesOfText(p.text);
    const dated = anchor && p.kind !== 'caption' ? sentences.flatMap((s, k) => (datedSentence(s.text) ? [k] : [])) : null;
    return {
      spans: sentences.flatMap((s) => [s.start, s.end]),
      stems: sameWords(stemsOf(p.text), sentences.flatMap((s) => stemsOf(s.text))) ? null : joinStems(stemsOf(p.text)),
      sentences: sentences.map((s) => joinStems(stemsOf(s.text))),
      quality: sentences.map((s) => qualityOf(s.text)),
      dates: dated && anchor ? dated.flatMap((k): [number, FoundDate[]][] => {
        const found = datesOf(sentences[k]!.text, anchor);
        return found.length > 0 ? [[k, [...found]]] : [];
      }) : null,
      numbers: BODY.has(p.kind) ? sentences.flatMap((s, k): [number, SentenceNumber[]][] => {
        const found = numbersOf(s.text);
        return found.length > 0 ? [[k, [...found]]] : [];
      }) : null,
    };
  });
  const { count, signature } = signatureOfText(sourceText({ source: '', passages: [...article.passages], meta: article.meta }));
  return {
    passages,
    heads: headTexts(article.meta).map((t) => joinStems(stemsOf(t))),
    shingles: count,
    signature: signature ? wordsToBase64(signature) : null,
  };
}

/**
 * Seeds the memos with an article's cached analyses. Returns false (seeding nothing) when the value
 * does not have the shape `analyseArticle` gives for this article.
 */
export function seedArticleAnalyses(article: ArticleTexts, value: unknown): boolean {
  if (!isArticleAnalyses(value) || value.passages.length !== article.passages.length) return false;
  const heads = headTexts(article.meta);
  if (value.heads.length !== heads.length) return false;
  const anchor = anchorOf(article.meta.published);
  for (const [i, p] of value.passages.entries()) {
    if (p.spans.length !== p.sentences.length * 2 || p.quality.length !== p.sentences.length) return false;
    const kind = article.passages[i]!.kind;
    if ((p.dates === null) !== (anchor === null || kind === 'caption')) return false;
    if ((p.numbers === null) !== !BODY.has(kind)) return false;
  }
  const signature = value.signature === null ? null : base64ToWords(value.signature);
  if (value.signature !== null && !signature) return false;
  article.passages.forEach((passage, i) => {
    const analyses = value.passages[i]!;
    const dates = new Map(analyses.dates ?? []);
    const numbers = new Map(analyses.numbers ?? []);
    const stems = analyses.sentences.map(splitStems);
    const sentences = stems.map((sentenceStems, k) => {
      const start = analyses.spans[2 * k]!;
      const end = analyses.spans[2 * k + 1]!;
      const text = passage.text.slice(start, end);
      stemsOf.seed(text, sentenceStems);
      qualityOf.seed(text, analyses.quality[k]!);
      if (analyses.dates && anchor && datedSentence(text)) seedDates(text, anchor, dates.get(k) ?? []);
      if (analyses.numbers) numbersOf.seed(text, numbers.get(k) ?? []);
      return { start, end, text };
    });
    sentencesOfText.seed(passage.text, sentences);
    stemsOf.seed(passage.text, analyses.stems !== null ? splitStems(analyses.stems) : stems.flat());
  });
  heads.forEach((text, i) => stemsOf.seed(text, splitStems(value.heads[i]!)));
  signatureOfText.seed(sourceText({ source: '', passages: [...article.passages], meta: article.meta }), { count: value.shingles, signature });
  return true;
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

function isArticleAnalyses(value: unknown): value is ArticleAnalyses {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ArticleAnalyses>;
  return (
    Array.isArray(v.passages) &&
    v.passages.every(
      (p) =>
        Array.isArray(p?.spans) &&
        (p.stems === null || typeof p.stems === 'string') &&
        Array.isArray(p.sentences) &&
        p.sentences.every((s) => typeof s === 'string') &&
        Array.isArray(p.quality) &&
        p.quality.every((q) => typeof q === 'number') &&
        (p.dates === null || Array.isArray(p.dates)) &&
        (p.numbers === null || Array.isArray(p.numbers)),
    ) &&
    Array.isArray(v.heads) &&
    v.heads.every((h) => typeof h === 'string') &&
    typeof v.shingles === 'number' &&
    (v.signature === null || typeof v.signature === 'string')
  );
}

/** 32-bit words as base64 (little-endian bytes). */
function wordsToBase64(words: Uint32Array): string {
  const bytes = Buffer.alloc(words.length * 4);
  words.forEach((w, i) => bytes.writeUInt32LE(w, i * 4));
  return bytes.toString('base64');
}

/** The words `wordsToBase64` wrote, or null when the text is not such a value. */
function base64ToWords(text: string): Uint32Array | null {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 4 !== 0) return null;
  const words = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < words.length; i++) words[i] = bytes.readUInt32LE(i * 4);
  return words;
}
