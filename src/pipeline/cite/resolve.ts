import type { Citation, CitedArticle, Story } from '../types.ts';

/** A citation that points at no passage of the archive. */
export interface UnresolvedCitation {
  /** Slug of the story that cites it. */
  story: string;
  /** Where on the story page: `summary`, `timeline`, `quotes`, `entities`, `uniqueFacts`, `conflicts`. */
  where: string;
  source: string;
  passage: string;
}

/**
 * Whether `passage` is one of a record's own anchors: `record` (the record itself) or
 * `related-N` for 1 ≤ N ≤ `relatedCount` (its related items). Pages and the build
 * report share this rule.
 */
export function isRecordAnchor(passage: string, relatedCount: number): boolean {
  if (passage === 'record') return true;
  const m = /^related-([1-9]\d{0,5})$/.exec(passage);
  return m !== null && Number(m[1]) <= relatedCount;
}

/**
 * Checks every citation of a story against the articles' passages. A citation that no
 * longer resolves is reported (and shown as unresolved), never silently re-anchored.
 * A record's own anchors (`record`, `related-N`) count as passages.
 */
export function unresolvedCitations(story: Story, articles: readonly (CitedArticle & { related?: readonly unknown[] })[]): UnresolvedCitation[] {
  const anchors = new Map<string, { ids: Set<string>; related: number }>();
  for (const a of articles) anchors.set(a.article.source.file.path, { ids: new Set(a.passages.map((p) => p.id)), related: a.related?.length ?? 0 });
  const out: UnresolvedCitation[] = [];
  const check = (where: string, citations: readonly Citation[]): void => {
    for (const c of citations) {
      const a = anchors.get(c.source);
      if (!a || !(a.ids.has(c.passage) || isRecordAnchor(c.passage, a.related))) out.push({ story: story.slug, where, source: c.source, passage: c.passage });
    }
  };
  for (const s of story.summary) check('summary', s.citations);
  for (const e of story.timeline) check('timeline', e.citations);
  for (const q of story.quotes) check('quotes', q.citations);
  for (const e of story.entities) check('entities', e.mentions);
  for (const u of story.uniqueFacts) for (const f of u.facts) check('uniqueFacts', f.citations);
  for (const c of story.conflicts) check('conflicts', c.values.map((v) => v.citation));
  return out;
}
