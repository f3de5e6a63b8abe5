import type { Draft } from './draft.ts';
import type { LineFeatures } from './line-features.ts';
import { nextNonBlank } from './related-blocks.ts';
import { isNameShaped } from './is-prose.ts';

/** Removed lines that mark the byline block under a headline. */
export const BYLINE_MARK: ReadonlySet<string> = new Set(['byline', 'timestamp']);

/**
 * True when line `i`, one or two sentences, sits directly over the byline block (a removed byline or a name alone,
 * then a removed date or byline line): a headline written as sentences, as reader views copy it
 * ("A ransomware attack shut the app for nine days. The city still doesn't know what was taken." over "Jo Roe" / "May 19, 2025").
 */
export function overBylineBlock(features: readonly LineFeatures[], drafts: readonly Draft[], i: number): boolean {
  const f = features[i];
  const next = nextNonBlank(features, i);
  const after = next === -1 ? -1 : nextNonBlank(features, next);
  const mark = (j: number): boolean => j !== -1 && drafts[j]?.keep === false && BYLINE_MARK.has(drafts[j]?.reason ?? '');
  const name = next !== -1 && drafts[next]?.keep === true && features[next] !== undefined && isNameShaped(features[next]);
  return f !== undefined && f.words >= 6 && f.words <= 25 && f.sentenceEnds <= 2 && /^\p{Lu}.*[.!?]["”’]?$/u.test(f.text) && (mark(next) || name) && mark(after);
}
