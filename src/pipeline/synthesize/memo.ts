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

/**
 * Entries a memo holds before it empties itself (a bound for hostile input). It must exceed what one
 * synthesis run asks for — every passage, sentence and headline of the archive — or the values seeded
 * from the cache are lost and computed again: 10,000 articles have about 700,000 such texts.
 */
const LIMIT = 4_000_000;

/** Every memo's store, so that a finished run can let go of them all. */
const stores: Map<string, unknown>[] = [];

/**
 * Forgets every remembered analysis. The pipeline calls it once synthesis is done, so that the
 * archive's sentences, stems and bigrams are not kept alive through emit and the Astro build.
 */
export function forgetTextAnalyses(): void {
  for (const store of stores) store.clear();
  for (const forget of forgetters) forget();
  forgetStems();
  forgetWordIds();
}

/** What else forgets its remembered analyses with `forgetTextAnalyses` (the per-article memos of the other modules). */
const forgetters: (() => void)[] = [];

/** Has `forget` called whenever `forgetTextAnalyses` is. */
export function forgetWithTextAnalyses(forget: () => void): void {
  forgetters.push(forget);
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

/**
 * A list of stems as one string, joined by spaces, which no stem holds (stems are runs of letters and
 * digits, `tokenize`): the pipeline cache keeps stems so, which makes its entries small and quick to read.
 */
export type StemList = string;

/** `stems` as a `StemList`. */
export function joinStems(stems: readonly string[]): StemList {
  return stems.join(' ');
}

/** The stems `joinStems` joined. */
export function splitStems(list: StemList): string[] {
  return list === '' ? [] : list.split(' ');
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

/**
 * Integer ids of the run's content stems and stem bigrams, one id space shared by every analysis (a
 * bigram's id is never a stem's), so that story-wide steps count and intersect small integers instead of
 * hashing strings. Ids are given in order of first use and only compared for equality (or sorted to
 * intersect), so no output depends on their values. They are never dropped while any memo that holds
 * them lives: `forgetTextAnalyses` forgets both together.
 */
const stemIds = new Map<string, number>();
let nextWordId = 0;

/**
 * Bigram ids by their two stem ids: an open-addressing hash table of (first, second) → id in typed arrays,
 * so that a look-up hashes two small integers and allocates nothing.
 */
let pairFirst = new Int32Array(1 << 16).fill(-1);
let pairSecond = new Int32Array(1 << 16);
let pairValue = new Int32Array(1 << 16);
let pairCount = 0;

/** Per id, the last `distinct` call that saw it. */
let seenMark = new Int32Array(1 << 16);
let seenStamp = 0;

function forgetWordIds(): void {
  stemIds.clear();
  nextWordId = 0;
  pairFirst = new Int32Array(1 << 16).fill(-1);
  pairSecond = new Int32Array(1 << 16);
  pairValue = new Int32Array(1 << 16);
  pairCount = 0;
  seenMark = new Int32Array(1 << 16);
  seenStamp = 0;
}

function newWordId(): number {
  if (nextWordId >= 2 ** 31 - 1) throw new RangeError('too many distinct words');
  return nextWordId++;
}

/** The id of a content stem. */
export function stemId(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    id = newWordId();
    stemIds.set(stem, id);
  }
  return id;
}

/** How many ids have been given: every id is below it. */
export function wordIdCount(): number {
  return nextWordId;
}

function pairSlot(first: number, second: number, mask: number): number {
  let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;
  while (pairFirst[slot] !== -1 && (pairFirst[slot] !== first || pairSecond[slot] !== second)) slot = (slot + 1) & mask;
  return slot;
}

function growPairs(): void {
  const [first, second, value] = [pairFirst, pairSecond, pairValue];
  pairFirst = new Int32Array(first.length * 2).fill(-1);
  pairSecond = new Int32Array(first.length * 2);
  pairValue = new Int32Array(first.length * 2);
  const mask = pairFirst.length - 1;
  for (let i = 0; i < first.length; i++) {
    if (first[i] === -1) continue;
    const slot = pairSlot(first[i]!, second[i]!, mask);
    pairFirst[slot] = first[i]!;
    pairSecond[slot] = second[i]!;
    pairValue[slot] = value[i]!;
  }
}

/** The id of the bigram of two stems, by their ids. */
function pairId(first: number, second: number): number {
  const slot = pairSlot(first, second, pairFirst.length - 1);
  if (pairFirst[slot] !== -1) return pairValue[slot]!;
  const id = newWordId();
  pairFirst[slot] = first;
  pairSecond[slot] = second;
  pairValue[slot] = id;
  if (++pairCount * 2 > pairFirst.length) growPairs();
  return id;
}

/** The distinct content stems of `text` as ids, in order of first occurrence (the order of `stemSetOf`). Read-only. */
export const stemSetIdsOf: TextMemo<Int32Array> = memo((text) => distinct(stemsOf(text).map(stemId)));

/** The distinct content bigrams of `text` as ids, in order of first occurrence (the order of `bigramsOfText`). Read-only. */
export const bigramIdsOf: TextMemo<Int32Array> = memo((text) => {
  const stems = stemsOf(text);
  const ids: number[] = [];
  let prev = stems.length > 0 ? stemId(stems[0]!) : 0;
  for (let i = 1; i < stems.length; i++) {
    const next = stemId(stems[i]!);
    ids.push(pairId(prev, next));
    prev = next;
  }
  return distinct(ids);
});

/** The ids once each, in order of first occurrence. */
function distinct(ids: readonly number[]): Int32Array {
  if (seenMark.length < nextWordId) {
    const grown = new Int32Array(Math.max(nextWordId, seenMark.length * 2));
    grown.set(seenMark);
    seenMark = grown;
  }
  if (seenStamp === 2 ** 31 - 1) {
    seenMark.fill(0);
    seenStamp = 0;
  }
  const stamp = ++seenStamp;
  const out = new Int32Array(ids.length);
  let n = 0;
  for (const id of ids) {
    if (seenMark[id] === stamp) continue;
    seenMark[id] = stamp;
    out[n++] = id;
  }
  return n === out.length ? out : out.slice(0, n);
}

/** A sorted copy of distinct ids (for `sharedCount`). */
export function sortedIds(ids: Int32Array): Int32Array {
  return Int32Array.from(ids).sort();
}

/** How many ids two sorted arrays of distinct ids share. */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/**
 * Whether two sorted arrays of distinct ids share at least `need` ids (`sharedCount(a, b) >= need`),
 * stopping as soon as the answer is known.
 */
export function sharedAtLeast(a: Int32Array, b: Int32Array, need: number): boolean {
  if (need <= 0) return true;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    // each further shared id takes one from each array
    if (n + Math.min(a.length - i, b.length - j) < need) return false;
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      if (++n >= need) return true;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return false;
}

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
