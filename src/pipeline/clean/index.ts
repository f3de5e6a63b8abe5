import type { DecodedSource, LineVerdict } from '../types.ts';
import { chromeReason } from './chrome-reason.ts';
import { chooseDek, dekContinuation } from './choose-dek.ts';
import { chooseHeadline, headlineContinuation, isMasthead } from './choose-headline.ts';
import type { Draft } from './draft.ts';
import { drop } from './draft.ts';
import { keptReason } from './kept-reason.ts';
import type { LineFeatures } from './line-features.ts';
import { lineFeatures } from './line-features.ts';
import { dropEmailEnvelope } from './email-envelope.ts';
import { BYLINE_MARK, overBylineBlock } from './byline-block.ts';
import { isNameShaped, isProse, isSentence, isSeveralNames, isTitleCaseSentences, isTitleShaped } from './is-prose.ts';
import { normaliseLine, withoutSiteSuffix } from './normalise-line.ts';
import { dropWrappedChrome, keepSentenceEnds, keepWrappedTails, markWrappedProse } from './hard-wrap.ts';
import { dropClosingBio, dropLetterSignatures, dropSponsorTeasers, dropTableOfContents, keepFigureHeadings, keepShortAnswers, keepTableHeaders } from './body-furniture.ts';
import { COMMENTS_HEADER, DATELINE_ALONE, LIFE_SPAN, REVIEW_STARS, PROVIDED_BY, SALUTATION, TIME_ONLY, isCreditsRoll, isItemStrip } from './chrome-reason.ts';
import { dropAfterArticleEnd, dropAltText, dropBreadcrumbOverTitle, dropHiddenText, dropPlayerClocks, dropRunningHeaders, dropWidgetLabels } from './page-furniture.ts';
import { dropPullQuotes } from './pull-quotes.ts';
import { dropRelatedBlocks, nextNonBlank, previousNonBlank } from './related-blocks.ts';

export { normaliseLine } from './normalise-line.ts';

/** What the caller knows about the other inputs of the same archive. */
export interface CleanContext {
  /** Normalised lines (see normaliseLine) that recur across ≥ 2 other inputs of the same publisher/archive. */
  repeated?: ReadonlySet<string>;
}

/** What a saved HTML page's markup says of each line (absent for text inputs). */
export interface PageStructure {
  /** Each line's block: heading, paragraph, list item, quote, caption, image or blank. */
  kinds: readonly string[] | null;
  /** Each line's share of text inside links (0..1). */
  linkShare: readonly number[] | null;
}

/** Share of a block's text inside links from which it is a pointer to other pages, whatever its wording. */
const LINKED_BLOCK = 0.8;

/** Share of a list item's text inside links from which it reads as a link (related reading, navigation). */
const LINKED_ITEM = 0.5;

/** Longest run of words a repeated line may have and still be removed inside the body. */
const REPEATED_MAX_BODY_WORDS = 6;

/** First verdicts from each line alone: blank, a chrome pattern, or provisionally kept. */
function draftLines(features: readonly LineFeatures[]): Draft[] {
  return features.map((f) => {
    if (f.blank) return { keep: false, reason: 'blank' };
    const reason = chromeReason(f);
    return reason === null ? { keep: true, reason: 'content' } : { keep: false, reason };
  });
}

/** True for a menu strip of capitalised words with no function word ("Reviews News Science Deals"). */
function menuShaped(f: LineFeatures): boolean {
  return f.stopRatio === 0 && f.capRatio === 1 && !f.endsSentence;
}

/**
 * A first "paragraph" that is really the headline (a short question, or a
 * title with an inner full stop: "X promises Y. Experts want data") is demoted
 * from prose when nothing headline-like stands above it (a line with a breadcrumb
 * or menu between it and the paragraph does not count: those sit above a headline).
 */
