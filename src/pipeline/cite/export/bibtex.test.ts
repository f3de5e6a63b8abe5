import { parse } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { describe, expect, it } from 'vitest';
import { bibtexName, escapeLatex, langid, toBibtex } from './bibtex.ts';
import { cslRecord } from './csl.ts';
import { ALL, DERIVED, HOSTILE, HOSTILE_TITLE_ONE_LINE, REUTERS, WINBUZZER } from './fixtures.ts';

function parseOne(bib: string) {
  const lib = parse(bib, { sentenceCase: false });
  expect(lib.errors).toEqual([]);
  expect(lib.entries).toHaveLength(1);
  const entry = lib.entries[0];
  if (!entry) throw new Error('no entry');
  return entry;
}

describe('toBibtex', () => {
  it('writes a biblatex newspaper article keyed by the slug', () => {
    expect(toBibtex([cslRecord(REUTERS)])).toBe(
      [
        `@article{${REUTERS.slug},`,
        '  entrysubtype = {newspaper},',
        '  title        = {{Microsoft declines to sell facial recognition tech to police}},',
        '  journaltitle = {Reuters},',
        '  date         = {2020-06-11},',
        `  url          = {${REUTERS.url}},`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('parses back (with an independent parser) to the same title, author, date and URL', () => {
    const e = parseOne(toBibtex([cslRecord(REUTERS)]));
    expect(e.type).toBe('article');
    expect(e.key).toBe(REUTERS.slug);
    expect(e.fields.title).toBe(REUTERS.title);
    expect(e.fields['journaltitle']).toBe('Reuters');
    expect(e.fields['date']).toBe('2020-06-11');
    expect(e.fields['url']).toBe(REUTERS.url);
    const w = parseOne(toBibtex([cslRecord(WINBUZZER)]));
    expect(w.fields.author).toEqual([{ lastName: 'Jones', firstName: 'Luke' }]);
    expect(w.fields.title).toBe(WINBUZZER.title);
    expect(w.fields).not.toHaveProperty('date');
  });

  it('keeps the hostile title, publisher and names intact', () => {
    const bib = toBibtex([cslRecord(HOSTILE)]);
    const e = parseOne(bib);
    expect(e.key).toBe('hostile');
    // We write a literal backtick as \textasciigrave{} (LaTeX prints U+0060; a bare ` would print ‘).
    // This parser maps that command to the look-alike U+02CB; citation-js (below) reads U+0060.
    expect(e.fields.title?.replace(/\u02CB/g, '`')).toBe(HOSTILE_TITLE_ONE_LINE);
    expect(e.fields['journaltitle']).toBe('Le Monde & {Co} 100%');
    expect(e.fields.author).toEqual([
      { lastName: 'Jones', firstName: 'Luke' },
      { lastName: 'O’Brien-Smith', firstName: 'Zoë' },
      { name: 'Associated Press' },
    ]);
    expect(e.fields['date']).toBe('2021-02-28');
    expect(e.fields['urldate']).toBe('2024-01-02');
    expect(e.fields['langid']).toBe('french');
    // No second entry smuggled in, one field per line, balanced braces.
    expect(bib.match(/^@/gm)).toHaveLength(1);
    let depth = 0;
    for (const c of bib.replace(/\\[{}]/g, '')) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    // citation-js reads it back to the same title as well.
    const csl = new Cite(bib, { forceType: '@biblatex/text' }).data[0];
    expect(csl?.['title']).toBe(HOSTILE_TITLE_ONE_LINE);
  });

  it('keeps the URL verbatim-safe', () => {
    const e = parseOne(toBibtex([cslRecord(HOSTILE)]));
    expect(e.fields['url']).toBe('https://example.com/a%20b?q=%7Bx%7D&r=%221%22#frag');
  });

  it('carries the derived-title note', () => {
    const e = parseOne(toBibtex([cslRecord(DERIVED)]));
    expect(e.fields.title).toBe(`[${DERIVED.displayTitle}]`);
    expect(e.fields['note']).toMatch(/no headline/);
  });

  it('writes several entries that all parse, deterministically', () => {
    const items = ALL.map(cslRecord);
    const bib = toBibtex(items);
    expect(toBibtex(ALL.map(cslRecord))).toBe(bib);
    const lib = parse(bib, { sentenceCase: false });
    expect(lib.errors).toEqual([]);
    expect(lib.entries.map((e) => e.key)).toEqual(items.map((i) => i.id));
  });
});

describe('BibTeX pieces', () => {
  it('escapes LaTeX specials and breaks ligatures', () => {
    expect(escapeLatex('50% & {x} \\ a--b')).toBe('50\\% \\& \\textbraceleft{}x\\textbraceright{} \\textbackslash{} a-{}-b');
  });
  it('writes names as BibTeX expects', () => {
    expect(bibtexName({ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van', suffix: 'Jr.' })).toBe('van Beethoven, Jr., Ludwig');
    expect(bibtexName({ literal: 'Smith and Wesson' })).toBe('{Smith and Wesson}');
  });
  it('maps language tags to babel names only when known', () => {
    expect(langid('en-GB')).toBe('british');
    expect(langid('de')).toBe('ngerman');
    expect(langid('xx')).toBeNull();
  });
});
