import type { Draft } from './draft.ts';
import { drop } from './draft.ts';
import type { LineFeatures } from './line-features.ts';
import { normaliseLine } from './normalise-line.ts';
import { nextNonBlank, previousNonBlank } from './related-blocks.ts';

/**
 * Furniture set among or right after an article's paragraphs, told apart by
 * its shape and by what stands next to it: the signature under a reader's
 * letter, the teaser under a "Sponsored" marker, and the bio that closes an
 * op-ed or an interview.
 */

/** A signature: a name (with an optional title or note) and a place ("Jane Doe, Lower Town", "Rev. Al Roe (retired), Church Street"). */
const SIGNATURE = /^(?:(?:Mr|Mrs|Ms|Dr|Rev|Prof|Cllr|Sir|Dame)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?:\s+\([\p{Ll} ]{2,20}\))?,\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u;

/** True when line `i` is prose that ends a sentence. */
function endsParagraph(features: readonly LineFeatures[], prose: readonly boolean[], i: number): boolean {
  return i !== -1 && prose[i] === true && features[i]?.endsSentence === true;
}

/**
 * The signature under each reader's letter: a name and place set right under
 * a paragraph and followed by no paragraph (the next letter's heading, or the
 * end). A subheading of the same shape stands over its paragraph instead.
 */
export function dropLetterSignatures(features: readonly LineFeatures[], drafts: Draft[], prose: readonly boolean[]): void {
  features.forEach((f, i) => {
    if (!drafts[i]?.keep || prose[i] || f.words > 10 || f.endsSentence || !SIGNATURE.test(f.text)) return;
    const next = nextNonBlank(features, i);
    if (!endsParagraph(features, prose, previousNonBlank(features, i)) || (next !== -1 && prose[next] === true)) return;
    drop(drafts[i], 'byline');
  });
}

/** A marker that the next item is paid for (unlike "Advertisement", which the article's text follows). */
const SPONSOR_MARK = /^(?:sponsored(?: content| post| stor(?:y|ies))?|promoted(?: content| stor(?:y|ies))?|paid (?:post|content|partnership)|partner content|advertorial|from our (?:sponsors?|partners?))\s*:?$/i;
/** Removed lines that show the line above them is a photo caption. */
const CAPTION_MARKS = new Set(['credit', 'image', 'stock-photo']);
/** A sponsor's teaser is one short item; a longer line is the article again. */
const SPONSOR_TEASER_MAX_WORDS = 30;

/** The single short teaser right under a "Sponsored" marker inside a page ("How one grocer cut fuel burn 14% — download the case study"). */
export function dropSponsorTeasers(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  features.forEach((f, i) => {
    if (drafts[i]?.keep !== false || f.words > 4 || !SPONSOR_MARK.test(f.text)) return;
    const j = nextNonBlank(features, i);
    const g = j === -1 ? undefined : features[j];
    if (!g || !drafts[j]?.keep || g.words > SPONSOR_TEASER_MAX_WORDS || g.quoted) return;
    // A line over a photo credit is the photo's caption.
    const below = drafts[nextNonBlank(features, j)];
    if (below && !below.keep && CAPTION_MARKS.has(below.reason)) return;
    drop(drafts[j], 'sponsored');
    prose[j] = false;
  });
}

/** "Dr Jane Doe is a professor of …", "Professor John Roe teaches …", "— Jane Doe is an architect.": who a contributor is. */
const CONTRIBUTOR_BIO = /^[—–-]\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:is|was) (?:a|an|the)\s|^(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Rev)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:(?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:professor|lecturer|researcher|fellow|director|chair|founder|consultant|lawyer|economist|scientist|teacher|principal|author|adviser|advisor|analyst)\b|teaches\b|lectures\b|researches\b)/u;
/** A closing bio is a line or two; a longer paragraph is article text. */
const CONTRIBUTOR_BIO_MAX_WORDS = 45;

/** True for a short sentence saying who a contributor is. */
function isBio(f: LineFeatures | undefined): boolean {
  return f !== undefined && f.endsSentence && f.words <= CONTRIBUTOR_BIO_MAX_WORDS && CONTRIBUTOR_BIO.test(f.text);
}

/**
 * The contributor's bio that closes an op-ed or an interview: the last
 * paragraph of the page, naming a person and saying what they teach or are.
 * Inside the body such a sentence introduces a source and stays.
 */
export function dropClosingBio(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  const lastParagraph = prose.lastIndexOf(true);
  if (lastParagraph === -1) return;
  // A kept sentence at or after the last paragraph (a one-line bio is too short to read as a paragraph).
  const last = drafts.findIndex((d, i) => i >= lastParagraph && d.keep && isBio(features[i]));
  const f = features[last];
  if (!f) return;
  // A closing bio follows the article: some paragraph must come before it.
  if (prose.findIndex((p, i) => p && i < last) === -1) return;
  drop(drafts[last], 'bio');
  prose[last] = false;
}

/** The header of a table of contents ("Contents", "On this page", "In this article"). */
const CONTENTS_HEADER = /^(?:contents|table of contents|on this page|in this (?:article|story|guide|speech|report|page)|jump to(?: section)?)\s*:?$/i;
/** An entry of a table of contents is a heading, not a paragraph. */
const CONTENTS_ENTRY_MAX_WORDS = 14;
/** Longest table of contents taken (keeps the pass linear on hostile input). */
const MAX_CONTENTS_ENTRIES = 40;

