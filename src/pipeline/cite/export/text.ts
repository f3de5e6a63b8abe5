/** Small text helpers shared by the serializers. */

/**
 * One clean line: every run of white space (including line breaks, tabs,
 * U+0085, U+2028, U+2029) becomes one space, other control characters are
 * dropped, the ends are trimmed. Titles and names are single-line values, so
 * this is what every format stores (and what keeps RIS from gaining lines).
 */
export function oneLine(s: string): string {
  return s
    .replace(/[\s\u0085\u2028\u2029]+/gu, ' ')
    .replace(/[\p{Cc}\p{Cs}]/gu, '')
    .trim();
}

/** `oneLine(s)`, or null when nothing is left. */
export function cleanOrNull(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = oneLine(s);
  return t === '' ? null : t;
}

/** Plain code-unit order: the same in every locale and runtime. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
