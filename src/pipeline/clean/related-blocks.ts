import type { Draft } from './draft.ts';
import { drop } from './draft.ts';
import type { LineFeatures } from './line-features.ts';
import { isRelatedHeader } from './chrome-reason.ts';
import { isTitleShaped } from './is-prose.ts';

/** Index of the next non-blank line after `i`, or -1. */
export function nextNonBlank(features: readonly LineFeatures[], i: number): number {
  for (let j = i + 1; j < features.length; j += 1) if (!features[j]?.blank) return j;
  return -1;
}

/** Index of the previous non-blank line before `i`, or -1. */
export function previousNonBlank(features: readonly LineFeatures[], i: number): number {
  for (let j = i - 1; j >= 0; j -= 1) if (!features[j]?.blank) return j;
  return -1;
}

/**
 * Remove the block of links that follows a "Related stories" / "Recent News"
 * header: short lines and teaser excerpts (a title line then one short
 * paragraph), up to the point where two paragraphs in a row show that the
 * article body resumes. `prose` is updated in place for removed lines.
 */
export function dropRelatedBlocks(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  for (let h = 0; h < features.length; h += 1) {
    const header = features[h];
    if (!header || header.blank || !isRelatedHeader(header)) continue;
    let i = nextNonBlank(features, h);
    let items = 0;
    while (i !== -1) {
      const f = features[i];
      if (!f) break;
      if (prose[i]) {
        const next = nextNonBlank(features, i);
        const previous = previousNonBlank(features, i);
        const previousFeatures = previous === -1 ? undefined : features[previous];
        const teaser = f.words <= 40 && previous !== h && previous === i - 1 && (next === -1 || !prose[next]) && previousFeatures !== undefined && isTitleShaped(previousFeatures) && !prose[previous];
        const bodyResumes = next !== -1 && prose[next] === true;
        if (!teaser && (bodyResumes || f.words > 40)) break;
        // Two sentences over a heading that heads two paragraphs: the body, which resumed here ("Lees ook" and one link, then the text).
        const afterNext = next === -1 ? -1 : nextNonBlank(features, next);
        const headsBody = next !== -1 && !prose[next] && afterNext !== -1 && prose[afterNext] === true && prose[nextNonBlank(features, afterNext)] === true;
        if (f.sentenceEnds >= 2 && headsBody) break;
        if (!teaser && next === -1 && f.words > 25) break;
        // A one-link box ("Read more" + one title) inside the body: a full sentence after a blank is the body again.
        if (!teaser && items <= 1 && previous !== i - 1 && f.endsSentence) break;
      }
      items += 1;
      drop(drafts[i], 'related');
      prose[i] = false;
      i = nextNonBlank(features, i);
    }
    if (i !== -1) h = i - 1;
    else break;
  }
}
