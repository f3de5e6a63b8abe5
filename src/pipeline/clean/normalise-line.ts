/** Longest prefix of a line that is looked at when comparing lines across inputs. */
const MAX_COMPARED_CHARS = 400;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Normalise a line for comparison across inputs: Unicode NFKC, lower case,
 * typographic quotes and dashes folded to ASCII, zero-width characters removed,
 * whitespace collapsed and trimmed, and capped at 400 characters.
 * Two lines that a reader would call "the same menu entry" normalise equally.
 */
export function normaliseLine(line: string): string {
  const head = line.length > MAX_COMPARED_CHARS * 4 ? line.slice(0, MAX_COMPARED_CHARS * 4) : line;
  // NFKC leaves ASCII as it is, and most lines are ASCII: skip it for them.
  return (ASCII.test(head) ? head : head.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_COMPARED_CHARS);
}

/** A page title's site suffix (" | The Punjab Observer", " - Daily Mail"): a separator, then a short run without one. */
export const SITE_SUFFIX = /\s+[|–—-]\s+[^|–—-]{2,40}$/u;

/** `text` without a page title's site suffix (`SITE_SUFFIX`). */
export function withoutSiteSuffix(text: string): string {
  return text.replace(SITE_SUFFIX, '');
}
