import type { Draft } from './draft.ts';
import { lineFeatures, type LineFeatures } from './line-features.ts';
import { isNameShaped, isSentence, isSeveralNames, isTitleCaseSentences, isTitleShaped } from './is-prose.ts';
import { normaliseLine, SITE_SUFFIX, withoutSiteSuffix } from './normalise-line.ts';
import { DATELINE_ALONE, DATELINE_RUNS_ON, IMAGE_PROMPT, LIFE_SPAN, carriesPhotoCredit, isItemStrip } from './chrome-reason.ts';
import { nextNonBlank, previousNonBlank } from './related-blocks.ts';
import { overBylineBlock } from './byline-block.ts';

/** Reasons of removed lines that often sit between a headline and its body. */
const BELOW_HEADLINE = new Set(['byline', 'timestamp', 'credit', 'image', 'ad', 'social', 'prompt', 'stock-photo', 'nav', 'related', 'wire', 'masthead']);

/** True for text set in capital letters ("FLOODS HIT VALLEY TOWNS"). */
export function inCapitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();
}

/**
 * True when line `i`, shaped like a name, is a title: a person's name over a
 * life span (an obituary's headline), or words in capitals set directly over
 * a standfirst ("FLOODS HIT VALLEY TOWNS" over "Hundreds of homes …").
 */
function nameIsTitle(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], i: number): boolean {
  const f = features[i];
  const next = features[nextNonBlank(features, i)];
  if (!f || !next || !isNameShaped(f)) return false;
  if (LIFE_SPAN.test(next.text)) return true;
  const below = features[i + 1];
  return inCapitals(f.text) && f.words >= 3 && below !== undefined && drafts[i + 1]?.keep === true && !prose[i + 1] && below.words >= 5 && below.stopRatio > 0;
}

/** A person's name, then a bar, dot or comma and a place or role ("Laura Gil | Arbelo", "Sam Roe · Lisbon"): a byline. */
const NAME_THEN_PLACE = /^\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2}\s*[|·•,–—]\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}$/u;

/** True for a short byline led by a person's name and set off by a separator. */
function nameLed(f: LineFeatures): boolean {
  return f.words <= 7 && !f.endsSentence && NAME_THEN_PLACE.test(f.text);
}

