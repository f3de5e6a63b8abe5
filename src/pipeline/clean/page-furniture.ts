import type { Draft } from './draft.ts';
import { drop } from './draft.ts';
import type { LineFeatures } from './line-features.ts';
import { isTitleShaped } from './is-prose.ts';
import { LISTEN_TO_ARTICLE } from './chrome-reason.ts';
import { normaliseLine } from './normalise-line.ts';
import { nextNonBlank, previousNonBlank } from './related-blocks.ts';

/** Longest line (in words) that can be a running header or footer. */
const RUNNING_HEADER_MAX_WORDS = 14;

/**
 * A printed page's running header or footer ("THE WEEKLY LAW REPORT · Issue 9 ·
 * 4 May 2024"): a line that is not a sentence, printed three times or more,
 * with at least one copy set between two paragraphs of the text. A headline
 * repeated as page title and H1 sits above the body, so it is never taken.
 */
export function dropRunningHeaders(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  const copies = new Map<string, number[]>();
  features.forEach((f, i) => {
    if (f.blank || f.words < 2 || f.words > RUNNING_HEADER_MAX_WORDS || f.endsSentence || f.bullet || prose[i]) return;
    const key = normaliseLine(f.text);
    copies.set(key, [...(copies.get(key) ?? []), i]);
  });
  const firstProse = prose.indexOf(true);
  const lastProse = prose.lastIndexOf(true);
  for (const lines of copies.values()) {
    if (lines.length < 3 || !lines.some((i) => i > firstProse && i < lastProse && firstProse !== -1)) continue;
    for (const i of lines) drop(drafts[i], 'repeated');
  }
}

/** Removed lines that belong to a stock-quote widget. */
const WIDGET = new Set(['market']);

/** True for a short label with no function word and no sentence ("Norvik Shipping ASA", "Euronext Amsterdam"). */
function isWidgetLabel(f: LineFeatures): boolean {
  return f.words >= 1 && f.words <= 4 && f.stopRatio === 0 && !f.endsSentence && f.capRatio === 1 && !f.bullet;
}

/**
 * A stock-quote widget set inside an article: the company name and the
 * exchange printed next to the ticker symbol or price. A short capitalised
 * label is removed when the line beside it (or a label beside that) is a
 * ticker or a price.
 */
export function dropWidgetLabels(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  let changed = true;
  for (let pass = 0; changed && pass < 4; pass += 1) {
    changed = false;
    features.forEach((f, i) => {
      if (!drafts[i]?.keep || prose[i] || !isWidgetLabel(f)) return;
      const beside = [previousNonBlank(features, i), nextNonBlank(features, i)].some((j) => {
        const d = j === -1 ? undefined : drafts[j];
        return d !== undefined && !d.keep && WIDGET.has(d.reason);
      });
      if (!beside) return;
      drop(drafts[i], 'market');
      changed = true;
    });
  }
}

/** Removed lines that mark an image: its file name, its counter, its credit. */
const IMAGE_MARK = new Set(['image', 'credit', 'stock-photo']);
const IMAGE_WORD = /\b(?:image|photo|picture|gallery|slide)\b/i;

/**
 * An image's alt text left in the page: a short lower-case phrase with no
 * sentence punctuation, directly under an image marker (a file name, a
 * counter, an "Enlarge this image" button) and above a line that starts a
 * new sentence (the caption or the body). A hard-wrapped paragraph cut by an
 * ad continues in lower case, but its previous line is an ad, not an image.
 */
