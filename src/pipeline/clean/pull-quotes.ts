import type { Draft } from './draft.ts';
import { drop } from './draft.ts';
import type { LineFeatures } from './line-features.ts';
import { normaliseLine } from './normalise-line.ts';

/** A pull quote is short: longer quoted lines are paragraphs. */
const PULL_QUOTE_MAX_WORDS = 40;
/** Fewer word pairs than this is too little to call a line a copy. */
const MIN_PAIRS = 4;
/** Share of a pull quote's word pairs that must recur in one longer line. */
const MIN_SHARED = 0.8;
/** A word pair found in more lines than this ("of the") says nothing and is skipped, which keeps the pass linear. */
const MAX_LINES_PER_PAIR = 32;

/** An embedded social post (a quoted tweet is content even when the body quotes it too). */
const EMBEDDED_POST = /@\w|pic\.twitter\.com|https?:\/\//;

/** The distinct adjacent word pairs of a line, case and punctuation folded. */
export function wordPairs(text: string): string[] {
  const words = normaliseLine(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 0);
  const pairs = new Set<string>();
  for (let k = 0; k + 1 < words.length; k += 1) pairs.add(`${words[k]} ${words[k + 1]}`);
  return [...pairs];
}

/**
 * A magazine's pull quotes: a quoted line that repeats words printed in a
 * longer line of the same article ("An organ is a building that breathes."
 * over the paragraph that quotes it with "she says"). The longer line keeps
 * the words, so removing the copy loses nothing. Lines in `keep` (headline,
 * dek) are never removed.
 */
export function dropPullQuotes(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[], keep: ReadonlySet<number>): void {
  const candidates: { i: number; pairs: string[] }[] = [];
  const linesByPair = new Map<string, number[]>();
  features.forEach((f, i) => {
    if (f.blank || !drafts[i]?.keep) return;
    const pairs = wordPairs(f.text);
    for (const pair of pairs) {
      const lines = linesByPair.get(pair);
      if (lines) {
        if (lines[lines.length - 1] !== i) lines.push(i);
      } else linesByPair.set(pair, [i]);
    }
    if (f.quoted && f.words <= PULL_QUOTE_MAX_WORDS && pairs.length >= MIN_PAIRS && !keep.has(i) && !EMBEDDED_POST.test(f.text)) candidates.push({ i, pairs });
  });
  for (const candidate of candidates) {
    const i = candidate.i;
    const pairs = candidate.pairs.filter((pair) => (linesByPair.get(pair)?.length ?? 0) <= MAX_LINES_PER_PAIR);
    if (pairs.length < MIN_PAIRS) continue;
    const shared = new Map<number, number>();
    for (const pair of pairs) {
      for (const j of linesByPair.get(pair) ?? []) if (j !== i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const words = features[i]?.words ?? 0;
    const copied = [...shared].some(([j, n]) => n >= MIN_SHARED * pairs.length && drafts[j]?.keep === true && (features[j]?.words ?? 0) > words);
    if (!copied) continue;
    drop(drafts[i], 'pull-quote');
    prose[i] = false;
  }
}
