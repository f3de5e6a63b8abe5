import type { DecodedSource, LineVerdict } from '../types.ts';
import { chromeReason } from './chrome-reason.ts';
import { chooseDek } from './choose-dek.ts';
import { chooseHeadline, isMasthead } from './choose-headline.ts';
import type { Draft } from './draft.ts';
import { drop } from './draft.ts';
import { keptReason } from './kept-reason.ts';
import type { LineFeatures } from './line-features.ts';
import { lineFeatures } from './line-features.ts';
import { isNameShaped, isProse, isSentence, isSeveralNames, isTitleShaped } from './is-prose.ts';
import { normaliseLine } from './normalise-line.ts';
import { markWrappedProse } from './hard-wrap.ts';
import { COMMENTS_HEADER, DATELINE_ALONE, TIME_ONLY } from './chrome-reason.ts';
import { dropAfterArticleEnd, dropAltText, dropHiddenText, dropRunningHeaders, dropWidgetLabels } from './page-furniture.ts';
import { dropPullQuotes } from './pull-quotes.ts';
import { dropRelatedBlocks, nextNonBlank, previousNonBlank } from './related-blocks.ts';

export { normaliseLine } from './normalise-line.ts';

/** What the caller knows about the other inputs of the same archive. */
export interface CleanContext {
  /** Normalised lines (see normaliseLine) that recur across ≥ 2 other inputs of the same publisher/archive. */
  repeated?: ReadonlySet<string>;
}

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
 * from prose when nothing headline-like stands above it.
 */
function demoteHeadlineParagraph(features: readonly LineFeatures[], drafts: readonly Draft[], prose: boolean[]): void {
  const first = prose.indexOf(true);
  const f = features[first];
  if (!f || f.words > 20 || /\.["”’]?$/u.test(f.text) || !/^[\p{Lu}"“‘'\d]/u.test(f.text)) return;
  // A line made prose only by the hard-wrap rule is a headline when it does not run on into the next line.
  const standsAlone = isProse(f) || (isTitleShaped(f) && !/^\p{Ll}/u.test(features[first + 1]?.text ?? ''));
  if (!standsAlone) return;
  const candidateAbove = features.slice(0, first).some((g, i) => drafts[i]?.keep === true && isTitleShaped(g) && g.words >= 3 && !menuShaped(g) && !isMasthead(features, drafts, i));
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
    if (f.blank || f.words > 8 || !COMMENTS_HEADER.test(f.text) || paragraphs < 2 || before < 0.3 * total) continue;
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

/** A headline wrapped onto a second line ("… for a third year in" / "the southern basin"): the index of that line, or -1. */
function headlineContinuation(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], headline: number): number {
  const f = features[headline];
  const g = features[headline + 1];
  if (!f || !g || g.blank || !drafts[headline + 1]?.keep || prose[headline + 1] || f.endsSentence || g.endsSentence) return -1;
  if (!/^\p{Ll}/u.test(g.text) || g.words > 12 || f.words + g.words > 30) return -1;
  return headline + 1;
}

const ABOUT_ORG = /^about\s+(?!the author|the writer|us\b|me\b|this\b|these\b|our\b)(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:of|and|&|de|the|for)?\s*[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,5})\s*:?$/iu;
const CORPORATE = /\b(?:is|are) (?:a|an|the)\b.{0,120}\b(?:company|companies|firm|provider|maker|manufacturer|organi[sz]ation|agency|group|developer|leader|platform|business|non-?profit|charity|foundation|institution|bank|retailer|operator|producer|supplier|start-?up|brand|network|publisher|association|consultancy|specialist)\b|\bfounded in \d{4}\b|\bheadquartered in\b|\b(?:for more information|learn more),? (?:visit|see|go to)\b|\bwww\.\S|https?:\/\//i;

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
      const g = features[j];
      if (!g || !drafts[j]?.keep || !prose[j] || !g.text.toLowerCase().includes(key) || !CORPORATE.test(g.text)) break;
      drop(drafts[j], 'about');
      prose[j] = false;
      dropped += 1;
      j = nextNonBlank(features, j);
    }
    if (dropped > 0) drop(drafts[i], 'about');
  });
}

/** A subheading set directly on the first paragraph ("Verdict", "What changed"): it opens the body. */
function opensBody(f: LineFeatures): boolean {
  if (f.words > 4) return false;
  return f.words === 1 ? /^\p{Lu}\p{Ll}+$/u.test(f.text) : isTitleShaped(f) && !menuShaped(f);
}

/** Bare clock times in a page that make it a live blog. */
const LIVE_BLOG_STAMPS = 3;

