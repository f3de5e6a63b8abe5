import type { LineVerdict } from '../types.ts';
import { findDate, UPDATE_LABEL } from './to-iso-date.ts';

/** How many non-blank lines from the top can belong to the article's header. */
const MAX_HEADER_LINES = 25;
/** A body paragraph has at least this many words and ends a sentence. */
const BODY_WORDS = 15;

const words = (text: string): string[] => text.trim().split(/\s+/).filter((w) => w.length > 0);

/** True when a kept line reads as a paragraph of the article body. */
export function bodyParagraph(v: LineVerdict): boolean {
  if (!v.keep || (v.reason !== 'content' && v.reason !== 'quote')) return false;
  const t = v.text.trim();
  return words(t).length >= BODY_WORDS && /[.!?"”»’)]$/u.test(t);
}

/**
 * The lines that can form the article's header (masthead, headline, dek, byline,
 * timestamp): the first non-blank lines of the page, up to the second body
 * paragraph (the first may be a cookie notice the cleaner kept). By line number.
 */
export function headerZone(verdicts: readonly LineVerdict[]): Set<number> {
  const zone = new Set<number>();
  let paragraphs = 0;
  for (const v of verdicts) {
    if (v.text.trim().length === 0) continue;
    if (zone.size >= MAX_HEADER_LINES) break;
    if (bodyParagraph(v)) {
      paragraphs += 1;
      if (paragraphs >= 2) break;
    }
    zone.add(v.n);
  }
  return zone;
}

/** Section names that menus are made of. */
const MENU_WORD = /^(?:home|news|sport|sports|business|opinion|politics|world|local|lifestyle|culture|entertainment|weather|obituaries|notices|jobs|property|motors|travel|food|health|science|tech|technology|video|podcasts?|deals|reviews|guides|magazine|shop|donate|subscribe|e-?paper|farming|arts|books|music|film|tv|style|money|markets|economy|environment|education|features|events|classifieds|contact)$/i;
/** Short words a headline has and a menu lacks. */
const FUNCTION_WORD = /^(?:a|an|the|to|of|in|on|for|and|or|but|is|are|was|were|be|been|with|at|by|from|as|after|before|over|about|into|why|how|what|who|when|its|it|we|you|they|he|she|not|no|new|this|that|will|can|has|have|had|do|does)$/i;

/**
 * True when a line is a menu rather than a sentence: three or more items set apart
 * by wide gaps, dots or bars ("News   Sport   Weather", "World · Economy · Sport"),
 * or five or more capitalised words, two of them section names, with none of the
 * short words a headline has ("Home News Sport Business Farming Lifestyle").
 */
export function menuLine(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s{2,}|\s[·•|]\s/u).filter((s) => s.trim().length > 0).length >= 3) return true;
  const w = words(t);
  if (w.length < 5 || /[.,:;!?'’"“”]/u.test(t) || w.some((x) => FUNCTION_WORD.test(x))) return false;
  return w.every((x) => /^[\p{Lu}\p{N}&]|^\p{Ll}{1,2}-\p{Lu}/u.test(x)) && w.filter((x) => MENU_WORD.test(x)).length >= 2;
}

/** True when a line is a breadcrumb trail or a section path ("News › Local Politics", "Dev / Tooling"). */
export function breadcrumbLine(text: string): boolean {
  return /\s[›»>/]\s/u.test(text) && words(text).length <= 8;
}

/** A UI label the scrape glued to the start of a headline ("Full forecastCouncil backs …"). */
const GLUED_CHROME = /^(?:full forecast|forecast|advertisement|advertising|sponsored|read more|share|listen|play|watch|video|photos?|gallery|sign in|log in|subscribe|menu|close|skip to (?:main )?content|continue reading|loading|accept all|tout accepter|alle akzeptieren|aceitar todos|aceptar todo)(?=\p{Lu}\p{Ll})/iu;

/** A headline without a UI label glued to its start. */
export function withoutGluedChrome(text: string): string {
  const m = GLUED_CHROME.exec(text);
  return m && text.length - m[0].length >= 15 ? text.slice(m[0].length) : text;
}

/** True when a headline line is really a wrapped paragraph: it ends in a word broken by a hyphen ("Pell-"). */
export function brokenLine(text: string): boolean {
  return /\p{Ll}-$/u.test(text.trim());
}

/** True when a line could be a headline or a dek: words, not a menu, a breadcrumb, a link or a question to the reader. */
export function headlineShaped(text: string): boolean {
  const t = text.trim();
  const n = words(t).length;
  if (n < 4 || n > 40 || t.length > 300) return false;
  if (menuLine(t) || breadcrumbLine(t) || brokenLine(t) || /https?:\/\/|www\.|@\w/.test(t) || /[:,;]$/.test(t)) return false;
  return /\p{L}{2}/u.test(t);
}

/** True when a line could be a dek: a headline-shaped line with a sentence's worth of words in lower case. */
export function dekShaped(text: string): boolean {
  const t = text.trim();
  const w = words(t);
  if (!headlineShaped(t) || w.length < 8 || w.length > 60) return false;
  if (/^(?:by|par|por|von|di|door)\s/i.test(t)) return false;
  return w.filter((x) => /^\p{Ll}/u.test(x)).length >= 3;
}

/** A date line is short: a timestamp, a byline with a date, a running page header. */
const MAX_DATE_LINE = 120;
export const PUBLISHED_LABEL = /(?<!\p{L})(?:published|posted|dated|first published|date published|pub(?:lished)? date|publié|publiée|publicado|publicada|pubblicato|veröffentlicht|erschienen|gepubliceerd|publicerad|publiceret|publisert|опубликовано|objavljeno|објављено|publikované|publikováno|paskelbta|publicēts|avaldatud|birt|publicat|публикувано|опубліковано|đăng|diterbitkan|cyhoeddwyd|argitaratua|ippubblikat|imechapishwa|inilathala|opublikowano|julkaistu|közzétéve|yayınlanma)(?!\p{L})/iu;
/** Words that may stand beside a date in a timestamp line without making it prose. */
const TIMESTAMP_WORD = new RegExp(
  `^(?:${[
    'published|posted|updated|on|at|the|le|la|à|de|del|el|às|am|um|uhr|alle|ore|issue|edition|page|min|mins|minute|minutes|read|reading|time|et|y|e|und|and|kl|klo|om|op|den|в|г',
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun',
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo',
    'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
    'lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|am|pm|gmt|utc',
  ].join('|')})$`,
  'iu',
);

/** The part of a timestamp line that states publication: from a "Published" label, up to an "Updated" one. */
export function publishedPart(text: string): string | null {
  const published = PUBLISHED_LABEL.exec(text);
  const from = published ? text.slice(published.index) : text;
  const update = UPDATE_LABEL.exec(from);
  if (update === null) return from;
  return update.index === 0 ? null : from.slice(0, update.index);
}

/** A reading time alone ("4 min read", "5–6 minutes"): where a reader view prints the date. */
export function readingTimeLine(text: string): boolean {
  return /^\d{1,3}\s*(?:[–-]\s*\d{1,3}\s*)?min(?:ute)?s?(?: read)?$/i.test(text.trim());
}

/** True when a line is mostly a date: what is left beside the date is labels, weekdays, a name in capitals or an issue number. */
export function dateLine(text: string): boolean {
  if (text.length > MAX_DATE_LINE) return false;
  const part = publishedPart(text) ?? text;
  const found = findDate(part);
  if (found === null) return false;
  const rest = `${part.slice(0, found.start)} ${part.slice(found.end)}`.replace(UPDATE_LABEL, ' ');
  const prose = rest
    .split(/[\s,;:|·•–—/()]+/u)
    .map((w) => w.replace(/^\P{L}+|\P{L}+$/gu, ''))
    .filter((w) => /\p{Ll}{2}/u.test(w) && !TIMESTAMP_WORD.test(w));
  return prose.length <= 2;
}

/** How long one field of a metadata strip may be. */
const MAX_STRIP_FIELD = 60;

/**
 * The fields of a metadata strip: a short line of fields set apart by bars or dots, one of
 * them a date ("7 April 2025 · Jane Doe · 6 min read", "January 13, 2025 10:30 ET | Source:
 * Acme"), or null when the line is not one.
 */
export function metaStrip(text: string): string[] | null {
  const t = text.trim();
  if (t.length > MAX_DATE_LINE * 2) return null;
  const fields = t.split(/\s+[|·•]\s+/u).map((f) => f.trim()).filter((f) => f.length > 0);
  if (fields.length < 2 || fields.some((f) => f.length > MAX_STRIP_FIELD)) return null;
  return fields.some((f) => dateLine(f)) ? fields : null;
}

/** True when a kept line carries on a paragraph: it starts in lower case ("executive, effective March 1, 2025."). */
export function paragraphTail(v: LineVerdict): boolean {
  return v.keep && /^\p{Ll}/u.test(v.text.trim());
}