/** An outlet's name with its tagline after a dash or bar ("The Kelby Observer — Your Town, Your News"). */
const OUTLET_WITH_TAGLINE = /^(?:The\s+)?(?:\p{Lu}[\p{L}&'’.-]*\s+){0,3}(?:Observer|Herald|Times|News|Post|Gazette|Chronicle|Journal|Tribune|Courier|Ledger|Standard|Echo|Express|Mail|Star|Telegraph|Guardian|Independent|Mercury|Record|Sentinel|Argus|Examiner|Advertiser|Dispatch|Bulletin|Weekly|Daily|Press|Radio|TV)\s+[—–|]\s+\S/u;

/** A blog's or newsletter's name with what it is after a dash ("Inside the Newsroom — the Meridian Post editors' blog"). */
const BLOG_TAGLINE = /^[^—–|]{2,60}\s[—–|]\s(?:the|a|an|our)\s[^.!?]{2,60}\b(?:blog|newsletter|podcast|column)$/iu;

/** A site's name in capitals with its tagline after a dash ("NORTHGATE COURTS SERVICE — court reports for the region"). */
const NAME_WITH_TAGLINE = /^\p{Lu}[\p{Lu}\p{N}&'’.]*(?:\s+[\p{Lu}\p{N}&'’.]+)+\s+[—–|-]\s+\p{Ll}/u;

/** A site's name and its section in capitals, set apart by a bar ("THE SOUND WEEKLY | REAL ESTATE"): a masthead. */
function nameAndSection(f: LineFeatures): boolean {
  if (!inCapitals(f.text) || !f.text.includes('|')) return false;
  const parts = f.text.split(/\s+\|\s+/);
  return parts.length === 2 && parts.every((part) => part.split(/\s+/).length <= 4);
}

/** True when a kept line could be the headline. */
function isCandidate(f: LineFeatures, d: Draft, nameIsTitle = false): boolean {
  return d.keep && !nameAndSection(f) && (isTitleShaped(f) || isTitleCaseSentences(f)) && (f.words >= 3 || nameIsTitle) && f.words <= 30 && (nameIsTitle || !isNameShaped(f)) && !nameLed(f) && !isSeveralNames(f) && !f.bullet && !columnStrip(f) && !isItemStrip(f) && !carriesPhotoCredit(f.text) && !f.text.endsWith(':') && !DATELINE_ALONE.test(f.text) && !DATELINE_RUNS_ON.test(f.text);
}

/** Items set apart by wide gaps with no function word ("News  Sport  Business"): a menu or table row, never a headline. */
function columnStrip(f: LineFeatures): boolean {
  return f.gaps >= 2 && f.stopRatio === 0 && !/[.?:;]["”’)]*$/u.test(f.text);
}

/** True when line `i` is a short title set directly on a paragraph (no blank between): a subheading pattern. */
function titleOnParagraph(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], i: number, spaced = false): boolean {
  const f = features[i];
  const d = drafts[i];
  // On a double-spaced page a blank line follows every line: the paragraph one blank line below is "directly" under.
  const below = spaced && features[i + 1]?.blank === true ? i + 2 : i + 1;
  return f !== undefined && d !== undefined && prose[below] === true && !prose[i] && isCandidate(f, d);
}

/**
 * True for a double-spaced page: a blank line after every line (as many browsers copy a page), so that a blank
 * line between two lines says nothing about whether they belong together.
 */
function isDoubleSpaced(features: readonly LineFeatures[]): boolean {
  let lines = 0;
  for (let i = 0; i < features.length; i += 1) {
    if (features[i]?.blank) continue;
    lines += 1;
    if (features[i + 1] !== undefined && !features[i + 1]!.blank) return false;
  }
  return lines >= 6;
}

/**
 * True when line `j`, set directly under a title, reads as its standfirst:
 * a phrase with function words, followed by the body or by the byline/date
 * chrome that sits under a headline (not by a third title, as in a list).
 */
function headlineOverDek(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], j: number, end: number): boolean {
  const f = features[j];
  // A standfirst has function words; in a language the stoplist knows poorly, a long phrase mostly in lower case.
  if (!f || f.words < 5 || (f.stopRatio === 0 && (f.capRatio >= 0.5 || f.words < 6))) return false;
  let after = nextNonBlank(features, j);
  // A standfirst wrapped onto a short second line (no blank between) is judged by what stands under both.
  const tail = features[after];
  if (after === j + 1 && tail && !f.endsSentence && !tail.endsSentence && drafts[after]?.keep && !prose[after] && tail.words <= 12 && !isNameShaped(tail) && !nameLed(tail)) after = nextNonBlank(features, after);
  if (after === -1 || after >= end || prose[after]) return true;
  const af = features[after];
  const ad = drafts[after];
  if (!af || !ad) return false;
  if (!ad.keep) return BELOW_HEADLINE.has(ad.reason) && ad.reason !== 'nav' && ad.reason !== 'related';
  return isNameShaped(af) || nameLed(af) || isSentence(af);
}

/**
 * True when title `upper` reads as the headline over `lower` set a blank line
 * below it: a real headline (five words or more, not a menu strip) over a
 * longer or wordier standfirst.
 */
function standsOver(upper: LineFeatures, lower: LineFeatures): boolean {
  // Title Case with few function words may be a menu; a headline set in capitals is not.
  if (upper.words < 5 || (upper.capRatio === 1 && upper.stopRatio < 0.2 && upper.text !== upper.text.toUpperCase())) return false;
  return lower.words >= upper.words + 2 || lower.stopRatio >= upper.stopRatio + 0.1 || lower.length >= upper.length * 1.4;
}

