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
    return { data: value as Record<string, unknown>, headerLines, problems: unknownTags(doc.warnings) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { data: null, headerLines, problems: [{ code: 'yaml-invalid', message: `The YAML header was rejected (${firstLine(message)}); its fields were ignored.` }] };
  }
}

/**
 * Custom tags (`!!js/function`, `!foo`) are never resolved: their values are read as plain
 * strings. Say so, since the value the author meant is not the one published.
 */
function unknownTags(warnings: readonly { code: string; message: string }[]): Problem[] {
  const tags = [...new Set(warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED').map((w) => firstLine(w.message).replace(/^Unresolved tag:\s*/, '').slice(0, 80)))];
  if (tags.length === 0) return [];
  const shown = tags.slice(0, 5).join(', ') + (tags.length > 5 ? ', …' : '');
  return [{ code: 'yaml-unknown-tag', message: `The YAML header uses tags Dossier does not run (${shown}); their values were read as plain text.` }];
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').slice(0, 200);
}
