/**
 * Shared per-text analysis for the synthesize stage.
 *
 * `summarize`, `uniqueFacts`, `numericConflicts`, `buildTimeline` and `findEntities` all read the same
 * passages sentence by sentence, and wire copies and shared quotations repeat the same sentences across
 * sources. Each analysis here (sentence spans of a passage, content stems and bigrams of a text, the
 * quality of a sentence) is computed once per distinct text and shared. The results are pure functions of
 * the text, so the memo never changes an output; it is bounded (cleared when full), and what it returns is
 * read-only — callers must not mutate it.
 */
import { findDates, type FoundDate, type YMD } from './dates/index.ts';
import { sentenceQuality } from './quality.ts';
import { bigramsOf, contentStems, forgetStems, sentenceSpans } from './text/index.ts';

const LIMIT = 200_000;

/** Every memo's store, so that a finished run can let go of them all. */
const stores: Map<string, unknown>[] = [];

/**
 * Forgets every remembered analysis. The pipeline calls it once synthesis is done, so that the
 * archive's sentences, stems and bigrams are not kept alive through emit and the Astro build.
 */
export function forgetTextAnalyses(): void {
  for (const store of stores) store.clear();
  forgetStems();
}

/** A memo of a pure function of a text, which a cached earlier run can fill in (`seed`). */
export interface TextMemo<V> {
  (text: string): V;
  /** Remembers `value` as what the function gives for `text` (it must be exactly that). */
  seed(text: string, value: V): void;
}

/** A bounded memo of `compute`, forgotten by `forgetTextAnalyses`. */
export function memo<V>(compute: (text: string) => V): TextMemo<V> {
  const cache = new Map<string, V>();
  stores.push(cache);
  const remember = (text: string, v: V): void => {
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, v);
  };
  const get = (text: string): V => {
    let v = cache.get(text);
    if (v === undefined) {
      v = compute(text);
      remember(text, v);
    }
    return v;
  };
  return Object.assign(get, {
    seed(text: string, value: V): void {
      if (!cache.has(text)) remember(text, value);
    },
  });
}

/** A sentence of a text: its offsets and its text (trimmed, as `sentenceSpans`). */
export interface SentenceAt {
  start: number;
  end: number;
  text: string;
}

/** The sentences of `text` (`sentenceSpans`, with their text). */
export const sentencesOfText: TextMemo<readonly SentenceAt[]> = memo((text) =>
  sentenceSpans(text).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
);

/** Content stems of `text` (`contentStems`), read-only. */
export const stemsOf: TextMemo<readonly string[]> = memo((text) => contentStems(text));

/** The distinct content stems of `text`, read-only. */
export const stemSetOf: (text: string) => ReadonlySet<string> = memo((text) => new Set(stemsOf(text)));

/** Content bigrams of `text` (`contentBigrams`), read-only. */
export const bigramsOfText: (text: string) => ReadonlySet<string> = memo((text) => bigramsOf(stemsOf(text)));

/** `sentenceQuality(text)`. */
export const qualityOf: TextMemo<number> = memo((text) => sentenceQuality(text));

/** `findDates` results by anchor day (`y/m/d`, or `''` for none), then by sentence. */
const datesByAnchor = new Map<string, Map<string, readonly FoundDate[]>>();
stores.push(datesByAnchor);

function datesMemo(anchor: YMD | null): Map<string, readonly FoundDate[]> {
  const day = anchor ? `${anchor.y}/${anchor.m}/${anchor.d}` : '';
  let dates = datesByAnchor.get(day);
  if (dates === undefined) {
    dates = new Map();
    datesByAnchor.set(day, dates);
  }
  return dates;
}

/** `findDates(sentence, anchor)`, read-only. */
export function datesOf(sentence: string, anchor: YMD | null): readonly FoundDate[] {
  const dates = datesMemo(anchor);
  let found = dates.get(sentence);
  if (found === undefined) {
    found = findDates(sentence, anchor);
    if (dates.size >= LIMIT) dates.clear();
    dates.set(sentence, found);
  }
  return found;
}

/** Remembers `found` as `findDates(sentence, anchor)` (it must be exactly that). */
export function seedDates(sentence: string, anchor: YMD | null, found: readonly FoundDate[]): void {
  const dates = datesMemo(anchor);
  if (dates.has(sentence)) return;
  if (dates.size >= LIMIT) dates.clear();
  dates.set(sentence, found);
}
