import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../clean/index.ts';
import { textSource } from '../testing/text-source.ts';
import type { Article } from '../types.ts';
import { applyOverrides } from './apply-overrides.ts';
import { mergeOverrides } from './merge-overrides.ts';
import { parseCsv } from './parse-csv.ts';
import { parseLineList } from './parse-line-list.ts';
import { parseManifest } from './read-manifest.ts';
import { MANIFEST_KEY, readOverrides } from './read-overrides.ts';
import { parseSidecar } from './read-sidecar.ts';
import { emptySet } from './types.ts';
import { checkDate } from './validate-value.ts';

const CONTENT = join(import.meta.dirname, '../../../tests/fixtures/overrides/content');
const FILES = ['story-a/article.txt', 'story-a/second.txt', 'story-a/broken.txt', 'story-a/hostile.txt'];

/** A cleaned article for a fixture input (what `cleanArticle` would give, minus describe). */
function article(file: string): Article {
  const text = readFileSync(join(CONTENT, file), 'utf8').replace(/\n$/, '');
  const source = textSource(text, file, 'story-a');
  return {
    source,
    verdicts: cleanSource(source),
    meta: { title: 'Cleaner title', displayTitle: 'Cleaner title', titleDerived: false, dek: null, publisher: null, author: 'Wrong Person', editor: null, published: null, url: null, language: 'en', provenance: { title: 'line 2', displayTitle: 'line 2', author: 'line 9', language: 'derived:text' } },
  };
}

describe('parseLineList', () => {
  it('reads numbers, ranges and ;-lists', () => {
    expect(parseLineList([12, 13])).toEqual({ lines: [12, 13], errors: [] });
    expect(parseLineList(['1-3', 20])).toEqual({ lines: [1, 2, 3, 20], errors: [] });
    expect(parseLineList('3;5-7')).toEqual({ lines: [3, 5, 6, 7], errors: [] });
    expect(parseLineList('')).toEqual({ lines: [], errors: [] });
  });
  it('reports what is not a line number and refuses huge ranges', () => {
    expect(parseLineList(['x', 0, -1, 2.5, '7-5', { a: 1 }]).errors).toHaveLength(6);
    const huge = parseLineList('1-99999999');
    expect(huge.lines).toEqual([]);
    expect(huge.errors[0]).toMatch(/too many lines|not a line/);
  });
});

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, commas and line breaks in fields, CRLF and a BOM', () => {
    const { rows, errors } = parseCsv('\ufeffa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\n1,,3');
    expect(errors).toEqual([]);
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
      ['1', '', '3'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });
  it('reports an unterminated quote without throwing', () => {
    const { rows, errors } = parseCsv('a,b\n"open,x');
    expect(errors).toHaveLength(1);
    expect(rows).toHaveLength(2);
  });
});

describe('checkDate', () => {
  it('normalises to ISO and refuses impossible dates', () => {
    expect(checkDate('2021-03-04')).toEqual({ ok: true, value: '2021-03-04' });
    expect(checkDate('2022-02-03T10:00:00+01:00')).toEqual({ ok: true, value: '2022-02-03T09:00:00Z' });
    expect(checkDate('2021-02-30').ok).toBe(false);
    expect(checkDate('March 4, 2021').ok).toBe(false);
    expect(checkDate(2021).ok).toBe(false);
  });
});

