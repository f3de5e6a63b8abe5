import type { Draft } from './draft.ts';
import type { LineFeatures } from './line-features.ts';
import { isNameShaped } from './is-prose.ts';
import { carriesPhotoCredit, isItemStrip } from './chrome-reason.ts';
import { nextNonBlank } from './related-blocks.ts';
import { BYLINE_MARK } from './byline-block.ts';

/** Removed lines that may sit between a headline and its dek. */
const BETWEEN = new Set(['byline', 'timestamp', 'ad', 'social', 'prompt']);

/** Removed lines that typically separate a dek from the body: byline, date, lead image. */
const BELOW_DEK = new Set(['byline', 'timestamp', 'credit', 'image', 'stock-photo']);


const DATELINE_START = /^[\p{Lu}][\p{Lu} .,'’-]{2,40}(?:\([^)]{1,40}\))?\s*[-–—]/u;

/** True when the short sentence at `j` runs straight on into another short kept sentence (no blank line between). */
function opensShortSentences(features: readonly LineFeatures[], drafts: readonly Draft[], j: number): boolean {
  const f = features[j];
  const g = features[j + 1];
  return f !== undefined && g !== undefined && !g.blank && drafts[j + 1]?.keep === true && f.endsSentence && g.endsSentence && f.words <= 12 && g.words <= 12 && !isNameShaped(g);
}

/** True when the paragraph starting at `at` is hard-wrapped to a measure narrower than `width` (two lines or more). */
function wrappedBelow(features: readonly LineFeatures[], prose: readonly boolean[], at: number, width: number): boolean {
  const a = features[at];
  const b = features[at + 1];
  return a !== undefined && b !== undefined && !b.blank && prose[at] === true && prose[at + 1] === true && a.length < width * 0.85 && b.length < width * 0.85 && !a.endsSentence;
}

/** True when kept line `i` is directly followed by a credit, byline or date line: a caption over the lead image's chrome. */
function captionOverChrome(features: readonly LineFeatures[], drafts: readonly Draft[], i: number): boolean {
  const f = features[i];
  const below = drafts[i + 1];
  return f !== undefined && f.words <= 40 && drafts[i]?.keep === true && below !== undefined && !below.keep && (below.reason === 'credit' || BYLINE_MARK.has(below.reason));
}

/**
 * The line that carries on a hard-wrapped dek at `j`: the line directly under it, when the dek stops mid-sentence
 * and that line, not chrome on its own, starts in lower case and is short enough to end the dek ("… feel safer with" / "the nets"). -1 if none.
 */
export function dekContinuation(features: readonly LineFeatures[], drafts: readonly Draft[], j: number): number {
  const f = features[j];
  const g = features[j + 1];
  // A line that is chrome on its own ("by Jane Doe") does not carry on the dek.
  if (!f || !g || g.blank || f.endsSentence || drafts[j + 1]?.keep !== true) return -1;
  return /^\p{Ll}/u.test(g.text) && g.words <= 30 && f.words + g.words <= 70 ? j + 1 : -1;
}

/**
 * Choose the dek (standfirst) after the headline at `headline`: the first kept
 * line below it when that line is a short summary set apart from the body.
 * Lines that stand for an image of an HTML page (`imageLines`, 0-based; their
 * text is alt text) are stepped over, never taken. Returns its index or -1.
 */
export function chooseDek(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], headline: number, bodyStart: number, imageLines: ReadonlySet<number> = new Set()): number {
  if (headline === -1) return -1;
  let j = nextNonBlank(features, headline);
  let stepped = false;
  while (j !== -1 && (imageLines.has(j) || (drafts[j] && !drafts[j]?.keep && BETWEEN.has(drafts[j]?.reason ?? '')))) {
    stepped = stepped || !imageLines.has(j);
    j = nextNonBlank(features, j);
  }
  const f = j === -1 ? undefined : features[j];
  const d = j === -1 ? undefined : drafts[j];
  if (!f || !d || !d.keep || isNameShaped(f) || f.bullet || carriesPhotoCredit(f.text) || isItemStrip(f)) return -1;
  if (j < bodyStart || !prose[j]) {
    // Under the byline, a short sentence set directly on another is the first of a text in short sentences (easy-read, children's news).
    if (stepped && opensShortSentences(features, drafts, j)) return -1;
    // A phrase set directly under the headline, with function words, is a standfirst even when short.
    const sentenceLike = /[.!?]["”’]?$/u.test(f.text) || f.words >= 10 || (j === headline + 1 && f.words >= 6 && f.stopRatio > 0);
    // A paragraph directly under it is the lead image's caption when the byline or a credit follows it.
    const underIt = prose[j + 1] !== true || captionOverChrome(features, drafts, j + 1);
    return sentenceLike && f.words >= 5 && f.words <= 70 && underIt && !DATELINE_START.test(f.text) ? j : -1;
  }
  if (f.words > 60 || DATELINE_START.test(f.text)) return -1;
  // The first paragraph is a dek only when something sets it apart from the body.
  const wrapped = dekContinuation(features, drafts, j);
  const after = nextNonBlank(features, j);
  if (after === -1) return -1;
  const moreBody = prose.some((p, k) => p && k > Math.max(j, wrapped));
  if (!moreBody) return -1;
  const afterDraft = drafts[after];
  const afterFeatures = features[after];
  if (afterDraft && !afterDraft.keep && BELOW_DEK.has(afterDraft.reason)) return j;
  // A dek wrapped over two lines, then the byline or date.
  const afterWrapped = wrapped === -1 ? undefined : drafts[nextNonBlank(features, wrapped)];
  if (afterWrapped && !afterWrapped.keep && BYLINE_MARK.has(afterWrapped.reason)) return j;
  // The lead image's caption, then its credit or the byline, under the standfirst.
  if (afterDraft?.keep && (j === headline + 1 || stepped || after - j >= 2) && captionOverChrome(features, drafts, after)) return j;
  if (after - j >= 3) return j;
  if (j === headline + 1 && (after > j + 1 || (afterFeatures !== undefined && isNameShaped(afterFeatures)))) return j;
  // One long line set off by a blank line over a body hard-wrapped to a narrower measure: set apart by its layout.
  if (after > j + 1 && wrappedBelow(features, prose, after, f.length)) return j;
  if (afterFeatures && DATELINE_START.test(afterFeatures.text)) return j;
  return -1;
}
