/**
 * Syndicated copies: exact and near-duplicate articles in one story (the same wire copy on several sites).
 *
 * Method: each source's text (its passages, or its title and dek when it has none) is tokenised
 * (`text/tokenize`) into word 5-shingles, hashed to 32 bits. A MinHash signature (`BANDS × ROWS` hash
 * functions) is cut into bands; sources sharing a band bucket are candidates (LSH), and a candidate pair is
 * confirmed with the exact Jaccard similarity of the two shingle sets (≥ `threshold`, default 0.8).
 * Sources are visited earliest first (publication date, undated last, then file name); a source that matches
 * an earlier original becomes its duplicate, and only originals are compared against, so chains collapse
 * onto the earliest article and every source costs at most `MAX_CHECKS` exact comparisons.
 * Texts shorter than `MIN_SHINGLES` shingles are duplicates only of an identical text.
 * Two articles that share quotations but were written separately stay far below the threshold: their
 * shingle sets overlap only on the quoted words.
 * Cost: O(total words × hash functions / ROWS…) — linear in the input; no all-pairs comparison.
 */
import type { SummarySource } from './summarize.ts';
import { tokenize } from './text/index.ts';
import { memo, type TextMemo } from './memo.ts';

export interface DuplicateOptions {
  /** Minimum Jaccard similarity of the 5-shingle sets (0…1). */
  threshold?: number;
}

const SHINGLE = 5;
const BANDS = 16;
const ROWS = 6;
const MIN_SHINGLES = 8;
const MAX_CHECKS = 64;
const MAX_TOKENS = 200_000;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a 32-bit value with a seed (murmur3 finaliser). */
function mix(x: number, seed: number): number {
  let h = (x ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS: number[] = Array.from({ length: BANDS * ROWS }, (_, i) => fnv1a(`minhash-seed-${i}`));

export function sourceText(s: SummarySource): string {
  if (s.passages.length > 0) return s.passages.map((p) => p.text).join('\n');
  return [s.meta.title ?? '', s.meta.dek ?? ''].join('\n');
}

/** Sorted, distinct 32-bit hashes of the text's word 5-shingles (or of the whole text when shorter). */
export function shingles(text: string): Uint32Array {
  const toks = tokenize(text);
  if (toks.length > MAX_TOKENS) toks.length = MAX_TOKENS;
  const set = new Set<number>();
  if (toks.length > 0 && toks.length < SHINGLE) set.add(fnv1a(toks.join(' ')));
  // fnv1a(toks.slice(i, i + SHINGLE).join(' ')), computed without building the string
  for (let i = 0; i + SHINGLE <= toks.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + SHINGLE; k++) {
      if (k > i) {
        h ^= 32;
        h = Math.imul(h, 0x01000193);
      }
      const t = toks[k] as string;
      for (let c = 0; c < t.length; c++) {
        h ^= t.charCodeAt(c);
        h = Math.imul(h, 0x01000193);
      }
    }
    set.add(h >>> 0);
  }
  return Uint32Array.from(set).sort();
}

/** Exact Jaccard similarity of two sorted hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      inter++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}

function signature(sh: Uint32Array): Uint32Array {
  const sig = new Uint32Array(BANDS * ROWS).fill(0xffffffff);
  for (const x of sh) {
    for (let k = 0; k < sig.length; k++) {
      const v = mix(x, SEEDS[k] as number);
      if (v < (sig[k] as number)) sig[k] = v;
    }
  }
  return sig;
}

/** `shingles(text)`, once per distinct text. */
const shinglesOfText: TextMemo<Uint32Array> = memo((text) => shingles(text));

/** What near-duplicate detection reads of every source's text: how many shingles, and the MinHash signature when there are enough. */
export interface TextSignature {
  count: number;
  signature: Uint32Array | null;
}

/**
 * The shingle count and signature of a text, once per distinct text (a cached earlier run can seed it).
 * The shingles themselves are only read again for the few candidate pairs that LSH finds.
 */
export const signatureOfText: TextMemo<TextSignature> = memo((text) => {
  const sh = shinglesOfText(text);
  return { count: sh.length, signature: sh.length >= MIN_SHINGLES ? signature(sh) : null };
});

/** Publication-order comparison: dated first by date, then file name. */
export function byDateThenName(a: SummarySource, b: SummarySource): number {
  const da = a.meta.published;
  const db = b.meta.published;
  if (da && db && da !== db) return da < db ? -1 : 1;
  if (da && !db) return -1;
  if (!da && db) return 1;
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

/** Map from a source's file name to the file name of the earlier source it copies. */
export function findDuplicates(sources: readonly SummarySource[], options: DuplicateOptions = {}): Map<string, string> {
  const threshold = options.threshold ?? 0.8;
  const out = new Map<string, string>();
  const order = [...sources].sort(byDateThenName);
  const buckets = new Map<string, number[]>(); // band key → indexes (in `order`) of originals
  const texts: string[] = [];
  const exact = new Map<string, number>(); // short texts: normalised text → original index
  const seen = new Set<string>();
  order.forEach((src, idx) => {
    const text = sourceText(src);
    const { count, signature: sig } = signatureOfText(text);
    texts.push(text);
    if (seen.has(src.source)) return; // the same file twice: keep the first
    seen.add(src.source);
    if (count === 0) return;
    if (count < MIN_SHINGLES) {
      const key = tokenize(text).join(' ');
      const orig = exact.get(key);
      if (orig !== undefined) out.set(src.source, (order[orig] as SummarySource).source);
      else exact.set(key, idx);
      return;
    }
    if (sig === null) return;
    const keys: string[] = [];
    for (let b = 0; b < BANDS; b++) {
      let key = `${b}:`;
      for (let r = 0; r < ROWS; r++) key += (sig[b * ROWS + r] as number).toString(36) + ',';
      keys.push(key);
    }
    const tried = new Set<number>();
    const candidates: number[] = [];
    for (const key of keys) {
      for (const c of buckets.get(key) ?? []) {
        if (!tried.has(c)) {
          tried.add(c);
          candidates.push(c);
        }
      }
    }
    candidates.sort((x, y) => x - y); // earliest original first
    let match = -1;
    for (const c of candidates.slice(0, MAX_CHECKS)) {
      if (jaccard(shinglesOfText(text), shinglesOfText(texts[c] as string)) >= threshold) {
        match = c;
        break;
      }
    }
    if (match >= 0) {
      out.set(src.source, (order[match] as SummarySource).source);
      return;
    }
    for (const key of keys) {
      const list = buckets.get(key);
      if (list) {
        if (list.length < 1000) list.push(idx);
      } else buckets.set(key, [idx]);
    }
  });
  return out;
}

/** The sources with `duplicateOf` set from `findDuplicates` (existing values are kept). */
export function withDuplicates<T extends SummarySource>(sources: readonly T[], duplicates: ReadonlyMap<string, string>): T[] {
  return sources.map((s) => {
    if (s.duplicateOf !== undefined) return s;
    const d = duplicates.get(s.source);
    return d === undefined ? s : { ...s, duplicateOf: d };
  });
}