function demoteHeadlineParagraph(features: readonly LineFeatures[], drafts: readonly Draft[], prose: boolean[]): void {
  const first = prose.indexOf(true);
  const f = features[first];
  if (!f || f.words > 25 || (f.words > 20 && !overBylineBlock(features, drafts, first)) || (/\.["”’]?$/u.test(f.text) && !isTitleCaseSentences(f) && !overBylineBlock(features, drafts, first)) || !/^[\p{Lu}"“‘'\d]/u.test(f.text)) return;
  // A line made prose only by the hard-wrap rule is a headline when it does not run on into the next line.
  const standsAlone = isProse(f) || (isTitleShaped(f) && !/^\p{Ll}/u.test(features[first + 1]?.text ?? ''));
  if (!standsAlone) return;
  // Breadcrumbs and menus sit above a headline: a title-shaped line with one of them below it is page furniture (a search box's label, a tool).
  const navBetween = (i: number): boolean => drafts.slice(i + 1, first).some((d) => !d.keep && d.reason === 'nav');
  const candidateAbove = features.slice(0, first).some((g, i) => drafts[i]?.keep === true && isTitleShaped(g) && g.words >= 3 && !menuShaped(g) && !isItemStrip(g) && !isMasthead(features, drafts, i) && !navBetween(i));
  if (!candidateAbove && prose.some((p, i) => p && i > first)) prose[first] = false;
}

/**
 * A reader comment section at the foot of the page: once a comments header
 * follows the article's prose (two paragraphs or more), every line after it is readers' talk
 * (prose-shaped, so the body would otherwise run on through it).
 */
function dropCommentSection(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  let total = 0;
  for (const [i, f] of features.entries()) if (prose[i]) total += f.text.length;
  if (total === 0) return;
  let before = 0;
  let paragraphs = 0;
  for (let i = 0; i < features.length; i += 1) {
    const f = features[i];
    if (!f) continue;
    if (prose[i]) {
      before += f.text.length;
      paragraphs += 1;
    }
    // Readers may write as much as the reporter did: the article need only come first.
    // "23 thoughts on “<the headline>”" repeats the headline, so it may run long.
    const longest = /^\d/.test(f.text) ? 40 : 8;
    if (f.blank || f.words > longest || !COMMENTS_HEADER.test(f.text) || paragraphs < 2 || before < 0.3 * total) continue;
    for (let k = i; k < features.length; k += 1) {
      if (features[k]?.blank) continue;
      drop(drafts[k], k === i ? 'prompt' : 'comments');
      prose[k] = false;
    }
    return;
  }
}

/** A drop capital set on its own line ("M" above "ost concertgoers …") belongs to the paragraph below it. */
function markDropCaps(features: readonly LineFeatures[], drafts: readonly Draft[], prose: boolean[]): void {
  features.forEach((f, i) => {
    const next = features[i + 1];
    if (!next || next.blank || !prose[i + 1] || !/^["“‘']?\p{Lu}$/u.test(f.text) || !/^\p{Ll}/u.test(next.text)) return;
    const d = drafts[i];
    if (d) {
      d.keep = true;
      d.reason = 'content';
    }
    prose[i] = true;
  });
}

const ABOUT_ORG = /^about\s+(?!the author|the writer|us\b|me\b|this\b|these\b|our\b)(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|and|&|de|the|for)?\s*[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,5})\s*:?$/iu;
const CORPORATE = /\b(?:is|are) (?:a|an|the)\b.{0,120}\b(?:company|companies|firm|provider|maker|manufacturer|organi[sz]ation|agency|group|developer|leader|platform|business|non-?profit|charity|foundation|institution|bank|retailer|operator|producer|supplier|start-?up|brand|network|publisher|association|consultancy|specialist)\b|\bfounded in \d{4}\b|\bheadquartered in\b|\b(?:for more information|learn more),? (?:visit|see|go to)\b|\bwww\.\S|https?:\/\//i;

/** Physical lines of one "About Acme" paragraph examined at most (a hard-wrapped paragraph). */
const MAX_ABOUT_LINES = 12;

/**
 * A press release's "About Acme" section: the heading and the company
 * description under it (a paragraph naming the company and saying what it is).
 */
function dropAboutSections(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  features.forEach((f, i) => {
    if (!drafts[i]?.keep || f.words > 8) return;
    const name = ABOUT_ORG.exec(f.text)?.[1];
    if (name === undefined) return;
    const key = (name.split(/\s+/)[0] ?? name).toLowerCase();
    let j = nextNonBlank(features, i);
    let dropped = 0;
    while (j !== -1) {
      // A paragraph may be hard-wrapped: its physical lines run on to the next blank line.
      const run: number[] = [];
      for (let k = j; k < features.length && features[k]?.blank === false && drafts[k]?.keep === true && prose[k] === true && run.length < MAX_ABOUT_LINES; k += 1) run.push(k);
      const text = run.map((k) => features[k]?.text ?? '').join(' ');
      if (run.length === 0 || !text.toLowerCase().includes(key) || !CORPORATE.test(text)) break;
      for (const k of run) {
        drop(drafts[k], 'about');
        prose[k] = false;
      }
      dropped += 1;
      j = nextNonBlank(features, run[run.length - 1] ?? j);
    }
    if (dropped > 0) drop(drafts[i], 'about');
  });
}

/**
 * A subheading set directly on the first paragraph ("Verdict", "What changed"): it opens the body. The
 * agency a wire dateline credits ("Nusantara" over "KUALA LUMPUR, Nov 16 (Nusantara) — …") does not.
 */
function opensBody(f: LineFeatures, first: LineFeatures | undefined): boolean {
  if (f.words > 4 || first?.text.includes(`(${f.text})`)) return false;
  return f.words === 1 ? /^\p{Lu}(?:\p{Ll}+|\p{Lu}{2,})$/u.test(f.text) : isTitleShaped(f) && !menuShaped(f);
}

/** Index of the last prose-shaped line removed as a credits roll (after the first paragraph), or -1. */
function lastCreditsRoll(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[]): number {
  const first = prose.indexOf(true);
  for (let i = features.length - 1; i > first && first !== -1; i -= 1) {
    const f = features[i];
    if (f && drafts[i]?.keep === false && drafts[i]?.reason === 'credit' && isCreditsRoll(f) && isProse(f)) return i;
  }
  return -1;
}

/** True when line `i` is a short heading set directly on a kept list ("Pros" over "- Long battery life"). */
function headsList(features: readonly LineFeatures[], drafts: readonly Draft[], i: number): boolean {
  const f = features[i];
  const next = features[i + 1];
  return f !== undefined && next !== undefined && f.words <= 6 && !f.bullet && /^\p{Lu}/u.test(f.text) && next.bullet && drafts[i + 1]?.keep === true;
}

/** A section kicker set between the headline and the body ("Guest column", "Analysis"). */
const KICKER = /^(?:guest (?:column|post|essay|opinion|view)|opinion|analysis|comment|commentary|explainer|exclusive|editorial|column|perspective|first person|viewpoint|op-ed|news analysis|fact check)$/i;

/** The header of an article's summary box ("Key points:", "In brief", "At a glance"). */
const KEY_POINTS = /^(?:key (?:points|facts|takeaways)|in (?:brief|short|summary)|summary|at a glance|the (?:big picture|short version)|what we know(?: so far)?|quick read|tl;? ?dr)\s*:?$/i;

/**
 * A summary box set above the headline ("Key points:" and its bullets): the
 * article's own words, kept although they come before the headline.
 */
function keyPointsBox(features: readonly LineFeatures[], drafts: readonly Draft[], headline: number): Set<number> {
  const box = new Set<number>();
  for (let h = 0; h < headline; h += 1) {
    const f = features[h];
    if (!f || !drafts[h]?.keep || f.words > 5 || !KEY_POINTS.test(f.text)) continue;
    const items: number[] = [];
    for (let i = nextNonBlank(features, h); i !== -1 && i < headline && features[i]?.bullet === true && drafts[i]?.keep === true; i = nextNonBlank(features, i)) items.push(i);
    if (items.length === 0) continue;
    box.add(h);
    for (const i of items) box.add(i);
  }
  return box;
}

/** Bare clock times in a page that make it a live blog. */
const LIVE_BLOG_STAMPS = 3;

/** The first line above `headline` that is the page title the headline repeats (with or without its site suffix), or -1. */
function pageTitleAbove(features: readonly LineFeatures[], headline: number): number {
  const key = normaliseLine(features[headline]?.text ?? '');
  for (let j = 0; j < headline; j += 1) {
    const text = features[j]?.text ?? '';
    if (normaliseLine(text) === key || normaliseLine(withoutSiteSuffix(text)) === key) return j;
  }
  return -1;
}

/** Teasers in a row that make a list of other stories. */
const TEASERS_IN_A_ROW = 2;
/** Words of a teaser's summary, at most. */
const TEASER_WORDS = 45;

/**
 * On an HTML page, a run of teasers — a heading that is all link text, then at most one short paragraph —
 * two or more in a row, is a list of other stories ("Latest news"): all of it is removed as `related`.
 * A subheading of the article is not a link, and its section runs longer.
 */
function dropTeaserList(features: readonly LineFeatures[], drafts: Draft[], kinds: readonly string[] | null | undefined, linkShare: readonly number[] | null | undefined): void {
  if (!kinds || !linkShare) return;
  const teaserAt = (i: number): number[] | null => {
    if (kinds[i] !== 'heading' || (linkShare[i] ?? 0) < LINKED_BLOCK) return null;
    const next = nextNonBlank(features, i);
    if (next !== -1 && kinds[next] === 'paragraph' && (features[next]?.words ?? 0) <= TEASER_WORDS) return [i, next];
    return [i];
  };
  let i = 0;
  while (i < features.length) {
    const run: number[][] = [];
    let at = i;
    for (let teaser = teaserAt(at); teaser !== null; teaser = at === -1 ? null : teaserAt(at)) {
      run.push(teaser);
      at = nextNonBlank(features, teaser[teaser.length - 1]!);
    }
    if (run.length >= TEASERS_IN_A_ROW) for (const k of run.flat()) drop(drafts[k], 'related');
    if (run.length > 0 && at === -1) break;
    i = run.length > 0 ? at : i + 1;
  }
}

/**
 * The line an HTML page marks as the standfirst (kind `standfirst`), when it is the first kept line under the
 * headline (a byline or a tag of a few words aside) and more of the article follows it; -1 otherwise.
 */
function markedStandfirst(features: readonly LineFeatures[], drafts: readonly Draft[], kinds: readonly string[] | null | undefined, headline: number): number {
  if (!kinds || headline === -1) return -1;
  let j = nextNonBlank(features, headline);
  // Past what is removed, and the few short lines (a byline, a tag) that are not removed yet.
  let short = 0;
  while (j !== -1 && (drafts[j]?.keep === false || (kinds[j] !== 'standfirst' && short < 3 && (features[j]?.words ?? 0) <= 5 && !features[j]?.endsSentence))) {
    if (drafts[j]?.keep !== false) short += 1;
    j = nextNonBlank(features, j);
  }
  if (j === -1 || kinds[j] !== 'standfirst' || (features[j]?.words ?? 0) < 5) return -1;
  for (let k = j + 1; k < features.length; k += 1) if (drafts[k]?.keep && kinds[k] !== 'image' && !features[k]?.blank) return j;
  return -1;
}

/** A caption's label ("Image:", "Pictured:"), and a credit after its sentence ("© Harrowgate Museums Trust"). */
const CAPTION_LABEL = /^(?:image|photo|picture|pictured|above|top|main image|illustration)\s*:\s*(?=\p{Lu})/iu;
const CAPTION_CREDIT = /\s*(?:©|\(c\)|photo:|credit:|\||\/).*$/iu;

/**
 * True for a picture's caption written under a label ("Image: Detail of the tapestry after conservation. © Harrowgate
 * Museums Trust"): what the label introduces, its credit aside, is a sentence of four words or more with function
 * words. A credit alone under the label ("Photo: Jo Doe/Reuters") is not.
 */
function labelledCaption(f: LineFeatures): boolean {
  if (!CAPTION_LABEL.test(f.text) || f.words > 40) return false;
  const described = lineFeatures(f.text.replace(CAPTION_LABEL, '').replace(CAPTION_CREDIT, ''));
  return described.words >= 4 && described.stopRatio > 0 && described.endsSentence;
}

/** Lines above the headline are page chrome; lines between it and the body are kept unless tiny or a lone name. */
function settleHead(features: readonly LineFeatures[], drafts: Draft[], headline: number, bodyStart: number, continuation = -1): void {
  const keyPoints = keyPointsBox(features, drafts, headline);
  // A live blog stamps each entry with a bare time: the first entry may start before the first paragraph.
  const liveBlog = features.filter((f) => TIME_ONLY.test(f.text)).length >= LIVE_BLOG_STAMPS;
  const pageTitle = headline === -1 ? -1 : pageTitleAbove(features, headline);
  for (let i = 0; i < bodyStart; i += 1) {
    const f = features[i];
    const d = drafts[i];
    if (!f || !d?.keep || i === headline || i === continuation || keyPoints.has(i)) continue;
    if (DATELINE_ALONE.test(f.text) && nextNonBlank(features, i) >= headline) continue;
    if (i > headline && (LIFE_SPAN.test(f.text) || REVIEW_STARS.test(f.text))) continue;
    if (i > headline && (SALUTATION.test(f.text) || headsList(features, drafts, i) || isFactLine(f))) continue;
    // A name between the page's title and its repeat as the H1 is the byline ("Title | Site", "Jo Doe", "Title").
    if (headline !== -1 && i < headline) drop(d, isNameShaped(f) && pageTitle !== -1 && pageTitle < i ? 'byline' : f.words <= 3 || !isTitleShaped(f) ? 'nav' : 'related');
    else if (TIME_ONLY.test(f.text) && (nextNonBlank(features, i) === bodyStart || liveBlog)) continue;
    else if (isNameShaped(f) || isSeveralNames(f)) drop(d, 'byline');
    // The value under a "News provided by" label: the company that issued the release (release furniture, not its author).
    else if (f.words <= 6 && (!f.endsSentence || f.stopRatio === 0) && PROVIDED_BY.test(features[previousNonBlank(features, i)]?.text ?? '')) drop(d, 'wire');
    else if (KICKER.test(f.text)) drop(d, 'nav');
    // A strip of items under the headline ("Get alerts for: A · B · C", "Results as of 5 Nov, 1:12 a.m. · 148 of 151 reporting").
    else if (!isSentence(f) && isItemStrip(f)) drop(d, 'nav');
    else if (headline !== -1 && i + 1 === bodyStart && opensBody(f, features[bodyStart])) continue;
    else if (f.words <= 2 && !f.endsSentence) drop(d, 'nav');
    else if (headline === -1 && !isSentence(f) && f.words < 5) drop(d, 'nav');
  }
}

/** True when line `i` is an image's alt text: the opening words of the caption right below it, repeated. */
export function isAltText(features: readonly LineFeatures[], i: number): boolean {
  const f = features[i];
  const g = features[i + 1];
  if (!f || !g || g.blank || f.words < 3 || f.endsSentence) return false;
  const here = normaliseLine(f.text);
  const there = normaliseLine(g.text);
  return there.length > here.length && there.startsWith(here);
}

/** Inside the body, drop short fragments that duplicate a neighbour (image alt text above its caption). */
function settleBody(features: readonly LineFeatures[], drafts: Draft[], prose: readonly boolean[], bodyStart: number, bodyEnd: number): void {
  for (let i = bodyStart; i <= bodyEnd; i += 1) {
    const f = features[i];
    const d = drafts[i];
    if (!f || !d?.keep || prose[i] || f.endsSentence || f.bullet) continue;
    if (isAltText(features, i)) {
      drop(d, 'image');
      continue;
    }
    if (f.words > 6) continue;
    const here = normaliseLine(f.text);
    // A line of symbols alone (a star rating "★★★★☆") is no fragment of its neighbour, nor it of one.
    if (!/[\p{L}\p{N}]/u.test(here)) continue;
    for (const j of [i - 1, i + 1]) {
      const g = features[j];
      if (!g || g.blank || prose[j] || g.endsSentence || g.words > 8) continue;
      const there = normaliseLine(g.text);
      if (!/[\p{L}\p{N}]/u.test(there)) continue;
      if (there.includes(here) || here.includes(there)) {
        drop(d, 'fragment');
        drop(drafts[j], 'fragment');
      }
    }
    if (d.keep && isNameShaped(f)) {
      const next = drafts[nextNonBlank(features, i)];
      const previous = drafts[previousNonBlank(features, i)];
      if (next?.reason === 'bio' || [next, previous].some((x) => x?.keep === false && (x.reason === 'timestamp' || x.reason === 'byline'))) drop(d, 'byline');
    }
  }
}


/** True for a short line that can stand in a byline block: a name, or a few capitalised words ("The Ashford Chronicle"). */
function bylinePart(f: LineFeatures): boolean {
  if (f.endsSentence || f.bullet || f.words > 5 || TIME_ONLY.test(f.text) || DATELINE_ALONE.test(f.text) || SALUTATION.test(f.text)) return false;
  return isNameShaped(f) || isSeveralNames(f) || (f.words <= 4 && f.capRatio === 1 && f.stopRatio <= 0.34);
}

/**
 * The byline block between the headline and the body: a reporter's name or
 * the outlet's name set beside a removed byline or timestamp is removed too,
 * up to the second paragraph (a standfirst may read as the first).
 */
function dropBylineBlock(features: readonly LineFeatures[], drafts: Draft[], prose: readonly boolean[], headline: number, bodyStart: number, continuation = -1): void {
  let limit = prose.indexOf(true, bodyStart + 1);
  if (limit === -1) limit = features.length;
  const start = headline === -1 ? 0 : headline + 1;
  const part = (i: number): boolean => {
    const f = features[i];
    return f !== undefined && drafts[i]?.keep === true && !prose[i] && i !== headline && i !== continuation && bylinePart(f) && !(i + 1 === bodyStart && f.words === 1 && opensBody(f, features[bodyStart])) && !headsList(features, drafts, i) && !isFactLine(f);
  };
  const marked = (j: number): boolean => j !== -1 && drafts[j]?.keep === false && BYLINE_MARK.has(drafts[j]?.reason ?? '');
  for (let i = start; i < limit; i += 1) if (part(i) && marked(previousNonBlank(features, i))) drop(drafts[i], 'byline');
  for (let i = limit - 1; i >= start; i -= 1) if (part(i) && marked(nextNonBlank(features, i))) drop(drafts[i], 'byline');
}

/**
 * Drops a short heading that heads nothing: a kept title-shaped line whose next line (past an image and its
 * credit) was removed as chrome, or that ends the page. A subheading always sits over the text it heads; a
 * newsletter box's or a teaser list's title sits over chrome. Only lines below the body's start are looked at,
 * and never lines the head chose (headline, dek), figures or labelled facts.
 */
function dropOrphanHeadings(features: readonly LineFeatures[], drafts: Draft[], prose: readonly boolean[], bodyStart: number, chosen: ReadonlySet<number>): void {
  for (let i = bodyStart + 1; i < features.length; i += 1) {
    const f = features[i];
    const d = drafts[i];
    // Figures and labelled facts ("Attendance: 612", "Rovers 2-1 Athletic") close reports: they are not headings.
    if (!f || !d?.keep || chosen.has(i) || prose[i] || f.bullet || f.endsSentence || f.words > 8 || f.words < 2 || f.quoted || /[\d:;,]/.test(f.text) || !isTitleShaped(f)) continue;
    let next = nextNonBlank(features, i);
    while (next !== -1 && drafts[next]?.keep === false && TRANSPARENT.has(drafts[next]?.reason ?? '')) next = nextNonBlank(features, next);
    const below = next === -1 ? undefined : drafts[next];
    if (below === undefined || (!below.keep && !BYLINE_MARK.has(below.reason))) drop(d, f.words <= 3 ? 'nav' : 'related');
  }
}

/** Removed lines that do not interrupt an article's closing lines (a photo between the last paragraphs). */
const TRANSPARENT = new Set(['credit', 'image', 'ad', 'stock-photo']);

/** A short label, a colon and its value. */
const FACT_LINE = /^\p{Lu}[\p{L}'’ -]{1,30}:\s+\S/u;
/** Labels of page furniture, not of the article's facts (tags, links, recipe card times). */
const CHROME_LABEL = /^(?:live|editorial|letters?|opinion|analysis|watch|video|listen|explainer|podcast|review|comment|interview|gallery|photos|quiz|breaking|exclusive|previous|next|(?:previous|next|latest) (?:episode|article|story|post)|next (?:match|game|fixture|race|event|home game)|tags?|topics?|keywords?|categor(?:y|ies)|canonical|permalink|short ?link|url|link|source|sources|share|filed under|posted in|(?:prep|cook|cooking|total|reading|read|listening) time|servings|yield|serves)\s*:/i;

/** Birth and death dates closing an obituary ("born 2 March 1941; died 11 October 2025", "(1941–2025)"). */
const LIFE_DATES = /\bborn\b[^.;]{0,40}\d{4}\s*[;,]\s*died\b[^.;]{0,40}\d{4}\.?$|\(\s*(?:b\.\s*)?\d{4}\s*[–-]\s*\d{4}\s*\)\.?$/i;

/** A fact line ("Certificate: 12A", "Attendance: 11,482"): a label and a value, not a chrome label or a link. */
function isFactLine(f: LineFeatures): boolean {
  return f.words <= 8 && FACT_LINE.test(f.text) && !CHROME_LABEL.test(f.text) && !/https?:\/\/|www\./i.test(f.text);
}

/** A row of a results table or a line-up under a heading ("Green 9", "Rovers 2-1 Athletic", "Marsh; Ode, Banks, Kerr"). */
function isListRow(f: LineFeatures): boolean {
  if (f.words > 30 || f.endsSentence || f.gaps > 0 || f.text.includes(':') || !/^\p{Lu}/u.test(f.text) || /https?:\/\/|www\./i.test(f.text)) return false;
  // One figure per row: a stats widget sets two columns of figures side by side ("Possession 44% 56%").
  const figures = f.text.match(/\d[\d,.]*(?:-\d+)?%?/g)?.length ?? 0;
  // Rows are names and figures: a teaser headline has function words ("Meet the baker who starts at 3am").
  return f.stopRatio <= 0.1 && ((f.words <= 8 && figures === 1) || (figures === 0 && (f.text.match(/[,;]/g)?.length ?? 0) >= 3));
}

/** A list entry's opening: a weekday or a date, a clock time, or a word and a number ("Fri 28 March –", "6:41am", "Route 7:"). */
const ENTRY_OPENING = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\(?\d{1,2}[:.]\d{2}|\p{Lu}\p{Ll}+ \d{1,3}[a-z]?\s*[:–—-])/iu;

/** True when line `i` repeats the shape of the kept line right above it ("Thu 6 March – …" under "Mon 3 March – …"): the same list goes on. */
function parallelsAbove(features: readonly LineFeatures[], drafts: readonly Draft[], i: number): boolean {
  const f = features[i];
  const g = features[i - 1];
  if (!f || !g || g.blank || !drafts[i - 1]?.keep || f.words > 30) return false;
  const opening = (t: string): string => ENTRY_OPENING.exec(t)?.[0].replace(/\d+/g, '0').toLowerCase().split(/\s+/)[0] ?? '';
  const a = opening(f.text);
  return a !== '' && (a === opening(g.text) || (/^\d/.test(a) && /^\d/.test(opening(g.text))) || (WEEKDAY_START.test(f.text) && WEEKDAY_START.test(g.text)));
}

const WEEKDAY_START = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d/i;

/** True when a line after the body still reads as part of the article (a closing sentence or list). */
function closesArticle(features: readonly LineFeatures[], drafts: readonly Draft[], i: number, listFollows: boolean): boolean {
  const f = features[i];
  const d = drafts[i];
  if (!f || !d?.keep) return false;
  const next = nextNonBlank(features, i);
  const nf = features[next];
  // A name alone after the body is a byline, unless it heads a list of rows ("Predicted XI" over a line-up).
  if (isNameShaped(f)) return next === i + 1 && nf !== undefined && isListRow(nf) && drafts[next]?.keep === true;
  if (isSentence(f) && (f.stopRatio > 0 || f.words >= 5)) return true;
  // Questions and their short answers ("Any regrets?" / "Never. Not one.").
  const previous = features[previousNonBlank(features, i)];
  if (f.endsSentence && /^\p{Lu}/u.test(f.text) && (f.text.endsWith('?') || previous?.text.endsWith('?') === true)) return true;
  if (listFollows && isListRow(f)) return true;
  if (parallelsAbove(features, drafts, i)) return true;
  // An obituary's closing line of life dates ("Jane Doe, painter, born 2 March 1941; died 11 October 2025").
  if (f.words <= 24 && LIFE_DATES.test(f.text)) return true;
  if (f.bullet && (listFollows || isSentence(f))) return true;
  // A fact line closing a report ("Referee: Helen Parkes", "Attendance: 11,482"); chrome labels were removed before.
  if (isFactLine(f)) return true;
  // A longer fact line under another ("Pros: …" / "Cons: Body roll; slow charging above 80%; dull to look at").
  if (f.words <= 20 && isFactLine({ ...f, words: 8 }) && previous !== undefined && drafts[previousNonBlank(features, i)]?.keep === true && isFactLine(previous)) return true;
  // A sentence leading into the list under it ("What you can bring to the repair café:" over its bullets).
  if (f.text.endsWith(':') && f.stopRatio > 0 && f.words <= 20 && next !== -1 && next <= i + 2 && nf?.bullet === true && drafts[next]?.keep === true) return true;
  // A heading, or a live entry's time stamp ("12'", "6:41am") over its entry.
  const label = f.words <= 6 && !/[.;,]["”’)\]]*$/u.test(f.text) && (/^\p{Lu}/u.test(f.text) || TIME_ONLY.test(f.text)) && !CHROME_LABEL.test(f.text);
  // A subheading closing the article sits on the lines it heads, or one blank line above them.
  // A heading with a number in it ("March 2024", "Round 3") is not a menu strip.
  if (next !== -1 && next <= i + 2 && nf !== undefined && label && (f.text.endsWith(':') || !menuShaped(f) || f.words === 1 || /\d/.test(f.text))) return closesArticle(features, drafts, next, true);
  return false;
}

const LIST_NUMBER = /^\(?(\d{1,3})[.)]\s/;

/** The number of the last numbered list item kept up to line `end` ("3. Bled, Slovenia" → 3), or -1. */
function lastListNumber(features: readonly LineFeatures[], drafts: readonly Draft[], end: number): number {
  for (let i = end; i >= 0; i -= 1) {
    const n = LIST_NUMBER.exec(features[i]?.text ?? '')?.[1];
    if (n !== undefined && drafts[i]?.keep) return Number(n);
  }
  return -1;
}

/** True when line `i` is a first name or two under a valediction ending in a comma ("See you next week," / "Nadia"). */
function signsAfterValediction(features: readonly LineFeatures[], i: number): boolean {
  const f = features[i];
  const above = features[previousNonBlank(features, i)];
  return f !== undefined && above !== undefined && f.words <= 3 && f.stopRatio === 0 && f.capRatio === 1 && !f.endsSentence && above.text.endsWith(',') && above.words <= 8;
}

/** After the body, keep only a short closing sentence or list that directly continues it. */
function settleTail(features: readonly LineFeatures[], drafts: Draft[], bodyEnd: number, structure?: Partial<PageStructure>): void {
  const last = features[bodyEnd];
  let listFollows = last !== undefined && (/:["”’]?$/u.test(last.text) || last.bullet);
  // A numbered list running through the body goes on after its last paragraph ("4. Zermatt" after "3. Bled").
  let nextItem = lastListNumber(features, drafts, bodyEnd) + 1;
  let continuing = true;
  let blanks = 0;
  for (let i = bodyEnd + 1; i < features.length; i += 1) {
    const f = features[i];
    const d = drafts[i];
    if (!f || !d) continue;
    if (f.blank) {
      blanks += 1;
      continue;
    }
    if (!d.keep && TRANSPARENT.has(d.reason)) {
      blanks = 0;
      continue;
    }
    const item = LIST_NUMBER.exec(f.text)?.[1];
    const listGoesOn = continuing && d.keep && nextItem > 1 && item !== undefined && Number(item) === nextItem;
    if (listGoesOn) nextItem += 1;
    // A short sentence set directly under the last paragraph closes it ("Thank you." after a speech, "See you next week,").
    const closing = f.endsSentence ? !f.text.endsWith(':') : f.text.endsWith(',') && f.words <= 6;
    const signsOff = continuing && i <= bodyEnd + 2 && nextNonBlank(features, bodyEnd) === i && d.keep && closing && /^\p{Lu}/u.test(f.text) && f.stopRatio > 0;
    // A list the page marks up as text, not as links, inside the article the extractor chose, goes on with it.
    const markedItem = continuing && d.keep && structure?.kinds?.[i] === 'list-item' && (structure.linkShare?.[i] ?? 0) < LINKED_ITEM;
    // A picture's caption with its credit right under it ("… with their telescope. (Supplied)" / "Supplied"), set after the last paragraph.
    const captioned = continuing && ((d.keep && f.words >= 4 && f.words <= 30 && (f.endsSentence || /[.!?]\s*\([^()]{1,40}\)$/u.test(f.text)) && drafts[i + 1]?.keep === false && drafts[i + 1]?.reason === 'credit') || labelledCaption(f));
    const closes = listGoesOn || signsOff || markedItem || captioned || (continuing && blanks <= 1 && closesArticle(features, drafts, i, listFollows));
    blanks = 0;
    if (closes) {
      listFollows = listFollows || f.text.endsWith(':') || f.bullet || nextNonBlank(features, i) === i + 1;
      continue;
    }
    continuing = false;
    drop(d, isNameShaped(f) || signsAfterValediction(features, i) ? 'byline' : f.words <= 3 && !isTitleShaped(f) ? 'nav' : 'related');
  }
}

const BYLINE_NAME = /^(?:by|written by|words by|story by|interview by|recipe by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/iu;
/** More distinct byline names than this is not an author box (and would make the bio scan quadratic). */
const MAX_BIO_NAMES = 8;
/** The name that opens a byline with a role after a comma or a dot ("Sam Doe, Sports Editor", "Jo Roe · Reporter"). */
const BYLINE_LEAD_NAME = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*[,·|–—]\s+\S/u;
const BIO_VERB = /^\s+(?:is|was|has|writes|covers|reports|lives|joined|teaches|works)\b/;

/** A kept line that opens with the name of a byline removed above it ("Jane Doe is a planner and writes…") is the author's bio. */
function dropBylineBios(features: readonly LineFeatures[], drafts: Draft[], bodyStart: number, headline: number): void {
  const names = new Set<string>();
  features.forEach((f, i) => {
    const d = drafts[i];
    if (!d || d.keep || d.reason !== 'byline') return;
    if (isNameShaped(f)) names.add(f.text.trim());
    // "Sam Doe, Sports Editor": the name before the role.
    const lead = BYLINE_LEAD_NAME.exec(f.text)?.[1];
    if (lead !== undefined) names.add(lead);
    const m = BYLINE_NAME.exec(f.text);
    if (m?.[1] !== undefined) names.add(m[1]);
  });
  if (names.size === 0 || names.size > MAX_BIO_NAMES) return;
  features.forEach((f, i) => {
    const d = drafts[i];
    if (!d?.keep || i === headline || f.words > 60) return;
    for (const name of names) {
      // A bio may also stand right under the byline that names its author, above the body.
      const underByline = drafts[previousNonBlank(features, i)]?.reason === 'byline' && features[previousNonBlank(features, i)]?.text.includes(name) === true;
      if ((i > bodyStart || underByline) && f.text.startsWith(name) && BIO_VERB.test(f.text.slice(name.length))) drop(d, 'bio');
      // "Ms. Weiss is a public health researcher." under or after the byline "By Hannah Weiss".
      const surname = name.split(/\s+/).pop() ?? '';
      const honorific = new RegExp(`^(?:Mr|Ms|Mrs|Dr|Prof)\\.? ${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=\\s)`, 'u').exec(f.text);
      if (surname.length > 1 && honorific !== null && f.words <= 40 && BIO_VERB.test(f.text.slice(honorific[0].length)) && (i > bodyStart || isSentence(f))) drop(d, 'bio');
    }
  });
}

/** Short non-sentence lines printed three times or more in one page ("Article content" between paragraphs) are chrome. */
function dropRepeatedWithin(features: readonly LineFeatures[], drafts: Draft[], headline: number): void {
  const counts = new Map<string, number>();
  for (const f of features) {
    if (f.blank || f.words > 4 || f.endsSentence) continue;
    const key = normaliseLine(f.text);
    if (key.length > 0) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  features.forEach((f, i) => {
    if (i === headline || f.blank || f.words > 4 || f.endsSentence || f.bullet || TIME_ONLY.test(f.text)) return;
    if ((counts.get(normaliseLine(f.text)) ?? 0) >= 3) drop(drafts[i], 'repeated');
  });
}

/** Sentences of its body that an input must share with other inputs to be read as a syndicated copy. */
const SHARED_SENTENCES_OF_A_COPY = 2;

/**
 * True when the article's body shares sentences with other inputs of the
 * archive: a syndicated or duplicate copy. Its short lines (headline,
 * subheadings) recur because the article does, not because they are chrome.
 */
export function isSyndicatedCopy(features: readonly LineFeatures[], drafts: readonly Draft[], repeated: ReadonlySet<string>, spanStart: number, spanEnd: number): boolean {
  let shared = 0;
  for (let i = Math.max(0, spanStart); i <= spanEnd && i < features.length; i += 1) {
    const f = features[i];
    if (!f || !drafts[i]?.keep || !isSentence(f) || f.words < 5 || !repeated.has(normaliseLine(f.text))) continue;
    shared += 1;
    if (shared >= SHARED_SENTENCES_OF_A_COPY) return true;
  }
  return false;
}

/**
 * Apply the archive context: chrome-shaped lines that recur across the
 * publisher's other inputs. Inside the article (headline to last paragraph)
 * only short non-sentences are taken, the lines in `keep` (headline, dek)
 * never, and nothing at all when the article is a syndicated copy.
 */
function settleRepeated(features: readonly LineFeatures[], drafts: Draft[], repeated: ReadonlySet<string> | undefined, spanStart: number, spanEnd: number, keep: ReadonlySet<number>): void {
  if (!repeated || repeated.size === 0) return;
  const copy = isSyndicatedCopy(features, drafts, repeated, spanStart, spanEnd);
  features.forEach((f, i) => {
    const d = drafts[i];
    if (!d?.keep) return;
    const inSpan = i >= spanStart && i <= spanEnd;
    if (inSpan && (copy || keep.has(i) || f.words > REPEATED_MAX_BODY_WORDS || isProse(f) || isSentence(f))) return;
    if (repeated.has(normaliseLine(f.text))) drop(d, 'repeated');
  });
}

/**
 * Classify every line of a decoded input as article content or page chrome.
 * Returns one verdict per line of `source.lines`, in order (`n` is 1-based),
 * each with a short reason code. Never throws; linear in the input size.
 */
export function cleanSource(source: DecodedSource & Partial<PageStructure>, context?: CleanContext): LineVerdict[] {
  const lines = Array.isArray(source.lines) ? source.lines : String(source.text ?? '').split('\n');
  const features = lines.map((line) => lineFeatures(typeof line === 'string' ? line : String(line)));
  const drafts = draftLines(features);
  // An HTML page's image lines hold alt text: the image itself is shown as a figure, the text is not the article's.
  source.kinds?.forEach((kind, i) => {
    if (kind === 'image') drop(drafts[i], 'image');
  });
  // A block that is nearly all link text, not a heading, is a pointer to other pages ("Read more: …", a teaser).
  source.linkShare?.forEach((share, i) => {
    const kind = source.kinds?.[i];
    if (share >= LINKED_BLOCK && kind !== 'heading' && kind !== 'image' && (features[i]?.words ?? 0) <= 30) drop(drafts[i], 'related');
  });
  dropTeaserList(features, drafts, source.kinds, source.linkShare);
  const prose = features.map((f, i) => drafts[i]?.keep === true && isProse(f));
  dropWrappedChrome(features, drafts, prose);
  markWrappedProse(features, drafts, prose);
  keepWrappedTails(features, drafts, prose);
  keepShortAnswers(features, drafts);
  keepFigureHeadings(features, drafts, prose);
  keepTableHeaders(lines.map((line) => (typeof line === 'string' ? line : String(line))), features, drafts);
  markDropCaps(features, drafts, prose);
  dropRunningHeaders(features, drafts, prose);
  dropWidgetLabels(features, drafts, prose);
  dropPlayerClocks(features, drafts, prose);
  dropAltText(features, drafts, prose);
  dropHiddenText(features, drafts, prose);
  dropEmailEnvelope(features, drafts, prose);
  dropRelatedBlocks(features, drafts, prose);
  dropAboutSections(features, drafts, prose);
  dropCommentSection(features, drafts, prose);
  dropAfterArticleEnd(features, drafts, prose);
  dropSponsorTeasers(features, drafts, prose);
  dropTableOfContents(features, drafts, prose);
  dropLetterSignatures(features, drafts, prose);
  dropClosingBio(features, drafts, prose);

  dropBreadcrumbOverTitle(features, drafts);
  demoteHeadlineParagraph(features, drafts, prose);
  let bodyStart = prose.indexOf(true);
  // A credits roll closes the article like its last paragraph: show notes above it belong to the article.
  let bodyEnd = Math.max(prose.lastIndexOf(true), lastCreditsRoll(features, drafts, prose));
  if (bodyStart === -1) {
    bodyStart = features.length;
    bodyEnd = features.length - 1;
  }
  const headline = chooseHeadline(features, drafts, prose, bodyStart);
  const continuation = headline === -1 ? -1 : headlineContinuation(features, drafts, prose, headline);
  // An HTML page's image lines carry alt text: never a dek.
  const imageLines = new Set((source.images ?? []).map((image) => image.line - 1));
  // A line the page marks up as a caption is no dek either.
  const chosenDek = chooseDek(features, drafts, prose, continuation === -1 ? headline : continuation, bodyStart, imageLines);
  const dek = source.kinds?.[chosenDek] === 'caption' ? -1 : chosenDek !== -1 ? chosenDek : markedStandfirst(features, drafts, source.kinds, headline);
  const dekTail = dek === -1 ? -1 : dekContinuation(features, drafts, dek);
  settleHead(features, drafts, headline, bodyStart, continuation);
  dropBylineBlock(features, drafts, prose, headline, bodyStart, continuation);
  dropPullQuotes(features, drafts, prose, new Set([headline, continuation, dek, dekTail]));
  // A dek hard-wrapped over two lines keeps its second line, whatever the line alone looked like.
  if (dekTail !== -1 && drafts[dekTail]) drafts[dekTail] = { keep: true, reason: 'content' };
  if (bodyStart < features.length) {
    settleBody(features, drafts, prose, bodyStart, bodyEnd);
    settleTail(features, drafts, bodyEnd, source);
  } else if (headline !== -1) {
    settleTail(features, drafts, dek === -1 ? headline : dek, source);
  }
  dropBylineBios(features, drafts, bodyStart, headline);
  dropRepeatedWithin(features, drafts, headline);
  dropOrphanHeadings(features, drafts, prose, bodyStart, new Set([headline, continuation, dek, dekTail]));
  const spanStart = headline === -1 ? bodyStart : headline;
  // The article runs to its last kept line: closing lines that settleTail kept after the last paragraph belong to it.
  const lastKept = drafts.findLastIndex((d) => d.keep);
  settleRepeated(features, drafts, context?.repeated, spanStart, Math.max(bodyEnd, dek, lastKept), new Set([headline, continuation, dek, dekTail]));
  keepSentenceEnds(features, drafts);

  return features.map((_f, i) => {
    const d = drafts[i] ?? { keep: false, reason: 'blank' };
    let reason = d.reason;
    if (d.keep) reason = i === headline || i === continuation ? 'headline' : i === dek || i === dekTail ? 'dek' : keptReason(features, drafts, prose, i);
    return { n: i + 1, text: lines[i] ?? '', keep: d.keep, reason };
  });
}
