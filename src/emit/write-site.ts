import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { articleMdx } from './article-mdx.ts';
import { articleFigures, MEDIA_DIR } from './article-media.ts';
import { articlePageData } from './page-data.ts';
import { quoteLinksByArticle } from './quote-links.ts';
import { summaryMdx } from './summary-mdx.ts';
import { displayText } from '../utils/display-text.ts';
import { createHash } from 'node:crypto';
import type { PipelineResult } from '../pipeline/run.ts';
import type { Passage } from '../pipeline/types.ts';
import { cacheKey, type PipelineCache } from '../pipeline/cache.ts';
import { sha256Hex } from '../utils/hash.ts';

/** Stable, pretty JSON with a final newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Renders the pipeline's output as the files of a generated folder that the Astro
 * content collections read: `articles/<slug>.mdx` (bodies), `records/<slug>.json`
 * (page data), `stories/<slug>.json`, `originals/<name>` (byte-for-byte copies),
 * `media/<hash>.<ext>` (article images) and `report.json`. Keys are paths relative to the folder.
 */
export function siteFiles(result: PipelineResult, options: EmitOptions): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const links = options.excerpts ? new Map() : quoteLinksByArticle(result, options.base);
  const media = new Map<string, Uint8Array>();
  for (const article of result.articles) {
    const passages = options.excerpts ? excerptOf(article.passages) : article.passages;
    // Excerpts publish no images, as they publish no original.
    const figures = options.excerpts ? [] : articleFigures(article.article.source, article.article.verdicts, media);
    files.set(`articles/${article.slug}.mdx`, cachedArticleMdx(passages, links.get(article.slug), figures, options.cache));
    const data = articlePageData(article);
    files.set(`records/${article.slug}.json`, stableJson(options.excerpts ? { ...data, excerpted: true, removed: [], passages: data.passages.filter((p) => passages.some((q) => q.id === p.id)) } : data));
    if (!options.excerpts) files.set(`originals/${article.originalName}`, article.article.source.file.bytes);
  }
  for (const group of result.quotes) {
    if (group.sources >= 2) files.set(`quotes/${group.id}.json`, stableJson(group));
  }
  for (const story of result.stories) {
    files.set(`summaries/${story.slug}.mdx`, summaryMdx(story, result.articles, options.base));
    files.set(`stories/${story.slug}.json`, stableJson({ ...story, title: displayText(story.title) || 'Untitled story', sourceCount: story.articles.length }));
  }
  // Media files in name order, whichever article used them first.
  for (const path of [...media.keys()].sort()) files.set(path, media.get(path)!);
  files.set('report.json', stableJson(reportJson(result)));
  return files;
}

/**
 * Makes `dir` hold exactly `files`: writes what changed, deletes what is no longer
 * produced, leaves identical files untouched (so a dev server reloads only what changed).
 */
export function syncFolder(dir: string, files: ReadonlyMap<string, string | Uint8Array>): void {
  mkdirSync(dir, { recursive: true });
  for (const existing of listFiles(dir)) {
    if (!files.has(existing)) rmSync(join(dir, existing), { force: true });
  }
  // What the last sync wrote (path → digest), so unchanged files need not be read back.
  const manifestPath = `${dir}.manifest.json`;
  let previous: Record<string, string> = {};
  try {
    previous = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  } catch {
    previous = {};
  }
  // Removed while files are written: a sync that stops half-way must not vouch for them.
  rmSync(manifestPath, { force: true });
  const manifest: Record<string, string> = {};
  // Folders already made by this sync: thousands of files share a handful of folders.
  const made = new Set<string>();
  for (const [rel, content] of files) {
    const path = join(dir, rel);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const digest = createHash('sha1').update(bytes).digest('hex');
    manifest[rel] = digest;
    if (previous[rel] === digest && existsSync(path)) continue;
    if (existsSync(path) && readFileSync(path).equals(bytes)) continue;
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, bytes);
  }
  writeFileSync(manifestPath, JSON.stringify(manifest));
}

function listFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(dir, path));
    else out.push(path);
  }
  return out;
}

/** `articleMdx`, remembered in the pipeline cache by a digest of everything it renders. */
function cachedArticleMdx(passages: readonly Passage[], links: Parameters<typeof articleMdx>[1], figures: Parameters<typeof articleMdx>[2], cache: PipelineCache | undefined): string {
  if (!cache) return articleMdx(passages, links, figures);
  const key = cacheKey('mdx', sha256Hex(JSON.stringify([passages, links ? [...links] : null, figures])));
  const hit = cache.get(key);
  if (typeof hit === 'string') return hit;
  const mdx = articleMdx(passages, links, figures);
  cache.set(key, mdx);
  return mdx;
}

/** How the emit stage renders. */
export interface EmitOptions {
  /** Site base path, for cross-source links. */
  base: string;
  /** Publish only an excerpt of each article (about the first 60 words). */
  excerpts: boolean;
  /** Where rendered article bodies are remembered between builds. */
  cache?: PipelineCache;
}

/** The leading passages of an article, up to about 60 words (at least one passage). */
export function excerptOf(passages: readonly Passage[]): Passage[] {
  const out: Passage[] = [];
  let words = 0;
  for (const p of passages) {
    if (out.length > 0 && words >= 60) break;
    out.push(p);
    words += p.text.split(/\s+/).length;
  }
  return out;
}

/**
 * Writes the site's generated folder for a pipeline result and returns the build id:
 * a hash of everything written, so it changes exactly when the site's data changes.
 */
export function writeSite(result: PipelineResult, genDir: string, options: EmitOptions): string {
  const files = siteFiles(result, options);
  syncFolder(genDir, files);
  const hash = createHash('sha256');
  for (const path of [...files.keys()].sort()) hash.update(path).update('\0').update(files.get(path)!).update('\0');
  // Every collection's folder exists, even when empty.
  for (const sub of ['articles', 'records', 'stories', 'summaries', 'quotes', 'originals', MEDIA_DIR]) mkdirSync(join(genDir, sub), { recursive: true });
  return hash.digest('hex').slice(0, 16);
}

/** The build report: one entry per input, no timings, no absolute paths. */
export function reportJson(result: PipelineResult): unknown {
  const count = (status: string): number => result.report.filter((r) => r.status === status).length;
  return {
    summary: {
      inputs: result.report.length,
      published: count('published'),
      warning: count('warning'),
      skipped: count('skipped'),
    },
    inputs: result.report,
    unresolvedCitations: result.unresolved,
  };
}
