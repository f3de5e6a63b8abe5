/** Small helpers for the story page's build-time SVG charts (no chart library, no browser code). */

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Milliseconds since the epoch of an ISO date (`2020`, `2020-06`, `2020-06-11…`), at its start; null when unparseable. */
export function startOf(iso: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1);
}

/** Milliseconds of the end (exclusive) of the period an ISO date names at `precision`. */
export function endOf(iso: string, precision: 'year' | 'month' | 'day'): number | null {
  const start = startOf(iso);
  if (start === null) return null;
  const d = new Date(start);
  if (precision === 'year') return Date.UTC(d.getUTCFullYear() + 1, 0, 1);
  if (precision === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return start + DAY;
}

export interface Tick {
  at: number;
  label: string;
}

/** Roughly `want` readable ticks between two instants (days, months or years). */
export function timeTicks(min: number, max: number, want = 6): Tick[] {
  const span = Math.max(max - min, DAY);
  const ticks: Tick[] = [];
  const days = span / DAY;
  if (days <= 90) {
    const step = [1, 2, 7, 14, 28].find((s) => days / s <= want) ?? 28;
    const first = new Date(min);
    const sameYear = new Date(min).getUTCFullYear() === new Date(max).getUTCFullYear();
    for (let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate()); t <= max; t += step * DAY) {
      if (t < min) continue;
      const d = new Date(t);
      ticks.push({ at: t, label: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${sameYear ? '' : ` ${d.getUTCFullYear()}`}` });
    }
    return ticks;
  }
  const months = days / 30.44;
  if (months <= 36) {
    const step = [1, 2, 3, 6, 12].find((s) => months / s <= want) ?? 12;
    const first = new Date(min);
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth();
    if (Date.UTC(y, m, 1) < min) m++;
    m = Math.ceil(m / step) * step;
    for (;;) {
      const t = Date.UTC(y + Math.floor(m / 12), m % 12, 1);
      if (t > max) break;
      const d = new Date(t);
      ticks.push({ at: t, label: d.getUTCMonth() === 0 || ticks.length === 0 ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : (MONTHS[d.getUTCMonth()] ?? '') });
      m += step;
      if (m >= 12 * 200) break;
    }
    return ticks;
  }
  const years = days / 365.25;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => years / s <= want) ?? 100;
  const y0 = Math.ceil(new Date(min).getUTCFullYear() / step) * step;
  for (let y = y0; Date.UTC(y, 0, 1) <= max; y += step) {
    const t = Date.UTC(y, 0, 1);
    if (t >= min) ticks.push({ at: t, label: String(y) });
  }
  return ticks;
}

/** A linear map from [d0, d1] to [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0 || 1;
  return (v) => Math.round((r0 + ((v - d0) / span) * (r1 - r0)) * 10) / 10;
}

/** Text for SVG labels and tooltips: no bidi controls, at most `max` characters. */
export function svgText(text: string, max = 80): string {
  const clean = text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}…` : clean;
}

export const DAY_MS = DAY;
