import type { DecodedSource, LineVerdict, Metadata, MetadataField } from '../types.ts';
import type { Found } from './field.ts';
import { tidy } from './field.ts';
import { headSiteNames } from './head-site.ts';
import { frontMatterFacts } from './front-matter.ts';
import { authorEvidence, bylineLine, editorEvidence, prefixedByline } from './people.ts';
import { brokenLine, dateLine, dekShaped, headerZone, headlineShaped, menuLine, metaStrip, paragraphTail, withoutGluedChrome } from './header.ts';
import { findDate } from './to-iso-date.ts';
import { publisherEvidence } from './publisher-evidence.ts';
import { dateEvidence } from './date-evidence.ts';
import { urlEvidence } from './url-evidence.ts';
import { withoutLetterSpacing } from './letter-spacing.ts';
import { deriveTitle, splitTitle } from './title.ts';

const MAX_TITLE_CHARS = 400;

/** The first kept line with the given reason, as found evidence. */
function keptLine(verdicts: readonly LineVerdict[], reason: string): Found | null {
  const at = verdicts.findIndex((x) => x.keep && x.reason === reason);
  const v = verdicts[at];
  if (!v) return null;
  // A headline wrapped over consecutive lines is one value.
  let text = v.text;
  for (let k = at + 1; k < verdicts.length && k < at + 4 && text.length < MAX_TITLE_CHARS * 4; k += 1) {
    const w = verdicts[k];
    if (!w || !w.keep || w.reason !== reason) break;
    text += ` ${w.text.trim()}`;
  }
  const value = tidy(text.replace(/^#{1,6}\s+/, '')).slice(0, MAX_TITLE_CHARS * 4);
  return value.length > 0 ? { value, provenance: `line ${v.n}` } : null;
}

/** True when a line is part of the byline-and-date block under a headline (a name alone counts). */
function metaLine(v: LineVerdict): boolean {
  return !paragraphTail(v) && (bylineLine(v) || dateLine(v.text.trim()));
}

/** True when a line surely belongs to that block: a date line, or a byline the cleaner removed or that says "By …". */
function strongMetaLine(v: LineVerdict): boolean {
  return !paragraphTail(v) && (dateLine(v.text.trim()) || (!v.keep && (v.reason === 'byline' || v.reason === 'timestamp')) || prefixedByline(v.text));
}

/** A timestamp line ("Posted on 03/04/2024 by admin"), whose date may be too ambiguous to read. */
const TIMESTAMP_LABEL = /^(?:posted|published|updated|last updated|first published)(?:\s+on)?\s+\S*\d/i;

/** A labelled field of a release or a wire message ("FROM: …", "SLUG: …", "Listen on: …"), or release furniture. */
const FIELD_LINE = /^(?:(?:from|to|cc|date|subject|contact|contacts|media contact|slug|priority|words|keywords|category|source|filed|filed under|tags?|(?:listen|watch|subscribe|follow|available) on):\s|(?:for immediate release|(?:news|press|media) release|immediate release|embargoed[^.]*)$)/iu;
/** An accessibility link at the top of a page ("Skip to content | Français"). */
const SKIP_LINK = /^(?:skip|jump|go) to (?:the )?(?:main )?(?:content|navigation|menu|search|article)\b/i;
/** Words that name a programme or a newsletter rather than report news ("The Ledger podcast", "A weekly newsletter from the Ledger"). */
const PROGRAMME_WORD = /^(?:a|an|the|from|by|of|with|weekly|daily|monthly|morning|evening|newsletter|podcast|show|programme|program|edition|briefing|bulletin|digest|radio|live|episode)$/i;

/**
 * True when a headline is the outlet's programme, newsletter or masthead with a tagline
 * rather than the article's: the outlet's name with only programme words beside it
 * ("The Ledger podcast"), or the name, a dash and a description in lower case
 * ("Southern Courts — basketball from the southern leagues").
 */
function programmeLine(text: string, publishers: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return publishers.some((p) => {
    const name = p.toLowerCase();
    const at = lower.indexOf(name);
    if (name.length < 3 || at === -1) return false;
    const rest = `${text.slice(0, at)} ${text.slice(at + name.length)}`.split(/\s+/).filter((w) => w.length > 0);
    if (rest.every((w) => PROGRAMME_WORD.test(w))) return true;
    return at === 0 && /^\s*[|—–:-]\s+\p{Ll}/u.test(text.slice(name.length));
  });
}

/** True when a headline is named as a programme elsewhere on the page ("Heard on The Evening Report"). */
function namedElsewhere(text: string, verdicts: readonly LineVerdict[], n: number | undefined): boolean {
  const t = text.trim();
  if (t.length < 6 || t.length > 80 || t.split(/\s+/).length > 6) return false;
  const named = new RegExp(`\\b(?:on|from|to|of)\\s+${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i');
  return verdicts.some((v) => v.n !== n && v.text.trim() !== t && v.text.length <= 80 && named.test(v.text.trim()));
}

/** A print page's or a share bar's commands ("Print this page | Close window", "Back to top"). */
const PAGE_COMMAND = /^(?:print (?:this )?(?:page|article|story)|close (?:this )?window|back to (?:top|the article)|return to (?:the )?article|e-?mail (?:this )?(?:page|article|story)|share (?:this )?(?:page|article|story))\b/i;

/** A competition or offer banner ("COMPETITIONS: Win a £500 shopping spree!", "Giveaway: win an e-bike"). */
const PROMOTION = /^(?:competitions?|giveaways?|prize draws?|offers?|deals?|promotions?)\s*[:|–—-]\s*(?:win|enter|get|save|claim)\b/i;

/** A notice about the site or the share ("An official website of …", "Shared from the Ledger app", "Sent from my phone"). */
const SITE_NOTICE = /^(?:an official website of|shared (?:from|via|with)|sent from my)\b/i;

/** A job title under a byline ("Head of People at Lumen Forge", "Senior Engineer @ Acme"). */
const JOB_TITLE = /^(?i:head|director|chief|senior|lead|principal|founder|co-founder|ceo|cto|cfo|coo|vp|vice president|manager|engineer|professor|partner|associate)\b[^.!?:]{0,50}\s(?:at|@)\s\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s\p{Lu}[\p{L}\p{N}&.'’-]*){0,3}$/u;

/** True when a word is several glued together ("CoursesResearchInternationalNews"): a scraped menu, not a headline. */
function gluedWords(text: string): boolean {
  return text.split(/\s+/).some((w) => (w.match(/\p{Ll}\p{Lu}/gu) ?? []).length >= 2);
}

/** An image control; the line after it is the image's caption ("Click to enlarge", "Enlarge this image", "View gallery"). */
const IMAGE_CONTROL = /^(?:click|tap) (?:to|here to) (?:enlarge|expand|zoom)|^(?:enlarge|expand|zoom|view|open) (?:this |the )?(?:image|photo|picture|gallery)s?\b/i;

/** True when the non-blank line before line `n` is an image control. */
function afterImageControl(verdicts: readonly LineVerdict[], n: number | undefined): boolean {
  const before = verdicts.filter((v) => n !== undefined && v.n < n && v.text.trim().length > 0).at(-1);
  return before !== undefined && before.text.trim().length <= 40 && IMAGE_CONTROL.test(before.text.trim());
}

/** A photo credit in brackets at the end of a caption ("… on Tuesday. (Jane Doe / The Ledger)"). */
const BRACKETED_CREDIT = /[.!?]["”’]?\s*\(\p{Lu}[\p{L}.'’ -]{1,40}\s?\/\s?\p{Lu}[\p{L}.'’ -]{1,40}\)$/u;

/**
 * True when the classifier's headline is chrome: a menu, a running page header, a timestamp,
 * a strip of fields with a date, a label ("Article text:"), a caption with its photo credit,
 * a wrapped paragraph, a field, a dateline or the outlet's name.
 */
function falseHeadline(found: Found, verdicts: readonly LineVerdict[], publishers: readonly string[]): boolean {
  const text = found.value;
  const n = lineOf(found);
  const first = verdicts.find((v) => v.n === n)?.text ?? '';
  if (menuLine(text) || brokenLine(first) || dateLine(text) || metaStrip(text) !== null || TIMESTAMP_LABEL.test(text)) return true;
  if ((tidy(first) === text && /:\s*$/u.test(first)) || BRACKETED_CREDIT.test(text) || afterImageControl(verdicts, n) || PAGE_COMMAND.test(text) || PROMOTION.test(text)) return true;
  // A headline has words: "1931 - 2025" under a name is a notice's dates.
  if (!/\p{L}{2}/u.test(text)) return true;
  if (SITE_NOTICE.test(text) || JOB_TITLE.test(text) || gluedWords(text) || (/\bas of\b/i.test(text) && findDate(text) !== null)) return true;
  if (FIELD_LINE.test(text) || WIRE_LEAD.test(text) || SKIP_LINK.test(text) || /https?:\/\//.test(text)) return true;
  if (programmeLine(text, publishers) || namedElsewhere(text, verdicts, n)) return true;
  // A headline is never just the outlet's name (a masthead the cleaner kept).
  return publishers.some((p) => p.toLowerCase() === text.toLowerCase());
}

/** The line number a text-evidence provenance points at (`line 12`), or undefined. */
function lineOf(found: Found | null): number | undefined {
  const m = found === null ? null : /^line (\d+)$/.exec(found.provenance);
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

/** Non-blank lines at the top of a page searched for its title line. */
const PAGE_TITLE_LINES = 6;

/** The site named after the headline on the page's title line among the first lines ("Headline | Site"), or null. */
function pageTitleSite(verdicts: readonly LineVerdict[], title: string, known: readonly string[]): Found | null {
  const key = title.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const v of verdicts.filter((x) => x.text.trim().length > 0).slice(0, PAGE_TITLE_LINES)) {
    const split = splitTitle(v.text, known);
    if (split.site !== null && split.title.toLowerCase().replace(/\s+/g, ' ').trim() === key) return { value: split.site, provenance: `line ${v.n}` };
  }
  return null;
}

/** A line that may carry the headline or dek: kept by the cleaner, or marked as a headline, dek or subheading. */
function textLine(v: LineVerdict): boolean {
  if (v.reason === 'list-item' || /^\s*[*•▪◦·-]\s/u.test(v.text)) return false;
  return v.keep || v.reason === 'headline' || v.reason === 'dek' || v.reason === 'subheading';
}

/**
 * The headline (and the dek under it) read from the page's layout when the
 * cleaner found none: the line or two just above the first byline or date line
 * of the header ("Headline / Dek / Jane Doe / May 21, 2024").
 */
function headlineAboveByline(verdicts: readonly LineVerdict[], refused?: number): { title: Found; dek: Found | null } | null {
  const zone = headerZone(verdicts);
  const lines = verdicts.filter((v) => zone.has(v.n) && v.text.trim().length > 0);
  // The block starts at a sure byline or date line, or at a name alone just above one.
  const starts = (v: LineVerdict, i: number): boolean => i > 0 && !menuLine(v.text) && (strongMetaLine(v) || (metaLine(v) && lines.slice(i + 1, i + 3).some(strongMetaLine)));
  // A block right under a headline refused as chrome (a newsletter's name), or under a notice, may head a later block.
  for (let meta = lines.findIndex(starts); meta !== -1; ) {
    const found = refused !== undefined && lines[meta - 1]?.n === refused ? null : headlineAbove(lines, meta, refused);
    if (found !== null) return found;
    const next = lines.slice(meta + 1).findIndex((v, k) => starts(v, meta + 1 + k));
    meta = next === -1 ? -1 : meta + 1 + next;
  }
  return null;
}

/** The headline (and dek) in the line or two above the byline-and-date block that starts at `lines[meta]`. */
function headlineAbove(lines: readonly LineVerdict[], meta: number, refused?: number): { title: Found; dek: Found | null } | null {
  const above: LineVerdict[] = [];
  for (let i = meta - 1; i >= 0 && above.length < 2; i -= 1) {
    const v = lines[i];
    if (!v || v.n === refused || !textLine(v) || !headlineShaped(v.text) || metaLine(v)) break;
    above.unshift(v);
  }
  const [upper, lower] = above;
  const line = (v: LineVerdict): Found => ({ value: tidy(v.text), provenance: `line ${v.n}` });
  // Headlines do not end with a full stop; a line that does is a lead or a dek.
  const titled = (v: LineVerdict | undefined): v is LineVerdict => v !== undefined && !/[.…]$/u.test(v.text.trim()) && v.text.trim().split(/\s+/).length <= 25;
  if (!lower) return titled(upper) ? { title: line(upper), dek: null } : null;
  if (dekShaped(lower.text) && titled(upper)) return { title: line(upper), dek: line(lower) };
  // A sentence above a headline-like line is a notice or a lead: the line on the byline is the headline.
  return titled(lower) ? { title: line(lower), dek: null } : null;
}

/** True when a line reads as a headline: headline-shaped, at most 25 words, and no full stop at the end. */
function headlineLike(text: string): boolean {
  const t = text.trim();
  // A headline starts with a capital, a digit or a quotation mark ("iPhone …" and the like aside); a chat message does not.
  if (/^\p{Ll}/u.test(t) && !/^\p{Ll}{1,3}\p{Lu}/u.test(t)) return false;
  return headlineShaped(t) && !/[.…]$/u.test(t) && t.split(/\s+/).length <= 25;
}

/**
 * The headline of a page that marks none, as press releases set it: the first kept line,
 * headline-like, standing alone (the next line opens a new paragraph), after nothing but
 * removed chrome ("FOR IMMEDIATE RELEASE"). A second such line just before a lead opened
 * by a dateline is the dek.
 */
function leadingHeadline(verdicts: readonly LineVerdict[], refused?: number): { title: Found; dek: Found | null } | null {
  const lines = verdicts.filter((v) => v.text.trim().length > 0 && v.n !== refused);
  const at = lines.findIndex((v) => v.keep);
  const [first, second, third] = lines.slice(at, at + 3);
  if (at === -1 || !first || !second || first.reason === 'caption' || !headlineLike(first.text) || metaLine(first) || WIRE_LEAD.test(first.text)) return null;
  // A wrapped paragraph continues in lower case on the next line.
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(second.text.trim())) return null;
  const line = (v: LineVerdict): Found => ({ value: tidy(v.text), provenance: `line ${v.n}` });
  const dek = second.keep && third !== undefined && dekShaped(second.text) && headlineLike(second.text) && (WIRE_LEAD.test(third.text) || DATED_LEAD.test(third.text));
  return { title: line(first), dek: dek ? line(second) : null };
}

/** A lead opened by a place and a full date ("HARLAN COVE, May 6, 2025 — …"). */
const DATED_LEAD = /^\s*\p{Lu}{2,}[\p{Lu} .'’-]*,\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4})\s*[-–—]/u;

/** A body lead opened by a wire dateline ("LONDON (Reuters) -", "OSLO, Aug 14 —"): never a dek. */
const WIRE_LEAD = /^\s*\p{Lu}{2,}[\p{Lu} .,'’-]*(?:,\s*[\p{L}\d .]{1,30})?\s*(?:\([^)]{1,40}\))?\s*[-–—_]/u;

/** A note about the page itself ("This page has been translated automatically.", "This text was produced by OCR …"). */
const PAGE_NOTE = /^this (?:page|text|article|story|content|post|translation|version|copy|site|interview|transcript)\b/i;

/** `found` when a kept line other than a caption follows its line, else null. */
function overBody(verdicts: readonly LineVerdict[], found: Found | null): Found | null {
  const n = found === null ? undefined : lineOf(found);
  if (n === undefined) return found;
  return verdicts.some((v) => v.n > n && v.keep && v.reason !== 'caption' && v.text.trim().length > 0) ? found : null;
}

/** True when a dek candidate is a note about the page or a status line with a date and time ("Results as of Nov. 5, 2025, 1:12 a.m."): never a dek. */
function notDek(found: Found): boolean {
  return PAGE_NOTE.test(found.value) || (findDate(found.value)?.iso.includes('T') ?? false);
}

/** The dek: the sentence-like line right under the headline, when a byline or date line follows it closely. */
function dekUnderHeadline(verdicts: readonly LineVerdict[], title: Found): Found | null {
  const n = lineOf(title);
  if (n === undefined) return null;
  const after = verdicts.filter((v) => v.n > n && v.text.trim().length > 0 && v.text.trim() !== title.value).slice(0, 5);
  const [first, ...rest] = after;
  if (!first || !textLine(first) || first.reason === 'caption' || !dekShaped(first.text) || metaLine(first) || WIRE_LEAD.test(first.text)) return null;
  // A brief's only paragraph is its body, not a standfirst over nothing.
  if (!verdicts.some((v) => v.n > first.n && v.keep && v.text.trim().length > 0)) return null;
  // A lead opened by a dateline right after it: the line between headline and lead is the dek.
  if (rest[0] !== undefined && (WIRE_LEAD.test(rest[0].text) || DATED_LEAD.test(rest[0].text))) return { value: tidy(first.text), provenance: `line ${first.n}` };
  // The byline or date follows the dek directly: a body line in between makes the line a lead.
  for (const v of rest.slice(0, 3)) {
    if (strongMetaLine(v)) return { value: tidy(first.text), provenance: `line ${first.n}` };
    if (v.keep && !metaLine(v)) return null;
  }
  return null;
}

/** The lead sentence for a derived title: the first kept body line (not a headline found to be chrome). */
function leadLine(verdicts: readonly LineVerdict[], chrome: Found | null): Found | null {
  const skip = lineOf(chrome);
  const v = verdicts.find((x) => x.keep && x.text.trim().length > 0 && x.reason !== 'caption' && x.reason !== 'dateline' && !(x.reason === 'headline' && skip !== undefined && x.n >= skip && x.n < skip + 4));
  return v ? { value: v.text, provenance: 'derived:lead-sentence' } : null;
}

/** A display title for an input that states no headline and has no text: its file name. */
function fileTitle(source: DecodedSource): string {
  const path = typeof source.file?.path === 'string' ? source.file.path : '';
  const base = path.split('/').pop() ?? '';
  const name = base.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[-_]+/g, ' ').trim();
  return name.length > 0 ? name : 'Untitled';
}

/**
 * Describe one cleaned input: title and dek, publisher, author, editor,
 * publication date, canonical URL and language, each with its provenance.
 * Front matter wins over text evidence; nothing is invented (unknown → null).
 * Uses removed boilerplate too ("Want CNET to notify you", "Edited by …").
 */
export function describe(source: DecodedSource, cleaned: LineVerdict[], head: Readonly<Record<string, string>> = {}): Metadata {
  // Lines set in spaced letters are read as words ("J a n e   D o e" → "Jane Doe"); line numbers stay.
  const verdicts = cleaned.map((v) => {
    const text = withoutLetterSpacing(v.text);
    return text === v.text ? v : { ...v, text };
  });
  const fm = frontMatterFacts(source.frontMatter);
  const provenance: Metadata['provenance'] = {};
  const set = (field: MetadataField, found: Found | null): string | null => {
    if (found === null) return null;
    provenance[field] = found.provenance;
    return found.value;
  };

  const editor = set('editor', fm.editor ?? editorEvidence(verdicts));
  const author = set('author', fm.author ?? authorEvidence(verdicts));
  const people = new Set([author, editor].filter((p): p is string => p !== null).flatMap((p) => [p.toLowerCase(), ...p.toLowerCase().split(/\s*(?:,|\band\b|&)\s*/)]));

  // What an HTML page's head names the site (its og:site_name, the other half of its <title>) backs that name.
  const found = keptLine(verdicts, 'headline');
  const headSites = headSiteNames(head, found?.value ?? null);
  const fromText = publisherEvidence(verdicts, people, headSites);
  const known = [fm.publisher?.value, fromText?.value].filter((p): p is string => typeof p === 'string');
  const marked = found && !falseHeadline(found, verdicts, known) ? { ...found, value: withoutGluedChrome(found.value) } : null;
  const layout = fm.title || marked ? null : headlineAboveByline(verdicts, found === null ? undefined : lineOf(found));
  // A brief's only paragraph, over nothing but a caption, is its body, not a standfirst.
  const markedDek = overBody(verdicts, keptLine(verdicts, 'dek'));
  // With no headline left, a "dek" that reads as a headline is the headline (the line above it was chrome).
  const promoted = fm.title || marked || layout || markedDek === null || !headlineLike(markedDek.value) || falseHeadline(markedDek, verdicts, known) ? null : markedDek;
  const leading = fm.title || marked || layout || promoted ? null : leadingHeadline(verdicts, lineOf(found));
  const headline = fm.title ?? marked ?? layout?.title ?? promoted ?? leading?.title ?? null;
  let title: Found | null = null;
  let suffixSite: Found | null = null;
  if (headline) {
    const split = splitTitle(headline.value, known);
    title = { value: split.title.slice(0, MAX_TITLE_CHARS), provenance: headline.provenance };
    if (split.site !== null) suffixSite = { value: split.site, provenance: headline.provenance };
    // The page's title above the headline, with the site's name after a bar ("Pool saved | The Kelby Observer").
    else suffixSite = pageTitleSite(verdicts, split.title, known);
  }
  let publisherFound = fm.publisher ?? fromText;

  if (!fm.publisher && suffixSite) publisherFound = publisherEvidence(verdicts, people, [...headSites, suffixSite]);
  const titleValue = set('title', title);
  let displayTitle = titleValue;
  let titleDerived = false;
  if (displayTitle !== null) {
    provenance.displayTitle = provenance.title ?? 'derived:title';
  } else {
    // A headline refused as chrome is not the lead either; a wrapped paragraph refused as a headline is.
    const wrapped = brokenLine(verdicts.find((v) => v.n === lineOf(found))?.text ?? '');
    const lead = leadLine(verdicts, marked === null && !wrapped ? found : null);
    const derived = lead ? deriveTitle(lead.value) : '';
    titleDerived = true;
    if (derived.length > 0) {
      displayTitle = derived;
      provenance.displayTitle = 'derived:lead-sentence';
    } else {
      const dekText = fm.dek?.value;
      displayTitle = dekText ? deriveTitle(dekText) : fileTitle(source);
      provenance.displayTitle = dekText ? 'derived:dek' : 'derived:file-name';
    }
  }

  return {
    title: titleValue,
    displayTitle,
    titleDerived,
    // A dek stands under a headline: with none found, the line the cleaner took for a dek is a lead or a notice.
    dek: set('dek', fm.dek ?? (titleValue === null ? null : ([promoted ? null : markedDek, layout?.dek, leading?.dek, headline && !fm.title ? dekUnderHeadline(verdicts, headline) : null].find((d): d is Found => d != null && d.value !== titleValue && !notDek(d)) ?? null))),
    publisher: set('publisher', publisherFound),
    author,
    editor,
    published: set('published', fm.published ?? dateEvidence(verdicts, lineOf(headline))),
    url: set('url', fm.url ?? urlEvidence(verdicts)),
    language: set('language', fm.language),
    provenance,
  };
}

