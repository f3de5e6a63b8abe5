import { describe, expect, it } from 'vitest';
import { citableSource, citationTitle, cslRecord, DERIVED_TITLE_NOTE, sortById } from './csl.ts';
import { toCslJson } from './csl-json.ts';
import { cslDate } from './dates.ts';
import { ALL, DERIVED, HOSTILE, HOSTILE_TITLE_ONE_LINE, REUTERS, WINBUZZER } from './fixtures.ts';
import { cslNames } from './names.ts';
import { cslJsonErrors } from './validate-csl.ts';

describe('cslRecord', () => {
  it('maps a dated, addressed record without inventing an author or an access date', () => {
    expect(cslRecord(REUTERS)).toEqual({
      id: REUTERS.slug,
      type: 'article-newspaper',
      title: REUTERS.title,
      'container-title': 'Reuters',
      issued: { 'date-parts': [[2020, 6, 11]] },
      URL: REUTERS.url,
      custom: { slug: REUTERS.slug, sha256: REUTERS.sha256, titleDerived: false },
    });
  });

  it('leaves out the date and URL when the source states none, and splits "First Last"', () => {
    const item = cslRecord(WINBUZZER);
    expect(item.author).toEqual([{ family: 'Jones', given: 'Luke' }]);
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('accessed');
    expect(item).not.toHaveProperty('note');
  });

  it('cites a derived title in square brackets, with a note saying so', () => {
    const item = cslRecord(DERIVED);
    expect(item.title).toBe(`[${DERIVED.displayTitle}]`);
    expect(item.note).toBe(DERIVED_TITLE_NOTE);
    expect(item.custom.titleDerived).toBe(true);
    expect(citationTitle({ title: null, displayTitle: '  ', titleDerived: true })).toBe('[Untitled]');
  });

  it('records the access date only when a retrieval date is supplied', () => {
    expect(cslRecord(HOSTILE).accessed).toEqual({ 'date-parts': [[2024, 1, 2]] });
    expect(cslRecord({ ...HOSTILE, retrieved: null })).not.toHaveProperty('accessed');
  });

  it('keeps a hostile title intact on one line', () => {
    expect(cslRecord(HOSTILE).title).toBe(HOSTILE_TITLE_ONE_LINE);
  });

  it('drops URLs that are not http(s) and language values that are not tags', () => {
    const item = cslRecord({ ...REUTERS, url: 'javascript:alert(1)', language: 'English (US)' });
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('language');
  });

  it('maps an article record (extra fields ignored) and never sets a retrieval date', () => {
    const record = { ...REUTERS, kind: 'record', editor: 'X', passages: [], bytes: 1 };
    expect(citableSource(record)).toEqual({ ...REUTERS, retrieved: null });
  });
});

describe('cslDate', () => {
  it.each([
    ['2020-06-11T17:56:00Z', [2020, 6, 11]],
    ['2020-06-11T23:30:00-05:00', [2020, 6, 11]],
    ['2020-06-11', [2020, 6, 11]],
    ['2020-06', [2020, 6]],
    ['2020', [2020]],
    ['2024-02-29', [2024, 2, 29]],
  ])('%s → %j', (iso, parts) => {
    expect(cslDate(iso)).toEqual({ 'date-parts': [parts] });
  });

  it.each([null, '', 'June 11, 2020', '2020-13-01', '2021-02-29', '2020-06-31', '20200611', '2020-6-1', 'yesterday'])('%j → null', (v) => {
    expect(cslDate(v)).toBeNull();
  });
});

describe('cslNames', () => {
  it.each([
    ['Luke Jones', [{ family: 'Jones', given: 'Luke' }]],
    ['By Luke Jones', [{ family: 'Jones', given: 'Luke' }]],
    ['Jones, Luke', [{ family: 'Jones', given: 'Luke' }]],
    ['J. K. Rowling', [{ family: 'Rowling', given: 'J. K.' }]],
    ['Martin Luther King Jr.', [{ family: 'King', given: 'Martin Luther', suffix: 'Jr.' }]],
    ['Ludwig van Beethoven', [{ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }]],
    ['Zoë O’Brien-Smith', [{ family: 'O’Brien-Smith', given: 'Zoë' }]],
    ['Luke Jones and Jane Doe', [{ family: 'Jones', given: 'Luke' }, { family: 'Doe', given: 'Jane' }]],
    ['Luke Jones, Jane Doe & Ann Lee', [{ family: 'Jones', given: 'Luke' }, { family: 'Doe', given: 'Jane' }, { family: 'Lee', given: 'Ann' }]],
    ['Jones, Luke; Doe, Jane', [{ family: 'Jones', given: 'Luke' }, { family: 'Doe', given: 'Jane' }]],
    ['Luke Jones; Associated Press', [{ family: 'Jones', given: 'Luke' }, { literal: 'Associated Press' }]],
    ['Associated Press', [{ literal: 'Associated Press' }]],
    ['Reuters Staff', [{ literal: 'Reuters Staff' }]],
    ['Reuters', [{ literal: 'Reuters' }]],
    ['BBC News', [{ literal: 'BBC News' }]],
    ['Procter & Gamble', [{ literal: 'Procter & Gamble' }]],
    ['王小明', [{ literal: '王小明' }]],
    ['luke jones', [{ literal: 'luke jones' }]],
    ['Editor @ Site 2020', [{ literal: 'Editor @ Site 2020' }]],
  ])('%j', (byline, names) => {
    expect(cslNames(byline)).toEqual(names);
  });

  it('returns no names for no byline', () => {
    expect(cslNames(null)).toEqual([]);
    expect(cslNames('   ')).toEqual([]);
  });
});

describe('toCslJson', () => {
  it('validates against our CSL 1.0.2 JSON Schema', () => {
    const json = toCslJson(ALL.map(cslRecord));
    expect(cslJsonErrors(JSON.parse(json))).toBeNull();
  });

  it('the schema rejects what CSL does not allow', () => {
    expect(cslJsonErrors([{ id: 'x', type: 'newspaper' }])).not.toBeNull();
    expect(cslJsonErrors([{ type: 'article-newspaper' }])).not.toBeNull();
    expect(cslJsonErrors([{ id: 'x', type: 'article', author: [{ given: 'Luke' }] }])).not.toBeNull();
    expect(cslJsonErrors([{ id: 'x', type: 'article', issued: '2020-06-11' }])).not.toBeNull();
    expect(cslJsonErrors([{ id: 'x', type: 'article', issued: { 'date-parts': [[2020, 6, 11, 1]] } }])).not.toBeNull();
    expect(cslJsonErrors([{ id: 'x', type: 'article', title: 3 }])).not.toBeNull();
    expect(cslJsonErrors({ id: 'x', type: 'article' })).not.toBeNull();
  });

  it('round-trips the hostile title and is byte-for-byte deterministic', () => {
    const a = toCslJson([cslRecord(HOSTILE)]);
    const b = toCslJson([cslRecord(structuredClone(HOSTILE))]);
    expect(a).toBe(b);
    expect((JSON.parse(a) as { title: string }[])[0]?.title).toBe(HOSTILE_TITLE_ONE_LINE);
  });

  it('sorts archive-wide items by id', () => {
    const ids = sortById([HOSTILE, WINBUZZER, REUTERS, DERIVED].map(cslRecord)).map((i) => i.id);
    expect(ids).toEqual([...ids].sort());
  });
});
