import { z } from 'astro/zod';

const citation = z.object({
  /** Input file name (path relative to the content folder). */
  source: z.string(),
  /** Passage id on that source's article page. */
  passage: z.string(),
});

/** One story: a folder of inputs and its synthesis (see `Story` in src/pipeline/types.ts). */
export const storySchema = z.object({
  /** Sub-folder name, or empty for loose files. */
  key: z.string(),
  /** URL slug; `index` when the story is the home page. */
  slug: z.string(),
  /** Most representative headline. */
  title: z.string(),
  /** Summary sentences, each with every source that supports it. */
  summary: z.array(z.object({ text: z.string(), citations: z.array(citation) })),
  /** Article slugs in display order. */
  articles: z.array(z.string()),
  sourceCount: z.number(),
});

export type StoryData = z.infer<typeof storySchema>;