export function dropAltText(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  features.forEach((f, i) => {
    if (!drafts[i]?.keep || prose[i] || f.words > 12 || f.endsSentence || f.bullet || !/^\p{Ll}/u.test(f.text)) return;
    const above = previousNonBlank(features, i);
    const d = above === -1 ? undefined : drafts[above];
    const marker = d !== undefined && !d.keep && (IMAGE_MARK.has(d.reason) || IMAGE_WORD.test(features[above]?.text ?? ''));
    const below = nextNonBlank(features, i);
    const next = below === -1 ? undefined : features[below];
    if (!marker || !next || !drafts[below]?.keep || !/^["“‘']?\p{Lu}/u.test(next.text)) return;
    drop(drafts[i], 'image');
  });
}

/** A note that the rest of the article is for subscribers ("Subscribe to continue reading", "Already a subscriber? Log in"). */
const PAYWALL_NOTE = /\b(?:subscri(?:be|ber|bers|ption)|members? only|log ?in|sign ?in|abonn|suscri|assinante|abbonat)/i;

/** True for sentences that read as no language: several words, none of them a function word, mostly in lower case. */
function isUnreadable(f: LineFeatures): boolean {
  return f.words >= 6 && f.stopRatio === 0 && f.capRatio < 0.6 && f.endsSentence && !f.bullet && !/\d/.test(f.text);
}

/**
 * Text hidden behind a paywall: once a subscription note has been removed
 * after the teaser paragraphs, later sentences that contain no function word at all are the
 * scrambled text the page ships to non-subscribers, not prose. Foreign prose
 * before the note is never touched.
 */
export function dropHiddenText(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  const teaser = prose.indexOf(true);
  const note = features.findIndex((f, i) => i > teaser && drafts[i]?.keep === false && drafts[i]?.reason === 'prompt' && PAYWALL_NOTE.test(f.text));
  if (teaser === -1 || note === -1) return;
  for (let i = note + 1; i < features.length; i += 1) {
    const f = features[i];
    if (!f || !drafts[i]?.keep || !isUnreadable(f)) continue;
    drop(drafts[i], 'paywall');
    prose[i] = false;
  }
}

/** Removed lines that mark the end of an article: its share strip, its copyright line, a comment section. */
const ARTICLE_END = new Set(['social', 'copyright', 'comments', 'byline', 'bio']);
/** Share of the prose that must come before an end mark for it to close the article (the article is the larger part). */
const END_AFTER_SHARE = 0.5;
/** Paragraphs the article must have before its end mark. */
const MIN_PARAGRAPHS_BEFORE_END = 3;
/** Paragraphs in a row that show an article going on after an end mark. */
const PARAGRAPHS_OF_A_BODY = 3;

/**
 * The body is one contiguous run: once the article has ended (a share strip,
 * copyright line, comment section or author line after most of its prose),
 * a later paragraph set under a link title or an author line (a teaser's
 * summary, a podcast's blurb, the author's bio) is not the article. A run of three paragraphs or more in a row is the
 * article going on, and a paragraph under the share strip itself (a
 * correction, the last paragraphs after a mid-page strip) is left alone.
 */
export function dropAfterArticleEnd(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  let total = 0;
  for (const [i, f] of features.entries()) if (prose[i]) total += f.text.length;
  if (total === 0) return;
  let before = 0;
  let paragraphs = 0;
  let end = -1;
  for (let i = 0; i < features.length && end === -1; i += 1) {
    const f = features[i];
    if (!f) continue;
    if (prose[i]) {
      before += f.text.length;
      paragraphs += 1;
    }
    const d = drafts[i];
    if (d && !d.keep && ARTICLE_END.has(d.reason) && paragraphs >= MIN_PARAGRAPHS_BEFORE_END && before >= END_AFTER_SHARE * total) end = i;
  }
  if (end === -1) return;
  for (let i = end + 1; i < features.length; i += 1) {
    if (!prose[i]) continue;
    let run = 1;
    for (let j = nextNonBlank(features, i); j !== -1 && prose[j]; j = nextNonBlank(features, j)) run += 1;
    if (run >= PARAGRAPHS_OF_A_BODY) {
      // Skip the whole run: the article goes on.
      while (i + 1 < features.length && (features[i + 1]?.blank || prose[i + 1])) i += 1;
      continue;
    }
    if (!underTeaserTitle(features, drafts, prose, i)) continue;
    const above = drafts[previousNonBlank(features, i)];
    drop(drafts[i], above && !above.keep && (above.reason === 'byline' || above.reason === 'bio') ? 'bio' : 'related');
    prose[i] = false;
  }
}

/** True when the line above paragraph `i` is a link title (a kept title-shaped line, a removed related link) or an author line. */
function underTeaserTitle(features: readonly LineFeatures[], drafts: readonly Draft[], prose: readonly boolean[], i: number): boolean {
  const above = previousNonBlank(features, i);
  const f = above === -1 ? undefined : features[above];
  const d = above === -1 ? undefined : drafts[above];
  if (!f || !d || prose[above]) return false;
  if (!d.keep) return d.reason === 'related' || d.reason === 'byline' || d.reason === 'bio';
  return isTitleShaped(f) && !f.endsSentence;
}

/** A player's clock ("00:00", "0:00 / 3:12"). */
const PLAYER_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * The clock of an audio or video player, set right under the player's
 * button ("Listen to this article" / "00:00"): a bare time there is the
 * player's counter, not a live entry's stamp.
 */
export function dropPlayerClocks(features: readonly LineFeatures[], drafts: Draft[], prose: boolean[]): void {
  features.forEach((f, i) => {
    const above = previousNonBlank(features, i);
    if (above === -1 || !drafts[i]?.keep || !PLAYER_CLOCK.test(f.text) || drafts[above]?.keep !== false) return;
    const button = drafts[above]?.reason === 'player' || LISTEN_TO_ARTICLE.test(features[above]?.text ?? '');
    if (!button) return;
    drop(drafts[i], 'player');
    prose[i] = false;
  });
}

/** A breadcrumb's label ("You are here:", "Sie sind hier:", "Vous êtes ici :"). */
const BREADCRUMB_LABEL = /^(?:you are here|du är här|sie sind hier|vous êtes ici|está aquí|estás aquí|você está aqui|u bent hier|sei qui|jesteś tutaj)\s*:/iu;
/** The steps of a breadcrumb trail ("Home » News » …"). */
const BREADCRUMB_STEP_SEPARATOR = /\s[›»>/|]\s|\s?[›»]\s?/u;

/**
 * Drops a breadcrumb trail whose last step is the headline set on the next line ("You are here: Home » News »
 * Library opens repair café" over "Library opens repair café"): the trail is navigation, and the headline
 * stands on its own line. A trail that is the only copy of its title is left to the other rules.
 */
export function dropBreadcrumbOverTitle(features: readonly LineFeatures[], drafts: Draft[]): void {
  features.forEach((f, i) => {
    if (!drafts[i]?.keep || f.words > 40) return;
    const steps = f.text.split(BREADCRUMB_STEP_SEPARATOR);
    if (steps.length < 3 && !BREADCRUMB_LABEL.test(f.text)) return;
    const last = normaliseLine(steps.at(-1) ?? '');
    const next = nextNonBlank(features, i);
    if (last.length === 0 || steps.length < 2 || next === -1 || !drafts[next]?.keep) return;
    if (normaliseLine(features[next]?.text ?? '') === last) drop(drafts[i], 'nav');
  });
}
