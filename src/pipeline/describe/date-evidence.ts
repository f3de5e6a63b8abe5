import type { LineVerdict } from '../types.ts';
import type { Found } from './field.ts';
import { dateLine, headerZone, metaStrip, paragraphTail, PUBLISHED_LABEL, publishedPart } from './header.ts';
import { publicationDate, toIsoDate } from './to-iso-date.ts';
import { bylineLine } from './people.ts';

const MAX_CHARS = 300;
/** A print edition's note of where and when the article ran ("Published in The Punjab Observer, November 11th, 2026"). */
const PRINT_NOTE = /^(?:[Pp]ublished|[Pp]rinted|[Aa]ppeared) in (?:[Tt]he )?(?:print edition of )?\p{Lu}[^,]{1,60},\s*\S.{3,40}$/u;
/** Two words in capitals: the title of a publication in a print running header ("THE HARBOUR LEDGER"). */
const PRINT_TITLE = /(?<!\p{L})\p{Lu}{2,}\s+\p{Lu}{2,}(?!\p{L})/u;
/** The date a line states for publication, and whether it only states an update. */
function statedDate(text: string): { iso: string; updateOnly: boolean } | null {
  const part = publishedPart(text);
  const iso = part === null ? null : publicationDate(part);
  if (iso !== null) return { iso, updateOnly: false };
  const updated = publicationDate(text);
  return updated === null ? null : { iso: updated, updateOnly: true };
}

/**
 * The publication date stated in the page chrome: a timestamp or byline line
 * ("Published March 3, 2021 10:00 AM EST", "By Jane Doe | June 11, 2020"), or a
 * line near the top that is mostly a date ("12.05.2025 – 17:30", a print page's
 * running header "THE LEDGER · Issue 212 · 14 November 2024"), whatever the
 * cleaner made of it (below the headline, when it is known). A "Published" date wins over an "Updated" one; dates inside
 * article prose are never used. Null when the page does not say.
 */
export function dateEvidence(verdicts: readonly LineVerdict[], titleLine?: number): Found | null {
  const zone = headerZone(verdicts);
  // Above the headline a bare date is usually today's date in the masthead, not the article's;
  // a print page's running header (title in capitals and issue date) is the exception, and so is
  // a timestamp with a time and its zone (a feed item's or a release's header), which no masthead shows.
  // So is a strip of fields that gives a reading or running time ("Episode 42 · 38 min · Mar 3, 2025").
  const placed = (v: LineVerdict, text: string): boolean =>
    titleLine === undefined || v.n > titleLine || PRINT_TITLE.test(text) || ZONED_TIME.test(statedDate(text)?.iso ?? '') || (metaStrip(text)?.some((f) => DURATION.test(f)) ?? false);
  let fallback: Found | null = null;
  let previous: LineVerdict | undefined;
  for (const v of verdicts) {
    const text = v.text.slice(0, MAX_CHARS).trim();
    if (text.length === 0) continue;
    const before = previous;
    previous = v;
    // Below the header, a removed timestamp counts only when it says it gives publication ("Posted on …"), or
    // when it stamps the text right above it with a time of day (a post's "5:12 PM · Jul 18, 2025"): a footer's
    // "Last updated", "Page last reviewed" or a related story's date dates something else.
    const stamp = before?.keep === true && (toIsoDate(text)?.includes('T') ?? false);
    const chrome = !v.keep && (((v.reason === 'timestamp' || v.reason === 'byline') && (zone.has(v.n) || PUBLISHED_LABEL.test(text) || stamp)) || PRINT_NOTE.test(text));
    // A byline the cleaner kept may carry the date ("Jane Doe · Health Correspondent · 4 Mar 2026"),
    // and so may a strip of fields; a wrapped line of a paragraph ("executive, effective March 1, 2025.") never does.
    const header = zone.has(v.n) && (dateLine(text) || bylineLine(v) || metaStrip(text) !== null) && placed(v, text);
    if (!chrome && (!header || continuesParagraph(v, before))) continue;
    if (titleLine !== undefined && todayOverMenu(verdicts, v, titleLine)) continue;
    // When the reader printed, saved or fetched the page is not when it was published.
    if (READER_STAMP.test(text)) continue;
    const stated = statedDate(text);
    if (stated === null) continue;
    const found = { value: stated.iso, provenance: `line ${v.n}` };
    // The newest entry of a log of updates, newest first (a status page's incident): the first entry is the earliest.
    if (!stated.updateOnly) return earliestOfLog(verdicts, v) ?? found;
    fallback ??= found;
  }
  return fallback ?? datelineDate(verdicts);
}

