import type { LineFeatures } from './line-features.ts';

/**
 * True when a line reads as running prose (a body paragraph): long enough,
 * with function words or sentence punctuation. This is jusText's "good" class.
 */
export function isProse(f: LineFeatures): boolean {
  if (f.words >= 10 && (f.endsSentence || f.sentenceEnds >= 1) && f.stopRatio >= 0.08) return true;
  if (f.words >= 20 && f.stopRatio >= 0.2) return true;
  if (f.words >= 12 && f.stopRatio >= 0.2 && (f.capRatio < 0.5 || f.sentenceEnds >= 1) && !isTitleShaped(f)) return true;
  if (f.words >= 25 && f.sentenceEnds >= 1) return true;
  return false;
}

/** True when a line is shaped like a sentence (ends with sentence punctuation and has a verb-ish body). */
export function isSentence(f: LineFeatures): boolean {
  return f.endsSentence && f.words >= 3 && !f.text.endsWith(':');
}

/** True when a line is shaped like a headline or subheading: short, no full stop at the end. */
export function isTitleShaped(f: LineFeatures): boolean {
  if (f.words < 2 || f.words > 30) return false;
  if (/[.;,]["”’)\]]*$/u.test(f.text)) return false;
  // Scripts without letter case (Chinese, Arabic, Hindi, …) start a title with any letter.
  return /^[\p{Lu}\p{Lo}]/u.test(f.text) || /^["“‘'«「\d]/u.test(f.text);
}

/**
 * True for a headline written as sentences in Title Case ("The Night Shift Is Making Nurses Sick. Hospitals
 * Are Starting to Notice."): nearly every word capitalised, which prose never is.
 */
export function isTitleCaseSentences(f: LineFeatures): boolean {
  return f.words >= 5 && f.words <= 24 && f.endsSentence && /[.!?]["”’]?$/u.test(f.text) && f.capRatio >= 0.75 && f.sentenceEnds <= 2 && /^[\p{Lu}"“‘']/u.test(f.text) && !f.bullet && f.text !== f.text.toUpperCase();
}

/** True when a line looks like a person's name standing alone ("Luke Jones"). */
export function isNameShaped(f: LineFeatures): boolean {
  if (f.words < 2 || f.words > 4 || f.endsSentence || f.stopRatio > 0) return false;
  return /^(?:[\p{Lu}][\p{L}'’.-]*\s+){1,3}[\p{Lu}][\p{L}'’-]*$/u.test(f.text);
}

/** Two to four people's names joined as a byline ("Jane Roe and John Doe", "Ana Ruiz, Li Wei & Tom Hale"). */
const SEVERAL_NAMES = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}(?:(?:,\s*|\s+(?:and|&)\s+|,\s+and\s+)\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}){1,3}$/u;

/** True when a line is a byline of several names standing alone ("Jane Roe and John Doe"). */
export function isSeveralNames(f: LineFeatures): boolean {
  return f.words <= 14 && !f.endsSentence && SEVERAL_NAMES.test(f.text);
}
