/**
 * Date expressions in English news sentences, resolved to ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 *
 * Recognised (case rules keep common words out: month and weekday names must be capitalised):
 *  - explicit: "June 11, 2020", "June 8-9, 2020", "11 June 2020", "8–9 June 2020", "March 2020",
 *    "Sept. 2019", ISO "2020-06-11", a year after a cue word ("in 2018", "back in 2018", "since 2018",
 *    "mid-2018", "early 2019", "from 2018 to 2020", "between 2018 and 2020");
 *  - partly explicit (the year comes from the anchor): "June 11", "11 June", "in March", "last November",
 *    "next March", "since January";
 *  - relative (resolved against the anchor): "yesterday", "tomorrow", "Thursday", "on Thursday",
 *    "last Thursday", "last year", "this year", "earlier this year", "next year", "last month",
 *    "this month", "next month", "two years ago", "a year ago", "3 months ago", "ten days ago".
 * Anything that needs the anchor is skipped when there is none, and is reported `relative: true`.
 * Year-less dates resolve to the most recent occurrence on or before the anchor, or the next one when the
 * sentence speaks of the future ("will", "next", "scheduled", "plans to"…).
 * Week-precision expressions ("last week") and durations ("for the past two years") are not dates.
 * Linear: one tokenisation pass, constant look-ahead per token.
 */

export type Precision = 'year' | 'month' | 'day';

export interface YMD {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

export interface FoundDate {
  /** Offsets of the expression in the searched text. */
  start: number;
  end: number;
  /** ISO date (start of a range). */
  date: string;
  /** ISO end of a range, when the expression is one. */
  endDate?: string;
  precision: Precision;
  /** True when any part of the date came from the anchor rather than the text. */
  relative: boolean;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, several: -1, few: -1,
};
/** Words after which a bare year is a date. */
const YEAR_CUES = new Set(
  'in since during by until till from of early late mid around before after throughout circa between'.split(' '),
);
/** Words after which a bare month name is a date. */
const MONTH_CUES = new Set('in since during by until till from of early late mid last next this before after until around end through'.split(' '));
const FUTURE = /\b(?:will|shall|next|upcoming|scheduled|plans? to|planning to|expected to|set to|is to|are to)\b/i;

interface Tok {
  s: number;
  e: number;
  raw: string;
  low: string;
  num: number | null; // digits value (ordinal suffix allowed)
  digits: number; // number of digits (0 when not numeric)
}

const TOKEN = /[\p{L}]+|\d+(?:st|nd|rd|th)?|[–—-]/gu;

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const first = raw.charCodeAt(0);
    const dm = first >= 48 && first <= 57 ? /^(\d+)/.exec(raw) : null;
    const digits = dm ? (dm[1] ?? '').length : 0;
    out.push({ s: m.index, e: m.index + raw.length, raw, low: raw.toLowerCase(), num: dm ? Number(dm[1]) : null, digits });
    if (out.length > 20_000) break; // hostile input: dates past this point are ignored
  }
  return out;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
