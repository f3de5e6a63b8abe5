import { z } from 'astro/zod';

/** One input of the build report (see `ReportEntry` in src/pipeline/run.ts). */
export const reportEntrySchema = z.object({
  /** Input path relative to the content folder. */
  file: z.string(),
  /** `published`, `warning` (published with problems) or `skipped`. */
  status: z.enum(['published', 'warning', 'skipped']),
  /** Slug of its page, when published. */
  slug: z.string().nullable(),
  /** Why: one code and one sentence per problem. */
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
});

export type ReportEntryData = z.infer<typeof reportEntrySchema>;
