import { describe, expect, it } from 'vitest';
import type { Passage } from '../types.ts';
import { findDuplicates, jaccard, shingles } from './syndication.ts';
import type { SummarySource } from './summarize.ts';
import { loadSeeds, metaOf } from './testing/seeds.ts';

const WIRE = [
  'The central bank raised its benchmark interest rate by half a percentage point on Wednesday, the largest increase in two decades, as policymakers moved to cool inflation that has reached a forty year high.',
  'Officials said further increases were likely in the coming months, and the bank will begin shrinking its balance sheet in June, reducing its holdings of government bonds and mortgage securities.',
  'Stocks rose after the announcement, with investors relieved that the bank had not signalled an even larger move, while bond yields fell slightly in afternoon trading.',
];

function src(source: string, paras: string[], published: string | null = null): SummarySource {
  const passages: Passage[] = paras.map((text, i) => ({ id: `p${i + 1}`, kind: 'paragraph', text, lines: [i + 1], index: i + 1 }));
  return { source, passages, meta: metaOf({ published }) };
}

describe('findDuplicates', () => {
  it('finds exact and near copies, pointing at the earliest', () => {
    const a = src('b-site.txt', WIRE, '2022-05-04T18:00:00Z');
    const b = src('a-site.txt', [...WIRE, 'Copyright 2022 A Site.'], '2022-05-04T19:00:00Z');
    const c = src('c-site.txt', WIRE.map((p) => p.replace('Wednesday', 'Wednesday afternoon')), null);
    const d = src('d-site.txt', ['A completely different article about football and the weather in the north of the country this weekend.']);
    const dups = findDuplicates([b, c, d, a]);
    expect(dups.get('a-site.txt')).toBe('b-site.txt');
    expect(dups.get('c-site.txt')).toBe('b-site.txt');
    expect(dups.has('b-site.txt')).toBe(false);
    expect(dups.has('d-site.txt')).toBe(false);
  });
  it('ties on date break by file name', () => {
    const dups = findDuplicates([src('z.txt', WIRE), src('m.txt', WIRE)]);
    expect([...dups]).toEqual([['z.txt', 'm.txt']]);
  });
  it('does not flag articles that merely share quotes (the seeds)', () => {
    const seeds = loadSeeds().map((s) => ({ source: s.name, passages: s.passages, meta: s.meta }));
    expect(findDuplicates(seeds).size).toBe(0);
    const a = seeds[0];
    const b = seeds[3];
    if (!a || !b) throw new Error('seeds');
    const j = jaccard(shingles(a.passages.map((p) => p.text).join('\n')), shingles(b.passages.map((p) => p.text).join('\n')));
    expect(j).toBeLessThan(0.5);
  });
  it('is near-linear on a big story', () => {
    const many: SummarySource[] = [];
    const vocab = 'river council vote budget school road mayor storm market farm bridge police court tax rail park health water power trade'.split(' ');
    let seed = 7;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 400; i++) {
      const own = Array.from({ length: 60 }, () => vocab[rnd() % vocab.length]).join(' ');
      many.push(src(`s${String(i).padStart(3, '0')}.txt`, i % 4 === 0 ? WIRE : [own]));
    }
    const t0 = Date.now();
    const dups = findDuplicates(many);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(dups.size).toBe(99);
    expect(dups.get('s004.txt')).toBe('s000.txt');
  });
  it('never throws on odd input', () => {
    expect(findDuplicates([])).toEqual(new Map());
    expect(findDuplicates([src('a', ['']), src('b', [''])]).size).toBe(0);
    expect(findDuplicates([src('a', ['Short text.']), src('b', ['Short text.'])]).get('b')).toBe('a');
  });
});
