/**
 * What synthesis reads of each article, computed once per article and kept in the pipeline cache.
 *
 * Every part of a story (summary, timeline, entities, coverage, syndication) reads the same per-text
 * analyses through memos (`memo.ts`, `syndication.ts`, `coverage.ts`): the sentences of each passage,
 * the content stems of each passage and sentence, each sentence's quality, the numbers with units that
 * numeric conflicts compare, and the shingle count and MinHash signature of the whole text (the dates
 * the timeline reads are not kept: only its body events, below, read them). They depend on the article alone, so they
 * are cached by its passages, headline and date: when one article of a story changes, only its analyses
 * are computed, and the others are read back and seeded into the memos before the story-wide steps run.
 * The same entry (one file per article: at 1,000 articles, writing and reading files is most of the
 * cost) holds the timeline's events of the article's body (`bodyEvents`), with the day its dates were
 * read against: its own date, or for an undated article the story's (the latest publication date of its
 * articles), which the other articles decide; what entity finding reads of the article (`entityScan`);
 * and its runs of capitalised words (`entityRuns`), with the few sentence-initial words whose
 * capitalisation elsewhere in the story decides them. When the story asks for another day or other
 * deciding words, that part is made again and the entry rewritten.
 * Seeded values are exactly what the memos would compute, so the story is the same whatever the cache
 * held.
 */
import { cacheKey, type PipelineCache } from '../cache.ts';
import type { Metadata, Passage } from '../types.ts';
import { anchorOf } from './dates/index.ts';
import { bodyEventsFromCache, bodyEventsOf, bodyEventsToCache, seedBodyEvents, storyAnchor, type CachedBodyEvent } from './timeline.ts';
import { decidingInitials, entityRunsFromCache, entityRunsOf, entityRunsToCache, entityScanFromCache, entityScanOf, entityScanToCache, seedEntityRuns, seedEntityScan, storyMidCap, type CachedEntityRuns, type CachedEntityScan } from './entities.ts';
import { joinStems, qualityOf, sentencesOfText, splitStems, stemsOf, type StemList } from './memo.ts';
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
 * One article's synthesis inputs as the pipeline cache keeps them: one entry, so one file to read. Its body
 * events and entity runs also depend on the story (its date, its mid-sentence capitals), so each is kept
 * with what it was made for, and made again (and the entry rewritten) when the story asks for another.
 */
interface CachedArticleInputs {
  analyses: ArticleAnalyses;
  scan: CachedEntityScan;
  /** The timeline's events of its body, read against `day` (`y/m/d` of the anchor, '' for none). */
  events: { day: string; events: CachedBodyEvent[] };
  /** Its runs of capitalised words, for these deciding initials (`decidingInitials`). */
  runs: { deciding: string[]; runs: CachedEntityRuns };
}

/**
 * Makes every article's analyses, body events and entity scans and runs available to the memos: read from
 * the cache when there, else computed (which fills the memos) and stored. Returns the cache keys it used,
 * so that a caller which later takes the whole story from the cache can keep them from being pruned.
 */
export function prepareArticleAnalyses(articles: readonly ArticleTexts[], cache: PipelineCache): string[] {
  const keys = articles.map((article) => articleAnalysesKey(article));
  // each article's entry as read (the parts that fit are reused), and whether it must be written again
  const entries: Partial<CachedArticleInputs>[] = [];
  const changed: boolean[] = [];
  articles.forEach((article, i) => {
    const hit = cache.get(keys[i]!);
    const entry = typeof hit === 'object' && hit !== null ? (hit as Partial<CachedArticleInputs>) : null;
    const seeded = entry !== null && seedArticleAnalyses(article, entry.analyses);
    entries.push(seeded ? entry : { analyses: analyseArticle(article) });
    changed.push(!seeded);
  });
  const story = storyAnchor(articles);
  articles.forEach((article, i) => {
    const entry = entries[i]!;
    const anchor = anchorOf(article.meta.published) ?? story;
    const day = anchor ? `${anchor.y}/${anchor.m}/${anchor.d}` : '';
    // the timeline's events of the article's body, read against its own date or the story's
    const events = entry.events?.day === day ? bodyEventsFromCache(entry.events.events, article.passages.length) : null;
    if (events !== null) seedBodyEvents(article.passages, anchor, events);
    else {
      entry.events = { day, events: bodyEventsToCache(bodyEventsOf(article.passages, anchor)) };
      changed[i] = true;
    }
  });
  // what entity finding reads of each article, then its runs of capitalised words, which depend on the
  // story's mid-sentence capitals only through the article's deciding initials
  const scans = articles.map((article, i) => {
    const entry = entries[i]!;
    const hit = entityScanFromCache(entry.scan, article.passages.length);
    if (hit !== null) {
      seedEntityScan(article.passages, hit);
      return hit;
    }
    const scan = entityScanOf(article.passages);
    entry.scan = entityScanToCache(scan);
    changed[i] = true;
    return scan;
  });
  const midCap = storyMidCap(scans);
  articles.forEach((article, i) => {
    const entry = entries[i]!;
    const deciding = decidingInitials(scans[i]!, midCap);
    const hit = entry.runs && sameStrings(entry.runs.deciding, deciding) ? entityRunsFromCache(entry.runs.runs) : null;
    if (hit !== null) seedEntityRuns(article.passages, deciding, hit);
    else {
      entry.runs = { deciding, runs: entityRunsToCache(entityRunsOf(article.passages, midCap)) };
      changed[i] = true;
    }
  });
  articles.forEach((_article, i) => {
    if (changed[i]) cache.set(keys[i]!, entries[i]);
  });
  return keys;
}

function sameStrings(value: unknown, strings: readonly string[]): boolean {
  return Array.isArray(value) && value.length === strings.length && value.every((x, i) => x === strings[i]);
}

/** The headline texts whose stems the timeline and coverage read: title, dek, and both together. */
function headTexts(meta: Metadata): string[] {
  const both = `${meta.title ?? ''} ${meta.dek ?? ''}`.trim();
  return [meta.title ?? '', meta.dek ?? '', both].filter((t) => t.length > 0);
}

/** Computes an article's analyses (through the memos, which keep them for this run). */
export function analyseArticle(article: ArticleTexts): ArticleAnalyses {
  const passages = article.passages.map((p): PassageAnalyses => {
    const sentences = sentencesOfText(p.text);
    return {
      spans: sentences.flatMap((s) => [s.start, s.end]),
      stems: sameWords(stemsOf(p.text), sentences.flatMap((s) => stemsOf(s.text))) ? null : joinStems(stemsOf(p.text)),
      sentences: sentences.map((s) => joinStems(stemsOf(s.text))),
      quality: sentences.map((s) => qualityOf(s.text)),
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
  for (const [i, p] of value.passages.entries()) {
    if (p.spans.length !== p.sentences.length * 2 || p.quality.length !== p.sentences.length) return false;
    const kind = article.passages[i]!.kind;
    if ((p.numbers === null) !== !BODY.has(kind)) return false;
  }
  const signature = value.signature === null ? null : base64ToWords(value.signature);
  if (value.signature !== null && !signature) return false;
  article.passages.forEach((passage, i) => {
    const analyses = value.passages[i]!;
    const numbers = new Map(analyses.numbers ?? []);
    const stems = analyses.sentences.map(splitStems);
    const sentences = stems.map((sentenceStems, k) => {
      const start = analyses.spans[2 * k]!;
      const end = analyses.spans[2 * k + 1]!;
      const text = passage.text.slice(start, end);
      stemsOf.seed(text, sentenceStems);
      qualityOf.seed(text, analyses.quality[k]!);
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
