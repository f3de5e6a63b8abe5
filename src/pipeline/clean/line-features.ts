import { JOINED_ARTICLE, STOPWORDS } from './stopwords.ts';

/** How many characters of a line are examined for shape features (keeps work per line bounded). */
export const MAX_EXAMINED_CHARS = 4000;

/** Shape features of one line, computed once and shared by every rule. */
export interface LineFeatures {
  /** The examined text: trimmed, Markdown markers removed, at most MAX_EXAMINED_CHARS long. */
  text: string;
  /** Length of the untrimmed original line. */
  length: number;
  blank: boolean;
  /** Number of whitespace-separated words in `text`. */
  words: number;
  /** Share of words that are function words (0..1). */
  stopRatio: number;
  /** Share of alphabetic words that start with a capital letter (0..1). */
  capRatio: number;
  /** Ends like a sentence: `.` `!` `?` `…` or `:`, possibly followed by closing quotes/brackets. */
  endsSentence: boolean;
  /** Number of sentence ends inside the text. */
  sentenceEnds: number;
  /** Number of lower→upper case transitions inside a word ("HomeWinBuzzer"). */
  glued: number;
  /** Starts with a list bullet or a list number. */
  bullet: boolean;
  /** Starts with an opening quotation mark. */
  quoted: boolean;
  /** Markdown heading marker (`#`) at the start. */
  heading: boolean;
  /** Number of wide gaps (a tab, or two or more spaces) inside `text`: menu and table columns. */
  gaps: number;
}

/** Markdown emphasis markers opening a word (after the start, a space or a bracket) and closing one. */
const EMPHASIS_OPEN = /(^|[\s([])[*_]{1,3}(?=[\p{L}\p{N}"“‘(\[])/gu;
const EMPHASIS_CLOSE = /(?<=[\p{L}\p{N}.,;:!?"”’)\]])[*_]{1,3}(?=$|[\s).,;:!?\]])/gu;

/** A text browser's reference number set before a link's text (lynx, w3m: "[12]Harbour Union"). */
const LINK_NUMBER = /\[\d{1,4}\](?=[\p{L}\p{N}"“‘(])/gu;

const BULLET = /^(?:[•·▪▸►‣◦\-*+–—]\s+|\(?\d{1,3}[.)]\s+|\(?[a-z][.)]\s+)/u;
const OPENING_QUOTE = /^["“«„'‘‹]/u;
const SENTENCE_END = /[.!?…:;。！？؟।]["”’'»)\]」』]*$/u;
/** A sentence end inside a line: before a space and a capital, or glued to a capitalised word ("… next week.Advertisement"). */
const INNER_SENTENCE_END = /[a-z0-9)"”’][.!?]["”’]?\s+["“‘]?[A-Z]|[a-z0-9)"”’][.!?](?=[A-Z][a-z]{2,})|[。！？](?=[^\s。！？」』])/gu;
/** A company's or a person's abbreviation closing a name, not a sentence ("Tidewell Robotics, Inc.", "Martin Luther King Jr."). */
const ABBREVIATION_END = /(?:^|[\s,])(?:Inc|Ltd|Corp|Co|Plc|LLC|Bros|Jr|Sr)\.$/u;
const GLUED = /\p{Ll}\p{Lu}\p{Ll}/gu;
const GAP = /\S(?:\t|[ \u00a0]{2,})\s*(?=\S)/gu;

/** Chinese and Japanese characters: text written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Characters that work as function words in Chinese and Japanese text (的, 了, の, に, …). */
const CJK_FUNCTION = /[的了是在和有我他她它这那不也就都而及与着或其为以于之将被把对从但还能会要们个说到のにはをたがでてとしもなかれ]/gu;
/** Characters per word assumed for text written without spaces. */
const CJK_CHARS_PER_WORD = 2;

/** Share of a letter-spaced line's tokens that are single characters. */
const LETTER_SPACED_SHARE = 0.75;

/**
 * Close up a letter-spaced line ("J a n e   D o e" → "Jane Doe"): words three
 * or more spaces apart, made of characters one space apart. Any other line is
 * returned as it is.
 */
export function closeLetterSpacing(text: string): string {
  if (text.length > 600 || !/\S {3,}\S/.test(text)) return text;
  const groups = text.split(/ {3,}/);
  const tokens = groups.flatMap((group) => group.split(' '));
  const single = tokens.filter((token) => [...token].length === 1).length;
  if (tokens.length < 6 || single < LETTER_SPACED_SHARE * tokens.length) return text;
  return groups.map((group) => group.replace(/ /g, '')).join(' ');
}

/** Compute the shape features of a line, looking at its first few thousand characters only. */
export function lineFeatures(line: string): LineFeatures {
  const raw = line.length > MAX_EXAMINED_CHARS ? line.slice(0, MAX_EXAMINED_CHARS) : line;
  let text = closeLetterSpacing(raw.trim());
  const heading = /^#{1,6}\s/.test(text);
  if (heading) text = text.replace(/^#{1,6}\s+/, '').replace(/\s+#+$/, '');
  text = text.replace(/^>\s?/, '');
  // Markdown emphasis around words ("*Photo: Jo Doe*", "**Read more:**") is not part of the words.
  if (text.includes('*') || text.includes('_')) text = text.replace(EMPHASIS_OPEN, '$1').replace(EMPHASIS_CLOSE, '');
  // A text browser's link numbers ("By [9]Jane Doe", "[14]ADVERTISEMENT") are not words of the line.
  if (text.includes('[')) text = text.replace(LINK_NUMBER, '');
  const tokens = text.length === 0 ? [] : text.split(/\s+/);
  let stop = 0;
  let alpha = 0;
  let caps = 0;
  for (const token of tokens) {
    const word = token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, '');
    if (STOPWORDS.has(word) || (word.includes('-') && JOINED_ARTICLE.test(word))) stop += 1;
    const first = token.replace(/^[^\p{L}\p{N}]+/u, '').charAt(0);
    if (/\p{L}/u.test(first)) {
      alpha += 1;
      if (/\p{Lu}/u.test(first)) caps += 1;
    }
  }
  // Chinese and Japanese runs count as one word per two characters, with their function characters as stopwords.
  const cjk = text.match(CJK)?.length ?? 0;
  const words = tokens.length + Math.floor(cjk / CJK_CHARS_PER_WORD);
  if (cjk > 0) stop += text.match(CJK_FUNCTION)?.length ?? 0;
  return {
    text,
    length: line.length,
    blank: text.length === 0,
    words,
    stopRatio: words === 0 ? 0 : Math.min(1, stop / words),
    capRatio: alpha === 0 ? 0 : caps / alpha,
    endsSentence: SENTENCE_END.test(text) && !ABBREVIATION_END.test(text),
    sentenceEnds: (text.match(INNER_SENTENCE_END)?.length ?? 0) + (SENTENCE_END.test(text) ? 1 : 0),
    glued: text.match(GLUED)?.length ?? 0,
    bullet: BULLET.test(text),
    quoted: OPENING_QUOTE.test(text),
    heading,
    gaps: text.match(GAP)?.length ?? 0,
  };
}
