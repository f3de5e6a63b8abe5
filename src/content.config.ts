import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleRecordSchema } from './schemas/article.ts';
import { storySchema } from './schemas/story.ts';
import { quoteGroupSchema } from './schemas/quote.ts';
import { reportEntrySchema } from './schemas/report.ts';

// The pipeline writes these folders before Astro renders (see src/integration).
const gen = process.env.DOSSIER_GEN;
if (!gen) throw new Error('DOSSIER_GEN is not set: build with `dossier build` or `astro build` from the project root.');

/** Article bodies: literal text in passage blocks, written by the safe MDX writer. */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${gen}/articles` }),
});

/** Everything an article page shows besides its body. */
const records = defineCollection({
  loader: glob({ pattern: '*.json', base: `${gen}/records` }),
  schema: articleRecordSchema,
});

/** Each story's summary: cited sentences and a GFM footnote list of full references. */
const summaries = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${gen}/summaries` }),
});

/** One entry per story (folder of inputs). */
const stories = defineCollection({
  loader: glob({ pattern: '*.json', base: `${gen}/stories` }),
  schema: storySchema,
});

/** Quotations carried by two or more sources, with every occurrence. */
const quotes = defineCollection({
  loader: glob({ pattern: '*.json', base: `${gen}/quotes` }),
  schema: quoteGroupSchema,
});

/** The build report: one entry per input (the generated report.json). */
const report = defineCollection({
  loader: file(`${gen}/report.json`, { parser: (text) => (JSON.parse(text) as { inputs: unknown[] }).inputs.map((entry, i) => ({ id: String(i).padStart(6, '0'), ...(entry as object) })) }),
  schema: reportEntrySchema,
});

export const collections = { articles, records, stories, summaries, quotes, report };