describe('parseSidecar', () => {
  it('reads the documented fields', () => {
    const { set, problems } = parseSidecar(readFileSync(join(CONTENT, 'story-a/article.txt.dossier.yml'), 'utf8'), 'article.txt.dossier.yml');
    expect(problems).toEqual([]);
    expect(set).toEqual({
      fields: { title: 'Water bills to rise 8% from April', publisher: 'Valley Gazette', published: '2021-03-04', url: 'https://valleygazette.example/news/water-rates' },
      retrieved: '2024-01-02',
      hide: false,
      keep: [5],
      remove: [1, 6],
    });
  });
  it('reports malformed YAML without throwing', () => {
    const { set, problems } = parseSidecar('title: [unclosed\n  published: 2021-13-40\n', 'x.dossier.yml');
    expect(set).toEqual(emptySet());
    expect(problems).toHaveLength(1);
    expect(problems[0]?.code).toBe('sidecar-invalid');
  });
  it('refuses alias bombs, custom tags, non-http URLs and unknown keys', () => {
    const { set, problems } = parseSidecar(readFileSync(join(CONTENT, 'story-a/hostile.txt.dossier.yml'), 'utf8'), 'hostile.txt.dossier.yml');
    expect(set.fields).toEqual({});
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.code === 'sidecar-invalid')).toBe(true);
    const plain = parseSidecar('title: Ok\nurl: javascript:alert(1)\nauthr: typo\npublished: 2021-02-30\nauthor: null\nlanguage: english!\n', 's.yml');
    expect(plain.set.fields).toEqual({ title: 'Ok', author: null });
    expect(plain.problems.map((p) => p.message)).toEqual([
      's.yml: url: "javascript:alert(1)" is not an http(s) URL.',
      expect.stringContaining('unknown field "authr"'),
      's.yml: published: "2021-02-30" is not a real date.',
      expect.stringContaining('language: "english!" is not a language tag'),
    ]);
  });
  it('treats a non-mapping or a custom tag as a problem', () => {
    expect(parseSidecar('- a\n- b\n', 's.yml').problems[0]?.message).toMatch(/expected a mapping/);
    expect(parseSidecar('title: !custom x\n', 's.yml').problems).toHaveLength(1);
    expect(parseSidecar('', 's.yml')).toEqual({ set: emptySet(), problems: [] });
  });
});

describe('parseManifest', () => {
  it('reads rows by column name and validates every cell', () => {
    const { sets, problems, fileProblems } = parseManifest(readFileSync(join(CONTENT, 'manifest.csv'), 'utf8'), new Set(FILES));
    expect(sets.get('story-a/article.txt')).toEqual({
      fields: { title: 'Manifest title, with comma', publisher: 'Manifest Publisher', author: 'Reporter, "Jr."', published: '2020-01-01', url: 'https://manifest.example/a', language: 'en' },
      keep: [2],
      remove: [3, 5, 6],
    });
    expect(sets.get('story-a/second.txt')).toEqual({
      fields: { publisher: 'Water Weekly', author: 'Ann Lee', editor: 'Bob Ray', published: '2022-02-03T09:00:00Z', language: 'en-GB' },
      retrieved: '2024-05-06',
      hide: true,
      keep: [],
      remove: [1],
    });
    expect(fileProblems.get('story-a/second.txt')?.map((p) => p.message)).toEqual([expect.stringContaining('url: "ftp://bad.example/x" is not an http(s) URL')]);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('no input named "story-a/missing.txt"'),
      expect.stringContaining('"story-a/second.txt" is listed again'),
    ]);
  });
  it('requires a header naming the file column', () => {
    expect(parseManifest('story-a/article.txt,Title\n', new Set(FILES)).problems[0]?.message).toMatch(/must name the columns/);
    expect(parseManifest('', new Set(FILES))).toEqual({ sets: new Map(), problems: [], fileProblems: new Map() });
  });
});

describe('mergeOverrides', () => {
  it('lets the sidecar win field by field and line by line', () => {
    const sidecar = { ...emptySet(), fields: { title: 'Sidecar' }, keep: [3], remove: [9] };
    const manifest = { ...emptySet(), fields: { title: 'Manifest', author: 'M' }, hide: true, keep: [9, 4], remove: [3] };
    const merged = mergeOverrides('f.txt', sidecar, manifest);
    expect(merged.fields).toEqual({ title: { value: 'Sidecar', origin: 'sidecar' }, author: { value: 'M', origin: 'manifest' } });
    expect(merged.hide).toEqual({ value: true, origin: 'manifest' });
    expect(merged.lines).toEqual([
      { n: 3, keep: true, origin: 'sidecar' },
      { n: 4, keep: true, origin: 'manifest' },
      { n: 9, keep: false, origin: 'sidecar' },
    ]);
  });
  it('reports a line one source both keeps and removes, and leaves it to the cleaner', () => {
    const merged = mergeOverrides('f.txt', { ...emptySet(), keep: [2, 5], remove: [5] }, { ...emptySet(), remove: [5] });
    expect(merged.lines).toEqual([{ n: 2, keep: true, origin: 'sidecar' }]);
    expect(merged.problems).toEqual([{ code: 'override-conflict', message: 'f.txt.dossier.yml: line 5 listed under both keep and remove; left to the cleaner.' }]);
  });
});

