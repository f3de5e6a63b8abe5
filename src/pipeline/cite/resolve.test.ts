import { describe, expect, it } from 'vitest';
import { isRecordAnchor, unresolvedCitations } from './resolve.ts';
import type { CitedArticle, Story } from '../types.ts';

const article = (path: string, ids: string[]): CitedArticle =>
  ({ slug: path, passages: ids.map((id, i) => ({ id, kind: 'paragraph', text: id, lines: [], index: i + 1 })), quotes: [], article: { source: { file: { path } } } }) as unknown as CitedArticle;

const story = (citations: { source: string; passage: string }[]): Story => ({
  key: '', slug: 'index', title: 't', dek: null, summary: [{ text: 's', citations }], articles: [], independentSources: 1, duplicates: [],
  timeline: [], quotes: [], entities: [], uniqueFacts: [], conflicts: [], related: [],
});

describe('unresolvedCitations', () => {
  it('reports citations to missing passages or sources, and accepts record anchors', () => {
    const out = unresolvedCitations(story([
      { source: 'a.txt', passage: 'p-1' },
      { source: 'a.txt', passage: 'p-gone' },
      { source: 'b.txt', passage: 'p-1' },
      { source: 'a.txt', passage: 'record' },
    ]), [article('a.txt', ['p-1'])]);
    expect(out.map((u) => `${u.source}#${u.passage}`)).toEqual(['a.txt#p-gone', 'b.txt#p-1']);
    expect(out[0]!.where).toBe('summary');
  });
});

describe('isRecordAnchor', () => {
  it('accepts the record and its numbered related items, and nothing else', () => {
    expect(isRecordAnchor('record', 0)).toBe(true);
    expect(isRecordAnchor('related-1', 2)).toBe(true);
    expect(isRecordAnchor('related-2', 2)).toBe(true);
    for (const bad of ['related-3', 'related-0', 'related-01', 'related-', 'related-1x', 'Record', 'p-abc123']) expect(isRecordAnchor(bad, 2)).toBe(false);
  });
});
