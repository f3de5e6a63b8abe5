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
import { bodyEvents, bodyEventsOf, storyAnchor } from './timeline.ts';
import { entityRuns, entityRunsOf, entityScan, entityScanOf, findEntities, storyMidCap } from './entities.ts';
import { bigramIdsOf, bigramsOfText, stemSetIdsOf, stemSetOf } from './memo.ts';

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
    value.passages[0]!.quality[0] = 0.123;
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
        if (text !== undefined && key.startsWith('synthesis-')) hits++;
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
    // one entry per article, holding all it gives synthesis
    expect(store.size).toBe(sources.length);
    for (const text of store.values()) expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(['analyses', 'events', 'runs', 'scan']);
    expect(storyJson(sources)).toBe(cold);
  });

  it('caches the timeline events of each article, an undated one read against the story date', () => {
    const own = dated();
    const undated: StorySource = { ...dated(), source: 'undated.txt', meta: { ...own.meta, published: null } };
    const sources = [own, undated];
    const cold = storyJson(sources);
    const story = storyAnchor(sources);
    expect(story).not.toBeNull();
    const expected = sources.map((s) => bodyEvents(s.passages, anchorOf(s.meta.published) ?? story));
    expect(expected[1]!.length).toBeGreaterThan(0);
    expect(expected[1]!.some((e) => e.inferred)).toBe(true);
    forgetTextAnalyses();
    const store = new Map<string, string>();
    const cache: PipelineCache = {
      get: (key) => (store.has(key) ? JSON.parse(store.get(key)!) : undefined),
      set: (key, value) => void store.set(key, JSON.stringify(value)),
    };
    const used = prepareArticleAnalyses(sources, cache);
    const dayOf = (s: StorySource): unknown => (JSON.parse(store.get(articleAnalysesKey(s))!) as { events: { day: string } }).events.day;
    expect(sources.map(dayOf)).toEqual(['2020/6/12', '2020/6/12']);
    // it names every entry it read or wrote, so that they can be kept
    expect(new Set(used)).toEqual(new Set(store.keys()));
    // new passage lists, so that the events come from the cache and not from this run's memo
    forgetTextAnalyses();
    const again = sources.map((s) => ({ ...s, passages: [...s.passages] }));
    prepareArticleAnalyses(again, cache);
    again.forEach((s, i) => expect(bodyEventsOf(s.passages, anchorOf(s.meta.published) ?? story)).toEqual(expected[i]));
    expect(storyJson(again)).toBe(cold);
    // another story date: the undated article's events are read again, against it
    forgetTextAnalyses();
    const later = { ...own, source: 'later.txt', passages: [...own.passages], meta: { ...own.meta, published: '2020-07-01' } };
    const withLater = [...again, later].map((s) => ({ ...s, passages: [...s.passages] }));
    prepareArticleAnalyses(withLater, cache);
    expect(withLater.map(dayOf)).toEqual(['2020/6/12', '2020/7/1', '2020/7/1']);
    expect(storyJson(withLater)).toBe((forgetTextAnalyses(), storyJson([...sources, later])));
  });

  it('caches what entity finding reads of each article, its runs keyed by the story capitals that decide them', () => {
    const para = (id: string, text: string): Passage => ({ id, kind: 'paragraph', text, lines: [], index: 1 });
    const meta = seeds()[0]!.meta;
    // "Northwind" opens a sentence in a, so whether it starts a run there depends on b capitalising it mid-sentence
    const a: StorySource = { source: 'a.txt', meta, passages: [para('p-a1', 'Northwind Logistics said on Monday that chief executive Jane Roe would step down.'), para('p-a2', 'Roe said the board of Acme Corp approved the plan, said analyst Tom Hill.')] };
    const b: StorySource = { source: 'b.txt', meta, passages: [para('p-b1', 'Shares of Northwind rose after the Acme Corp board met, Jane Roe said.')] };
    const c: StorySource = { source: 'c.txt', meta, passages: [para('p-c1', 'The regulator said Acme Corp and Globex Industries would both testify.')] };
    const store = new Map<string, string>();
    const decidingOfA = (): unknown => (JSON.parse(store.get(articleAnalysesKey(a))!) as { runs: { deciding: string[] } }).runs.deciding;
    const deciding: unknown[] = [];
    const cache: PipelineCache = {
      get: (key) => (store.has(key) ? JSON.parse(store.get(key)!) : undefined),
      set: (key, value) => void store.set(key, JSON.stringify(value)),
    };
    const fresh = (sources: StorySource[]): StorySource[] => sources.map((s) => ({ ...s, passages: [...s.passages] }));
    for (const sources of [[a, c], [a, b, c]]) {
      const cold = JSON.stringify(findEntities(fresh(sources)));
      forgetTextAnalyses();
      const warm = fresh(sources);
      prepareArticleAnalyses(warm, cache);
      // the seeded values are exactly what the article gives
      const midCap = storyMidCap(warm.map((s) => entityScan(s.passages)));
      for (const s of warm) {
        expect(entityScanOf(s.passages)).toEqual(entityScan(s.passages));
        expect(entityRunsOf(s.passages, midCap)).toEqual(entityRuns(s.passages, midCap));
      }
      expect(JSON.stringify(findEntities(warm))).toBe(cold);
      deciding.push(decidingOfA());
    }
    // one entry per article; a's runs were made again, as b's capitals decide them
    expect(store.size).toBe(3);
    expect(deciding[0]).not.toEqual(deciding[1]);
    // b's capitals change what a's first sentence gives
    const runs = (sources: StorySource[]): string => JSON.stringify(entityRuns(a.passages, storyMidCap(sources.map((x) => entityScan(x.passages)))));
    expect(runs([a, b, c])).not.toBe(runs([a, c]));
  });

  it('gives word ids that stand for the stems and bigrams, in their order', () => {
    // one id per distinct stem or bigram over all texts, never shared between the two
    const idOf = new Map<string, number>();
    const wordOf = new Map<number, string>();
    const same = (word: string, id: number): void => {
      expect(idOf.get(word) ?? id).toBe(id);
      expect(wordOf.get(id) ?? word).toBe(word);
      idOf.set(word, id);
      wordOf.set(id, word);
    };
    for (const s of seeds()) {
      for (const text of [...s.passages.map((p) => p.text), s.meta.title ?? '']) {
        const stems = [...stemSetOf(text)];
        const ids = stemSetIdsOf(text);
        expect(ids).toHaveLength(stems.length);
        stems.forEach((w, i) => same(w, ids[i]!));
        const bigrams = [...bigramsOfText(text)];
        const bigramIds = bigramIdsOf(text);
        expect(bigramIds).toHaveLength(bigrams.length);
        bigrams.forEach((w, i) => same(w, bigramIds[i]!));
      }
    }
    expect(idOf.size).toBeGreaterThan(200);
  });
});