/** A strip of account buttons ("Subscribe | Log in", "S'abonner | Se connecter"). */
const ACCOUNT_BUTTONS = /^(?:(?:log ?in|sign ?in|sign up|subscribe|register|my account|free trial|s['’]abonner|se connecter|connexion|anmelden|abonnieren|registrieren|logga in|prenumerera|iniciar sesión|suscríbete|registrarse|entrar|assinar|accedi|abbonati|inloggen|abonneren|zaloguj)\s*(?:[|·•/]\s*|$))+$/iu;

/** True when a short line (under five words) sits over a longer line shaped like a headline, not a sentence: a kicker. */
function kickerOver(upper: LineFeatures, lower: LineFeatures): boolean {
  // A headline set in capitals over its standfirst ("FLOODS HIT VALLEY TOWNS") is no kicker.
  return upper.words < 5 && lower.words > upper.words && !lower.endsSentence && !inCapitals(upper.text);
}

/** True when line `i` is the page's first line set over its menu or a button: the site's name (a masthead), not a headline. */
export function isMasthead(features: readonly LineFeatures[], drafts: readonly Draft[], i: number): boolean {
  if (previousNonBlank(features, i) !== -1) return false;
  const next = drafts[nextNonBlank(features, i)];
  return next !== undefined && !next.keep && (next.reason === 'nav' || next.reason === 'prompt');
}

/** The name part of a title: all of it, or what stands before a dash or bar ("Southern Courts — basketball …" → "Southern Courts"). */
function namePart(text: string): string {
  return text.split(/\s[—–|-]\s/)[0] ?? text;
}

/** Lines a site's name is looked for in: removed chrome (copyright, related links, bios). */
const NAME_EVIDENCE = new Set(['copyright', 'related', 'bio', 'social', 'prompt', 'disclaimer', 'nav']);

/**
 * True when candidate `i` is the site's or programme's name ("The Evening
 * Report", "Southern Courts — basketball from the southern leagues"): a short
 * run of capitalised words that the page's removed chrome also names ("Heard
 * on The Evening Report", "© Southern Courts").
 */
function namesTheSite(evidence: readonly string[], features: readonly LineFeatures[], i: number): boolean {
  const name = namePart(features[i]?.text ?? '').trim();
  const words = name.split(/\s+/);
  if (evidence.length === 0 || words.length < 2 || words.length > 5 || !words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|&|de|for|on)$/i.test(w))) return false;
  const key = name.toLowerCase();
  return evidence.some((line) => line.length > key.length && line.includes(key));
}

/** Chrome lines that may name the site, lower-cased: the first and last few, so that the search stays bounded. */
function siteNameEvidence(features: readonly LineFeatures[], drafts: readonly Draft[]): string[] {
  const lines = features.flatMap((f, j) => (drafts[j]?.keep === false && NAME_EVIDENCE.has(drafts[j]?.reason ?? '') && f.words <= 40 ? [f.text.toLowerCase()] : []));
  const kept = lines.length > 2 * EVIDENCE_LINES ? [...lines.slice(0, EVIDENCE_LINES), ...lines.slice(-EVIDENCE_LINES)] : lines;
  return kept;
}

/** Words of three letters or more, lower case. */
function labelWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3);
}

/** For each word of a removed menu line (`nav`), the first line that holds it: what `inMenuWords` looks up. */
function menuWordLines(features: readonly LineFeatures[], drafts: readonly Draft[]): Map<string, number> {
  const first = new Map<string, number>();
  features.forEach((f, j) => {
    if (drafts[j]?.keep !== false || drafts[j]?.reason !== 'nav') return;
    for (const w of labelWords(f.text)) if (!first.has(w)) first.set(w, j);
  });
  return first;
}

/**
 * True when line `i` is a short label (two to five words) whose every word of three letters or more is a
 * word of a menu removed above it (`menu`, from `menuWordLines`): a section's name set over the headline.
 */
function inMenuWords(features: readonly LineFeatures[], menu: ReadonlyMap<string, number>, i: number): boolean {
  const f = features[i];
  if (!f || f.words < 2 || f.words > 5 || f.endsSentence) return false;
  const own = labelWords(f.text);
  return own.length >= 2 && own.every((w) => (menu.get(w) ?? i) < i);
}

/** Words a headline cannot end on: an article, a preposition or a conjunction leaves the phrase open ("… OPENED AT"). */
const OPEN_ENDING = /(?:^|\s)(?:a|an|the|of|at|in|on|for|to|with|from|by|and|or|as|into|over|under|after|before|than|between)$/i;

