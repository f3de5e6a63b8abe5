import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The pipeline writes these folders before Astro renders (see src/integration).
// Only the MDX is a collection: records, stories, quotations and the report are plain
// JSON that pages read once per build through `archiveData()` (src/schemas/archive.ts).
const gen = process.env.DOSSIER_GEN;
if (!gen) throw new Error('DOSSIER_GEN is not set: build with `dossier build` or `astro build` from the project root.');

/** Article bodies: literal text in passage blocks, written by the safe MDX writer. */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${gen}/articles` }),
});

/** Each story's summary: cited sentences and a GFM footnote list of full references. */
const summaries = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${gen}/summaries` }),
});

export const collections = { articles, summaries };
