import { tidy } from './field.ts';

const SUFFIX = /\s+(?:\||–|—|-|::|·|•)\s+([^|–—·•]{2,60})$/u;
const ORG_WORD = /\b(?:news|times|post|daily|journal|media|magazine|herald|tribune|online|tv|radio|network|insider|today|wire|press|gazette|chronicle|observer|guardian|independent|telegraph|review|weekly|digital|report|\.com|\.net|\.org|\.co\.uk)\b/i;

/** A headline split into the title proper and the site name suffix it carried, if any. */
export interface SplitTitle {
  title: string;
  site: string | null;
}

/**
 * Strip a "| Site" / " - Site" suffix from a headline. `|` suffixes are always
 * site names; a dash suffix is stripped only when it names a known publisher
 * or looks like an outlet name.
 */
export function splitTitle(raw: string, knownPublishers: readonly string[]): SplitTitle {
  const text = tidy(raw.replace(/^#{1,6}\s+/, ''));
  const m = SUFFIX.exec(text);
  const suffix = m?.[1]?.trim();
  if (!m || suffix === undefined) return { title: text, site: null };
  const head = text.slice(0, m.index).trim();
  const words = suffix.split(/\s+/).length;
  const separator = m[0].trim().charAt(0);
  const known = knownPublishers.some((p) => p.toLowerCase() === suffix.toLowerCase());
  const pipe = separator === '|' || separator === '·' || separator === '•' || separator === ':';
  // A bar suffix is a site's name: its words are capitalised, bar the short joining words ("Close window" is a button).
  const named = /^[\p{Lu}\d]/u.test(suffix) && suffix.split(/\s+/).every((w) => /^[\p{Lu}\p{N}&]|^(?:of|the|and|on|for|de|la|le|du|des|del|di|da|do|der|die|das|von|van|y|e|en|el|il)$/u.test(w));
  if (head.split(/\s+/).length >= 3 && words <= 5 && (known || (pipe && named) || ORG_WORD.test(suffix))) {
    return { title: head, site: suffix };
  }
  return { title: text, site: null };
}

const CLAUSE_BREAK = /^(?:until|because|after|before|as|when|while|which|who|whose|that|since|although|though|amid|despite|following|according|but|and|so|if|where|to)$/i;
const MAX_WORDS = 16;

/**
 * Derive a display title from a lead sentence: its first sentence, cut at a
 * clause boundary when long ("X won't sell Y until …" → "X won't sell Y"),
 * with an ellipsis when cut mid-clause.
 */
/**
 * Removes a wire dateline from the start of a lead ("PORT ANSELM, Marovia (AP) _ ",
 * "LONDON (Reuters) - ", "WASHINGTON — "): a place in capitals, an optional region and
 * agency, then a dash or underscore. The title starts with the news, not the place.
 */
export function stripDateline(text: string): string {
  const m = /^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\p{L} .'’-]{1,40})?(?:\s*\([^)]{1,40}\))?\s*[-–—_]{1,2}\s+/u.exec(text);
  return m && text.length - m[0].length > 20 ? text.slice(m[0].length) : text;
}

export function deriveTitle(lead: string): string {
  const text = stripDateline(lead.replace(/\s+/g, ' ').trim().slice(0, 2000));
  const sentence = (/^.{10,}?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text).replace(/^["“'‘]|["”'’]$/gu, '').replace(/[.!?]+$/u, '').trim();
  const words = sentence.split(' ').filter((w) => w.length > 0);
  if (words.length <= MAX_WORDS) return words.join(' ');
  const clauseEnd = (i: number): boolean => /[,;:—–]$/u.test(words[i - 1] ?? '') || CLAUSE_BREAK.test(words[i] ?? '');
  for (let i = MAX_WORDS; i >= 6; i -= 1) {
    if (clauseEnd(i)) return words.slice(0, i).join(' ').replace(/[,;:—–]+$/u, '');
  }
  return `${words.slice(0, 12).join(' ').replace(/[,;:—–]+$/u, '')}…`;
}