/** True when title line `f` runs on into `g`: `g` opens in lower case, `f` ends on a word that leaves it open ("… OPENED AT" / "KELLOW FORD"), or both are set in capitals. */
function runsOnInto(f: LineFeatures, g: LineFeatures): boolean {
  return /^\p{Ll}/u.test(g.text) || OPEN_ENDING.test(f.text) || (inCapitals(f.text) && inCapitals(g.text));
}

/** True when `g` opens in lower case: the surest sign of a wrap. */
function opensInLowerCase(_f: LineFeatures, g: LineFeatures): boolean {
  return /^\p{Ll}/u.test(g.text);
}

/**
 * A headline wrapped onto a second line ("… for a third year in" / "the southern basin"): the index of that line, or -1.
 * `runsOn` says whether the first line runs on into the second (`runsOnInto` unless given).
 */
export function headlineContinuation(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], headline: number, runsOn = runsOnInto): number {
  const f = features[headline];
  const g = features[headline + 1];
  if (!f || !g || g.blank || !drafts[headline + 1]?.keep || prose[headline + 1] || f.endsSentence || g.endsSentence) return -1;
  if (!runsOn(f, g) || g.words > 12 || f.words + g.words > 30) return -1;
  return headline + 1;
}

/** True when line `i` runs on into a short line starting in lower case right under it: one headline wrapped over two lines. */
function wrappedOnto(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], i: number): boolean {
  return headlineContinuation(features, drafts, prose, i, opensInLowerCase) !== -1;
}

/** Line `i`, joined with the line it wraps onto (`wrappedOnto`) when it does. */
function whole(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], i: number): LineFeatures {
  const f = features[i]!;
  return wrappedOnto(features, drafts, prose, i) ? lineFeatures(`${f.text} ${features[i + 1]?.text ?? ''}`) : f;
}

/** How far below a title its repeat is looked for, in lines. */
const REPEAT_SPAN = 12;

/** Chrome lines searched for the site's name at each end of the page. */
const EVIDENCE_LINES = 40;

