import { httpUrl } from '../record.ts';
import type { OverrideField } from './types.ts';

/** Longest metadata value accepted. */
const MAX_CHARS = 500;
const LANGUAGE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A calendar date or timestamp as ISO 8601: `2021-03-04` stays a date, a timestamp
 * (`2021-03-04T10:00:00+01:00`) becomes UTC. Impossible dates (`2021-02-30`) are refused.
 */
export function checkDate(raw: unknown): Checked<string> {
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (!m) return { ok: false, error: `"${text.slice(0, 40)}" is not a date (write YYYY-MM-DD)` };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return { ok: false, error: `"${text}" is not a real date` };
  if (m[4] === undefined) return { ok: true, value: `${m[1]}-${m[2]}-${m[3]}` };
  const stamp = new Date(text.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(stamp.getTime())) return { ok: false, error: `"${text}" is not a real time` };
  return { ok: true, value: stamp.toISOString().replace('.000Z', 'Z') };
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
