/**
 * Types of the citation exports.
 *
 * One canonical record per source (`CslItem`, a CSL-JSON 1.0.2 item) is built
 * from a small input (`CitableSource`); every other format is generated from it.
 */

/** What the exports need to know about one archived source. Plain JSON. */
export interface CitableSource {
  /** The article page's slug; also the CSL `id` and the BibTeX key. */
  slug: string;
  /** The headline as the source states it, or null. */
  title: string | null;
  /** The title the site displays: `title`, or one derived from the text. */
  displayTitle: string;
  /** True when `displayTitle` was derived rather than stated. */
  titleDerived: boolean;
  publisher: string | null;
  /** The byline as stated (one string; may name several people or an organisation). */
  author: string | null;
  /** ISO 8601 publication date, or null when the source does not say. */
  published: string | null;
  /** http(s) URL of the original, or null. */
  url: string | null;
  /** BCP 47 language tag, or null. */
  language: string | null;
  /** ISO 8601 date the original was retrieved, when known. Never "now". */
  retrieved?: string | null;
  /** Lower-case hex SHA-256 of the archived original file. */
  sha256: string;
}

/** A CSL name: a person split into parts, or a literal (organisation, unsplittable name). */
export type CslName =
  | {
      family: string;
      given?: string;
      'non-dropping-particle'?: string;
      suffix?: string;
    }
  | { literal: string };

/** A CSL date: 1 to 3 parts `[year, month?, day?]`, nothing invented. */
export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** The subset of a CSL-JSON item the exports produce. Keys are emitted in this order. */
export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  note?: string;
  custom: {
    /** The archive's page slug. */
    slug: string;
    /** SHA-256 of the archived original. */
    sha256: string;
    /** True when the title was supplied by the archive (the source states none). */
    titleDerived: boolean;
  };
}
