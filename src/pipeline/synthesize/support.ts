/**
 * "Supports": when a passage carries the content of a summary sentence.
 *
 * Definition (used for citations AND for the citation-precision metric of `bench/summary.ts`):
 *
 *   Let B(x) be the set of content-word bigrams of x: tokenize (NFKD fold, lower-case, letters/digits,
 *   apostrophes folded), drop stopwords and 1-character tokens, Porter-stem, pair each remaining stem
 *   with the next one. A passage P supports a sentence S iff
 *     - |B(S)| ≥ 2 and |B(S) ∩ B(P)| ≥ 0.6 · |B(S)|  (P contains at least 60 % of S's content bigrams), or
 *     - |B(S)| < 2, S has at least one content stem, and every content stem of S occurs in P.
 *
 * The passage a sentence was extracted from always supports it (containment 1).
 */
import { bigramsOf, contentStems } from './text/index.ts';

export const SUPPORT_THRESHOLD = 0.6;

/** Share of the sentence's content bigrams that the passage contains (0…1). */
export function containment(sentenceBigrams: ReadonlySet<string>, passageBigrams: ReadonlySet<string>): number {
  if (sentenceBigrams.size === 0) return 0;
  let hit = 0;
  for (const b of sentenceBigrams) if (passageBigrams.has(b)) hit++;
  return hit / sentenceBigrams.size;
}

/** True when `passageText` supports `sentenceText` (see the module comment for the exact rule). */
export function supports(passageText: string, sentenceText: string): boolean {
  const s = contentStems(sentenceText);
  const p = contentStems(passageText);
  const sb = bigramsOf(s);
  if (sb.size >= 2) return containment(sb, bigramsOf(p)) >= SUPPORT_THRESHOLD;
  if (s.length === 0) return false;
  const ps = new Set(p);
  return s.every((t) => ps.has(t));
}

/** Support score used when ranking candidate passages: containment for |B(S)| ≥ 2, else 1/0. */
export function supportScore(sentenceStems: readonly string[], sentenceBigrams: ReadonlySet<string>, passageStems: readonly string[]): number {
  if (sentenceBigrams.size >= 2) return containment(sentenceBigrams, bigramsOf(passageStems));
  if (sentenceStems.length === 0) return 0;
  const ps = new Set(passageStems);
  return sentenceStems.every((t) => ps.has(t)) ? 1 : 0;
}
