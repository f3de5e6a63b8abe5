/**
 * Sentence splitting that works inside lines (newswire articles often arrive as one line).
 *
 * A boundary is placed after a terminator run (`.`, `!`, `?`, `…`), optionally followed by
 * closing quotes/brackets (`."`, `.”`, `?’`, `.)`), when whitespace follows and the next
 * non-space character starts a sentence (upper-case letter, digit, or an opening quote/bracket
 * followed by one). Line breaks are always boundaries. A period does not end a sentence after:
 *  - a title or name-bound abbreviation (Mr., Dr., Gen., Sen., St., …): never;
 *  - a single-letter initial ("John F. Kennedy"): never;
 *  - another known abbreviation (Corp., Inc., Jan., U.S., a.m., …) or a dotted acronym:
 *    only when the next word is a typical sentence opener ("… in the U.S. The company …").
 * Decimals ("3.5"), versions and URLs never split because no whitespace follows the period.
 * Single pass, constant look-back per candidate: linear in the text length.
 */

/** Abbreviations after which a sentence essentially never ends (they precede a name). */
const BOUND = new Set(
  ('mr mrs ms messrs dr prof gen sen rep gov lt col maj capt sgt adm cmdr cpl pvt st rev hon pres supt insp ' +
    'fr sr jr mt ft no nos vs v cf fig figs al approx ca est dept univ ave blvd rd hwy').split(' '),
);
/** Abbreviations that may end a sentence ("… Microsoft Corp. The company …"). */
const SOFT = new Set(
  ('jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'inc corp co ltd llc plc bros etc ' +
    'calif fla ill mass mich penn tex wash ariz colo conn ga ky la md minn mo nev okla ore pa tenn va wis ' +
    'ala ark del ind kan miss mont neb wyo').split(' '),
);
/** Words that typically open a sentence; used to decide after a soft abbreviation. */
const OPENERS = new Set(
  ('the a an it its he she they we i you this that these those there his her their our but and or so yet ' +
    'in on at for from with by as after before when while if although though however meanwhile ' +
    'officials police authorities shares analysts').split(' '),
);

const TERMINATORS = '.!?…';
const CLOSERS = '"\'”’»)]';
const OPENERS_PUNCT = '"\'“‘«([';

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\r' || ch === '\f' || ch === '\v';
}
function isUpperOrDigit(ch: string): boolean {
  if (ch >= '0' && ch <= '9') return true;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export interface SentenceSpan {
  /** Offset of the first character (after leading whitespace). */
  start: number;
  /** Offset after the last character (before trailing whitespace). */
  end: number;
}

/** The word (letters, dots) ending just before `dot` (exclusive), lower-cased, without leading punctuation. */
function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  const stop = Math.max(0, dot - 24);
  while (i >= stop && !isSpace(text[i] ?? ' ') && text[i] !== '\n' && !OPENERS_PUNCT.includes(text[i] ?? ' ')) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

function wordAt(text: string, i: number): string {
  let j = i;
  const stop = Math.min(text.length, i + 24);
  while (j < stop && /[\p{L}]/u.test(text[j] ?? ' ')) j++;
  return text.slice(i, j).toLowerCase();
}

/** Sentence spans of `text`, in order. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && (isSpace(text[s] ?? '') || text[s] === '\n')) s++;
    while (e > s && (isSpace(text[e - 1] ?? '') || text[e - 1] === '\n')) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  let i = 0;
  while (i < n) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (!TERMINATORS.includes(ch)) {
      i++;
      continue;
    }
    // terminator run
    const termStart = i;
    while (i < n && TERMINATORS.includes(text[i] ?? '')) i++;
    while (i < n && CLOSERS.includes(text[i] ?? '')) i++;
    const end = i;
    if (i >= n) break;
    if (!isSpace(text[i] ?? '') && text[i] !== '\n') continue;
    let k = i;
    while (k < n && isSpace(text[k] ?? '')) k++;
    if (k >= n || text[k] === '\n') continue; // the newline handler ends the sentence
    let first = k;
    while (first < n && OPENERS_PUNCT.includes(text[first] ?? '')) first++;
    const next = text[first] ?? '';
    if (!isUpperOrDigit(next)) continue;
    const run = text.slice(termStart, end);
    if (run.startsWith('.') && !run.startsWith('..')) {
      const w = wordBefore(text, termStart);
      const bare = w.replace(/^[^\p{L}\p{N}]+/u, '');
      if (BOUND.has(bare)) continue;
      if (/^\p{L}$/u.test(bare)) continue; // initial
      const dotted = /^(?:\p{L}\.)+\p{L}$/u.test(bare); // u.s, a.m, u.k
      if (dotted || SOFT.has(bare)) {
        if (!OPENERS.has(wordAt(text, first))) continue;
      }
    }
    push(start, end);
    start = end;
  }
  push(start, n);
  return spans;
}

/** Sentences of `text`, trimmed, in order. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((s) => text.slice(s.start, s.end));
}
