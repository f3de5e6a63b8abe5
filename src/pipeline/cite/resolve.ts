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
 * Checks every citation of a story against the articles' passages. A citation that no
 * longer resolves is reported (and shown as unresolved), never silently re-anchored.
 * A record's own anchors (`record`, `related-N`) count as passages.
 */
export function unresolvedCitations(story: Story, articles: readonly (CitedArticle & { related?: readonly unknown[] })[]): UnresolvedCitation[] {
  const anchors = new Map<string, Set<string>>();
  for (const a of articles) {
    const ids = new Set(a.passages.map((p) => p.id));
    ids.add('record');
    for (let i = 1; i <= (a.related?.length ?? 0); i++) ids.add(`related-${i}`);
    anchors.set(a.article.source.file.path, ids);
  }
  const out: UnresolvedCitation[] = [];
  const check = (where: string, citations: readonly Citation[]): void => {
    for (const c of citations) {
      if (!anchors.get(c.source)?.has(c.passage)) out.push({ story: story.slug, where, source: c.source, passage: c.passage });
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
