import type { CslName } from './types.ts';
import { oneLine } from './text.ts';

/**
 * Splitting a byline into CSL names.
 *
 * Conservative on purpose: a name is split into given/family only when it
 * clearly reads "Given [Given…] [particle] Family [Suffix]" (2–5 capitalised
 * words). Anything else — an organisation ("Associated Press", "Reuters
 * Staff"), one word, a name in a script without capitals (e.g. CJK), a
 * lower-case or odd string — stays one `literal` name, exactly as written.
 * A wrong split corrupts a citation; a literal never does.
 */

/** Words that mark a byline as an organisation or a desk rather than a person. */
const ORG_WORD =
  /(?:^|[\s(])(?:staff|news|newsroom|press|agency|agence|wire|wires|desk|bureau|team|editors|editorial|media|reuters|afp|bloomberg|times|tribune|gazette|herald|journal|magazine|network|broadcasting|foundation|institute|university|ministry|department|association|society|committee|reporters|correspondents|contributors|writers|online|inc\.?|ltd\.?|llc|plc|gmbh|corp\.?|corporation|company)(?=$|[\s),.])/iu;

/** Lower-case particles that begin a family name ("van Beethoven", "de la Cruz"). */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'del', 'della', 'degli', 'di', 'da', 'dos', 'das', 'do', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'zu', 'af', 'av']);

const SUFFIXES = new Set(['Jr.', 'Jr', 'Sr.', 'Sr', 'II', 'III', 'IV']);

/** A capitalised name word: "Luke", "O'Brien", "Jean-Luc", "McDonald", "J.", "J.R.R.". */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** An all-capitals acronym of 2+ letters ("AP", "BBC"), not initials ("J.R."). */
const ACRONYM = /^\p{Lu}{2,}$/u;

/** True when `s` reads as an organisation rather than a person. */
export function looksLikeOrganisation(s: string): boolean {
  if (ORG_WORD.test(s)) return true;
  const words = s.split(' ');
  const caps = words.filter((w) => ACRONYM.test(w));
  return caps.length > 0 && caps.length < words.length;
}

/** One person's name split into CSL parts, or null when it does not clearly read as one. */
export function splitPersonName(raw: string): CslName | null {
  const s = oneLine(raw);
  if (s === '' || looksLikeOrganisation(s)) return null;
  const words = s.split(' ');
  let suffix: string | undefined;
  const last = words[words.length - 1];
  if (words.length >= 3 && last !== undefined && SUFFIXES.has(last)) {
    suffix = last;
    words.pop();
  }
  if (words.length < 2 || words.length > 5) return null;
  // Given names first, then optional particles, then one or more family words.
  let i = 0;
  const given: string[] = [];
  while (i < words.length - 1 && NAME_WORD.test(words[i] ?? '')) given.push(words[i++] ?? '');
  const particles: string[] = [];
  while (i < words.length && PARTICLES.has(words[i] ?? '')) particles.push(words[i++] ?? '');
  const family = words.slice(i);
  if (given.length === 0 || family.length === 0) return null;
  // Only the last word is the family name unless particles opened a longer one.
  if (!family.every((w) => NAME_WORD.test(w))) return null;
  if (particles.length === 0 && family.length !== 1) return null;
  return {
    family: family.join(' '),
    given: given.join(' '),
    ...(particles.length > 0 ? { 'non-dropping-particle': particles.join(' ') } : {}),
    ...(suffix !== undefined ? { suffix } : {}),
  };
}

/** "Jones, Luke" (one comma, a one-word family name first) → the person, else null. */
function invertedName(s: string): CslName | null {
  const parts = s.split(',').map((p) => p.trim());
  if (parts.length !== 2) return null;
  const [family = '', given = ''] = parts;
  if (!/^(?:(?:\p{Ll}+ )*)\p{Lu}[\p{L}\p{M}'’-]*$/u.test(family)) return null;
  return splitPersonName(`${given} ${family}`);
}

/**
 * The CSL names a byline states. Several people may be separated by `;`,
 * `,`, "and" or "&"; "Jones, Luke" is read as one inverted name. When a part
 * is not a person (or the separators would cut an organisation such as
 * "Procter & Gamble" into single words), the byline stays one literal.
 */
export function cslNames(byline: string | null | undefined): CslName[] {
  if (!byline) return [];
  const s = oneLine(byline).replace(/^by\s+/iu, '');
  if (s === '') return [];
  const parts: (string | CslName)[] = [];
  if (s.includes(';')) {
    // "Jones, Luke; Doe, Jane" or "Luke Jones and Jane Doe; Reuters": `;` first, then "and"/"&".
    for (const group of s.split(';').map((g) => g.trim()).filter((g) => g !== '')) {
      const inverted = invertedName(group);
      if (inverted) parts.push(inverted);
      else parts.push(...group.split(/\s+(?:and|&)\s+/iu));
    }
  } else {
    const inverted = invertedName(s);
    if (inverted) return [inverted];
    parts.push(...s.split(/\s*,\s*|\s+(?:and|&)\s+/iu));
  }
  // A suffix split off by a comma ("Luke Jones, Jr.") belongs to the name before it.
  const merged: (string | CslName)[] = [];
  for (const p of parts) {
    const prev = merged[merged.length - 1];
    if (typeof p === 'string' && SUFFIXES.has(p.trim()) && typeof prev === 'string') merged[merged.length - 1] = `${prev} ${p.trim()}`;
    else if (typeof p !== 'string' || p.trim() !== '') merged.push(typeof p === 'string' ? p.trim() : p);
  }
  // Separators that cut a name into single words ("Procter & Gamble") were not separators.
  if (merged.length > 1 && merged.some((p) => typeof p === 'string' && !p.includes(' '))) return [{ literal: s }];
  return merged.map((p) => (typeof p === 'string' ? (splitPersonName(p) ?? { literal: p }) : p));
}

/** "Luke Jones", "Ludwig van Beethoven Jr.", or the literal: the name as people write it. */
export function displayName(n: CslName): string {
  if ('literal' in n) return n.literal;
  return [n.given, n['non-dropping-particle'], n.family, n.suffix].filter((x) => x !== undefined && x !== '').join(' ');
}

/** "Jones, Luke", "van Beethoven, Ludwig, Jr.", or the literal: the sorted form. */
export function invertedDisplayName(n: CslName): string {
  if ('literal' in n) return n.literal;
  const family = [n['non-dropping-particle'], n.family].filter((x) => x !== undefined && x !== '').join(' ');
  return [family, n.given, n.suffix].filter((x) => x !== undefined && x !== '').join(', ');
}

/** True for a name kept literal because it reads as an organisation. */
export function isOrganisationName(n: CslName): boolean {
  return 'literal' in n && looksLikeOrganisation(n.literal);
}