/**
 * A table of contents: the short lines under a "Contents" header, each of
 * which is printed again lower down as the subheading it points to. The
 * subheadings stay; only the entries above them are removed, and only while
 * every entry has its subheading below.
 */
export function dropTableOfContents(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  const headers = features.flatMap((f, i) => (f.words <= 5 && CONTENTS_HEADER.test(f.text) ? [i] : []));
  if (headers.length === 0) return;
  const copies = new Map<string, number[]>();
  features.forEach((f, i) => {
    if (f.blank || f.words > CONTENTS_ENTRY_MAX_WORDS || !drafts[i]?.keep) return;
    const key = normaliseLine(f.text);
    const list = copies.get(key);
    if (list) list.push(i);
    else copies.set(key, [i]);
  });
  for (const h of headers) {
    const entries = new Set<number>();
    for (let i = nextNonBlank(features, h); i !== -1 && entries.size < MAX_CONTENTS_ENTRIES; i = nextNonBlank(features, i)) {
      const g = features[i];
      // An entry may be a question ("Should you try it?"); a statement ending in a full stop is a paragraph.
      if (!g || !drafts[i]?.keep || prose[i] || g.words > CONTENTS_ENTRY_MAX_WORDS || (g.endsSentence && !/\?["”’]?$/u.test(g.text))) break;
      // The copy below: the last copies of the line, skipping ones already taken as entries (at most one per entry).
      const list = copies.get(normaliseLine(g.text)) ?? [];
      let later = false;
      for (let k = list.length - 1; k >= 0 && k >= list.length - 1 - MAX_CONTENTS_ENTRIES; k -= 1) {
        const j = list[k] ?? -1;
        if (j <= i) break;
        if (!entries.has(j)) {
          later = true;
          break;
        }
      }
      if (!later) break;
      entries.add(i);
    }
    if (entries.size === 0) continue;
    drop(drafts[h], 'nav');
    for (const i of entries) drop(drafts[i], 'contents');
  }
}

/** A one-word answer that is also a button's label ("No.", "Yes!"). */
const SHORT_ANSWER = /^(?:yes|no|never|always|maybe|sometimes|nope|yep|absolutely|definitely|not really|of course)[.!]?$/i;

/**
 * Give back a short answer under a question ("Will anyone take over?" /
 * "No."): on its own it reads as a "Yes"/"No" button, but a button strip
 * follows a removed prompt, never a kept question.
 */
export function keepShortAnswers(features: readonly LineFeatures[], drafts: Draft[]): void {
  features.forEach((f, i) => {
    const d = drafts[i];
    if (!d || d.keep || d.reason !== 'prompt' || !SHORT_ANSWER.test(f.text)) return;
    const q = previousNonBlank(features, i);
    if (q === -1 || drafts[q]?.keep !== true || !features[q]?.text.endsWith('?')) return;
    d.keep = true;
    d.reason = 'content';
  });
}

/** A figure alone on its line ("1,140", "41%", "£3.2m", "9.5"). */
const FIGURE_ALONE = /^[£$€¥]?\s?\d[\d,.]*\s?(?:%|[kmb]n?|[kmb])?$/iu;

/**
 * Keeps figures set over the paragraphs they head ("1,140" over "The number of households still waiting …"),
 * which the line-by-line pass took for fragments: two or more such figures, each set directly on a kept
 * paragraph and under kept text, make the "week in numbers" or "by the numbers" shape.
 */
export function keepFigureHeadings(features: readonly LineFeatures[], drafts: Draft[], prose: readonly boolean[]): void {
  const heads = features.flatMap((f, i) => {
    const d = drafts[i];
    const below = nextNonBlank(features, i);
    // Set directly on its paragraph, or one blank line above it (a double-spaced copy).
    if (!d || d.keep || d.reason !== 'fragment' || !FIGURE_ALONE.test(f.text) || below === -1 || below > i + 2 || prose[below] !== true) return [];
    const above = previousNonBlank(features, i);
    return above !== -1 && drafts[above]?.keep === true ? [i] : [];
  });
  if (heads.length < 2) return;
  for (const i of heads) {
    const d = drafts[i]!;
    d.keep = true;
    d.reason = 'content';
  }
}

/** The cells of a tab-separated row, without the empty cell a leading tab makes. */
function tabCells(text: string): number {
  return text.split('\t').filter((cell) => cell.trim().length > 0).length;
}

/**
 * Keeps a table's header row ("Feed wheat⇥Milling wheat⇥Feed barley") that the line-by-line pass took for a
 * menu of gap-separated items: the kept row under it has one more cell (its label) or as many.
 */
export function keepTableHeaders(lines: readonly string[], features: readonly LineFeatures[], drafts: Draft[]): void {
  features.forEach((_f, i) => {
    const d = drafts[i];
    const raw = lines[i] ?? '';
    if (!d || d.keep || d.reason !== 'nav' || !raw.includes('\t')) return;
    const cells = tabCells(raw);
    const next = nextNonBlank(features, i);
    const row = lines[next] ?? '';
    if (cells < 2 || next === -1 || next > i + 2 || drafts[next]?.keep !== true || !row.includes('\t')) return;
    const rowCells = tabCells(row);
    if (rowCells === cells || rowCells === cells + 1) {
      d.keep = true;
      d.reason = 'content';
    }
  });
}
