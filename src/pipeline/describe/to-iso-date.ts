const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Unambiguous time-zone abbreviations and their UTC offsets. */
const ZONES: Readonly<Record<string, string>> = {
  utc: 'Z', gmt: 'Z', z: 'Z', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', bst: '+01:00', cet: '+01:00', cest: '+02:00', eet: '+02:00', eest: '+03:00',
  ist: '+05:30', sast: '+02:00', eat: '+03:00', wat: '+01:00', jst: '+09:00', aest: '+10:00', aedt: '+11:00',
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const MONTH_FIRST = /(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\b|(?=\d{1,2}\s*min))/i;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b/i;
const ISO_INSIDE = /\b(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\d:])/i;
const CLOCK = /\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?(?:\s+([a-z]{1,4})\b)?|\b(\d{1,2})[:h](\d{2})(?:\s+([a-z]{1,4})\b)?/i;
/** A numeric day-first date: dotted ("30.11.2023", European) or with a day above 12 ("24/04/2024"). */
const NUMERIC = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** True when year/month/day form a real calendar date. */
function validDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The time of day (and zone) stated after a date, as `THH:MM:00[zone]`, or ''. */
function clockSuffix(rest: string): string {
  const m = CLOCK.exec(rest.slice(0, 60));
  if (!m) return '';
  let hour: number;
  let minute: number;
  let zone: string | undefined;
  if (m[3] !== undefined) {
    hour = Number(m[1]) % 12 + (m[3].toLowerCase() === 'p' ? 12 : 0);
    minute = m[2] === undefined ? 0 : Number(m[2]);
    zone = m[4];
  } else {
    hour = Number(m[5]);
    minute = Number(m[6]);
    zone = m[7];
  }
  if (hour > 23 || minute > 59) return '';
  const offset = zone === undefined ? '' : (ZONES[zone.toLowerCase()] ?? '');
  return `T${pad(hour)}:${pad(minute)}:00${offset}`;
}

/**
 * Convert a stated date to ISO 8601, or null when the text holds no full,
 * unambiguous date (a year is required; "03/04/2021" is ambiguous and ignored).
 * A date alone gives `YYYY-MM-DD`; a stated time is kept, with its zone when known.
 */
export function toIsoDate(input: unknown): string | null {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input.toISOString().replace('.000Z', 'Z');
  if (typeof input !== 'string') return null;
  const text = input.trim().slice(0, 300);
  const iso = ISO.exec(text) ?? ISO.exec(ISO_INSIDE.exec(text)?.[1] ?? '');
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    if (!validDate(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined || mi === undefined) return `${y}-${mo}-${d}`;
    if (Number(h) > 23 || Number(mi) > 59) return null;
    const z = zone === undefined ? '' : zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${z}`;
  }
  let y: number;
  let mo: number;
  let d: number;
  let start: number;
  let end: number;
  const mf = MONTH_FIRST.exec(text);
  const df = mf ? null : DAY_FIRST.exec(text);
  if (mf) {
    mo = MONTHS[(mf[1] ?? '').toLowerCase()] ?? 0;
    d = Number(mf[2]);
    y = Number(mf[3]);
    start = mf.index;
    end = mf.index + mf[0].length;
  } else if (df) {
    d = Number(df[1]);
    mo = MONTHS[(df[2] ?? '').toLowerCase()] ?? 0;
    y = Number(df[3]);
    start = df.index;
    end = df.index + df[0].length;
  } else {
    const nm = NUMERIC.exec(text);
    if (!nm) return null;
    const a = Number(nm[1]);
    const b = Number(nm[3]);
    // Dots are day-first; with slashes only a day above 12 says which is which.
    if (nm[2] === '.' || a > 12) {
      d = a;
      mo = b;
    } else if (b > 12) {
      d = b;
      mo = a;
    } else {
      return null;
    }
    y = Number(nm[4]);
    start = nm.index;
    end = nm.index + nm[0].length;
  }
  if (!validDate(y, mo, d)) return null;
  const clock = clockSuffix(text.slice(end)) || clockSuffix(text.slice(Math.max(0, start - 40), start));
  return `${y}-${pad(mo)}-${pad(d)}${clock}`;
}
