import { summarize, type SummarySource } from './index.ts';
import type { CitedArticle, Story } from '../types.ts';

/**
 * Assembles one story from its published articles: the display order (dated sources
 * first, oldest first, then undated ones by file name), a headline, and the cited summary.
 */
export function assembleStory(key: string, slug: string, articles: readonly CitedArticle[], words: number): Story {
  const ordered = [...articles].sort(compareArticles);
  const sources: SummarySource[] = ordered.map((a) => ({
    source: a.article.source.file.path,
    passages: a.passages,
    meta: a.article.meta,
  }));
  const summary = summarize(sources, { words });
  return {
    key,
    slug,
    title: storyTitle(key, ordered),
    summary,
    articles: ordered.map((a) => a.slug),
  };
}

function compareArticles(a: CitedArticle, b: CitedArticle): number {
  const da = a.article.meta.published;
  const db = b.article.meta.published;
  if (da && db && da !== db) return da < db ? -1 : 1;
  if (da && !db) return -1;
  if (!da && db) return 1;
  const pa = a.article.source.file.path;
  const pb = b.article.source.file.path;
  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'or', 'its', 'it', 'is', 'says', 'say', 'said', 'will', 'be', 'by', 'with', 'from', 'at', 'as', 'that', 'this', 'until', 'not', 'won', 't', 's']);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/**
 * The most representative stated headline: the one sharing the most words with the
 * other sources' headlines and deks. Falls back to a derived title, then to the folder name.
 */
export function storyTitle(key: string, articles: readonly CitedArticle[]): string {
  const stated = articles.filter((a) => a.article.meta.title !== null);
  if (stated.length === 0) return articles[0]?.article.meta.displayTitle ?? (key || 'Archive');
  let best = stated[0]!;
  let bestScore = -1;
  for (const candidate of stated) {
    const own = words(candidate.article.meta.title ?? '');
    let score = 0;
    for (const other of articles) {
      if (other === candidate) continue;
      const theirs = words(`${other.article.meta.displayTitle} ${other.article.meta.dek ?? ''}`);
      for (const w of own) if (theirs.has(w)) score++;
    }
    const normalised = score / Math.sqrt(Math.max(own.size, 1));
    if (normalised > bestScore) {
      bestScore = normalised;
      best = candidate;
    }
  }
  return best.article.meta.title ?? best.article.meta.displayTitle;
}
