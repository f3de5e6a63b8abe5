import type { RelatedItem } from './types.ts';

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
      published: isoDate(r['publishedDateTime'] ?? r['published'] ?? r['date']),
      url: httpUrl(r['webUrl'] ?? r['url']),
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

/** An ISO 8601 timestamp for a Date or date-like string, else null. */
export function isoDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().replace('.000Z', 'Z');
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const d = new Date(s);
  if (Number.isNaN(d.getTime())) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : d.toISOString().replace('.000Z', 'Z');
}

/** The value when it is an absolute http(s) URL, else null. */
export function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
