import { cleanUrl } from '../../describe/clean-url.ts';
import { cslDate } from './dates.ts';
import { cslNames } from './names.ts';
import { cleanOrNull, compareCodeUnits, oneLine } from './text.ts';
import type { CitableSource, CslItem } from './types.ts';

/** The note every export carries when the archive supplied the title. */
export const DERIVED_TITLE_NOTE = 'The source states no headline; the bracketed title was derived from its text by the archive.';

/**
 * The title to cite. The stated headline when there is one; otherwise the
 * archive's derived `displayTitle` in square brackets — the convention
 * (Chicago, APA, CSL styles) for a description supplied for an untitled work —
 * so no export passes off the archive's words as the publisher's.
 */
export function citationTitle(src: Pick<CitableSource, 'title' | 'displayTitle' | 'titleDerived'>): string {
  const stated = src.titleDerived ? null : cleanOrNull(src.title);
  if (stated !== null) return stated;
  return `[${cleanOrNull(src.displayTitle) ?? 'Untitled'}]`;
}

/**
 * The URL to cite, through the archive's one URL helper: absolute http(s) only,
 * tracking parameters removed; a fragment is kept, since a citation may point into the page.
 */
export function httpUrl(url: string | null | undefined): string | null {
  return cleanUrl(url, { keepFragment: true });
}

/** A BCP 47-shaped language tag, else null. */
export function languageTag(lang: string | null | undefined): string | null {
  const t = lang?.trim() ?? '';
  return /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(t) ? t : null;
}

/**
 * The canonical CSL-JSON record of one source. Every export is generated from
 * it. Unknown values are left out, never guessed: `issued` only when the
 * source states a date, `accessed` only when a retrieval date is supplied.
 */
export function cslRecord(data: CitableSource): CslItem {
  const container = cleanOrNull(data.publisher);
  const author = cslNames(data.author);
  const issued = cslDate(data.published);
  const accessed = cslDate(data.retrieved ?? null);
  const url = httpUrl(data.url);
  const language = languageTag(data.language);
  return {
    id: oneLine(data.slug),
    type: 'article-newspaper',
    title: citationTitle(data),
    ...(container !== null ? { 'container-title': container } : {}),
    ...(author.length > 0 ? { author } : {}),
    ...(issued ? { issued } : {}),
    ...(accessed ? { accessed } : {}),
    ...(url !== null ? { URL: url } : {}),
    ...(language !== null ? { language } : {}),
    ...(data.titleDerived || cleanOrNull(data.title) === null ? { note: DERIVED_TITLE_NOTE } : {}),
    custom: { slug: data.slug, sha256: data.sha256, titleDerived: data.titleDerived },
  };
}

/** Items sorted by id (code-unit order), for archive-wide files. */
export function sortById(items: readonly CslItem[]): CslItem[] {
  return [...items].sort((a, b) => compareCodeUnits(a.id, b.id));
}

/** The fields of an article record the exports read (structurally, `ArticleRecord` fits). */
export interface CitableRecordFields {
  slug: string;
  title: string | null;
  displayTitle: string;
  titleDerived: boolean;
  publisher: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  sha256: string;
  /** ISO date the user says the original was retrieved, if any. */
  retrieved?: string | null | undefined;
}

/**
 * Maps an article record (the `records` collection) to the exports' input.
 * The retrieval date is the one the user states (sidecar or manifest), else null:
 * an access date is never made up from the build time.
 */
export function citableSource(r: CitableRecordFields): CitableSource {
  return {
    slug: r.slug,
    title: r.title,
    displayTitle: r.displayTitle,
    titleDerived: r.titleDerived,
    publisher: r.publisher,
    author: r.author,
    published: r.published,
    url: r.url,
    language: r.language,
    retrieved: r.retrieved ?? null,
    sha256: r.sha256,
  };
}
