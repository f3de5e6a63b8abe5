import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as suite, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DecodedSource } from '../types.ts';
import { cleanSource } from '../clean/index.ts';
import { describe } from './index.ts';
import { cleanUrl } from './clean-url.ts';
import { toIsoDate } from './to-iso-date.ts';
import { deriveTitle, splitTitle } from './title.ts';

const FIXTURES = join(import.meta.dirname, '../../../tests/fixtures');

/** Build a DecodedSource; a leading `---` YAML block becomes the front matter, as for Markdown inputs. */
function source(text: string, path = 'input.txt'): DecodedSource {
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  const body = fm ? text.slice(fm[0].length) : text;
  return {
    file: { path, bytes: new Uint8Array(), sha256: '', story: '' },
    format: fm ? 'markdown' : 'text',
    encoding: 'utf-8',
    text: body,
    lines: body.split(/\r?\n/),
    frontMatter: fm ? (parse(fm[1] ?? '') as Record<string, unknown>) : null,
    problems: [],
  };
}

interface Expected {
  title: string | null;
  dek: string | null;
  publisher: string | null;
  author: string | null;
  editor?: string | null;
  published: string | null;
  url: string | null;
}

const gold = JSON.parse(readFileSync(join(FIXTURES, 'gold/seeds-meta.json'), 'utf8')) as Record<string, Expected | string>;

suite('describe on the seed articles', () => {
  for (const [name, expected] of Object.entries(gold)) {
    if (typeof expected === 'string') continue;
    it(`matches seeds-meta.json for ${name}`, () => {
      const src = source(readFileSync(join(FIXTURES, 'seeds', name), 'utf8'), name);
      const meta = describe(src, cleanSource(src));
      expect({ title: meta.title, dek: meta.dek, publisher: meta.publisher, author: meta.author, editor: meta.editor, published: meta.published, url: meta.url }).toEqual({
        title: expected.title,
        dek: expected.dek,
        publisher: expected.publisher,
        author: expected.author,
        editor: expected.editor ?? null,
        published: expected.published,
        url: expected.url,
      });
      expect(meta.language).toBeNull();
      for (const field of ['title', 'dek', 'publisher', 'author', 'editor', 'published', 'url'] as const) {
        if (meta[field] !== null) expect(meta.provenance[field]).toMatch(/^(?:line \d+|yaml:[\w.]+)$/);
        else expect(meta.provenance[field]).toBeUndefined();
      }
    });
  }

  it('derives a display title for the input without a headline', () => {
    const src = source(readFileSync(join(FIXTURES, 'seeds/003_940530787d95496f.txt'), 'utf8'));
    const meta = describe(src, cleanSource(src));
    expect(meta.titleDerived).toBe(true);
    expect(meta.provenance.displayTitle).toBe('derived:lead-sentence');
    expect(meta.displayTitle).toBe('Tech juggernaut Microsoft won’t sell its facial recognition software to police or law enforcement');
  });

  it('reads provenance from front matter keys', () => {
    const src = source(readFileSync(join(FIXTURES, 'seeds/004_a0305d05bf6d3627.txt'), 'utf8'));
    const meta = describe(src, cleanSource(src));
    expect(meta.provenance).toMatchObject({ title: 'yaml:title', dek: 'yaml:excerpt', publisher: 'yaml:provider.name', published: 'yaml:publishedDateTime', url: 'yaml:webUrl' });
    expect(meta.titleDerived).toBe(false);
  });
});

suite('describe helpers', () => {
  it('cleans canonical URLs', () => {
    expect(cleanUrl('https://example.com/a?utm_source=x&id=3&fbclid=y#top')).toBe('https://example.com/a?id=3');
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
    expect(cleanUrl('ftp://example.com/file')).toBeNull();
  });

  it('converts stated dates to ISO 8601 and refuses ambiguous ones', () => {
    expect(toIsoDate('June 11, 2020')).toBe('2020-06-11');
    expect(toIsoDate('Published 11 June 2020, 5:56 PM UTC')).toBe('2020-06-11T17:56:00Z');
    expect(toIsoDate('2020-06-11T17:56:00Z')).toBe('2020-06-11T17:56:00Z');
    expect(toIsoDate('03/04/2021')).toBeNull();
    expect(toIsoDate('Publié le 24/04/2024 à 18h05')).toBe('2024-04-24T18:05:00');
    expect(toIsoDate('30.11.2023, 16:20 Uhr')).toBe('2023-11-30T16:20:00');
    expect(toIsoDate('June 11')).toBeNull();
    expect(toIsoDate('February 30, 2021')).toBeNull();
  });

  it('strips site suffixes from titles', () => {
    expect(splitTitle('Storm closes schools across the county | Riverside Gazette', [])).toEqual({ title: 'Storm closes schools across the county', site: 'Riverside Gazette' });
    expect(splitTitle('Dune review - a desert epic', [])).toEqual({ title: 'Dune review - a desert epic', site: null });
  });

  it('shortens a long lead sentence at a clause boundary', () => {
    expect(deriveTitle('Short lead.')).toBe('Short lead');
  });

  it('never throws on hostile input and invents nothing', () => {
    const src = source(['{'.repeat(20_000), '<script>alert(1)</script>', 'x'.repeat(1_000_000)].join('\n'));
    const meta = describe(src, cleanSource(src));
    expect(meta.publisher).toBeNull();
    expect(meta.published).toBeNull();
    expect(typeof meta.displayTitle).toBe('string');
  });
});
