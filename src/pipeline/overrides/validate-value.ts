import { httpUrl } from '../record.ts';
import { findDate, toIsoDate } from '../describe/to-iso-date.ts';
import type { OverrideField } from './types.ts';

/** Longest metadata value accepted. */
const MAX_CHARS = 500;
const LANGUAGE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A calendar date or timestamp written as ISO 8601, read by the one date helper
 * (`toIsoDate`): `2021-03-04` stays a date, a timestamp with a zone
 * (`2021-03-04T10:00:00+01:00`) becomes UTC, and one without a zone stays the
 * local time it states: a user's correction is taken as written, whereas a date read
 * from an input keeps only the date of a zone-less time (`publicationDate`).
 * Impossible dates (`2021-02-30`) are refused.
 */
export function checkDate(raw: unknown): Checked<string> {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  if (!/^\d{4}-\d{2}-\d{2}(?:[T ]\S.*)?$/.test(text)) return { ok: false, error: `"${text.slice(0, 40)}" is not a date (write YYYY-MM-DD)` };
  // The whole text must be the date: "2021-03-04 or so" is not one.
  const found = findDate(text);
  const iso = found !== null && found.start === 0 && found.end === text.length ? toIsoDate(text) : null;
  if (iso === null) return { ok: false, error: `"${text.slice(0, 40)}" is not a real date` };
  if (!/(?:Z|[+-]\d{2}:\d{2})$/.test(iso)) return { ok: true, value: iso };
  return { ok: true, value: new Date(iso).toISOString().replace('.000Z', 'Z') };
}

/** A yes/no value: a boolean, or `true/false/yes/no/1/0` (any case); empty is "not stated". */
export function checkBoolean(raw: unknown): Checked<boolean> {
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim().toLowerCase() : '';
  if (['true', 'yes', 'y', '1', 'x'].includes(text)) return { ok: true, value: true };
  if (['false', 'no', 'n', '0'].includes(text)) return { ok: true, value: false };
  return { ok: false, error: `${JSON.stringify(raw)?.slice(0, 40)} is not true or false` };
}

/**
 * Validates a corrected metadata value: text on one line (whitespace folded, at most
 * 500 characters); `published` a date (ISO); `url` an absolute http(s) URL; `language`
 * a BCP 47 tag. `null` clears the field, except the title.
 */
export function checkField(field: OverrideField, raw: unknown): Checked<string | null> {
  if (raw === null) return field === 'title' ? { ok: false, error: 'the title cannot be cleared, only corrected' } : { ok: true, value: null };
  if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false, error: `${field} must be text` };
  const text = String(raw).replace(/\s+/g, ' ').trim();
  if (text === '') return { ok: false, error: `${field} is empty (write null to clear it)` };
  if (text.length > MAX_CHARS) return { ok: false, error: `${field} is longer than ${MAX_CHARS} characters` };
  if (field === 'published') return checkDate(text);
  if (field === 'url') {
    const url = httpUrl(text);
    return url === null ? { ok: false, error: `"${text.slice(0, 80)}" is not an http(s) URL` } : { ok: true, value: url };
  }
  if (field === 'language' && !LANGUAGE.test(text)) return { ok: false, error: `"${text.slice(0, 40)}" is not a language tag (like en or pt-BR)` };
  return { ok: true, value: text };
}
