/**
 * Shared per-text analysis for the synthesize stage.
 *
 * `summarize`, `uniqueFacts`, `numericConflicts`, `buildTimeline` and `findEntities` all read the same
 * passages sentence by sentence, and wire copies and shared quotations repeat the same sentences across
 * sources. Each analysis here (sentence spans of a passage, content stems and bigrams of a text, the
 * quality of a sentence) is computed once per distinct text and shared. The results are pure functions of
 * the text, so the memo never changes an output; it is bounded (cleared when full), and what it returns is
 * read-only — callers must not mutate it.
 */
import { sentenceQuality } from './quality.ts';
import { bigramsOf, contentStems, forgetStems, sentenceSpans } from './text/index.ts';

const LIMIT = 200_000;

/** Every memo's store, so that a finished run can let go of them all. */
const stores: Map<string, unknown>[] = [];

/**
 * Forgets every remembered analysis. The pipeline calls it once synthesis is done, so that the
 * archive's sentences, stems and bigrams are not kept alive through emit and the Astro build.
 */
export function forgetTextAnalyses(): void {
  for (const store of stores) store.clear();
  forgetStems();
}

function memo<V>(compute: (text: string) => V): (text: string) => V {
  const cache = new Map<string, V>();
  stores.push(cache);
  return (text: string): V => {
    let v = cache.get(text);
    if (v === undefined) {
      v = compute(text);
      if (cache.size >= LIMIT) cache.clear();
      cache.set(text, v);
    }
    return v;
  };
}

/** A sentence of a text: its offsets and its text (trimmed, as `sentenceSpans`). */
export interface SentenceAt {
  start: number;
  end: number;
  text: string;
}

/** The sentences of `text` (`sentenceSpans`, with their text). */
export const sentencesOfText: (text: string) => readonly SentenceAt[] = memo((text) =>
  sentenceSpans(text).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
);

/** Content stems of `text` (`contentStems`), read-only. */
export const stemsOf: (text: string) => readonly string[] = memo((text) => contentStems(text));

/** The distinct content stems of `text`, read-only. */
export const stemSetOf: (text: string) => ReadonlySet<string> = memo((text) => new Set(stemsOf(text)));

/** Content bigrams of `text` (`contentBigrams`), read-only. */
export const bigramsOfText: (text: string) => ReadonlySet<string> = memo((text) => bigramsOf(stemsOf(text)));

/** `sentenceQuality(text)`. */
export const qualityOf: (text: string) => number = memo((text) => sentenceQuality(text));
