import { z } from 'astro/zod';

const citation = z.object({
  /** Input file name (path relative to the content folder). */
  source: z.string(),
  /** Passage id on that source's article page. */
  passage: z.string(),
});

const sentence = z.object({ text: z.string(), citations: z.array(citation) });

/** One story: a folder of inputs and its synthesis (see `Story` in src/pipeline/types.ts). */
export const storySchema = z.object({
  /** Sub-folder name, or empty for loose files. */
  key: z.string(),
  /** URL slug; `index` when the story is the home page. */
  slug: z.string(),
  /** Most representative headline. */
  title: z.string(),
  /** Its dek, when the chosen source has one. */
  dek: z.string().nullable(),
  /** Summary sentences, each with every source that supports it. */
  summary: z.array(sentence),
  /** Article slugs in display order. */
  articles: z.array(z.string()),
  /** Number of sources. */
  sourceCount: z.number(),
  /** Sources that are not syndicated copies. */
  independentSources: z.number(),
  /** Syndicated copies: file → the file it copies. */
  duplicates: z.array(z.object({ source: z.string(), of: z.string() })),
  /** Dated events, in date order, each cited. */
  timeline: z.array(
    z.object({
      date: z.string(),
      end: z.string().optional(),
      precision: z.enum(['year', 'month', 'day']),
      /** Resolved from a relative expression against a publication date. */
      inferred: z.boolean(),
      text: z.string(),
      citations: z.array(citation),
      weight: z.number(),
    }),
  ),
  /** Quotations, most widely carried first. */
  quotes: z.array(z.object({ id: z.string(), text: z.string(), speaker: z.string().nullable(), sources: z.number(), citations: z.array(citation) })),
  /** People and organisations, most widely named first. */
  entities: z.array(z.object({ name: z.string(), kind: z.enum(['person', 'organisation']), aliases: z.array(z.string()), mentions: z.array(citation) })),
  /** What only each source reports. */
  uniqueFacts: z.array(z.object({ source: z.string(), facts: z.array(sentence) })),
  /** Numbers the sources disagree on. */
  conflicts: z.array(z.object({ subject: z.string(), values: z.array(z.object({ value: z.string(), citation })) })),
  /** Related coverage listed by metadata records. */
  related: z.array(
    z.object({
      title: z.string().nullable(),
      excerpt: z.string().nullable(),
      published: z.string().nullable(),
      url: z.string().nullable(),
      publisher: z.string().nullable(),
      from: z.string(),
    }),
  ),
});

export type StoryData = z.infer<typeof storySchema>;
