import { z } from 'astro/zod';

/** One quotation and every place it occurs (see `QuoteGroup` in src/pipeline/cite/quote-groups.ts). */
export const quoteGroupSchema = z.object({
  /** Stable id; the page is `quotes/<id>/`. */
  id: z.string(),
  /** The fullest wording. */
  text: z.string(),
  /** The speaker most sources agree on, or null. */
  speaker: z.string().nullable(),
  /** Every occurrence: article slug, passage id, wording and speaker there. */
  occurrences: z.array(z.object({ slug: z.string(), passage: z.string(), text: z.string(), speaker: z.string().nullable() })),
  /** Number of distinct articles quoting it. */
  sources: z.number(),
});

export type QuoteGroupData = z.infer<typeof quoteGroupSchema>;
