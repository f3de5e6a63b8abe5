import { sha256Hex } from '../../utils/hash.ts';
import { quoteKey } from './quotes/index.ts';
import { groupBySharedRuns } from './shared-runs.ts';
import { splitSentences } from '../synthesize/text/index.ts';
import type { Quote } from '../types.ts';

/** Where one quotation occurs. */
export interface QuoteOccurrence {
  /** Article slug. */
  slug: string;
  /** Passage id on that article's page. */
  passage: string;
  /** The quote as this source words it. */
  text: string;
  speaker: string | null;
}

/** One quotation and every place it occurs, across sources. */
export interface QuoteGroup {
  /** Stable id: `q-` and 8 hex digits of the key of the earliest wording. */
  id: string;
  /** The fullest wording (the longest occurrence). */
  text: string;
  /** The speaker most occurrences agree on. */
  speaker: string | null;
  occurrences: QuoteOccurrence[];
  /** Number of distinct articles quoting it. */
  sources: number;
}

const SHINGLE = 6;

/**
 * Splits quotes into their sentences, so that a long quotation in one source and its
 * separate sentences quoted in others are matched sentence by sentence (and two
 * statements quoted together once are not merged into one). Sentences under six
 * words stay with their neighbour.
 */
export function quoteUnits(quotes: readonly Quote[]): Quote[] {
  const units: Quote[] = [];
  for (const q of quotes) {
    const sentences = splitSentences(q.text);
    const merged: string[] = [];
    for (const sentence of sentences) {
      const words = sentence.split(/\s+/).filter(Boolean).length;
      if (merged.length > 0 && words < SHINGLE) merged[merged.length - 1] += ` ${sentence}`;
      else merged.push(sentence);
    }
    if (merged.length > 1 && merged[0]!.split(/\s+/).length < SHINGLE) {
      const first = merged.shift()!;
      merged[0] = `${first} ${merged[0]}`;
    }
    for (const text of merged.length > 0 ? merged : [q.text]) units.push({ ...q, text: text.trim() });
  }
  return units;
}

/**
 * Groups the same quotation across articles, allowing small differences: two quote
 * sentences belong together when their normalised keys (`quoteKey`) share a run of six
 * words. Near-linear: one index over six-word shingles, union-find over sentences.
 * Occurrences are listed in the order the quotes were given (article order, then position).
 */
export function groupQuotes(allQuotes: readonly Quote[]): QuoteGroup[] {
  const quotes = quoteUnits(allQuotes);
  const keys = quotes.map((q) => quoteKey(q.text));
  const members = groupBySharedRuns(keys, SHINGLE, true);
  const groups: QuoteGroup[] = [];
  const usedIds = new Set<string>();
  for (const list of members) {
    const root = list[0]!;
    const occurrences = list.map((i) => {
      const q = quotes[i]!;
      return { slug: q.source, passage: q.passage, text: q.text, speaker: q.speaker };
    });
    const fullest = occurrences.reduce((best, o) => (o.text.length > best.text.length ? o : best), occurrences[0]!);
    let id = `q-${sha256Hex(keys[root]!).slice(0, 8)}`;
    for (let n = 2; usedIds.has(id); n++) id = `q-${sha256Hex(keys[root]!).slice(0, 8)}-${n}`;
    usedIds.add(id);
    groups.push({
      id,
      text: fullest.text,
      speaker: majority(occurrences.map((o) => o.speaker)),
      occurrences,
      sources: new Set(occurrences.map((o) => o.slug)).size,
    });
  }
  return groups;
}

function majority(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && v.length > best.length)) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
