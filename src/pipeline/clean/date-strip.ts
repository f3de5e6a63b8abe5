/**
 * A line that only dates the page, in any language: dates and times with at most a few labels
 * ("Objavljeno: 14.08.2026. u 09:32  Ažurirano: 15.08.2026. u 11:10", "15. 9. 2026 ob 08:30",
 * "Agosti 25, 2026", "Miércoles 3 de septiembre de 2026 | 21:15 (hora de Chile, GMT-4)"). Month and
 * weekday names are not looked up: a word between a day and a year is taken as the month, so that
 * languages no list holds are read too.
 */

/** Dates: day, a month word and year either way round, or all in digits. */
const DATE = /\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?\p{L}{3,12}\.?(?:\s+de)?,?\s+(?:19|20)\d{2}\.?|\p{L}{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\.?|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}\.?|\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b/gu;
/** Times of day, with a zone's letters. */
const TIME = /\b\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[a-z]{2,4}t|utc|gmt)(?:[+-]\d{1,2})?)?|\b\d{1,2}\s*[ap]\.?m\.?/giu;
/** A note of the time zone in brackets ("(hora de Chile, GMT-4)"). */
const ZONE_NOTE = /\([^()]{0,40}\b(?:gmt|utc|cet|cest|eet|eest|[a-z]{2,4}t)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?\)/giu;

/** True when `text` holds a date and, besides dates and times, only labels, short words and one other word. */
export function isDateStrip(text: string): boolean {
  if (text.length > 160) return false;
  let dates = 0;
  const rest = text
    .replace(ZONE_NOTE, ' ')
    .replace(DATE, () => {
      dates += 1;
      return ' ';
    })
    .replace(TIME, ' ');
  if (dates === 0) return false;
  const words = rest.split(/[\s|·•,;/–—-]+/u).filter((w) => /\p{L}|\d/u.test(w));
  let labels = 0;
  let others = 0;
  for (const word of words) {
    if (/\d/u.test(word)) return false;
    if (/^\p{L}{2,20}:$/u.test(word)) labels += 1;
    else if (/^\p{L}{1,3}\.?$/u.test(word)) continue;
    // A weekday, not a dateline's place in capitals ("LONDON").
    else if (/^\p{L}{4,12}\.?$/u.test(word) && !/^\p{Lu}{2,}$/u.test(word)) others += 1;
    else return false;
  }
  return labels <= 3 && others <= 1 && words.length <= 2 * dates + 4;
}
