import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { cslRecord } from './csl.ts';
import { ALL, DERIVED, HOSTILE, HOSTILE_TITLE_ONE_LINE, REUTERS, WINBUZZER } from './fixtures.ts';
import { risDate, toRis } from './ris.ts';

const lines = (ris: string): string[] => ris.split('\r\n').slice(0, -1);

describe('toRis', () => {
  it('writes a NEWS record from TY to ER', () => {
    expect(toRis([cslRecord(REUTERS)])).toBe(
      [
        'TY  - NEWS',
        `ID  - ${REUTERS.slug}`,
        `TI  - ${REUTERS.title}`,
        'T2  - Reuters',
        'PY  - 2020',
        'DA  - 2020/06/11/',
        `UR  - ${REUTERS.url}`,
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('writes one AU per author and no date when undated', () => {
    const ris = toRis([cslRecord(WINBUZZER)]);
    expect(ris).toContain('AU  - Jones, Luke\r\n');
    expect(ris).not.toMatch(/^(?:PY|DA)  - /m);
  });

  it('cannot be given extra tags by a hostile title', () => {
    const ris = toRis([cslRecord(HOSTILE)]);
    const ls = lines(ris);
    expect(ls[0]).toBe('TY  - NEWS');
    expect(ls[ls.length - 1]).toBe('ER  - ');
    expect(ls.filter((l) => l.startsWith('TY  - '))).toHaveLength(1);
    expect(ls.filter((l) => l.startsWith('ER  - '))).toHaveLength(1);
    for (const l of ls) expect(l).toMatch(/^[A-Z][A-Z0-9]  - [^\r\n\u2028\u2029]*$/u);
    expect(ls).toContain(`TI  - ${HOSTILE_TITLE_ONE_LINE}`);
    expect(ls.filter((l) => l.startsWith('AU  - '))).toEqual(['AU  - Jones, Luke', 'AU  - O’Brien-Smith, Zoë', 'AU  - Associated Press']);
    expect(ls).toContain('Y2  - 2024/01/02/');
    expect(ls).toContain('LA  - fr');
    // An independent reader gets the same title back.
    const csl = new Cite(ris, { forceType: '@ris/file' }).data[0];
    expect(csl?.['title']).toBe(HOSTILE_TITLE_ONE_LINE);
    expect(csl?.['type']).toBe('article-newspaper');
  });

  it('notes a derived title', () => {
    expect(toRis([cslRecord(DERIVED)])).toMatch(/^N1  - .*no headline/m);
  });

  it('separates records and is deterministic', () => {
    const ris = toRis(ALL.map(cslRecord));
    expect(toRis(ALL.map(cslRecord))).toBe(ris);
    expect(ris.match(/^TY  - NEWS\r$/gm)).toHaveLength(ALL.length);
    expect(ris.match(/^ER  - \r$/gm)).toHaveLength(ALL.length);
    expect(ris.trimEnd().endsWith('ER  -')).toBe(true);
  });

  it('writes partial dates with empty parts', () => {
    expect(risDate({ 'date-parts': [[2020, 6]] })).toBe('2020/06//');
    expect(risDate({ 'date-parts': [[2020]] })).toBe('2020///');
  });
});
