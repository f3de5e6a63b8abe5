import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// The pipeline writes these folders before Astro renders (see src/integration).
// Only the MDX is a collection: records, stories, quotations and the report are plain
// JSON that pages read once per build through `archiveData()` (src/schemas/archive.ts).
const gen = process.env.DOSSIER_GEN;
if (!gen) throw new Error('DOSSIER_GEN is not set: build with `dossier build` or `astro build` from the project root.');

// Pages only render the compiled MDX (`render(entry)`), never an entry's raw `body`, so the
// bodies are not kept in Astro's data store: at 1,000 articles they made it ~10 MB, which the
// build serialises, bundles into the pages' chunk and parses again before rendering.

/** Article bodies: literal text in passage blocks, written by the safe MDX writer. */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${gen}/articles`, retainBody: false }),
});

/** Each story's summary: cited sentences and a GFM footnote list of full references. */
const summaries = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${gen}/summaries`, retainBody: false }),
});

export const collections = { articles, summaries };
