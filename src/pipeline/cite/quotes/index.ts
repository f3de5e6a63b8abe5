import { findQuotes, type FoundQuote } from './quotes.ts';
import type { Passage } from '../../types.ts';

export { findQuotes, quoteKey, reconcileSpeakers } from './quotes.ts';
export type { FoundQuote } from './quotes.ts';

/**
 * The quotations of an article's passages, found once per passage list: the cite stage finds
 * them and story synthesis (entities' speaker evidence) reads the same list again. Keyed by the
 * list's identity, so it lives as long as the article does; callers must not mutate the result.
 */
const quotesByPassages = new WeakMap<object, readonly FoundQuote[]>();

export function quotesOf(passages: readonly Passage[]): readonly FoundQuote[] {
  let found = quotesByPassages.get(passages);
  if (found === undefined) {
    found = findQuotes(passages as Passage[]); // findQuotes only reads the list
    quotesByPassages.set(passages, found);
  }
  return found;
}

/** Records `quotes` as what `quotesOf(passages)` returns (a cached cite result). */
export function rememberQuotes(passages: readonly Passage[], quotes: readonly FoundQuote[]): void {
  quotesByPassages.set(passages, quotes);
}
