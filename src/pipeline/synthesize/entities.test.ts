import { describe, expect, it } from 'vitest';
import type { Passage } from '../types.ts';
import { entityRuns, entityRunsFromCache, entityRunsToCache, entityScan, entityScanFromCache, entityScanToCache, findEntities, storyMidCap } from './entities.ts';
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

describe('the cached entity scan', () => {
  it('reads back exactly the scan it was made from', () => {
    let windows = 0;
    for (const src of seeds()) {
      const scan = entityScan(src.passages);
      windows += scan.windows.length;
      const stored = JSON.parse(JSON.stringify(entityScanToCache(scan))) as unknown;
      expect(entityScanFromCache(stored, src.passages.length)).toEqual(scan);
    }
    expect(windows).toBeGreaterThan(0);
  });

  it('refuses a value that does not fit the article', () => {
    const src = seeds().find((s) => entityScan(s.passages).windows.length > 0)!;
    const stored = JSON.parse(JSON.stringify(entityScanToCache(entityScan(src.passages)))) as { windows: number[]; words: string[] };
    expect(entityScanFromCache(stored, src.passages.length)).not.toBeNull();
    // a window in a passage the article does not have
    expect(entityScanFromCache(stored, 0)).toBeNull();
    // a word index past the words
    expect(entityScanFromCache({ ...stored, words: [] }, src.passages.length)).toBeNull();
    // a window cut short
    expect(entityScanFromCache({ ...stored, windows: stored.windows.slice(0, -1) }, src.passages.length)).toBeNull();
    expect(entityScanFromCache({ ...stored, windows: [0, 0, 0, 0] }, src.passages.length)).toBeNull();
    expect(entityScanFromCache(null, src.passages.length)).toBeNull();
  });
});

describe('the cached entity runs', () => {
  const articles = seeds();
  const midCap = storyMidCap(articles.map((a) => entityScan(a.passages)));

  it('read back exactly the runs they were made from', () => {
    let observations = 0;
    for (const src of articles) {
      const runs = entityRuns(src.passages, midCap);
      observations += runs.observations.length;
      const stored = JSON.parse(JSON.stringify(entityRunsToCache(runs))) as unknown;
      expect(entityRunsFromCache(stored)).toEqual(runs);
    }
    expect(observations).toBeGreaterThan(0);
  });

  it('refuse a value of another shape', () => {
    const stored = entityRunsToCache(entityRuns(articles[0]!.passages, midCap));
    expect(entityRunsFromCache(stored)).not.toBeNull();
    expect(entityRunsFromCache({ ...stored, observations: [[['Microsoft'], true, 0, 0, 0]] })).toBeNull();
    expect(entityRunsFromCache({ ...stored, observations: [[['Microsoft'], 0, 0, 0]] })).toBeNull();
    expect(entityRunsFromCache({ ...stored, coord: [['a']] })).toBeNull();
    expect(entityRunsFromCache(null)).toBeNull();
  });
});
