import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../types.ts';
import { numericConflicts, uniqueFacts } from './coverage.ts';
import type { SummarySource } from './summarize.ts';
import { loadSeeds, metaOf } from './testing/seeds.ts';

const STORIES = fileURLToPath(new URL('../../../tests/fixtures/stories/', import.meta.url));

/** A folder of plain-text articles: first block = headline, then one paragraph per blank-line block. */
function loadStory(name: string): SummarySource[] {
  return readdirSync(STORIES + name)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const blocks = readFileSync(`${STORIES}${name}/${file}`, 'utf8').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
      const passages: Passage[] = blocks.map((text, i) => ({
        id: `p${i + 1}`,
        kind: i === 0 ? 'heading' : 'paragraph',
        text: text.replace(/\s*\n\s*/g, ' '),
        lines: [i + 1],
        index: i + 1,
      }));
      return { source: file, passages, meta: metaOf({ title: blocks[0] ?? null }) };
    });
}

const seeds = (): SummarySource[] => loadSeeds().map((s) => ({ source: s.name, passages: s.passages, meta: s.meta }));

describe('numericConflicts', () => {
  it('raises exactly the one planted conflict', () => {
    const conflicts = numericConflicts(loadStory('conflict'));
    expect(conflicts).toHaveLength(1);
    const c = conflicts[0];
    expect(c?.subject).toMatch(/^peopl/);
    expect(c?.values.map((v) => v.amount)).toEqual([12, 14]);
    expect(c?.values.map((v) => v.citation.source)).toEqual(['01-courier.txt', '02-ledger.txt']);
  });
  it('raises nothing on the seeds', () => {
    expect(numericConflicts(seeds())).toEqual([]);
  });
  it('ignores a source that lists both values, and syndicated copies', () => {
    const mk = (source: string, text: string, dup?: string): SummarySource => ({
      source,
      passages: [{ id: 'p1', kind: 'paragraph', text, lines: [1], index: 1 }],
      meta: metaOf({}),
      ...(dup ? { duplicateOf: dup } : {}),
    });
    expect(numericConflicts([mk('a', 'The storm killed 12 people on the coast.'), mk('b', 'The storm killed 12 people on the coast, up from 10 people killed by the last one.')])).toEqual([]);
    expect(numericConflicts([mk('a', 'The storm killed 12 people on the coast.'), mk('b', 'The storm killed 14 people on the coast.', 'a')])).toEqual([]);
    expect(numericConflicts([mk('a', 'The deal was worth $74 million in cash.'), mk('b', 'The deal was worth $70 million in cash.')])).toHaveLength(1);
  });
  it('does not treat years, dates, ages or names as quantities', () => {
    const mk = (source: string, text: string): SummarySource => ({
      source,
      passages: [{ id: 'p1', kind: 'paragraph', text, lines: [1], index: 1 }],
      meta: metaOf({}),
    });
    expect(
      numericConflicts([
        mk('a', 'Smith, 54, said on June 11 that the M12 fund started in 2018 with Covid-19 rules.'),
        mk('b', 'Smith, 56, said on June 12 that the M12 fund started in 2019 with Covid-19 rules.'),
      ]),
    ).toEqual([]);
  });
  it('is fast and safe on hostile input', () => {
    const text = '1 '.repeat(50_000) + '$'.repeat(10_000) + '9,'.repeat(20_000);
    const t0 = Date.now();
    numericConflicts([
      { source: 'a', passages: [{ id: 'p1', kind: 'paragraph', text, lines: [1], index: 1 }], meta: metaOf({}) },
      { source: 'b', passages: [{ id: 'p1', kind: 'paragraph', text, lines: [1], index: 1 }], meta: metaOf({}) },
    ]);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('uniqueFacts', () => {
  it('finds what only one seed reports', () => {
    const facts = uniqueFacts(seeds());
    const f001 = (facts.get('001_932fb991e4438779.txt') ?? []).map((f) => f.text).join(' ');
    const f002 = (facts.get('002_abf4fd98aff6242f.txt') ?? []).map((f) => f.text).join(' ');
    expect(f001).toMatch(/police accountability bill|The bill/);
    expect(f002).toMatch(/AnyVision|M12|Washington State/);
    // shared facts are not unique
    for (const list of facts.values()) for (const f of list) expect(f.text).not.toMatch(/10 million/);
  });
  it('is deterministic', () => {
    expect(JSON.stringify([...uniqueFacts(seeds())])).toBe(JSON.stringify([...uniqueFacts(seeds())]));
  });
});
