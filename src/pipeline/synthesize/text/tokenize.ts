/**
 * Word tokenisation for concept extraction and matching.
 *
 * `tokenize` folds the text (NFKD, combining marks dropped, lower-case), and returns maximal
 * runs of letters/digits, allowing an apostrophe (straight or curly) between two such runs.
 * A trailing possessive `'s` is dropped ("Smith's" → "smith"), other apostrophes are removed
 * ("won't" → "wont", "we’ve" → "weve"). Linear time; no backtracking-prone patterns.
 */
import { porterStem } from './porter.ts';
import { STOPWORDS } from './stopwords.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const MARKS = /[\u0300-\u036f]/g;

/** A character that NFKD or mark removal might change: anything but ASCII and curly quotes and dashes. */
const MAY_DECOMPOSE = /[^\x00-\x7f\u2013\u2014\u2018\u2019\u201c\u201d]/;

export function fold(text: string): string {
  // ASCII, curly quotes and dashes are their own NFKD form and hold no combining marks.
  if (!MAY_DECOMPOSE.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  const folded = fold(text);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) {
    let w = m[0];
    if (w.indexOf("'") >= 0 || w.indexOf('’') >= 0) {
      w = w.replace(/['’]s$/, '').replace(/['’]/g, '');
    }
    if (w) out.push(w);
  }
  return out;
}

const stemCache = new Map<string, string>();

/** Empties the stem memo (see `forgetTextAnalyses`). */
export function forgetStems(): void {
  stemCache.clear();
}
/** Porter stem with a bounded memo (the scorer stems only tokens longer than 3 characters; so do we). */
export function stem(token: string): string {
  if (token.length <= 3) return token;
  let s = stemCache.get(token);
  if (s === undefined) {
    s = porterStem(token);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(token, s);
  }
  return s;
}

/** Stemmed content words (stopwords and 1-character tokens removed), in order. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    if (t.length < 2 || STOPWORDS.has(t)) continue;
    out.push(stem(t));
  }
  return out;
}

/**
 * Content-word bigrams: stopwords are removed first, the remaining stems are paired with their
 * next neighbour ("won't sell its facial recognition software" → "sell facial", "facial recognit",
 * "recognit softwar"). Returned as a set of "a b" keys.
 */
export function contentBigrams(text: string): Set<string> {
  return bigramsOf(contentStems(text));
}

export function bigramsOf(stems: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < stems.length; i++) out.add(stems[i] + ' ' + stems[i + 1]);
  return out;
}

/** Whitespace-separated word count (the convention of the ROUGE scorer's `--max-words`). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}
