/** Most line numbers one list may name (a range like `1-99999999` is refused beyond this). */
export const MAX_LISTED_LINES = 100_000;
/** Highest line number accepted. */
const MAX_LINE = 10_000_000;

/**
 * Reads a list of line numbers: a number, a `"a-b"` range, a string of such items
 * separated by `;` or `,` (`"3;5-7"`), or a YAML list of any of these. Returns the
 * sorted unique numbers and a message for each item that is not one.
 */
export function parseLineList(value: unknown): { lines: number[]; errors: string[] } {
  const lines = new Set<number>();
  const errors: string[] = [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const add = (from: number, to: number, shown: string): void => {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from || to > MAX_LINE) {
      errors.push(`"${shown}" is not a line number or range (like 3 or 5-7)`);
      return;
    }
    if (lines.size + (to - from + 1) > MAX_LISTED_LINES) {
      errors.push(`"${shown}" names too many lines (at most ${MAX_LISTED_LINES})`);
      return;
    }
    for (let n = from; n <= to; n += 1) lines.add(n);
  };
  for (const item of items.slice(0, 10_000)) {
    if (item === null || item === undefined || item === '') continue;
    if (typeof item === 'number') {
      add(item, item, String(item));
      continue;
    }
    if (typeof item !== 'string') {
      errors.push(`${JSON.stringify(item)?.slice(0, 40) ?? String(item)} is not a line number or range`);
      continue;
    }
    for (const part of item.split(/[;,]/)) {
      const text = part.trim();
      if (text === '') continue;
      const m = /^(\d{1,9})(?:\s*[-–]\s*(\d{1,9}))?$/.exec(text);
      if (!m) {
        errors.push(`"${text.slice(0, 40)}" is not a line number or range (like 3 or 5-7)`);
        continue;
      }
      const from = Number(m[1]);
      add(from, m[2] === undefined ? from : Number(m[2]), text);
    }
  }
  return { lines: [...lines].sort((a, b) => a - b), errors };
}
