/**
 * Wire datelines and run-in bylines at the start of a sentence.
 *
 * Newswire articles often arrive as one line whose first sentence opens with a dateline
 * ("PORT ANSELM, Marovia (AP) _ A ferry…", "SOLANA, Keravia, Nov. 10 (Xinhua) -- The…",
 * "PINE HOLLOW — At the…"), sometimes after a byline ("By JANE ROE Associated Press Writer
 * WASHINGTON (AP) _ …"). In a summary these words carry no content and cost budget, so
 * `stripDateline` returns where the sentence proper starts.
 *
 * A dateline is: a place in capitals (one to four words, at least 3 letters in all), optionally
 * followed by up to two ", Region" parts in ordinary capitalised words and a ", Mon. D" date,
 * then an agency in parentheses and/or a separator (`_`, `-`, `--`, `—`, `–`), then the sentence,
 * which must start with a capital letter, digit or quote. Removing a prefix never adds content,
 * so a passage that contains the full sentence still supports what is left (see support.ts).
 * Anchored patterns with bounded repetitions: linear in the sentence length.
 */
const PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}`;
const REGION = String.raw`(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}){0,2}`;
const DATE = String.raw`(?:,\s*\p{Lu}\p{Ll}{2,4}\.?\s+\d{1,2})?`;
const AGENCY = String.raw`\(\s*[\p{L}][\p{L}\p{N} .&'’-]{0,30}\)`;
const SEP = String.raw`(?:_{1,2}|-{1,2}|—|–)`;
const DATELINE = new RegExp(
  `^(?:${PLACE})${REGION}${DATE}\\s*(?:${AGENCY}\\s*${SEP}?|${SEP})\\s+(?=[\\p{Lu}\\p{N}"“‘'])`,
  'u',
);

/** Offset at which the sentence proper starts (0 when there is no dateline or byline). */
export function datelineEnd(sentence: string): number {
  const direct = datelineAt(sentence, 0);
  if (direct > 0 || !sentence.startsWith('By ')) return direct;
  // run-in byline: "By JANE ROE Associated Press Writer WASHINGTON (AP) _ …" — try the dateline at each
  // of the next words written in capitals (at most 10 words in)
  const word = /\S+\s+/gy;
  word.lastIndex = 3;
  for (let i = 0; i < 10; i++) {
    const m = word.exec(sentence);
    if (m === null) break;
    const at = word.lastIndex;
    if (!/^\p{Lu}{2}/u.test(sentence.slice(at, at + 2))) continue;
    const end = datelineAt(sentence, at);
    if (end > 0) return end;
  }
  return 0;
}

function datelineAt(sentence: string, at: number): number {
  const rest = sentence.slice(at);
  const m = DATELINE.exec(rest);
  if (m === null) return 0;
  const place = /^[^,(_—–-]*/u.exec(rest)?.[0] ?? '';
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3 || letters !== letters.toUpperCase()) return 0;
  return at + m[0].length;
}

/** The sentence without a leading dateline / byline. */
export function stripDateline(sentence: string): string {
  const end = datelineEnd(sentence);
  return end === 0 ? sentence : sentence.slice(end);
}
