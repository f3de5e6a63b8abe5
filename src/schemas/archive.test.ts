import { describe, expect, it } from 'vitest';
import { indexArchive, parseChecked } from './archive.ts';
import { articleRecordSchema, type ArticleRecord } from './article.ts';
import { storySchema, type StoryData } from './story.ts';

function record(slug: string, file: string): ArticleRecord {
  return articleRecordSchema.parse({
    slug, kind: 'article', file, story: 's', title: slug, displayTitle: slug, titleDerived: false, dek: null, publisher: null, author: null,
    editor: null, published: null, url: null, language: null, provenance: {}, sha256: '', bytes: 0, encoding: 'utf-8', format: 'txt',
    originalName: `${slug}.txt.txt`, removed: [], wordsKept: 0, wordsRemoved: 0, passages: [], topics: [], related: [], problems: [],
  });
}

function story(slug: string, articles: string[]): StoryData {
  return storySchema.parse({
    key: slug, slug, title: slug, dek: null, summary: [], articles, sourceCount: articles.length, independentSources: articles.length,
    duplicates: [], timeline: [], quotes: [], entities: [], uniqueFacts: [], conflicts: [], related: [],
  });
}

describe('indexArchive', () => {
  it('orders records and stories by slug and keeps each story\'s records in the story\'s order', () => {
    const archive = indexArchive([record('b', 'b.txt'), record('a', 'a.txt'), record('c', 'c.txt')], [story('z', ['c', 'missing', 'a']), story('y', ['b'])], [], []);
    expect(archive.records.map((r) => r.slug)).toEqual(['a', 'b', 'c']);
    expect(archive.stories.map((s) => s.slug)).toEqual(['y', 'z']);
    expect(archive.storyRecords.get('z')?.map((r) => r.slug)).toEqual(['c', 'a']);
    expect(archive.recordByFile.get('b.txt')?.slug).toBe('b');
    expect(archive.storyBySlug.get('y')?.articles).toEqual(['b']);
  });
});

describe('parseChecked', () => {
  it('returns checked data, and names the file when the data does not match', () => {
    const text = JSON.stringify(record('a', 'a.txt'));
    expect(parseChecked(articleRecordSchema, text, 'records/a.json').retrieved).toBeNull();
    expect(() => parseChecked(articleRecordSchema, JSON.stringify({ slug: 1 }), 'records/bad.json')).toThrow(/records\/bad\.json does not match/);
  });
});