/** Lines above the headline are page chrome; lines between it and the body are kept unless tiny or a lone name. */
function settleHead(features: readonly LineFeatures[], drafts: Draft[], headline: number, bodyStart: number, continuation = -1): void {
  // A live blog stamps each entry with a bare time: the first entry may start before the first paragraph.
  const liveBlog = features.filter((f) => TIME_ONLY.test(f.text)).length >= LIVE_BLOG_STAMPS;
  for (let i = 0; i < bodyStart; i += 1) {
    const f = features[i];
    const d = drafts[i];
    if (!f || !d?.keep || i === headline || i === continuation) continue;
    if (DATELINE_ALONE.test(f.text) && nextNonBlank(features, i) >= headline) continue;
    if (headline !== -1 && i < headline) drop(d, f.words <= 3 || !isTitleShaped(f) ? 'nav' : 'related');
    else if (TIME_ONLY.test(f.text) && (nextNonBlank(features, i) === bodyStart || liveBlog)) continue;
    else if (isNameShaped(f) || isSeveralNames(f)) drop(d, 'byline');
    else if (headline !== -1 && i + 1 === bodyStart && opensBody(f)) continue;
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
    for (const j of [i - 1, i + 1]) {
      const g = features[j];
      if (!g || g.blank || prose[j] || g.endsSentence || g.words > 8) continue;
      const there = normaliseLine(g.text);
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

/** Removed lines that mark the byline block under a headline. */
const BYLINE_MARK = new Set(['byline', 'timestamp']);

/** True for a short line that can stand in a byline block: a name, or a few capitalised words ("The Ashford Chronicle"). */
function bylinePart(f: LineFeatures): boolean {
  if (f.endsSentence || f.bullet || f.words > 5 || TIME_ONLY.test(f.text) || DATELINE_ALONE.test(f.text)) return false;
  return isNameShaped(f) || isSeveralNames(f) || (f.words <= 4 && f.capRatio === 1 && f.stopRatio <= 0.34);
}

/**
 * The byline block between the headline and the body: a reporter's name or
 * the outlet's name set beside a removed byline or timestamp is removed too,
 * up to the second paragraph (a standfirst may read as the first).
 */
function dropBylineBlock(features: readonly LineFeatures[], drafts: Draft[], prose: readonly boolean[], headline: number, bodyStart: number): void {
  let limit = prose.indexOf(true, bodyStart + 1);
  if (limit === -1) limit = features.length;
  const start = headline === -1 ? 0 : headline + 1;
  const part = (i: number): boolean => {
    const f = features[i];
    return f !== undefined && drafts[i]?.keep === true && !prose[i] && i !== headline && bylinePart(f);
  };
  const marked = (j: number): boolean => j !== -1 && drafts[j]?.keep === false && BYLINE_MARK.has(drafts[j]?.reason ?? '');
  for (let i = start; i < limit; i += 1) if (part(i) && marked(previousNonBlank(features, i))) drop(drafts[i], 'byline');
  for (let i = limit - 1; i >= start; i -= 1) if (part(i) && marked(nextNonBlank(features, i))) drop(drafts[i], 'byline');
}

/** Removed lines that do not interrupt an article's closing lines (a photo between the last paragraphs). */
const TRANSPARENT = new Set(['credit', 'image', 'ad', 'stock-photo']);

/** A short label, a colon and its value. */
const FACT_LINE = /^\p{Lu}[\p{L}'’ -]{1,30}:\s+\S/u;
/** Labels of page furniture, not of the article's facts (tags, links, recipe card times). */
const CHROME_LABEL = /^(?:tags?|topics?|keywords?|categor(?:y|ies)|canonical|permalink|short ?link|url|link|source|sources|share|filed under|posted in|(?:prep|cook|cooking|total|reading|read|listening) time|servings|yield|serves)\s*:/i;

/** True when a line after the body still reads as part of the article (a closing sentence or list). */
function closesArticle(features: readonly LineFeatures[], drafts: readonly Draft[], i: number, listFollows: boolean): boolean {
  const f = features[i];
  const d = drafts[i];
  if (!f || !d?.keep || isNameShaped(f)) return false;
  if (isSentence(f) && (f.stopRatio > 0 || f.words >= 5)) return true;
  if (f.bullet && (listFollows || isSentence(f))) return true;
  // A fact line closing a report ("Referee: Helen Parkes", "Attendance: 11,482"); chrome labels were removed before.
  if (f.words <= 8 && FACT_LINE.test(f.text) && !CHROME_LABEL.test(f.text) && !/https?:\/\/|www\./i.test(f.text)) return true;
  const next = nextNonBlank(features, i);
  const nf = features[next];
  const label = f.words <= 6 && !/[.;,]["”’)\]]*$/u.test(f.text) && /^\p{Lu}/u.test(f.text);
  // A subheading closing the article sits on the lines it heads, or one blank line above them.
  if (next !== -1 && next <= i + 2 && nf !== undefined && label && (f.text.endsWith(':') || !menuShaped(f) || f.words === 1)) return closesArticle(features, drafts, next, true);
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

/** After the body, keep only a short closing sentence or list that directly continues it. */
function settleTail(features: readonly LineFeatures[], drafts: Draft[], bodyEnd: number): void {
  const last = features[bodyEnd];
  let listFollows = last !== undefined && /:["”’]?$/u.test(last.text);
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
    const closes = listGoesOn || (continuing && blanks <= 1 && closesArticle(features, drafts, i, listFollows));
    blanks = 0;
    if (closes) {
      listFollows = listFollows || f.text.endsWith(':') || f.bullet || nextNonBlank(features, i) === i + 1;
      continue;
    }
    continuing = false;
    drop(d, isNameShaped(f) ? 'byline' : f.words <= 3 && !isTitleShaped(f) ? 'nav' : 'related');
  }
}

const BYLINE_NAME = /^(?:by|written by|words by|story by|interview by|recipe by)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/iu;
/** More distinct byline names than this is not an author box (and would make the bio scan quadratic). */
const MAX_BIO_NAMES = 8;
const BIO_VERB = /^\s+(?:is|was|has|writes|covers|reports|lives|joined|teaches|works)\b/;

/** A kept line that opens with the name of a byline removed above it ("Jane Doe is a planner and writes…") is the author's bio. */
function dropBylineBios(features: readonly LineFeatures[], drafts: Draft[], bodyStart: number, headline: number): void {
  const names = new Set<string>();
  features.forEach((f, i) => {
    const d = drafts[i];
    if (!d || d.keep || d.reason !== 'byline') return;
    if (isNameShaped(f)) names.add(f.text.trim());
    const m = BYLINE_NAME.exec(f.text);
    if (m?.[1] !== undefined) names.add(m[1]);
  });
  if (names.size === 0 || names.size > MAX_BIO_NAMES) return;
  features.forEach((f, i) => {
    const d = drafts[i];
    if (!d?.keep || i === headline || f.words > 60) return;
    for (const name of names) {
      if (i > bodyStart && f.text.startsWith(name) && BIO_VERB.test(f.text.slice(name.length))) drop(d, 'bio');
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
export function cleanSource(source: DecodedSource, context?: CleanContext): LineVerdict[] {
  const lines = Array.isArray(source.lines) ? source.lines : String(source.text ?? '').split('\n');
  const features = lines.map((line) => lineFeatures(typeof line === 'string' ? line : String(line)));
  const drafts = draftLines(features);
  const prose = features.map((f, i) => drafts[i]?.keep === true && isProse(f));
  markWrappedProse(features, drafts, prose);
  markDropCaps(features, drafts, prose);
  dropRunningHeaders(features, drafts, prose);
  dropWidgetLabels(features, drafts, prose);
  dropAltText(features, drafts, prose);
  dropHiddenText(features, drafts, prose);
  dropRelatedBlocks(features, drafts, prose);
  dropAboutSections(features, drafts, prose);
  dropCommentSection(features, drafts, prose);
  dropAfterArticleEnd(features, drafts, prose);

  demoteHeadlineParagraph(features, drafts, prose);
  let bodyStart = prose.indexOf(true);
  let bodyEnd = prose.lastIndexOf(true);
  if (bodyStart === -1) {
    bodyStart = features.length;
    bodyEnd = features.length - 1;
  }
  const headline = chooseHeadline(features, drafts, prose, bodyStart);
  const continuation = headline === -1 ? -1 : headlineContinuation(features, drafts, prose, headline);
  const dek = chooseDek(features, drafts, prose, continuation === -1 ? headline : continuation, bodyStart);
  settleHead(features, drafts, headline, bodyStart, continuation);
  dropBylineBlock(features, drafts, prose, headline, bodyStart);
  dropPullQuotes(features, drafts, prose, new Set([headline, continuation, dek]));
  if (bodyStart < features.length) {
    settleBody(features, drafts, prose, bodyStart, bodyEnd);
    settleTail(features, drafts, bodyEnd);
  } else if (headline !== -1) {
    settleTail(features, drafts, dek === -1 ? headline : dek);
  }
  dropBylineBios(features, drafts, bodyStart, headline);
  dropRepeatedWithin(features, drafts, headline);
  const spanStart = headline === -1 ? bodyStart : headline;
  // The article runs to its last kept line: closing lines that settleTail kept after the last paragraph belong to it.
  const lastKept = drafts.findLastIndex((d) => d.keep);
  settleRepeated(features, drafts, context?.repeated, spanStart, Math.max(bodyEnd, dek, lastKept), new Set([headline, continuation, dek]));

  return features.map((_f, i) => {
    const d = drafts[i] ?? { keep: false, reason: 'blank' };
    let reason = d.reason;
    if (d.keep) reason = i === headline || i === continuation ? 'headline' : i === dek ? 'dek' : keptReason(features, drafts, prose, i);
    return { n: i + 1, text: lines[i] ?? '', keep: d.keep, reason };
  });
}
