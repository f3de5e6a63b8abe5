import type { CslDate } from './types.ts';

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/**
 * The calendar date an ISO 8601 string states, as CSL `date-parts`:
 * `2020`, `2020-06`, `2020-06-11`, or a date-time (`2020-06-11T17:56:00Z`,
 * whose date is taken as written: no time-zone shifting). Null when the string
 * is not such a date or names an impossible day. Nothing is ever invented.
 */
export function cslDate(iso: string | null | undefined): CslDate | null {
  if (!iso) return null;
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (y < 1) return null;
  if (m[2] === undefined) return { 'date-parts': [[y]] };
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return null;
  if (m[3] === undefined) return { 'date-parts': [[y, mo]] };
  const d = Number(m[3]);
  if (d < 1 || d > daysInMonth(y, mo)) return null;
  return { 'date-parts': [[y, mo, d]] };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** `2020-06-11`, `2020-06` or `2020` (ISO 8601, as precise as known). */
export function isoFromCsl(date: CslDate): string {
  const [y, m, d] = date['date-parts'][0];
  return [String(y).padStart(4, '0'), ...(m === undefined ? [] : [pad(m)]), ...(d === undefined ? [] : [pad(d)])].join('-');
}

/** `2020/06/11`, `2020/06` or `2020` (Highwire `citation_publication_date`). */
export function slashFromCsl(date: CslDate): string {
  return isoFromCsl(date).replace(/-/g, '/');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `June 11, 2020`, `June 2020` or `2020` (US style, as Chicago prints it). */
export function humanFromCsl(date: CslDate): string {
  const [y, m, d] = date['date-parts'][0];
  if (m === undefined) return String(y);
  const month = MONTHS[m - 1] ?? '';
  return d === undefined ? `${month} ${y}` : `${month} ${d}, ${y}`;
}