/** Score one headline candidate at index `i` (higher is likelier). */
function headlineScore(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], i: number, end: number, subheadPairs: number, evidence: readonly string[], spaced: boolean, menu: ReadonlyMap<string, number>): number {
  const f = features[i];
  if (!f) return -Infinity;
  let score = 0;
  if (subheadPairs >= 2 && titleOnParagraph(features, drafts, prose, i, spaced)) score -= 2;
  // A section's label over the headline, in the menu's own words ("HABARI ZA KAUNTI" under "Habari | Kaunti | …").
  if (inMenuWords(features, menu, i)) score -= 3;
  // A page title repeated as the H1 just below is the headline, whatever else the page's head holds.
  if (f.words >= 4 && lowerCopy(features, drafts, i, Math.min(end, i + REPEAT_SPAN)) !== -1) score += 2;
  if (f.words >= 5 && f.words <= 22) score += 1;
  if (f.heading) score += 1;
  // Title Case with no function word reads as a menu, unless it is set in capitals over a standfirst ("FLOODS HIT VALLEY TOWNS").
  if (f.stopRatio === 0 && f.capRatio === 1 && !nameIsTitle(features, drafts, prose, i)) score -= 2;
  // A headline wrapped onto a second line ("… sat in a Norfolk attic" / "for a century") is judged by what stands under both.
  const wrapped = wrappedOnto(features, drafts, prose, i);
  const next = nextNonBlank(features, wrapped ? i + 1 : i);
  const nf = next === -1 ? undefined : features[next];
  const nd = next === -1 ? undefined : drafts[next];
  if (nf && nd) {
    if (next >= end || prose[next]) score += 2;
    // The site's name sits over its account buttons ("Subscribe | Log in"); a headline does not.
    else if (!nd.keep && nd.reason === 'prompt' && ACCOUNT_BUTTONS.test(nf.text)) score -= 1;
    else if (!nd.keep && BELOW_HEADLINE.has(nd.reason)) score += nd.reason === 'nav' ? 0 : nd.reason === 'related' ? 1 : 2;
    else if (nd.keep && isSentence(nf)) score += 2;
    else if (nd.keep && (isNameShaped(nf) || nameLed(nf))) score += 2;
    // Summary bullets under a wire headline ("* About 2,300 workers join strike").
    else if (nd.keep && nf.bullet && next < end) score += 1;
    // A short kicker over the headline ("EXCLUSIVE: Inside the deal" over a longer title) is not a headline over its dek.
    else if (nd.keep && isCandidate(nf, nd) && next === (wrapped ? i + 2 : i + 1)) score += !headlineOverDek(features, drafts, prose, next, end) ? -2 : kickerOver(f, nf) ? -1 : 2;
    else if (nd.keep && isCandidate(nf, nd) && standsOver(f, whole(features, drafts, prose, next)) && headlineOverDek(features, drafts, prose, next, end)) score += 2;
  }
  if (isMasthead(features, drafts, i)) score -= 1;
  if (NAME_WITH_TAGLINE.test(f.text) || OUTLET_WITH_TAGLINE.test(f.text) || BLOG_TAGLINE.test(f.text)) score -= 2;
  if (namesTheSite(evidence, features, i)) score -= 2;
  const previous = previousNonBlank(features, i);
  const pf = previous === -1 ? undefined : features[previous];
  const pd = previous === -1 ? undefined : drafts[previous];
  // A line under an image viewer's button ("Click to enlarge") is the image's caption.
  if (pf && pd && !pd.keep && IMAGE_PROMPT.test(pf.text)) score -= 3;
  if (pf && pd && pd.keep && !NAME_WITH_TAGLINE.test(pf.text) && !OUTLET_WITH_TAGLINE.test(pf.text) && !BLOG_TAGLINE.test(pf.text) && isCandidate(pf, pd, nameIsTitle(features, drafts, prose, previous)) && (previous === i - 1 || (standsOver(pf, whole(features, drafts, prose, i)) && headlineOverDek(features, drafts, prose, i, end)))) score -= 2;
  return score;
}

/**
 * Choose the headline among the lines before the body (`end` = index of the
 * first body paragraph). Returns its index, or -1 when no line is shaped like
 * a headline. A title repeated lower down (page title, then H1) resolves to
 * the lower copy.
 */
export function chooseHeadline(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], end: number): number {
  let best = -1;
  let bestScore = -Infinity;
  let subheadPairs = 0;
  const spaced = isDoubleSpaced(features);
  for (let i = 0; i < features.length; i += 1) if (titleOnParagraph(features, drafts, prose, i, spaced)) subheadPairs += 1;
  const evidence = siteNameEvidence(features, drafts);
  const menu = menuWordLines(features, drafts);
  for (let i = 0; i < end; i += 1) {
    const f = features[i];
    const d = drafts[i];
    // A headline written as sentences counts where the byline block sits directly under it (see `overBylineBlock`).
    if (!f || !d || !(isCandidate(f, d, nameIsTitle(features, drafts, prose, i)) || (d.keep && !prose[i] && overBylineBlock(features, drafts, i)))) continue;
    const score = headlineScore(features, drafts, prose, i, end, subheadPairs, evidence, spaced, menu);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best === -1) return -1;
  const repeat = lowerCopy(features, drafts, best, end);
  return repeat === -1 ? best : repeat;
}


/**
 * The last kept line before `end` that repeats line `i` (a page title, then the H1), with or without the
 * page title's site suffix; -1 for none. The lower copy is the headline.
 */
function lowerCopy(features: readonly LineFeatures[], drafts: readonly Draft[], i: number, end: number): number {
  const text = features[i]?.text ?? '';
  const key = normaliseLine(text);
  const bare = SITE_SUFFIX.test(text) ? normaliseLine(withoutSiteSuffix(text)) : null;
  let found = -1;
  for (let j = i + 1; j < end; j += 1) {
    if (!drafts[j]?.keep) continue;
    const other = normaliseLine(features[j]?.text ?? '');
    if (other === key || (bare !== null && bare.split(' ').length >= 3 && other === bare)) found = j;
  }
  return found;
}