describe('readOverrides + applyOverrides on tests/fixtures/overrides/content', () => {
  const before = readFileSync(join(CONTENT, 'story-a/article.txt'), 'utf8');
  const overrides = readOverrides(CONTENT, FILES);

  it('finds every corrected input, and keeps manifest problems under manifest.csv', () => {
    expect([...overrides.keys()].sort()).toEqual([MANIFEST_KEY, ...FILES].sort());
    expect(overrides.get(MANIFEST_KEY)?.problems.map((p) => p.code)).toEqual(['manifest-invalid', 'manifest-invalid']);
    expect(overrides.get('story-a/second.txt')?.problems.map((p) => p.message)).toEqual([expect.stringContaining('ftp://bad.example/x')]);
    expect(overrides.get('story-a/broken.txt')?.problems.map((p) => p.code)).toEqual(['sidecar-invalid']);
  });

  it('applies sidecar over manifest, forcing lines and setting metadata with provenance', () => {
    const o = overrides.get('story-a/article.txt')!;
    const result = applyOverrides(article('story-a/article.txt'), o);
    expect(result.hidden).toBe(false);
    expect(result.retrieved).toBe('2024-01-02');
    expect(result.problems).toEqual([]);
    const v = (n: number) => result.article.verdicts.find((x) => x.n === n)!;
    expect([v(1).keep, v(1).reason]).toEqual([false, 'user-remove']); // sidecar remove
    expect([v(2).keep, v(2).reason]).toEqual([true, 'user-keep']); // manifest keep
    expect([v(3).keep, v(3).reason]).toEqual([false, 'user-remove']); // manifest remove
    expect([v(5).keep, v(5).reason]).toEqual([true, 'user-keep']); // sidecar keep beats manifest remove
    expect([v(6).keep, v(6).reason]).toEqual([false, 'user-remove']);
    expect(v(4).reason).not.toMatch(/^user-/);
    const meta = result.article.meta;
    expect(meta).toMatchObject({
      title: 'Water bills to rise 8% from April',
      displayTitle: 'Water bills to rise 8% from April',
      titleDerived: false,
      publisher: 'Valley Gazette',
      author: 'Reporter, "Jr."',
      published: '2021-03-04',
      url: 'https://valleygazette.example/news/water-rates',
      language: 'en',
    });
    expect(meta.provenance).toEqual({
      title: 'user:sidecar',
      displayTitle: 'user:sidecar',
      publisher: 'user:sidecar',
      author: 'user:manifest',
      published: 'user:sidecar',
      url: 'user:sidecar',
      language: 'user:manifest',
    });
  });

  it('hides an input the manifest hides, and reports lines the input lacks', () => {
    const o = overrides.get('story-a/second.txt')!;
    const result = applyOverrides(article('story-a/second.txt'), { ...o, lines: [...o.lines, { n: 40, keep: true, origin: 'sidecar' }] });
    expect(result.hidden).toBe(true);
    expect(result.retrieved).toBe('2024-05-06');
    expect(result.article.meta.editor).toBe('Bob Ray');
    expect(result.article.meta.provenance.editor).toBe('user:manifest');
    expect(result.problems.map((p) => p.code)).toEqual(['manifest-invalid', 'override-line-missing']);
  });

  it('clears a field written as null, and never changes the original article or file', () => {
    const a = article('story-a/article.txt');
    const snapshot = JSON.stringify(a);
    const result = applyOverrides(a, mergeOverrides('story-a/article.txt', { ...emptySet(), fields: { author: null } }, null));
    expect(result.article.meta.author).toBeNull();
    expect(result.article.meta.provenance.author).toBeUndefined();
    expect(JSON.stringify(a)).toBe(snapshot);
    expect(readFileSync(join(CONTENT, 'story-a/article.txt'), 'utf8')).toBe(before);
  });

  it('returns nothing for a folder without corrections', () => {
    expect(readOverrides(join(CONTENT, 'does-not-exist'), ['a.txt']).size).toBe(0);
  });
});
