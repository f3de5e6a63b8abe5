import { MONTH_ALTERNATION, MONTHS } from '../../utils/month-names.ts';
/**
 * The one date helper: turns a stated date ("June 11, 2020", "Publié le 12/07/2024
 * à 18h05", "Lunes, 19 de mayo de 2025, 21:47", "2020-06-11T17:56:00Z") into
 * ISO 8601, or null when the text does not state a full, unambiguous date.
 */

/** Longest names first, so "march" wins over "mar"; a full stop may follow an abbreviation. */
const MONTH = `(${MONTH_ALTERNATION})\\.?`;
const NOT_LETTER_AFTER = '(?!\\p{L})';
/** A year, which may be glued to the time that follows it ("20249:27 AM"). */
const YEAR = '(\\d{4})(?:(?!\\d)|(?=\\d{1,2}[:.]\\d{2})|(?=\\d{1,3}\\s*min))';

/** "March 5, 2025", "Aug. 3 2023", "Jan 9th, 2025". */
const MONTH_FIRST = new RegExp(`${MONTH}${NOT_LETTER_AFTER}\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}`, 'giu');
/** "5 March 2025", "1er juin 2025", "19 de mayo de 2025", "12. Mai 2025". */
const DAY_FIRST = new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?\\s+(?:de\\s+)?${MONTH}${NOT_LETTER_AFTER},?\\s+(?:de\\s+)?${YEAR}`, 'iu');
/** "2025. június 7.": Hungarian writes the year first, with full stops. */
const YEAR_FIRST = new RegExp(`(?<!\\d)(\\d{4})\\.\\s*${MONTH}${NOT_LETTER_AFTER}\\s+(\\d{1,2})\\.`, 'iu');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const ISO_INSIDE = /(?<!\d)(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?)(?![\d:])/i;
/** A numeric date: "30.11.2023", "24/04/2024", "4-12-2024", "2. 9. 2025" (Czech and Slovak space the dots). */
const NUMERIC = /(?<!\d)(\d{1,2})([./-]|\.\s)(\d{1,2})\2(\d{4})(?!\d)/;
const NUMERIC_ALL = new RegExp(NUMERIC.source, 'g');
/**
 * Words that say a numeric date is written day first: the text around it is in a
 * language that always writes day/month/year (French, Spanish, Portuguese, Italian,
 * German), or uses the "18h05" clock.
 */
const DAY_FIRST_CUES = /(?<!\p{L})(?:publié|publiée|mis à jour|le|à|publicado|publicada|actualizado|atualizado|el|às|pubblicato|aggiornato|veröffentlicht|aktualisiert|uhr|gepubliceerd|bijgewerkt|publicerad|uppdaterad|publiceret|opdateret|publisert|oppdatert|kl)(?!\p{L})|\d{1,2}h\d{2}/iu;
/** Where the update part of a timestamp starts ("Updated", "Mis à jour", "Actualizado"…). */
export const UPDATE_LABEL = /(?<!\p{L})(?:updated|last updated|modified|last modified|last reviewed|page reviewed|reviewed on|edited|mis à jour|mise à jour|actualizado|actualización|atualizado|aggiornato|aktualisiert|bijgewerkt|uppdaterad|opdateret|oppdatert|обновлено|ažurirano|ажурирано|posodobljeno|aktualizované|aktualizováno|atnaujinta|atjaunots|atjaunināts|uuendatud|uppfært|actualizat|обновено|оновлено|cập nhật|dikemas kini|diperbarui|diweddarwyd|eguneratua|aġġornat|imesasishwa|na-update|zaktualizowano|päivitetty|frissítve|güncellendi|güncelleme)(?!\p{L})/iu;

/** Time zone abbreviations with one fixed offset. */
const ZONES: Readonly<Record<string, string>> = {
  utc: 'Z', gmt: 'Z', z: 'Z', wet: '+00:00', west: '+01:00', bst: '+01:00', cet: '+01:00', cest: '+02:00', mez: '+01:00', mesz: '+02:00',
  eet: '+02:00', eest: '+03:00', msk: '+03:00', est: '-05:00', edt: '-04:00', cst: '-06:00', cdt: '-05:00', mst: '-07:00', mdt: '-06:00',
  pst: '-08:00', pdt: '-07:00', akst: '-09:00', akdt: '-08:00', hst: '-10:00', ist: '+05:30', sast: '+02:00', eat: '+03:00', wat: '+01:00',
  cat: '+02:00', pkt: '+05:00', sgt: '+08:00', myt: '+08:00', wita: '+08:00', wit: '+09:00', cot: '-05:00', pet: '-05:00', clt: '-04:00', clst: '-03:00', uyt: '-03:00', vet: '-04:00', bot: '-04:00', ect: '-05:00', fjt: '+12:00', hkt: '+08:00', jst: '+09:00', kst: '+09:00', aest: '+10:00', aedt: '+11:00',
  acst: '+09:30', acdt: '+10:30', awst: '+08:00', nzst: '+12:00', nzdt: '+13:00',
  ast: '-04:00', adt: '-03:00', nst: '-03:30', ndt: '-02:30', brt: '-03:00', art: '-03:00', wib: '+07:00', ict: '+07:00', pht: '+08:00', trt: '+03:00', gst: '+04:00', npt: '+05:45',
};
/** US zone names without the season ("ET", "CT"): standard and daylight offsets. */
const US_ZONES: Readonly<Record<string, readonly [string, string]>> = {
  et: ['-05:00', '-04:00'], ct: ['-06:00', '-05:00'], mt: ['-07:00', '-06:00'], pt: ['-08:00', '-07:00'],
};
/**
 * A zone after a time: letters, with an offset for GMT/UTC ("GMT+2", "UTC-03:00"), or an
 * offset alone as feeds write it ("+0000", "-05:00"); glued text may follow the offset, and a zone in
 * capitals may have the next word glued on ("9:41 PM GMTUpdated 2 hours ago").
 */
const ZONE = '([a-z]{1,5}(?!\\p{L})(?:\\s?[+-]\\s?\\d{1,2}(?::?\\d{2})?(?!\\d))?|(?-i:[A-Z]{2,5}(?=[A-Z][a-z]))|(?<=\\s)[+-]\\d{2}:?\\d{2}(?!\\d))';
/**
 * A time of day: "5:48 PM", "18h05", "18.37 Uhr", "09.00 GMT" (a dot only before "Uhr", "h" or a
 * zone in capitals, so prices and scores are not read as times), "06:00:00" (seconds are dropped).
 */
const CLOCK = new RegExp(
  `(?<!\\d)(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\.?(?!\\p{L})(?:\\s*${ZONE})?|(?<![\\d.:/-])(\\d{1,2})(?::|h|\\.(?=\\d{2}\\s*(?:uhr|h\\b|(?-i:[A-Z]{2,5})(?!\\p{L}))))(\\d{2})(?::\\d{2})?(?!\\d|[.:/-]\\d)(?:\\s*(?:uhr|h)(?!\\p{L}))?(?:\\s*${ZONE})?`,
  'iu',
);

/** A note in brackets after a time that gives its offset from GMT or UTC ("(hora de Chile, GMT-4)"). */
const ZONE_NOTE = /^\s*[|·,]?\s*\([^()]{0,30}?\b((?:GMT|UTC)\s?[+-]\d{1,2}(?::?\d{2})?)\)/u;

/** A zone name right after an ISO time ("… 10:42 GMT"). */
const ZONE_AFTER = new RegExp(`^\\s*${ZONE}`, 'iu');

const pad = (n: number): string => String(n).padStart(2, '0');

/** True when year/month/day form a real calendar date. */
function validDate(y: number, m: number, d: number): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when US daylight saving time is in effect on that day (second Sunday of March to first Sunday of November). */
export function usDaylightTime(y: number, m: number, d: number): boolean {
  const nthSunday = (month: number, n: number): number => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (n - 1);
  };
  if (m < 3 || m > 11) return false;
  if (m > 3 && m < 11) return true;
  return m === 3 ? d >= nthSunday(3, 2) : d < nthSunday(11, 1);
}

/** The UTC offset a zone name states on a given day, or '' when unknown. */
function zoneOffset(zone: string, y: number, m: number, d: number): string {
  // Zone names are written in capitals; "est", "et" and "cat" in lower case are words.
  if (/\p{Ll}/u.test(zone)) return '';
  const z = zone.toLowerCase().replace(/\s+/g, '');
  const fixed = /^(?:gmt|utc)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (fixed) {
    const hours = Number(fixed[2]);
    const minutes = Number(fixed[3] ?? '0');
    if (hours > 14 || minutes > 59) return '';
    return hours === 0 && minutes === 0 ? 'Z' : `${fixed[1]}${pad(hours)}:${pad(minutes)}`;
  }
  const us = US_ZONES[z];
  if (us) return usDaylightTime(y, m, d) ? us[1] : us[0];
  return ZONES[z] ?? '';
}

/** The time of day (and zone) stated in `text`, as `THH:MM:00[zone]`, or ''. */
function clockSuffix(text: string, y: number, m: number, d: number): string {
  const c = CLOCK.exec(text);
  if (!c) return '';
  let hour: number;
  let minute: number;
  let zone: string | undefined;
  if (c[3] !== undefined) {
    hour = Number(c[1]);
    if (hour < 1 || hour > 12) return '';
    hour = (hour % 12) + (c[3].toLowerCase() === 'p' ? 12 : 0);
    minute = c[2] === undefined ? 0 : Number(c[2]);
    zone = c[4];
  } else {
    hour = Number(c[5]);
    minute = Number(c[6]);
    zone = c[7];
  }
  if (hour > 23 || minute > 59) return '';
  // The zone in a note after the time ("21:15 (hora de Chile, GMT-4)").
  zone ??= ZONE_NOTE.exec(text.slice(c.index + c[0].length))?.[1];
  return `T${pad(hour)}:${pad(minute)}:00${zone === undefined ? '' : zoneOffset(zone, y, m, d)}`;
}

/** Weekday names (English, French, Spanish, Portuguese, Italian, German, Dutch) by day of the week, Sunday first. */
const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['sunday', 'sun', 'dimanche', 'domingo', 'domenica', 'sonntag', 'zondag'],
  ['monday', 'mon', 'lundi', 'lunes', 'segunda-feira', 'lunedì', 'montag', 'maandag'],
  ['tuesday', 'tue', 'tues', 'mardi', 'martes', 'terça-feira', 'martedì', 'dienstag', 'dinsdag'],
  ['wednesday', 'wed', 'mercredi', 'miércoles', 'quarta-feira', 'mercoledì', 'mittwoch', 'woensdag'],
  ['thursday', 'thu', 'thur', 'thurs', 'jeudi', 'jueves', 'quinta-feira', 'giovedì', 'donnerstag', 'donderdag'],
  ['friday', 'fri', 'vendredi', 'viernes', 'sexta-feira', 'venerdì', 'freitag', 'vrijdag'],
  ['saturday', 'sat', 'samedi', 'sábado', 'sabato', 'samstag', 'zaterdag'],
];
const WEEKDAYS: ReadonlyMap<string, number> = new Map(WEEKDAY_NAMES.flatMap((names, day) => names.map((name) => [name, day] as const)));
const WEEKDAY = new RegExp(`(?<!\\p{L})(${[...WEEKDAYS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?(?!\\p{L})`, 'iu');

/** The day of the week a text names ("Saturday 12/04/2025"), Sunday = 0, or null. */
function statedWeekday(text: string): number | null {
  const m = WEEKDAY.exec(text);
  return m?.[1] === undefined ? null : (WEEKDAYS.get(m[1].toLowerCase()) ?? null);
}

/** Day and month of a numeric date, or null when its order cannot be known. */
function numericOrder(a: number, b: number, separator: string, year: number, text: string): [number, number] | null {
  if (separator.startsWith('.') || a > 12) return [a, b];
  if (b > 12) return [b, a];
  if (a === b) return [a, b];
  // A stated weekday fits only one order ("Saturday 12/04/2025" is 12 April, a Saturday).
  const weekday = statedWeekday(text);
  if (weekday !== null) {
    const fits = (d: number, m: number): boolean => new Date(Date.UTC(year, m - 1, d)).getUTCDay() === weekday;
    if (fits(a, b) && !fits(b, a)) return [a, b];
    if (fits(b, a) && !fits(a, b)) return [b, a];
  }
  // Another numeric date in the same text with a part above 12 fixes the order for both.
  for (const other of text.matchAll(NUMERIC_ALL)) {
    if (other[2] !== separator) continue;
    if (Number(other[1]) > 12) return [a, b];
    if (Number(other[3]) > 12) return [b, a];
  }
  return DAY_FIRST_CUES.test(text) ? [a, b] : null;
}

/**
 * The first "Month day, year" in a text. The month must start a word, or be glued
 * in capitals to the name before it, as scrapes do ("Priya RamanSep 5, 2023").
 */
function monthFirst(text: string): RegExpExecArray | null {
  MONTH_FIRST.lastIndex = 0;
  for (let m = MONTH_FIRST.exec(text); m !== null; m = MONTH_FIRST.exec(text)) {
    const before = text.charAt(m.index - 1);
    const glued = /\p{Ll}/u.test(before) && /^\p{Lu}/u.test(m[0]);
    if (!/\p{L}/u.test(before) || glued) return m;
    MONTH_FIRST.lastIndex = m.index + 1;
  }
  return null;
}

/** A date found in a text: its ISO form and where it was stated. */
export interface DateMatch {
  iso: string;
  start: number;
  end: number;
}

/** The first full date stated in `text` (with its time of day when given), or null. */
export function findDate(input: string): DateMatch | null {
  // "kl. 09.15" (Scandinavian) and "om 16.45" (Dutch) write the time with a dot; same length as "09:15".
  const text = input.slice(0, 300).replace(/(?<!\p{L})(kl\.?\s?|klo\.?\s?|om\s)(\d{1,2})\.(\d{2})(?!\d)/giu, '$1$2:$3');
  const whole = ISO.exec(text.trim());
  const iso = whole ? { m: whole, start: 0, end: text.length } : (() => {
    const inside = ISO_INSIDE.exec(text);
    const m = inside?.[1] === undefined ? null : ISO.exec(inside[1]);
    return m && inside ? { m, start: inside.index, end: inside.index + inside[0].length } : null;
  })();
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso.m;
    if (!validDate(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined || mi === undefined) return { iso: `${y}-${mo}-${d}`, start: iso.start, end: iso.end };
    if (Number(h) > 23 || Number(mi) > 59) return null;
    // "2025-09-16 10:42 GMT": a zone name may follow the ISO time.
    const named = zone === undefined ? ZONE_AFTER.exec(text.slice(iso.end)) : null;
    const z =
      zone === undefined ? (named?.[1] === undefined ? '' : zoneOffset(named[1], Number(y), Number(mo), Number(d))) : zone.toUpperCase() === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return { iso: `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${z}`, start: iso.start, end: iso.end };
  }
  const candidates: { y: number; mo: number; d: number; start: number; end: number }[] = [];
  const mf = monthFirst(text);
  if (mf) candidates.push({ mo: MONTHS.get((mf[1] ?? '').toLowerCase()) ?? 0, d: Number(mf[2]), y: Number(mf[3]), start: mf.index, end: mf.index + mf[0].length });
  const df = DAY_FIRST.exec(text);
  if (df) candidates.push({ d: Number(df[1]), mo: MONTHS.get((df[2] ?? '').toLowerCase()) ?? 0, y: Number(df[3]), start: df.index, end: df.index + df[0].length });
  const yf = YEAR_FIRST.exec(text);
  if (yf) candidates.push({ y: Number(yf[1]), mo: MONTHS.get((yf[2] ?? '').toLowerCase()) ?? 0, d: Number(yf[3]), start: yf.index, end: yf.index + yf[0].length });
  const nm = NUMERIC.exec(text);
  if (nm) {
    const order = numericOrder(Number(nm[1]), Number(nm[3]), nm[2] ?? '', Number(nm[4]), text);
    if (order) candidates.push({ d: order[0], mo: order[1], y: Number(nm[4]), start: nm.index, end: nm.index + nm[0].length });
    else if (candidates.length === 0 || nm.index < Math.min(...candidates.map((c) => c.start))) return null;
  }
  const valid = candidates.filter((c) => validDate(c.y, c.mo, c.d)).sort((a, b) => a.start - b.start);
  const first = valid[0];
  if (!first) return null;
  const { y, mo, d, start, end } = first;
  // The time belongs to this date: look after it up to a separator or an update label, then just before it.
  const parts = text.slice(end, end + 60).split(/\s\|\s|\s[·•]\s(?=\D)/u);
  // A time set after a bar right after the date is its time ("3 de septiembre de 2026 | 21:15").
  const after = (parts[0]?.trim() === '' && /^\s*\d{1,2}[:h]\d{2}(?!\d)/u.test(parts[1] ?? '') ? parts[1] : parts[0]) ?? '';
  const label = UPDATE_LABEL.exec(after);
  const before = text.slice(Math.max(0, start - 40), start);
  const clock = clockSuffix(label ? after.slice(0, label.index) : after, y, mo, d) || clockSuffix(before.split(/\s\|\s/u).pop() ?? '', y, mo, d);
  return { iso: `${y}-${pad(mo)}-${pad(d)}${clock}`, start, end };
}

/**
 * Convert a stated date to ISO 8601, or null when the text holds no full,
 * unambiguous date. A year is required. "03/04/2021" is ambiguous and refused
 * unless the text says which order it uses (another date with a day above 12,
 * or words of a day-first language such as "Publié le"). A date alone gives
 * `YYYY-MM-DD`; a stated time is kept, with its UTC offset when the zone is known
 * ("ET" resolves to EST or EDT by the date).
 */
export function toIsoDate(input: unknown): string | null {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input.toISOString().replace('.000Z', 'Z');
  if (typeof input !== 'string') return null;
  return findDate(input.trim())?.iso ?? null;
}

/** A date-time with a time of day and no zone or offset ("2025-09-24T18:37:00"). */
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?$/;

/**
 * A stated publication date as Dossier records it (`toIsoDate`, then): a time of day
 * given without a zone cannot be placed on the timeline, so only its date is kept
 * ("24.09.2025, 18:37 Uhr" → "2025-09-24"); a time with a zone or offset ("10:30 ET",
 * "+0000"), and a date alone, are kept as read. User overrides do not go through this:
 * they may give any valid ISO value.
 */
export function publicationDate(input: unknown): string | null {
  const iso = toIsoDate(input);
  return iso === null ? null : (LOCAL_TIME.exec(iso)?.[1] ?? iso);
}
