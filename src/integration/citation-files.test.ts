import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { citationFile, isPlainSegment, writeCitationFiles } from './citation-files.ts';
import { articleRecordSchema, type ArticleRecord } from '../schemas/article.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function temp(): string {
  const d = mkdtempSync(join(tmpdir(), 'dossier-citation-files-test-'));
  dirs.push(d);
  return d;
}

function record(over: Partial<ArticleRecord>): ArticleRecord {
  return articleRecordSchema.parse({
    slug: 'bridge-closes',
    kind: 'article',
    file: 'bridge.txt',
    story: 'index',
    title: 'Bridge closes',
    displayTitle: 'Bridge closes',
    titleDerived: false,
    dek: null,
    publisher: 'The Daily',
    author: 'Ann Lee',
    editor: null,
    published: '2020-06-11',
    url: 'https://example.org/bridge',
    language: 'en',
    provenance: {},
    sha256: '0'.repeat(64),
    bytes: 5,
    encoding: 'utf-8',
    format: 'txt',
    originalName: 'bridge-closes.txt.txt',
    removed: [],
    wordsKept: 1,
    wordsRemoved: 0,
    passages: [],
    topics: [],
    related: [],
    problems: [],
    retrieved: null,
    excerpted: false,
    ...over,
  });
}

describe('citation files', () => {
  it('writes cite.json, cite.bib and cite.ris per article and copies published originals byte for byte', async () => {
    const gen = temp();
    const out = temp();
    mkdirSync(join(gen, 'originals'));
    const bytes = Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x0d, 0x0a, 0x00]);
    writeFileSync(join(gen, 'originals', 'bridge-closes.txt.txt'), bytes);
    const records = [record({}), record({ slug: 'summary-only', file: 'x.md', originalName: 'summary-only.md.txt', excerpted: true })];
    expect(await writeCitationFiles(records, gen, out)).toEqual({ citations: 6, originals: 1 });
    expect(readdirSync(join(out, 'articles', 'bridge-closes')).sort()).toEqual(['cite.bib', 'cite.json', 'cite.ris']);
    expect(readFileSync(join(out, 'articles', 'bridge-closes', 'cite.bib'), 'utf8')).toBe(citationFile(records[0]!, 'bib'));
    expect(JSON.parse(readFileSync(join(out, 'articles', 'bridge-closes', 'cite.json'), 'utf8'))[0].type).toBe('article-newspaper');
    expect(readFileSync(join(out, 'articles', 'bridge-closes', 'cite.ris'), 'utf8')).toMatch(/^TY {2}- NEWS/m);
    expect(readFileSync(join(out, 'sources', 'bridge-closes.txt.txt')).equals(bytes)).toBe(true);
    expect(readdirSync(join(out, 'sources'))).toEqual(['bridge-closes.txt.txt']);
  });

  it('refuses names that would leave their folder, before writing anything', async () => {
    expect(isPlainSegment('a.txt.txt')).toBe(true);
    for (const bad of ['', '.', '..', '../x', 'a/b', 'a\\b', 'a\0b']) expect(isPlainSegment(bad)).toBe(false);
    const out = temp();
    await expect(writeCitationFiles([record({ slug: 'fine' }), record({ slug: '../escape' })], temp(), out)).rejects.toThrow(/plain file name/);
    await expect(writeCitationFiles([record({ originalName: '../x.txt' })], temp(), out)).rejects.toThrow(/plain file name/);
    expect(readdirSync(out)).toEqual([]);
  });
});
