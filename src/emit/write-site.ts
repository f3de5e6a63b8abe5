import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { articleMdx } from './article-mdx.ts';
import { articleFigures, MEDIA_DIR } from './article-media.ts';
import { articlePageData } from './page-data.ts';
import { quoteLinksByArticle } from './quote-links.ts';
import { summaryMdx } from './summary-mdx.ts';
import { displayText } from '../utils/display-text.ts';
import { createHash } from 'node:crypto';
import type { PipelineResult, PublishedArticle } from '../pipeline/run.ts';
import type { Passage } from '../pipeline/types.ts';
import { cacheKey, type PipelineCache } from '../pipeline/cache.ts';
import { sha256Hex } from '../utils/hash.ts';

/** Stable, pretty JSON with a final newline. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A file the generated folder already holds, byte for byte: its digest (`fileDigest`) instead of its bytes. */
export interface HeldFile {
  held: string;
}

/** What a generated file is made of: its text, its bytes, or (`HeldFile`) the digest of what the folder already holds. */
export type SiteFile = string | Uint8Array | HeldFile;

/**
 * Renders the pipeline's output as the files of a generated folder that the Astro
 * content collections read: `articles/<slug>.mdx` (bodies), `records/<slug>.json`
 * (page data), `stories/<slug>.json`, `originals/<name>` (byte-for-byte copies),
 * `media/<hash>.<ext>` (article images) and `report.json`. Keys are paths relative to the folder.
 */
export function siteFiles(result: PipelineResult, options: EmitOptions): Map<string, string | Uint8Array> {
  return renderSite(result, options, new Map(), () => false).files as Map<string, string | Uint8Array>;
}

/** The rendered files, and for each article the key of what its body and record are made from, with their paths. */
interface RenderedSite {
  files: Map<string, SiteFile>;
  articleKeys: Map<string, [mdx: string, record: string]>;
}

/**
 * `siteFiles`, except that an article whose body and record are made from exactly what made files the
 * folder still holds (`emitted`: article key → their digests; `holds` checks one) is not rendered again:
 * its two files are `HeldFile`s.
 */