/** A stamp of when the reader printed, saved, fetched or accessed the page ("Printed: 21/11/2026, 08:14"). */
const READER_STAMP = /^(?:printed|print date|date printed|saved|downloaded|retrieved|accessed|fetched|captured|archived|clipped)(?: on| at)?\s*[:\-–—]?\s*\S/i;

/** A weekday's name, as a masthead's date of the day gives it ("Monday, 17 November 2026"). */
const WEEKDAY_NAME = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;

/**
 * True when a removed date above the headline is the masthead's date of the day: it names the weekday and the
 * site's menu (two or more removed menu lines) stands between it and the headline.
 */
function todayOverMenu(verdicts: readonly LineVerdict[], v: LineVerdict, titleLine: number): boolean {
  if (v.keep || v.n >= titleLine || !WEEKDAY_NAME.test(v.text.trim())) return false;
  const between = verdicts.filter((w) => w.n > v.n && w.n < titleLine && w.text.trim().length > 0);
  return between.filter((w) => !w.keep && w.reason === 'nav').length >= 2;
}

/** Entries a log of updates needs before its first entry dates the page. */
const LOG_ENTRIES = 3;

/**
 * When removed timestamp line `first` heads a log of updates (three or more timestamps with a date and a time
 * of day, each earlier than the one above it), the log's last, earliest entry; null otherwise.
 */
function earliestOfLog(verdicts: readonly LineVerdict[], first: LineVerdict): Found | null {
  const stamps = verdicts
    .filter((v) => v.n >= first.n && !v.keep && v.reason === 'timestamp')
    .map((v) => ({ v, iso: publicationDate(v.text.slice(0, MAX_CHARS).trim()) }))
    .filter((x): x is { v: LineVerdict; iso: string } => x.iso !== null && x.iso.includes('T'));
  if (stamps.length < LOG_ENTRIES || stamps[0]?.v !== first) return null;
  for (let i = 1; i < stamps.length; i += 1) if (Date.parse(stamps[i]!.iso) >= Date.parse(stamps[i - 1]!.iso)) return null;
  const last = stamps[stamps.length - 1]!;
  return { value: last.iso, provenance: `line ${last.v.n}` };
}

/** A reading or running time ("6 min read", "38 min", "1 hr 5 mins"). */
const DURATION = /^\d{1,3}\s*(?:min|mins|minutes?|hr|hrs|hours?)(?:\s+\d{1,2}\s*(?:min|mins|minutes?))?(?:\s+read)?$/i;

/** A date-time with a zone or offset. */
const ZONED_TIME = /T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;

/** True when a kept line continues the paragraph above it: it starts in lower case, or follows a kept line that ends mid-sentence. */
function continuesParagraph(v: LineVerdict, before: LineVerdict | undefined): boolean {
  if (!v.keep) return false;
  if (paragraphTail(v)) return true;
  return before !== undefined && before.keep && before.n === v.n - 1 && before.reason === 'content' && /[\p{Ll},;]$/u.test(before.text.trim()) && before.text.trim().split(/\s+/).length >= 8;
}

const DATELINE_WITH_YEAR = /^[\p{Lu}][\p{Lu} .,'’-]{2,40},\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\b/u;

/** How many kept lines from the top may open the body (a headline and a dek the cleaner kept as text come first). */
const LEAD_LINES = 3;

/** A full date in the dateline that opens the first paragraph ("BOSTON, Aug. 3, 2023 /PRNewswire/ --"), among the first kept lines. */
function datelineDate(verdicts: readonly LineVerdict[]): Found | null {
  const kept = verdicts.filter((v) => v.keep && v.reason !== 'headline' && v.reason !== 'dek' && v.text.trim().length > 0).slice(0, LEAD_LINES);
  for (const v of kept) {
    const m = DATELINE_WITH_YEAR.exec(v.text.trim().slice(0, MAX_CHARS));
    const iso = m?.[1] === undefined ? null : publicationDate(m[1]);
    if (iso !== null) return { value: iso, provenance: `line ${v.n}` };
  }
  return null;
}
