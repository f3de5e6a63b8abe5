import { describe, expect, it } from 'vitest';
import type { Passage } from '../types.ts';
import { findEntities } from './entities.ts';
import type { SummarySource } from './summarize.ts';
import { loadSeeds, metaOf } from './testing/seeds.ts';

const seeds = (): SummarySource[] => loadSeeds().map((s) => ({ source: s.name, passages: s.passages, meta: s.meta }));

describe('findEntities on the seeds', () => {
  const ents = findEntities(seeds());
  const byName = new Map(ents.map((e) => [e.name, e]));
  it('finds the people and organisations', () => {
    expect(byName.get('Brad Smith')?.kind).toBe('person');
    expect(byName.get('Matt Cagle')?.kind).toBe('person');
    for (const o of ['Microsoft', 'IBM', 'Amazon', 'M12', 'AnyVision', 'The Washington Post']) expect(byName.get(o)?.kind, o).toBe('organisation');
    const aclu = byName.get('American Civil Liberties Union');
    expect(aclu?.aliases).toContain('ACLU');
    expect(ents.filter((e) => e.name === 'ACLU')).toEqual([]);
  });
  it('has no junk', () => {
    const names = ents.map((e) => e.name);
    for (const junk of ['Tightening Practices', 'Recent News', 'Thursday', 'US', 'Chinese', 'Washington', 'Northern California', 'Facial Recognition', 'LE', 'Consumer', 'Post Live', 'Smith', 'Cagle'])
      expect(names, junk).not.toContain(junk);
  });
  it('merges surnames into full names and links passages', () => {
    const smith = byName.get('Brad Smith');
    expect(new Set(smith?.mentions.map((m) => m.source.slice(0, 3)))).toEqual(new Set(['000', '001', '002', '003']));
    expect(smith?.mentions.some((m) => m.source.startsWith('002') && m.passage === 'p5')).toBe(true); // "Smith praised…"
  });
  it('is ranked by sources and deterministic', () => {
    expect(ents[0]?.name).toBe('Microsoft');
    expect(JSON.stringify(findEntities(seeds()))).toBe(JSON.stringify(ents));
  });
});

describe('findEntities patterns', () => {
  const story = (...texts: string[]): SummarySource[] =>
    texts.map((t, i) => ({
      source: `s${i}.txt`,
      passages: t.split('\n').map((text, k): Passage => ({ id: `p${k + 1}`, kind: 'paragraph', text, lines: [k + 1], index: k + 1 })),
      meta: metaOf({}),
    }));
  it('roles, honorifics, suffixes, coordination', () => {
    const ents = findEntities(
      story(
        'Acme Corp. said on Monday that chief executive Jane Roe would step down. Dr. Okafor, a surgeon, agreed.\nThe decision was welcomed by the Department of Justice and the National Rifle Association, said analyst Tom Hill.',
        'Roe said the board of Acme Corp approved it. Retailer Globex and Acme both fell in March.\nThe European Union said nothing. In Paris, people waited.',
      ),
    );
    const names = new Map(ents.map((e) => [e.name, e.kind]));
    expect(names.get('Jane Roe')).toBe('person');
    expect(names.get('Tom Hill')).toBe('person');
    expect(names.get('Okafor')).toBe('person');
    expect(names.get('Department of Justice')).toBe('organisation');
    expect(names.get('National Rifle Association')).toBe('organisation');
    expect(names.get('European Union')).toBe('organisation');
    expect(names.get('Globex')).toBe('organisation');
    expect([...names.keys()].some((n) => /^Acme/.test(n))).toBe(true);
    expect(names.has('Paris')).toBe(false);
    expect(names.has('March')).toBe(false);
    expect(names.has('Monday')).toBe(false);
    expect(names.has('Roe')).toBe(false);
  });
  it('never throws and stays fast on hostile input', () => {
    const t0 = Date.now();
    const big = 'Aaa Bbb '.repeat(100_000) + '(ABC) '.repeat(10_000);
    expect(() => findEntities(story(big, big))).not.toThrow();
    expect(findEntities([])).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(8000);
  });
});