function renderSite(result: PipelineResult, options: EmitOptions, emitted: ReadonlyMap<string, readonly [string, string]>, holds: (rel: string, digest: string) => boolean): RenderedSite {
  const files = new Map<string, SiteFile>();
  const articleKeys = new Map<string, [string, string]>();
  const links = options.excerpts ? new Map() : quoteLinksByArticle(result, options.base);
  const media = new Map<string, Uint8Array>();
  for (const article of result.articles) {
    // Excerpts publish no images, as they publish no original.
    const figures = options.excerpts ? [] : articleFigures(article.article.source, article.article.verdicts, media);
    const mdxPath = `articles/${article.slug}.mdx`;
    const recordPath = `records/${article.slug}.json`;
    const key = articleFilesKey(article, links.get(article.slug), figures, options.excerpts);
    articleKeys.set(key, [mdxPath, recordPath]);
    const known = emitted.get(key);
    if (known && holds(mdxPath, known[0]) && holds(recordPath, known[1])) {
      files.set(mdxPath, { held: known[0] });
      files.set(recordPath, { held: known[1] });
    } else {
      const passages = options.excerpts ? excerptOf(article.passages) : article.passages;
      files.set(mdxPath, cachedArticleMdx(passages, links.get(article.slug), figures, options.cache));
      const data = articlePageData(article);
      files.set(recordPath, stableJson(options.excerpts ? { ...data, excerpted: true, removed: [], passages: data.passages.filter((p) => passages.some((q) => q.id === p.id)) } : data));
    }
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
  return { files, articleKeys };
}

/**
 * The key of an article's body and record: everything they are made from. The input's digest covers its
 * text, cleaning, metadata and passages; the lock adds passage ids and the slug; the rest of the archive
 * adds its quotation links; its images and problems can also depend on files beside it.
 */
function articleFilesKey(article: PublishedArticle, links: Parameters<typeof articleMdx>[1], figures: Parameters<typeof articleMdx>[2], excerpts: boolean): string {
  return cacheKey(
    'article-files',
    article.inputDigest,
    article.slug,
    article.originalName,
    article.retrieved ?? '',
    excerpts ? 1 : 0,
    JSON.stringify([article.passages.map((p) => p.id), links ? [...links] : null, figures, article.problems]),
  );
}

/** The digest a generated folder's manifest records for a file. */
function fileDigest(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The manifest of a generated folder: what its last sync wrote (path → digest). */
function manifestPath(dir: string): string {
  return `${dir}.manifest.json`;
}

/** What the last sync of `dir` wrote (path → digest); empty when it left no manifest (or stopped half-way). */
function readManifest(dir: string): Record<string, string> {
  try {
    const value = JSON.parse(readFileSync(manifestPath(dir), 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Makes `dir` hold exactly `files`: writes what changed, deletes what is no longer
 * produced, leaves identical files untouched (so a dev server reloads only what changed).
 * A `HeldFile` is one the caller found the folder holding already (see `writeSite`).
 * Returns the digest of every file.
 */
export function syncFolder(dir: string, files: ReadonlyMap<string, SiteFile>, previous: Record<string, string> = readManifest(dir)): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  for (const existing of listFiles(dir)) {
    if (!files.has(existing)) rmSync(join(dir, existing), { force: true });
  }
  // Removed while files are written: a sync that stops half-way must not vouch for them.
  rmSync(manifestPath(dir), { force: true });
  const manifest: Record<string, string> = {};
  // Folders already made by this sync: thousands of files share a handful of folders.
  const made = new Set<string>();
  for (const [rel, content] of files) {
    if (typeof content === 'object' && 'held' in content) {
      manifest[rel] = content.held;
      continue;
    }
    const path = join(dir, rel);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    const digest = fileDigest(bytes);
    manifest[rel] = digest;
    // What the last sync wrote need not be read back.
    if (previous[rel] === digest && existsSync(path)) continue;
    if (existsSync(path) && readFileSync(path).equals(bytes)) continue;
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, bytes);
  }
  writeFileSync(manifestPath(dir), JSON.stringify(manifest));
  return manifest;
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

/** The pipeline cache's record of what made each article's body and record: article key → their digests. */
const EMITTED_KEY = cacheKey('emitted-articles');

function readEmitted(cache: PipelineCache | undefined): Map<string, readonly [string, string]> {
  const value = cache?.get(EMITTED_KEY);
  const out = new Map<string, readonly [string, string]>();
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, digests] of Object.entries(value)) {
    if (Array.isArray(digests) && digests.length === 2 && typeof digests[0] === 'string' && typeof digests[1] === 'string') out.set(key, [digests[0], digests[1]]);
  }
  return out;
}

/**
 * Writes the site's generated folder for a pipeline result and returns the build id:
 * a hash of every file's path and digest, so it changes exactly when the site's data changes.
 * With a cache, an article whose body and record are made from what made the files the folder
 * still holds is not rendered again (the cache, whose keys fold in the code's version, says what
 * made them; the folder's manifest and the files' presence say they are still there).
 */
export function writeSite(result: PipelineResult, genDir: string, options: EmitOptions): string {
  const previous = readManifest(genDir);
  const holds = (rel: string, digest: string): boolean => previous[rel] === digest && existsSync(join(genDir, rel));
  const { files, articleKeys } = renderSite(result, options, readEmitted(options.cache), holds);
  const manifest = syncFolder(genDir, files, previous);
  const emitted: Record<string, [string, string]> = {};
  for (const [key, [mdx, record]] of articleKeys) emitted[key] = [manifest[mdx]!, manifest[record]!];
  options.cache?.set(EMITTED_KEY, emitted);
  const hash = createHash('sha256');
  for (const path of Object.keys(manifest).sort()) hash.update(path).update('\0').update(manifest[path]!).update('\0');
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
