import { afterEach, describe, expect, it } from 'vitest';
import { analyseArticle, articleAnalysesKey, prepareArticleAnalyses, seedArticleAnalyses, type ArticleAnalyses } from './article-inputs.ts';
import { anchorOf, findDates } from './dates/index.ts';
import { datesOf, forgetTextAnalyses, qualityOf, sentencesOfText, stemsOf } from './memo.ts';
import { sentenceQuality } from './quality.ts';
import { analyseStory, type StorySource } from './analysis.ts';
import { signatureOfText, sourceText } from './syndication.ts';
import { contentStems, sentenceSpans } from './text/index.ts';
import { loadSeeds } from './testing/seeds.ts';
import type { PipelineCache } from '../cache.ts';
import type { Passage } from '../types.ts';
import { numbersOf } from './coverage.ts';

const seeds = (): StorySource[] => loadSeeds().map((s) => ({ source: s.name, passages: s.passages, meta: s.meta }));
/** A seed with text and a date of its own, so that its dates are cached too. */
const dated = (): StorySource => {
  const seed = seeds().find((s) => s.passages.some((p) => /\b(?:June|Monday|Tuesday|Wednesday|Thursday|Friday)\b/.test(p.text)))!;
  const numbers: Passage = { id: 'p-numbers', kind: 'paragraph', text: 'Police said 120 people were arrested on Tuesday. The fine was $5 million, up 12% on last year.', lines: [], index: 99 };
  return { ...seed, passages: [...seed.passages, numbers], meta: { ...seed.meta, published: '2020-06-12T09:00:00Z' } };
};

/** The analyses as the file cache gives them back: through JSON. */
const stored = (a: ArticleAnalyses): unknown => JSON.parse(JSON.stringify(a));

function storyJson(sources: readonly StorySource[]): string {
  const a = analyseStory(sources);
  return JSON.stringify({ ...a, duplicates: [...a.duplicates], uniqueFacts: [...a.uniqueFacts] });
}

afterEach(() => forgetTextAnalyses());

describe('per-article synthesis inputs', () => {
  it('seeds the memos with exactly what they would compute', () => {
    const seed = dated();
    const value = stored(analyseArticle(seed));
    const numbers = (): string => JSON.stringify(seed.passages.map((p) => sentencesOfText(p.text).map((s) => numbersOf(s.text))));
    const computed = numbers();
    expect(computed).toContain('"unit":"peopl"');
    const signature = (): string => JSON.stringify(signatureOfText(sourceText(seed)), (_, v: unknown) => (v instanceof Uint32Array ? [...v] : v));
    const signed = signature();
    expect(signed).toMatch(/"signature":\[\d/);
    forgetTextAnalyses();
    expect(seedArticleAnalyses(seed, value)).toBe(true);
    const anchor = anchorOf(seed.meta.published);
    expect(anchor).not.toBeNull();
    let found = 0;
    for (const p of seed.passages) {
      const sentences = sentencesOfText(p.text);
      expect(sentences.map((s) => [s.start, s.end])).toEqual(sentenceSpans(p.text).map((s) => [s.start, s.end]));
      expect(stemsOf(p.text)).toEqual(contentStems(p.text));
      for (const s of sentences) {
        expect(stemsOf(s.text)).toEqual(contentStems(s.text));
        expect(qualityOf(s.text)).toBe(sentenceQuality(s.text));
        if (p.kind !== 'caption') {
          expect(JSON.stringify(datesOf(s.text, anchor))).toBe(JSON.stringify(findDates(s.text, anchor)));
          found += datesOf(s.text, anchor).length;
        }
      }
    }
    expect(found).toBeGreaterThan(0);
    expect(numbers()).toBe(computed);
    expect(signature()).toBe(signed);
  });

  it('uses the seeded values instead of computing them', () => {
    const seed = seeds()[0]!;
    const value = analyseArticle(seed);
    const sentence = sentencesOfText(seed.passages[0]!.text)[0]!.text;
    value.passages[0]!.sentences[0]!.quality = 0.123;
    forgetTextAnalyses();
    expect(seedArticleAnalyses(seed, stored(value))).toBe(true);
    expect(qualityOf(sentence)).toBe(0.123);
  });

  it('refuses a value that does not fit the article', () => {
    const a = dated();
    const b = seeds().find((s) => s !== a && s.passages.length !== a.passages.length);
    const value = stored(analyseArticle(a!));
    expect(seedArticleAnalyses(b!, value)).toBe(false);
    expect(seedArticleAnalyses(a!, { ...(value as object), shingles: 'x' })).toBe(false);
    expect(seedArticleAnalyses(a!, { ...(value as object), signature: 'abc' })).toBe(false);
    expect(seedArticleAnalyses(a!, null)).toBe(false);
    // undated: the cached dates were read against a date the article no longer has
    expect(seedArticleAnalyses({ ...a!, meta: { ...a!.meta, published: null } }, value)).toBe(false);
  });

  it('keys an article by its passages, headline and date', () => {
    const a = seeds()[0]!;
    const key = articleAnalysesKey(a);
    expect(articleAnalysesKey({ ...a, passages: [...a.passages] })).toBe(key);
    expect(articleAnalysesKey({ ...a, meta: { ...a.meta, published: '1999-01-01' } })).not.toBe(key);
    expect(articleAnalysesKey({ ...a, meta: { ...a.meta, dek: 'Another dek' } })).not.toBe(key);
    expect(articleAnalysesKey({ ...a, passages: a.passages.map((p, i) => (i === 0 ? { ...p, text: `${p.text} More.` } : p)) })).not.toBe(key);
  });

  it('gives the same story whatever the cache held, and reads back every article', () => {
    const sources = seeds();
    const cold = storyJson(sources);
    forgetTextAnalyses();
    const store = new Map<string, string>();
    let hits = 0;
    const cache: PipelineCache = {
      get: (key) => {
        const text = store.get(key);
        if (text !== undefined) hits++;
        return text === undefined ? undefined : JSON.parse(text);
      },
      set: (key, value) => void store.set(key, JSON.stringify(value)),
    };
    // filled by a part of the story first, in reverse order, then completed by the whole story
    prepareArticleAnalyses(sources.slice(0, 2).reverse(), cache);
    forgetTextAnalyses();
    prepareArticleAnalyses(sources, cache);
    expect(hits).toBe(2);
    forgetTextAnalyses();
    prepareArticleAnalyses(sources, cache);
    expect(hits).toBe(2 + sources.length);
    expect(storyJson(sources)).toBe(cold);
  });
});
