import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { recordDetails } from '../record.ts';
import type { Passage } from '../types.ts';
import type { StorySource, TimelineEvent } from './timeline.ts';
import { bodyEvents, bodyEventsFromCache, bodyEventsToCache, buildTimeline, timelineRows, topEvents } from './timeline.ts';
import { anchorOf } from './dates/index.ts';
import { loadSeeds, metaOf } from './testing/seeds.ts';

const SEEDS = fileURLToPath(new URL('../../../tests/fixtures/seeds/', import.meta.url));

function seedSources(withRelated = true): StorySource[] {
  const out: StorySource[] = loadSeeds().map((s) => ({ source: s.name, passages: s.passages, meta: s.meta }));
  if (withRelated) {
    const text = readFileSync(SEEDS + '004_a0305d05bf6d3627.txt', 'utf8');
    const yaml = text.split(/^---$/m)[1] ?? '';
    const rec = out.find((s) => s.source.startsWith('004'));
    if (rec) rec.related = recordDetails(parse(yaml) as Record<string, unknown>).related;
  }
  return out;
}

const short = (e: TimelineEvent): string => `${e.date}${e.end ? '..' + e.end : ''}`;
const cites = (e: TimelineEvent | undefined): string[] => [...new Set((e?.citations ?? []).map((c) => c.source.slice(0, 3)))].sort();

describe('buildTimeline on the seeds', () => {
  const events = buildTimeline(seedSources());
  const find = (date: string, re: RegExp): TimelineEvent | undefined => events.find((e) => e.date === date && re.test(e.text));

  it('has the gold dates', () => {
    const rows = timelineRows(events).map((r) => `${r.date}${r.end ? '..' + r.end : ''}`);
    for (const d of ['2018', '2019', '2019-11', '2020-03', '2020-06-08..2020-06-09', '2020-06-10', '2020-06-11']) expect(rows).toContain(d);
    expect(rows.length).toBeLessThanOrEqual(9);
  });
  it('merges the same event across sources and resolves relative dates', () => {
    const aclu = find('2018', /ACLU/);
    expect(cites(aclu)).toEqual(['000', '003']);
    expect(aclu?.inferred).toBe(true);
    const congress = find('2018', /Congress/);
    expect(congress?.inferred).toBe(false);
    expect(cites(find('2019', /database/))).toEqual(['000', '003']);
    expect(cites(find('2019-11', /audit AnyVision/))).toEqual(['002']);
    expect(cites(find('2020-03', /AnyVision/))).toEqual(['002']);
  });
  it('dates the announcement from the record and resolves "Thursday" in undated 000 against it', () => {
    const ann = find('2020-06-11', /Microsoft/);
    expect(cites(ann)).toEqual(expect.arrayContaining(['000', '004']));
    expect(ann?.inferred).toBe(false);
  });
  it('uses related coverage, citing the record and the articles that name the actor', () => {
    const ibm = events.find((e) => /IBM/.test(e.text));
    expect(ibm && short(ibm)).toBe('2020-06-08..2020-06-09');
    expect(cites(ibm)).toEqual(expect.arrayContaining(['002', '003', '004']));
    expect(ibm?.citations.some((c) => c.passage.startsWith('related-'))).toBe(true);
    const amazon = events.find((e) => /Amazon/.test(e.text) && e.date === '2020-06-10');
    expect(amazon).toBeDefined();
  });
  it('is sorted, ranked and deterministic', () => {
    const dates = events.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(JSON.stringify(buildTimeline(seedSources()))).toBe(JSON.stringify(events));
    const top = topEvents(events, 5);
    expect(top).toHaveLength(5);
    expect(top.map((e) => e.date)).toEqual([...top.map((e) => e.date)].sort());
  });
});

describe('buildTimeline anchors', () => {
  const src = (source: string, text: string, published: string | null): StorySource => ({
    source,
    passages: [{ id: 'p1', kind: 'paragraph', text, lines: [1], index: 1 } satisfies Passage],
    meta: metaOf({ published }),
  });
  it('an undated story contributes no relative events', () => {
    const ev = buildTimeline([src('a.txt', 'Last year, the council approved the new harbour plan after a long debate.', null)]);
    expect(ev).toEqual([]);
  });
  it('an undated article borrows the story date; an own date wins', () => {
    const ev = buildTimeline([
      src('a.txt', 'Last year, the council approved the new harbour plan after a long debate.', null),
      src('b.txt', 'Last year, the ministry opened an inquiry into the harbour finances and contracts.', '2015-03-01'),
      src('c.txt', 'The weather office published its annual rainfall report for the northern region.', '2021-01-05'),
    ]);
    const harbour = ev.find((e) => /council/.test(e.text));
    const ministry = ev.find((e) => /ministry/.test(e.text));
    expect(harbour?.date).toBe('2020');
    expect(harbour?.inferred).toBe(true);
    expect(ministry?.date).toBe('2014');
  });
  it('never throws on odd input', () => {
    expect(buildTimeline([])).toEqual([]);
    const junk = src('x', '(((( ' + 'June '.repeat(10_000) + ' 2020 ))))', '9999-99-99');
    expect(() => buildTimeline([junk, { ...junk, source: 'y', related: [{ title: null, excerpt: null, published: 'x', url: null, publisher: null }] }])).not.toThrow();
  });
});

describe('cached body events', () => {
  it('read back exactly the events they were made from', () => {
    let events = 0;
    for (const seed of loadSeeds()) {
      const found = bodyEvents(seed.passages, anchorOf(seed.meta.published) ?? { y: 2020, m: 6, d: 10 });
      events += found.length;
      const stored = JSON.parse(JSON.stringify(bodyEventsToCache(found))) as unknown;
      expect(bodyEventsFromCache(stored, seed.passages.length)).toEqual(found);
    }
    expect(events).toBeGreaterThan(0);
  });

  it('refuses a value that does not fit the article', () => {
    const event = [0, '2020-06-10', null, 'day', 0, 'On June 10 it stopped.', 'stop', null];
    expect(bodyEventsFromCache([event], 1)).toHaveLength(1);
    expect(bodyEventsFromCache([event], 0)).toBeNull();
    expect(bodyEventsFromCache([[...event.slice(0, 3), 'week', ...event.slice(4)]], 1)).toBeNull();
    expect(bodyEventsFromCache([event.slice(0, 7)], 1)).toBeNull();
    expect(bodyEventsFromCache([[...event.slice(0, 6), ['stop'], null]], 1)).toBeNull();
    expect(bodyEventsFromCache({}, 1)).toBeNull();
  });
});
