import { decodeBytes } from './decode.ts';
import { hasFrontMatter, splitFrontMatter } from './front-matter.ts';
import { extractHtml, type ExtractedImage, type ExtractedLink, type HtmlLineKind } from './html/index.ts';
import type { DecodedSource, InputFormat, Skipped, SourceFile } from '../types.ts';

export { listSources, isReservedName, compareCodePoints } from './list-sources.ts';
export { decodeBytes } from './decode.ts';

/** A decoded source, plus what ingest learnt that later stages may use. */
export interface IngestedSource extends DecodedSource {
  /** Number of lines of the file occupied by a YAML header (Markdown), which precede `lines`. */
  headerLines: number;
  /** Those header lines, verbatim. */
  header: string[];
  /** Metadata stated by an HTML page's head, keyed `html:…`. */
  htmlHead: Record<string, string>;
  /** HTML inputs: the structure of each line of `lines` (heading, list item, quote, caption, image…). */
  kinds: HtmlLineKind[] | null;
  /** HTML inputs: images kept as structure. */
  images: ExtractedImage[];
  /** HTML inputs: http(s) links in the kept text. */
  links: ExtractedLink[];
  /** HTML inputs: for each line of `lines`, the share of its block's text inside links. */
  linkShare: number[] | null;
}

/** Decodes one file and detects its format. Bad input yields a `Skipped` with a reason. */
export function ingest(file: SourceFile, readAsset?: (relPath: string) => Uint8Array | null): { ok: true; source: IngestedSource } | { ok: false; skipped: Skipped } {
  const decoded = decodeBytes(file.bytes);
  if (!decoded.ok) return { ok: false, skipped: { file, reason: decoded.reason, message: decoded.message } };
  const format = detectFormat(file.path, decoded.text);
  const problems = [...decoded.problems];
  let text = decoded.text;
  let frontMatter: Record<string, unknown> | null = null;
  let headerLines = 0;
  let header: string[] = [];
  let htmlHead: Record<string, string> = {};
  let kinds: HtmlLineKind[] | null = null;
  let images: ExtractedImage[] = [];
  let links: ExtractedLink[] = [];
  let linkShare: number[] | null = null;
  if (format === 'markdown') {
    const all = text.split('\n');
    const split = splitFrontMatter(all);
    problems.push(...split.problems);
    frontMatter = split.data;
    headerLines = split.headerLines;
    header = all.slice(0, headerLines);
    text = all.slice(headerLines).join('\n');
  } else if (format === 'html') {
    const extracted = extractHtml(text, { path: file.path, ...(readAsset ? { readAsset } : {}) });
    text = extracted.text;
    htmlHead = extracted.head;
    kinds = extracted.kinds;
    images = extracted.images;
    links = extracted.links;
    linkShare = extracted.linkShare;
    problems.push(...extracted.dropped.map((d) => ({ code: d.code, message: d.message })));
  }
  return {
    ok: true,
    source: { file, format, encoding: decoded.encoding, text, lines: text.split('\n'), frontMatter, problems, headerLines, header, htmlHead, kinds, images, links, linkShare },
  };
}

/** Detects the input format from the file name and its first bytes. */
export function detectFormat(path: string, text: string): InputFormat {
  const lower = path.toLowerCase();
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|markdown|mdx)$/.test(lower)) return 'markdown';
  const head = text.slice(0, 512).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (hasFrontMatter(text)) return 'markdown';
  return 'text';
}