export function isoOf(y: number, m?: number, d?: number): string {
  const ys = String(y).padStart(4, '0');
  if (m === undefined) return ys;
  if (d === undefined) return `${ys}-${pad(m)}`;
  return `${ys}-${pad(m)}-${pad(d)}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The calendar day of an ISO timestamp (its own date part, no time-zone shift), or null. */
export function anchorOf(iso: string | null | undefined): YMD | null {
  if (typeof iso !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

export function addDays(a: YMD, n: number): YMD {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function weekday(a: YMD): number {
  return new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
}

/** Days from a to b (b − a). */
export function dayDiff(a: YMD, b: YMD): number {
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / 86_400_000);
}

function isYear(t: Tok | undefined): t is Tok {
  return t !== undefined && t.digits === 4 && t.raw.length === 4 && t.num !== null && t.num >= 1800 && t.num <= 2199;
}
function isDay(t: Tok | undefined): t is Tok {
  return t !== undefined && t.num !== null && t.digits <= 2 && t.num >= 1 && t.num <= 31;
}
function monthOf(t: Tok | undefined, text: string, next: Tok | undefined): number | null {
  if (!t || t.num !== null) return null;
  const first = t.raw[0] ?? '';
  if (first !== first.toUpperCase() || first === first.toLowerCase()) return null; // must be capitalised
  const m = MONTHS[t.low];
  if (m === undefined) return null;
  if (t.low.length <= 4 && t.low !== 'june' && t.low !== 'july' && t.low !== 'may') {
    // abbreviations need their period ("Jan.", "Sept.") or a following number ("Feb 3")
    if (text[t.e] !== '.' && !(next && next.num !== null)) return null;
  }
  return m;
}
function isDash(t: Tok | undefined): t is Tok {
  return t !== undefined && (t.raw === '-' || t.raw === '–' || t.raw === '—');
}
/** True when only spaces, commas and periods separate the two tokens (at most 3 characters). */
function glued(text: string, a: Tok, b: Tok): boolean {
  const gap = b.s - a.e;
  if (gap < 0 || gap > 3) return false;
  for (let i = a.e; i < b.s; i++) {
    const c = text[i];
    if (c !== ' ' && c !== ',' && c !== '.' && c !== '\u00a0') return false;
  }
  return true;
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Year for a year-less month (and day): the most recent occurrence on/before the anchor, or the next one. */
function yearFor(anchor: YMD, m: number, d: number | null, mode: 'past' | 'future' | 'last' | 'next'): number {
  const beforeOrSame = m < anchor.m || (m === anchor.m && (d === null || d <= anchor.d));
  const strictlyBefore = m < anchor.m || (d !== null && m === anchor.m && d < anchor.d);
  switch (mode) {
    case 'past':
      return beforeOrSame ? anchor.y : anchor.y - 1;
    case 'last':
      return strictlyBefore && (d !== null || m < anchor.m) ? anchor.y : anchor.y - 1;
    case 'next':
      return m > anchor.m || (d !== null && m === anchor.m && d > anchor.d) ? anchor.y : anchor.y + 1;
    case 'future':
      return m > anchor.m || (m === anchor.m && (d === null || d >= anchor.d)) ? anchor.y : anchor.y + 1;
  }
}

function monthShift(a: YMD, n: number): { y: number; m: number } {
  const idx = a.y * 12 + (a.m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/**
 * Date expressions in `text`, in order of appearance, non-overlapping.
 * `anchor` is the day the text was written (or the best stand-in); without it only fully explicit dates are found.
 */
export function findDates(text: string, anchor: YMD | null): FoundDate[] {
  const out: FoundDate[] = [];
  if (!text) return out;
  const toks = tokens(text);
  const future = FUTURE.test(text.length > 5000 ? text.slice(0, 5000) : text);
  const prevLow = (i: number): string => (i > 0 ? (toks[i - 1]?.low ?? '') : '');
  let i = 0;
  const push = (a: number, b: number, f: Omit<FoundDate, 'start' | 'end'>): void => {
    const s = toks[a];
    const e = toks[b];
    if (!s || !e) return;
    out.push({ start: s.s, end: e.e, ...f });
  };
  while (i < toks.length) {
    const t = toks[i] as Tok;
    const t1 = toks[i + 1];
    const t2 = toks[i + 2];
    const t3 = toks[i + 3];
    const t4 = toks[i + 4];

    // ISO yyyy-mm-dd
    if (isYear(t) && isDash(t1) && t2 && t2.digits === 2 && isDash(t3) && t4 && t4.digits === 2 && t2.e === t3.s && t1.e === t2.s && t.e === t1.s && t3.e === t4.s) {
      const y = t.num as number;
      const m = t2.num as number;
      const d = t4.num as number;
      if (validDay(y, m, d)) {
        push(i, i + 4, { date: isoOf(y, m, d), precision: 'day', relative: false });
        i += 5;
        continue;
      }
    }

    // Month-first: Month [Day[-Day2]] [,] [Year]
    const mo = monthOf(t, text, t1);
    if (mo !== null) {
      let j = i + 1;
      let day: number | null = null;
      let day2: number | null = null;
      let year: number | null = null;
      const a = toks[j];
      if (isDay(a) && glued(text, t, a)) {
        day = a.num;
        j++;
        const dsh = toks[j];
        const b = toks[j + 1];
        if (isDash(dsh) && isDay(b) && b.s - a.e <= 3 && (b.num as number) > (day as number)) {
          day2 = b.num;
          j += 2;
        }
      }
      const yt = toks[j];
      const before = toks[j - 1] as Tok;
      if (isYear(yt) && glued(text, before, yt)) {
        year = yt.num;
        j++;
      }
      const last = j - 1;
      const cue = prevLow(i);
      if (day !== null && year !== null) {
        if (validDay(year, mo, day)) {
          const f: Omit<FoundDate, 'start' | 'end'> = { date: isoOf(year, mo, day), precision: 'day', relative: false };
          if (day2 !== null && validDay(year, mo, day2)) f.endDate = isoOf(year, mo, day2);
          push(i, last, f);
        }
        i = j;
        continue;
      }
      if (day === null && year !== null) {
        push(i, last, { date: isoOf(year, mo), precision: 'month', relative: false });
        i = j;
        continue;
      }
      if (day !== null && anchor) {
        const y = yearFor(anchor, mo, day, future ? 'future' : 'past');
        if (validDay(y, mo, day)) {
          const f: Omit<FoundDate, 'start' | 'end'> = { date: isoOf(y, mo, day), precision: 'day', relative: true };
          if (day2 !== null && validDay(y, mo, day2)) f.endDate = isoOf(y, mo, day2);
          push(i, last, f);
        }
        i = j;
        continue;
      }
      if (day === null && anchor && MONTH_CUES.has(cue)) {
        const mode = cue === 'last' ? 'last' : cue === 'next' ? 'next' : future ? 'future' : 'past';
        const y = yearFor(anchor, mo, null, mode);
        push(cue === 'last' || cue === 'next' || cue === 'this' ? i - 1 : i, i, { date: isoOf(y, mo), precision: 'month', relative: true });
        i = j;
        continue;
      }
      i = j;
      continue;
    }

    // Day-first: Day[-Day2] Month [Year]
    if (isDay(t)) {
      let j = i + 1;
      let day2: number | null = null;
      if (isDash(toks[j]) && isDay(toks[j + 1]) && ((toks[j + 1] as Tok).num as number) > (t.num as number)) {
        day2 = (toks[j + 1] as Tok).num;
        j += 2;
      }
      const mt = toks[j];
      const m2 = mt && glued(text, toks[j - 1] as Tok, mt) ? monthOf(mt, text, toks[j + 1]) : null;
      if (m2 !== null && mt) {
        const yt = toks[j + 1];
        const day = t.num as number;
        if (isYear(yt) && glued(text, mt, yt)) {
          const y = yt.num as number;
          if (validDay(y, m2, day)) {
            const f: Omit<FoundDate, 'start' | 'end'> = { date: isoOf(y, m2, day), precision: 'day', relative: false };
            if (day2 !== null && validDay(y, m2, day2)) f.endDate = isoOf(y, m2, day2);
            push(i, j + 1, f);
          }
          i = j + 2;
          continue;
        }
        if (anchor) {
          const y = yearFor(anchor, m2, day, future ? 'future' : 'past');
          if (validDay(y, m2, day)) {
            const f: Omit<FoundDate, 'start' | 'end'> = { date: isoOf(y, m2, day), precision: 'day', relative: true };
            if (day2 !== null && validDay(y, m2, day2)) f.endDate = isoOf(y, m2, day2);
            push(i, j, f);
          }
        }
        i = j + 1;
        continue;
      }
    }

    // Bare year after a cue word ("in 2018", "mid-2018", "from 2018 to 2020")
    if (isYear(t)) {
      let k = i - 1;
      if (isDash(toks[k])) k--;
      const cue = toks[k]?.low ?? '';
      const hyphenAfter = isDash(t1) && t1 !== undefined && t1.s === t.e && !isYear(t2); // "2020-style", "2018-era"
      if (YEAR_CUES.has(cue) && !hyphenAfter && text[t.e] !== '%') {
        let endYear: number | null = null;
        let j = i + 1;
        const sep = toks[j];
        const y2 = toks[j + 1];
        if (sep && (sep.raw === '-' || sep.raw === '–' || sep.raw === '—' || sep.low === 'to' || (sep.low === 'and' && cue === 'between') || sep.low === 'through') && isYear(y2) && (y2.num as number) > (t.num as number)) {
          endYear = y2.num;
          j += 2;
        }
        const f: Omit<FoundDate, 'start' | 'end'> = { date: isoOf(t.num as number), precision: 'year', relative: false };
        if (endYear !== null) f.endDate = isoOf(endYear);
        push(i, j - 1, f);
        i = j;
        continue;
      }
    }

    if (anchor) {
      // yesterday / tomorrow
      if (t.low === 'yesterday' || t.low === 'tomorrow') {
        const d = addDays(anchor, t.low === 'yesterday' ? -1 : 1);
        push(i, i, { date: isoOf(d.y, d.m, d.d), precision: 'day', relative: true });
        i++;
        continue;
      }
      // weekday
      const wd = WEEKDAYS[t.low];
      const cap = t.raw[0] !== undefined && t.raw[0] !== t.raw[0].toLowerCase();
      if (wd !== undefined && cap) {
        const cue = prevLow(i);
        const diffBack = (weekday(anchor) - wd + 7) % 7;
        let delta: number;
        if (cue === 'next') delta = ((wd - weekday(anchor) + 7) % 7) || 7;
        else if (cue === 'last') delta = -(diffBack || 7);
        else if (future && diffBack !== 0) delta = (wd - weekday(anchor) + 7) % 7;
        else delta = -diffBack;
        const d = addDays(anchor, delta);
        push(cue === 'next' || cue === 'last' ? i - 1 : i, i, { date: isoOf(d.y, d.m, d.d), precision: 'day', relative: true });
        i++;
        continue;
      }
      // last/this/next year|month, earlier/later this year|month
      if ((t.low === 'last' || t.low === 'this' || t.low === 'next') && t1 && (t1.low === 'year' || t1.low === 'month')) {
        const p = prevLow(i);
        if (p !== 'the' && p !== 'past') {
          const shift = t.low === 'last' ? -1 : t.low === 'next' ? 1 : 0;
          const start = (p === 'earlier' || p === 'later') && t.low === 'this' ? i - 1 : i;
          if (t1.low === 'year') push(start, i + 1, { date: isoOf(anchor.y + shift), precision: 'year', relative: true });
          else {
            const ms = monthShift(anchor, shift);
            push(start, i + 1, { date: isoOf(ms.y, ms.m), precision: 'month', relative: true });
          }
          i += 2;
          continue;
        }
      }
      // N years|months|days ago
      const n = t.num !== null && t.digits <= 3 ? t.num : NUMBER_WORDS[t.low];
      if (n !== undefined && n > 0 && t1 && t2 && t2.low === 'ago') {
        const unit = t1.low;
        if (unit === 'year' || unit === 'years') {
          push(i, i + 2, { date: isoOf(anchor.y - n), precision: 'year', relative: true });
          i += 3;
          continue;
        }
        if (unit === 'month' || unit === 'months') {
          const ms = monthShift(anchor, -n);
          push(i, i + 2, { date: isoOf(ms.y, ms.m), precision: 'month', relative: true });
          i += 3;
          continue;
        }
        if (unit === 'day' || unit === 'days') {
          const d = addDays(anchor, -n);
          push(i, i + 2, { date: isoOf(d.y, d.m, d.d), precision: 'day', relative: true });
          i += 3;
          continue;
        }
      }
    }
    i++;
  }
  return out;
}

/** Sort key that orders year < year-month < day within the same period start. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
