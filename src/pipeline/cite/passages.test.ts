import { describe, expect, it } from 'vitest';
import { buildPassages } from './passages.ts';
import type { LineVerdict } from '../types.ts';

const v = (lines: [string, boolean, string?][]): LineVerdict[] =>
  lines.map(([text, keep, reason], i) => ({ n: i + 1, text, keep, reason: reason ?? (keep ? 'content' : text ? 'nav' : 'blank') }));

describe('buildPassages', () => {
  it('excludes the headline and splits on blank and removed lines', () => {
    const p = buildPassages(v([['Headline here', true, 'headline'], ['', false], ['First paragraph.', true], ['Menu', false], ['Second paragraph.', true]]));
    expect(p.map((x) => x.text)).toEqual(['First paragraph.', 'Second paragraph.']);
    expect(p.map((x) => x.index)).toEqual([1, 2]);
    expect(p[0]!.lines).toEqual([3]);
  });
  it('joins the physical lines of a hard-wrapped paragraph', () => {
    const p = buildPassages(
      v([
        ['The council voted on Tuesday to approve the plan, which had been', true],
        ['debated for months by residents and officials who said it would', true],
        ['change the town.', true],
        ['', false],
        ['A second paragraph follows here.', true],
      ]),
    );
    expect(p).toHaveLength(2);
    expect(p[0]!.text).toBe('The council voted on Tuesday to approve the plan, which had been debated for months by residents and officials who said it would change the town.');
    expect(p[0]!.lines).toEqual([1, 2, 3]);
  });
  it('keeps one-paragraph-per-line text as separate passages', () => {
    const long = (s: string): string => `${s} ${'and the story goes on with many more words to make the line long '.repeat(2)}end.`;
    const p = buildPassages(v([[long('One'), true], [long('Two'), true], [long('Three'), true]]));
    expect(p).toHaveLength(3);
  });
  it('gives stable, text-derived ids that do not depend on position', () => {
    const a = buildPassages(v([['Alpha paragraph.', true], ['', false], ['Beta paragraph.', true]]));
    const b = buildPassages(v([['Junk', false], ['Beta paragraph.', true]]));
    expect(a[1]!.id).toBe(b[0]!.id);
    expect(a[0]!.id).toMatch(/^p-[0-9a-f]{6}$/);
  });
  it('disambiguates repeated passages', () => {
    const p = buildPassages(v([['Same.', true], ['', false], ['Same.', true]]));
    expect(p[1]!.id).toBe(`${p[0]!.id}-2`);
  });
  it('marks bullets as list items', () => {
    const p = buildPassages(v([['  • a court order has been obtained;', true], ['  • an emergency exists.', true]]));
    expect(p.map((x) => x.kind)).toEqual(['list-item', 'list-item']);
  });
});
