import type { Found } from './field.ts';
import { tidy } from './field.ts';
import { cleanUrl } from './clean-url.ts';
import { publicationDate } from './to-iso-date.ts';

type Data = Record<string, unknown>;

/** The value at a dotted key path (`provider.name`), or undefined. */
function at(data: Data, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = (value as Data)[key];
  }
  return value;
}

/** A short human name from a string, an object with `name`, or a list of those. */
function nameOf(value: unknown, depth = 0): string | null {
  if (depth > 2) return null;
  if (typeof value === 'string') {
    const t = tidy(value);
    return t.length > 0 && t.length <= 200 ? t : null;
  }
  if (Array.isArray(value)) {
    const names = value.slice(0, 10).map((v) => nameOf(v, depth + 1)).filter((v): v is string => v !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value !== null && typeof value === 'object') return nameOf((value as Data)['name'], depth + 1);
  return null;
}

/** Plain text from a string value (titles, excerpts). */
function textOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t.slice(0, 2000) : null;
}

/** The first key among `keys` whose value `read` accepts. */
function first(data: Data, keys: readonly string[], read: (value: unknown) => string | null): Found | null {
  for (const key of keys) {
    const value = read(at(data, key));
    if (value !== null) return { value, provenance: `yaml:${key}` };
  }
  return null;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/i;

/** Normalise a BCP 47 tag (`en_us` → `en-US`), or null when it is not one. */
function languageOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const t = value.trim();
  if (!LANGUAGE_TAG.test(t)) return null;
  const [primary = '', ...rest] = t.split(/[-_]/);
  return [primary.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]?.toUpperCase() + p.slice(1).toLowerCase() : p))].join('-');
}

/** Metadata stated in YAML front matter, field by field (null when absent). */
export interface FrontMatterFacts {
  title: Found | null;
  dek: Found | null;
  publisher: Found | null;
  author: Found | null;
  editor: Found | null;
  published: Found | null;
  url: Found | null;
  language: Found | null;
}

/** Read the metadata a front-matter object states, accepting the common key spellings. */
export function frontMatterFacts(frontMatter: Record<string, unknown> | null | undefined): FrontMatterFacts {
  const data: Data = frontMatter !== null && typeof frontMatter === 'object' && !Array.isArray(frontMatter) ? frontMatter : {};
  return {
    title: first(data, ['title', 'headline', 'name'], textOf),
    dek: first(data, ['excerpt', 'description', 'dek', 'standfirst', 'subtitle', 'summary', 'abstract', 'lede'], textOf),
    publisher: first(data, ['provider.name', 'publisher', 'publisher.name', 'source', 'source.name', 'site_name', 'siteName', 'site', 'outlet', 'publication', 'provider'], nameOf),
    author: first(data, ['author', 'authors', 'byline', 'creator', 'creators', 'writer'], nameOf),
    editor: first(data, ['editor', 'editors', 'edited_by', 'editedBy'], nameOf),
    published: first(data, ['publishedDateTime', 'published', 'datePublished', 'date_published', 'publishedAt', 'published_at', 'pubDate', 'pubdate', 'date', 'created', 'created_at'], publicationDate),
    url: first(data, ['canonical', 'canonical_url', 'canonicalUrl', 'webUrl', 'url', 'link', 'source_url', 'sourceUrl', 'original_url', 'originalUrl', 'permalink', 'source.url'], cleanUrl),
    language: first(data, ['language', 'lang', 'locale', 'inLanguage', 'languageCode'], languageOf),
  };
}
