import type { Draft } from './draft.ts';
import type { LineFeatures } from './line-features.ts';
import { isProse, isTitleShaped } from './is-prose.ts';
import { nextNonBlank, previousNonBlank } from './related-blocks.ts';

const DATELINE = /^(?:[\p{Lu}][\p{Lu} .,'’-]{2,40}(?:,\s*[\p{Lu}][\p{L} .]{1,30})?\s*(?:\([^)]{1,40}\))?\s*[-–—:]?|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|(?:[\p{Lu}][\p{L}]+,\s+)?[\p{Lu}][\p{L}]+\s+\d{1,2}\s*\([^)]{1,30}\)\s*[-–—])$/u;
const TWEET = /pic\.twitter\.com\/|^[—–-]\s*[^()]{1,80}\(@\w{1,30}\)|\(@\w{1,30}\)\s+\p{Lu}\p{Ll}+ \d{1,2}, \d{4}$/u;
const QA = /^(?:q|a|question|answer)\s*[:.)]\s|^[\p{Lu}][\p{Lu}\p{L} .'-]{1,30}:\s/u;
const CAPTION_NEIGHBOUR = new Set(['credit', 'image', 'stock-photo']);
const GLUED_CREDIT = /\((?:photo|image|picture|credit|source)[^()]{0,120}\)\s*$|\b(?:getty images|shutterstock|afp|ap photo|reuters)\)?\s*$/iu;

/** True when a removed photo credit or image sits right below line `i` (or right above it, for a short line). */
function besideCredit(features: readonly LineFeatures[], drafts: readonly Draft[], i: number, paragraph: boolean): boolean {
  const around = paragraph ? [nextNonBlank(features, i)] : [previousNonBlank(features, i), nextNonBlank(features, i)];
  for (const j of around) {
    const d = j === -1 ? undefined : drafts[j];
    if (d && !d.keep && CAPTION_NEIGHBOUR.has(d.reason)) return true;
  }
  return false;
}

/** The reason code of a kept line that is neither the headline nor the dek. */
export function keptReason(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], i: number): string {
  const f = features[i];
  if (!f) return 'content';
  const paragraph = prose[i] === true;
  const t = f.text;
  if (f.bullet && !/^[—–]/.test(t)) return 'list-item';
  if (TWEET.test(t) || f.quoted) return 'quote';
  if (f.words <= 8 && DATELINE.test(t)) return 'dateline';
  if (GLUED_CREDIT.test(t) && f.words <= 60) return 'caption';
  if (!paragraph || f.words <= 40) {
    if (besideCredit(features, drafts, i, paragraph) && f.words >= 3) return 'caption';
  }
  if (f.heading || (!paragraph && !isProse(f) && isTitleShaped(f) && !QA.test(t))) return 'subheading';
  return 'content';
}
