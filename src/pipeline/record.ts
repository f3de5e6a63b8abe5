import type { RelatedItem } from './types.ts';
import { cleanUrl } from './describe/clean-url.ts';
import { publicationDate } from './describe/to-iso-date.ts';

/** What a metadata record (Markdown front matter) states beyond the article metadata. */
export interface RecordDetails {
  topics: string[];
  related: RelatedItem[];
}

/** Reads topics and related coverage from front matter, keeping only well-formed values. */
export function recordDetails(frontMatter: Record<string, unknown> | null): RecordDetails {
  if (!frontMatter) return { topics: [], related: [] };
  const topics = asArray(frontMatter['topics'] ?? frontMatter['tags'])
    .map((t) => (typeof t === 'string' ? t.trim() : ''))
    .filter((t) => t.length > 0 && t.length < 200);
  const related = asArray(frontMatter['related'])
    .filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null && !Array.isArray(r))
    .map((r) => ({
      title: str(r['title']),
      excerpt: str(r['excerpt'] ?? r['description']),
      published: publicationDate(r['publishedDateTime'] ?? r['published'] ?? r['date']),
      url: cleanUrl(r['webUrl'] ?? r['url']),
      publisher: str(obj(r['provider'])?.['name'] ?? r['publisher'] ?? r['source']),
    }))
    .filter((r) => r.title !== null || r.url !== null);
  return { topics, related };
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function obj(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const s = value.trim();
  return s.length > 0 ? s : null;
}

/**
 * The one URL helper, under the name older callers use (`overrides/validate-value.ts`):
 * an absolute http(s) URL with tracking parameters and fragment removed, else null.
 */
export { cleanUrl as httpUrl } from './describe/clean-url.ts';
