import type { Draft } from './draft.ts';
import { drop } from './draft.ts';
import type { LineFeatures } from './line-features.ts';
import { lineFeatures } from './line-features.ts';
import { isProse } from './is-prose.ts';
import { DATELINE_RUNS_ON, chromeReason, isRelatedHeader } from './chrome-reason.ts';
import { STOPWORDS } from './stopwords.ts';

/** Physical lines of a hard-wrapped paragraph are at most this long (wire copy wraps at 60–80). */
const MAX_WRAPPED = 110;
const MIN_WRAPPED = 30;
const MIN_WEAK = 45;
/** A dateline at the start of a line ("ORRIN FALLS – The …", "KYIV, Ukraine —"). */
const DATELINE_OPENS = /^\p{Lu}[\p{Lu} .,'’-]{2,40}(?:\([^)]{1,40}\))?\s*[–—-]\s/u;
/** Cap on the joined text examined per paragraph. */
const MAX_JOINED = 4000;

/** 0 = line `i` does not wrap into `i + 1`; 1 = it may (similar long lines); 2 = it surely does (ends mid-phrase). */
function wrapStrength(features: readonly LineFeatures[], drafts: readonly Draft[], i: number): 0 | 1 | 2 {
  const a = features[i];
  const b = features[i + 1];
  if (!a || !b || a.blank || b.blank || !drafts[i]?.keep || !drafts[i + 1]?.keep) return 0;
  if (a.length < MIN_WRAPPED || a.length > MAX_WRAPPED || b.length > MAX_WRAPPED) return 0;
  // A dateline opens a paragraph: the line above it does not run on into it.
  if (b.bullet || b.quoted || DATELINE_OPENS.test(b.text)) return 0;
  const lastWord = (/(\S+)$/.exec(a.text)?.[1] ?? '').toLowerCase();
  if (!a.endsSentence && (!/^\p{Lu}/u.test(b.text) || STOPWORDS.has(lastWord))) return 2;
  if (/^\p{Ll}/u.test(b.text)) return 2;
  // A dateline running on into a sentence that the line does not finish ("KYIV, May 6 — The ministry of").
  if (!a.endsSentence && DATELINE_RUNS_ON.test(a.text)) return 2;
  if (!a.endsSentence && a.capRatio < 0.5 && a.length >= MIN_WEAK && b.length >= MIN_WEAK) return 1;
  return 0;
}

/**
 * True when lines `from`..`to` break like one paragraph wrapped to a width:
 * no line could have taken the next line's first word (the width is the
 * longest line). A stack of teaser headlines breaks after each title, so a
 * short title followed by a word that would have fitted is not a wrap.
 */
function wrapsGreedily(features: readonly LineFeatures[], from: number, to: number): boolean {
  let width = 0;
  for (let k = from; k <= to; k += 1) width = Math.max(width, features[k]?.text.length ?? 0);
  for (let k = from; k < to; k += 1) {
    const here = features[k]?.text.length ?? 0;
    const firstWord = (/^\S+/u.exec(features[k + 1]?.text ?? '')?.[0] ?? '').length;
    if (here + 1 + firstWord <= width) return false;
  }
  return true;
}

/**
 * Mark the lines of hard-wrapped paragraphs as prose when the paragraph,
 * joined, reads as prose: jusText judges blocks, and a wrapped line on its own
 * is too short to tell. A run linked only by "similar long lines" needs at
 * least three lines (a headline over its dek is not a wrapped paragraph).
 * Updates `prose` in place.
 */
export function markWrappedProse(features: readonly LineFeatures[], drafts: readonly Draft[], prose: boolean[]): void {
  let i = 0;
  while (i < features.length) {
    let j = i;
    let sure = false;
    for (let s = wrapStrength(features, drafts, j); s > 0; s = wrapStrength(features, drafts, j)) {
      if (s === 2) sure = true;
      j += 1;
    }
    // A run linked only by "similar long lines" must end like a sentence (its
    // own last line, or a shorter closing line right below it): a list of
    // teaser headlines is similar long lines too, but never ends with a full stop.
    if (j > i && !sure && j - i >= 2 && features[j]?.endsSentence !== true) {
      const tail = features[j + 1];
      if (tail && !tail.blank && drafts[j + 1]?.keep === true && tail.endsSentence && tail.length <= MAX_WRAPPED && !tail.bullet) j += 1;
    }
    if (j > i && (sure || (j - i >= 2 && features[j]?.endsSentence === true && wrapsGreedily(features, i, j)))) {
      let joined = '';
      for (let k = i; k <= j && joined.length < MAX_JOINED; k += 1) joined += `${features[k]?.text ?? ''} `;
      const whole = lineFeatures(joined);
      // Under a "Most Popular" header, a stack of teaser headlines is not a wrapped paragraph unless it holds a sentence.
      const above = features[i - 1];
      const underHeader = above !== undefined && !above.blank && isRelatedHeader(above);
      const sentenceLike = !underHeader || whole.endsSentence || whole.sentenceEnds >= 1;
      if (sentenceLike && isProse(whole)) for (let k = i; k <= j; k += 1) prose[k] = true;
    }
    i = j + 1;
  }
}

/** The last physical line of a wrapped paragraph that holds no letter ("20.", "2025.", "$4.5m."). */
const NUMBER_TAIL = /^[\d$€£%.,:/-]{1,12}[.!?]["”’)]?$/u;

/**
 * Give back the last physical line of a wrapped paragraph when it holds only
 * a number ("… takes 70 minutes instead of" / "20."): removed as a fragment
 * on its own, it ends the sentence of the prose line right above it.
 */
export function keepWrappedTails(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  features.forEach((f, i) => {
    const d = drafts[i];
    const above = features[i - 1];
    if (!d || d.keep || d.reason !== 'fragment' || !above || !prose[i - 1] || above.endsSentence || above.length < MIN_WRAPPED || !NUMBER_TAIL.test(f.text)) return;
    d.keep = true;
    d.reason = 'content';
    prose[i] = true;
  });
}

/** Chrome reasons that hold for every physical line of a wrapped block when one of its lines shows them. */
const BLOCK_REASONS = new Set(['prompt', 'disclaimer', 'copyright', 'bio', 'social', 'ad']);

/** A physical line at least this long fills most of a wrapped page's measure. */
const FULL_LINE = 50;

/** Words a line cannot end on unless it runs on into the next ("… Registered in" / "England and Wales"). */
const RUNS_ON_WORDS = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'and', 'or', 'with', 'by', 'from', 'your', 'our', 'their', 'its', 'is', 'are', 'any', 'such']);

