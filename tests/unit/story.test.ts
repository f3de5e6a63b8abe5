import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSources } from '../../src/pipeline/ingest/index.ts';
import { runOnFiles } from '../../src/pipeline/run.ts';

const SEEDS = join(import.meta.dirname, '..', 'fixtures', 'seeds');
const result = runOnFiles(listSources(SEEDS), 120);
const story = result.stories[0]!;

describe('the story of the example archive', () => {
  it('is one story, with every summary sentence cited', () => {
    expect(result.stories).toHaveLength(1);
    expect(story.slug).toBe('index');
    expect(story.summary.length).toBeGreaterThan(2);
    for (const s of story.summary) expect(s.citations.length).toBeGreaterThan(0);
    expect(result.unresolved).toEqual([]);
  });

  it('has the seven timeline rows of the gold story, relative dates marked inferred', () => {
    const has = (date: string, inferred?: boolean): void => {
      const rows = story.timeline.filter((e) => e.date === date);
      expect(rows.length, `timeline has ${date}`).toBeGreaterThan(0);
      if (inferred !== undefined) expect(rows.some((e) => e.inferred === inferred), `${date} inferred=${inferred}`).toBe(true);
    };
    has('2018');
    has('2019', true);
    has('2019-11', true);
    has('2020-03', true);
    expect(story.timeline.some((e) => e.date.startsWith('2020-06-0') && (e.end ?? e.date) >= '2020-06-09')).toBe(true);
    has('2020-06-10');
    has('2020-06-11');
    for (const e of story.timeline) expect(e.citations.length).toBeGreaterThan(0);
  });

  it('shows inputs 000–003 as undated', () => {
    for (const a of result.articles) {
      if (a.article.source.file.path.startsWith('004')) expect(a.article.meta.published).toBe('2020-06-11T17:56:00Z');
      else expect(a.article.meta.published).toBeNull();
    }
  });

  it('lists the people and organisations the gold story names', () => {
    const names = story.entities.map((e) => [e.name, ...e.aliases].join('|'));
    for (const want of ['Brad Smith', 'Matt Cagle', 'ACLU', 'IBM', 'Amazon', 'M12', 'AnyVision', 'Washington Post']) {
      expect(names.some((n) => n.includes(want)), want).toBe(true);
    }
  });

  it('finds the seven key quotes with their speakers and sources', () => {
    const quote = (start: string): { speaker: string | null; sources: string[] } => {
      const q = story.quotes.find((x) => x.text.replace(/[’]/g, "'").startsWith(start));
      expect(q, start).toBeDefined();
      return { speaker: q!.speaker, sources: [...new Set(q!.citations.map((c) => c.source.slice(0, 3)))].sort() };
    };
    expect(quote('The bottom line for us')).toEqual({ speaker: 'Brad Smith', sources: ['000', '003'] });
    expect(quote('We do not sell our facial recognition')).toEqual({ speaker: 'Microsoft spokesperson', sources: ['000', '002', '003'] });
    expect(quote('For the past two years')).toEqual({ speaker: 'Microsoft spokesperson', sources: ['000', '003'] });
    expect(quote("We're committed to working with others")).toEqual({ speaker: 'Microsoft spokesperson', sources: ['000', '002', '003'] });
    expect(quote('When even the makers of face recognition')).toEqual({ speaker: 'Matt Cagle', sources: ['000', '003'] });
    expect(quote('Congress and legislatures nationwide')).toEqual({ speaker: 'Matt Cagle', sources: ['000'] });
    expect(quote('To protect against the use of facial recognition')).toMatchObject({ sources: ['002'] });
  });

  it('lists the Reuters record’s related coverage as further reading', () => {
    expect(story.related).toHaveLength(9);
  });
});

describe('a three-source story with one planted numeric conflict', () => {
  it('raises exactly one flag', () => {
    const r = runOnFiles(listSources(join(import.meta.dirname, '..', 'fixtures', 'stories', 'conflict')), 120);
    expect(r.stories[0]!.conflicts).toHaveLength(1);
  });
});
