import type { LineVerdict } from '../types.ts';
import type { Found } from './field.ts';
import { toIsoDate } from './to-iso-date.ts';

const MAX_CHARS = 300;
const PUBLISHED = /\b(?:published|posted|first published|date published|pub(?:lished)? date)\b/i;
const UPDATED = /\b(?:updated|last updated|modified|last modified)\b/i;

/**
 * The publication date stated in the page chrome: a timestamp or byline line
 * ("Published March 3, 2021 10:00 AM EST", "By Jane Doe | June 11, 2020").
 * A "Published" date wins over an "Updated" one; dates inside article prose
 * are never used. Null when the page does not say.
 */
export function dateEvidence(verdicts: readonly LineVerdict[]): Found | null {
  let fallback: Found | null = null;
  for (const v of verdicts) {
    if (v.keep || (v.reason !== 'timestamp' && v.reason !== 'byline')) continue;
    const text = v.text.slice(0, MAX_CHARS);
    const iso = toIsoDate(text.replace(UPDATED.test(text) && PUBLISHED.test(text) ? /\b(?:updated|last updated|modified|last modified)\b.*$/i : /$^/, ''));
    if (iso === null) continue;
    const found = { value: iso, provenance: `line ${v.n}` };
    if (!UPDATED.test(text) || PUBLISHED.test(text)) return found;
    fallback ??= found;
  }
  return fallback ?? datelineDate(verdicts);
}

const DATELINE_WITH_YEAR = /^[\p{Lu}][\p{Lu} .,'’-]{2,40},\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\b/u;

/** A full date in the dateline that opens the first paragraph ("BOSTON, Aug. 3, 2023 /PRNewswire/ --"). */
function datelineDate(verdicts: readonly LineVerdict[]): Found | null {
  const first = verdicts.find((v) => v.keep && v.reason !== 'headline' && v.reason !== 'dek' && v.text.trim().length > 0);
  const m = first ? DATELINE_WITH_YEAR.exec(first.text.trim().slice(0, MAX_CHARS)) : null;
  const iso = m?.[1] === undefined ? null : toIsoDate(m[1]);
  return first && iso !== null ? { value: iso, provenance: `line ${first.n}` } : null;
}