/** True when line `i` surely runs on into line `i + 1`, whatever either was taken for: it stops mid-phrase, or the next line starts in lower case. */
function runsOnSurely(features: readonly LineFeatures[], i: number): boolean {
  const a = features[i];
  const b = features[i + 1];
  if (!a || !b || a.blank || b.blank || a.length < MIN_WRAPPED || a.length > MAX_WRAPPED || b.length > MAX_WRAPPED) return false;
  if (b.bullet || b.quoted || DATELINE_OPENS.test(b.text)) return false;
  const lastWord = (/(\S+)$/.exec(a.text)?.[1] ?? '').toLowerCase();
  // A line cut after a joining word fills most of the measure; a short line ending so is a phrase of its own ("Sign in to read more like this").
  return /^\p{Ll}/u.test(b.text) || (!a.endsSentence && a.length >= FULL_LINE && RUNS_ON_WORDS.has(lastWord));
}

/**
 * Chrome wrapped over several physical lines ("Save as text", text browsers): a cookie notice, a disclaimer or
 * a company footer whose first line alone does not show what it is. Each run of lines that surely wrap is
 * joined and judged as one line; when the whole is chrome, or one of its lines was removed as block chrome
 * (a prompt, a disclaimer, a copyright line…), every line of the run is removed with that reason.
 */
export function dropWrappedChrome(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  let i = 0;
  while (i < features.length) {
    let j = i;
    while (runsOnSurely(features, j)) j += 1;
    if (j > i) {
      let joined = '';
      for (let k = i; k <= j && joined.length < MAX_JOINED; k += 1) joined += `${features[k]?.text ?? ''} `;
      const whole = chromeReason(lineFeatures(joined));
      let reason = whole !== null && BLOCK_REASONS.has(whole) ? whole : null;
      for (let k = i; k <= j && reason === null; k += 1) {
        const d = drafts[k];
        if (d && !d.keep && BLOCK_REASONS.has(d.reason)) reason = d.reason;
      }
      if (reason !== null) {
        for (let k = i; k <= j; k += 1) {
          drop(drafts[k], reason);
          prose[k] = false;
        }
      }
    }
    i = j + 1;
  }
}

/** A line at least this long that stops without punctuation was cut at the page's measure. */
const WIDE_MEASURE = 60;

/** Reasons a wrapped paragraph's last physical line may have been given on its own ("said." recurs across the archive). */
const TAIL_REASONS = new Set(['repeated', 'byline', 'fragment', 'nav', 'related']);

/**
 * Gives back the physical lines that finish a wrapped sentence ("… the company's chief executive" / "said.",
 * "… roads closed" / "by snow."): a short line that starts in lower case and ends the sentence, directly under
 * a kept line of prose that stops mid-sentence, is that sentence's end, whatever it looked like alone.
 */
export function keepSentenceEnds(features: readonly LineFeatures[], drafts: Draft[]): void {
  features.forEach((f, i) => {
    const d = drafts[i];
    const above = features[i - 1];
    if (!d || d.keep || !TAIL_REASONS.has(d.reason) || !above || above.blank || !drafts[i - 1]?.keep) return;
    if (above.endsSentence || above.length < MIN_WRAPPED || f.words > 5 || !f.endsSentence) return;
    // In lower case it can only go on from above; in capitals, only when the line above was cut at a wide measure mid-list or mid-phrase.
    if (!/^\p{Ll}/u.test(f.text) && !(above.length >= WIDE_MEASURE && (/,$/.test(above.text) || !/[.!?:;"”’)\]]$/u.test(above.text)))) return;
    d.keep = true;
    d.reason = 'content';
  });
}
