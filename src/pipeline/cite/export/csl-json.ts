import type { CslItem } from './types.ts';

const ORDER = ['id', 'type', 'title', 'container-title', 'author', 'issued', 'accessed', 'URL', 'language', 'note', 'custom'] as const;

/**
 * CSL-JSON (an array of items, as the CSL 1.0.2 data schema and Zotero,
 * Pandoc and citeproc expect it): two-space indented, keys in a fixed order,
 * ending with a newline. Same items → same bytes.
 */
export function toCslJson(items: readonly CslItem[]): string {
  const ordered = items.map((item) => {
    const out: Record<string, unknown> = {};
    for (const k of ORDER) if (item[k] !== undefined) out[k] = item[k];
    return out;
  });
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
