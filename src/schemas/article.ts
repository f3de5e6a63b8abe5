import { z } from 'astro/zod';

const related = z.object({
  /** Headline of the related article, when stated. */
  title: z.string().nullable(),
  /** Its excerpt, when stated. */
  excerpt: z.string().nullable(),
  /** ISO 8601 publication date, when stated. */
  published: z.string().nullable(),
  /** Its http(s) URL, when stated. */
  url: z.string().nullable(),
  /** Its publisher, when stated. */
  publisher: z.string().nullable(),
});

/** The data of one article page (see `ArticlePageData` in src/emit/page-data.ts). */
export const articleRecordSchema = z.object({
  /** URL slug: the page is `articles/<slug>/`. */
  slug: z.string(),
  /** `record` for a metadata record without body text. */
  kind: z.enum(['article', 'record']),
  /** Input path relative to the content folder. */
  file: z.string(),
  /** Story key (sub-folder) or empty for loose files. */
  story: z.string(),
  /** Headline as stated by the input, or null. */
  title: z.string().nullable(),
  /** Title to display: the headline, or one derived from the text. */
  displayTitle: z.string(),
  /** True when `displayTitle` was derived rather than stated. */
  titleDerived: z.boolean(),
  /** Standfirst or excerpt. */
  dek: z.string().nullable(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  editor: z.string().nullable(),
  /** ISO 8601 publication date, or null when the input does not say. */
  published: z.string().nullable(),
  /** Canonical http(s) URL of the original. */
  url: z.string().nullable(),
  language: z.string().nullable(),
  /** Where each metadata value came from (`line N`, `yaml:key`, `html:…`). */
  provenance: z.record(z.string(), z.string()),
  /** SHA-256 of the original file. */
  sha256: z.string(),
  /** Size of the original in bytes. */
  bytes: z.number(),
  encoding: z.string(),
  format: z.string(),
  /** File name of the original under `sources/`. */
  originalName: z.string(),
  /** Lines the cleaner removed, with the reason code. */
  removed: z.array(z.object({ n: z.number(), text: z.string(), reason: z.string() })),
  wordsKept: z.number(),
  wordsRemoved: z.number(),
  /** Passages of the cleaned text, in order. */
  passages: z.array(z.object({ id: z.string(), kind: z.string(), index: z.number(), text: z.string() })),
  /** Topics stated by a metadata record. */
  topics: z.array(z.string()),
  /** Related coverage listed by a metadata record. */
  related: z.array(related),
  /** Warnings about this input. */
  problems: z.array(z.object({ code: z.string(), message: z.string() })),
  /** When the original was retrieved, as the user states it (sidecar or manifest). */
  retrieved: z.string().nullable().default(null),
  /** True when only an excerpt is published (`--excerpts`): no full text, no original. */
  excerpted: z.boolean().optional(),
});

export type ArticleRecord = z.infer<typeof articleRecordSchema>;
