import { describe, expect, it } from 'vitest';
import type { Passage } from '../types.ts';
import { analyseStory } from './analysis.ts';
import type { StorySource } from './analysis.ts';
import { loadSeeds, metaOf } from './testing/seeds.ts';

const seeds = (): StorySource[] => loadSeeds().map((s) => ({ source: s.name, passages: s.passages, meta: s.meta }));

describe('analyseStory', () => {
  it('returns every part on the seeds, deterministically', () => {
    const a = analyseStory(seeds());
    expect(a.duplicates.size).toBe(0);
    expect(a.timeline.length).toBeGreaterThan(5);
    expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Brad Smith', 'Matt Cagle', 'IBM', 'Amazon']));
    expect(a.conflicts).toEqual([]);
    expect(a.uniqueFacts.size).toBe(5);
    const b = analyseStory(seeds());
    expect(JSON.stringify({ ...b, duplicates: [...b.duplicates], uniqueFacts: [...b.uniqueFacts] })).toBe(
      JSON.stringify({ ...a, duplicates: [...a.duplicates], uniqueFacts: [...a.uniqueFacts] }),
    );
  });

  it('treats a syndicated copy as one source', () => {
    const s = seeds();
    const orig = s[0];
    if (!orig) throw new Error('seeds');
    const copy: StorySource = { ...orig, source: '009_copy.txt' };
    const a = analyseStory([...s, copy]);
    expect(a.duplicates.get('009_copy.txt')).toBe(orig.source);
    expect(a.uniqueFacts.get('009_copy.txt')).toEqual([]);
    // 000's unique facts stay unique although the copy repeats them
    expect((a.uniqueFacts.get(orig.source) ?? []).length).toBeGreaterThan(0);
  });

  it('scales near-linearly (1,000 articles)', () => {
    const vocab = ('council mayor budget school road storm market bridge police court tax rail park health water power trade ' +
      'river farm vote hospital union strike price fuel energy plant factory workers contract').split(' ');
    let seed = 11;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const names = ['Anna Berg', 'Carl Dunn', 'Acme Corp', 'the Harbour Authority'];
    const sources: StorySource[] = [];
    for (let i = 0; i < 1000; i++) {
      const passages: Passage[] = [];
      for (let k = 0; k < 8; k++) {
        const words = Array.from({ length: 25 }, () => vocab[rnd() % vocab.length]).join(' ');
        const who = names[rnd() % names.length];
        const text = `The ${words}, said ${who} last year. In March 2020 the ${words.slice(0, 40)} cost $${rnd() % 90} million.`;
        passages.push({ id: `p${k + 1}`, kind: 'paragraph', text, lines: [k + 1], index: k + 1 });
      }
      sources.push({ source: `a${i}.txt`, passages, meta: metaOf({ published: i % 3 ? `2021-0${1 + (i % 9)}-1${i % 10}T10:00:00Z` : null }) });
    }
    const t0 = Date.now();
    const a = analyseStory(sources);
    const ms = Date.now() - t0;
    expect(a.timeline.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);

  it('never throws on empty or odd input', () => {
    expect(() => analyseStory([])).not.toThrow();
    const odd: StorySource = { source: 'x', passages: [{ id: 'p', kind: 'heading', text: '', lines: [], index: 1 }], meta: metaOf({ published: 'garbage' }), related: [] };
    expect(() => analyseStory([odd, { ...odd, source: 'y' }])).not.toThrow();
  });
});
