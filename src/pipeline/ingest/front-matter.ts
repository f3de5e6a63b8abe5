import { parseDocument } from 'yaml';
import type { Problem } from '../types.ts';

/** A Markdown file split into its YAML header and body. */
export interface FrontMatterSplit {
  /** Parsed header (plain data), or null when absent or malformed. */
  data: Record<string, unknown> | null;
  /** Number of lines the header occupies, delimiters included (0 when there is none). */
  headerLines: number;
  problems: Problem[];
}

const MAX_HEADER_CHARS = 1_000_000;

/** True when the text opens with a `---` front-matter fence. */
export function hasFrontMatter(text: string): boolean {
  return /^---[ \t]*\n/.test(text);
}

/**
 * Splits and parses YAML front matter safely: core schema only, no custom tags,
 * alias expansion capped (alias bombs are rejected), duplicate keys tolerated.
 * A malformed header yields `data: null` and a warning; the body stays publishable.
 */
export function splitFrontMatter(lines: readonly string[]): FrontMatterSplit {
  if (lines[0]?.trimEnd() !== '---') return { data: null, headerLines: 0, problems: [] };
  let end = -1;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') {
      end = i;
      break;
    }
  }
  if (end === -1) {
    return {
      data: null,
      headerLines: 0,
      problems: [{ code: 'yaml-unclosed', message: 'The YAML header is never closed with ---; the whole file is treated as text.' }],
    };
  }
  const source = lines.slice(1, end).join('\n');
  const headerLines = end + 1;
  if (source.length > MAX_HEADER_CHARS) {
    return { data: null, headerLines, problems: [{ code: 'yaml-too-large', message: 'The YAML header is over 1 MB and was ignored.' }] };
  }
  try {
    const doc = parseDocument(source, { schema: 'core', uniqueKeys: false, prettyErrors: false, strict: false });
    if (doc.errors.length > 0) {
      return { data: null, headerLines, problems: [{ code: 'yaml-invalid', message: `The YAML header is malformed (${firstLine(doc.errors[0]!.message)}); its fields were ignored.` }] };
    }
    const value: unknown = doc.toJS({ maxAliasCount: 100 });
    if (value === null || value === undefined) return { data: {}, headerLines, problems: [] };
    if (typeof value !== 'object' || Array.isArray(value)) {
      return { data: null, headerLines, problems: [{ code: 'yaml-not-mapping', message: 'The YAML header is not a mapping of fields; it was ignored.' }] };
    }
    return { data: value as Record<string, unknown>, headerLines, problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { data: null, headerLines, problems: [{ code: 'yaml-invalid', message: `The YAML header was rejected (${firstLine(message)}); its fields were ignored.` }] };
  }
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').slice(0, 200);
}
