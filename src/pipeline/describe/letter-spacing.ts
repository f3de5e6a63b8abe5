/** Fewest single letters that make a line letter-spaced. */
const MIN_SPACED_LETTERS = 6;
/** Longer lines are body text, never a spaced-out masthead or byline. */
const MAX_CHARS = 600;

/**
 * A line set in spaced letters, written normally: "T a m s i n   O r r - N a k a g a w a"
 * becomes "Tamsin Orr-Nakagawa", "L A K E S I D E   G A Z E T T E" becomes "LAKESIDE GAZETTE".
 * Single spaces part the letters and wider gaps part the words. A line that is not
 * letter-spaced (most of its tokens longer than one character) is returned unchanged.
 */
export function withoutLetterSpacing(text: string): string {
  if (text.length > MAX_CHARS) return text;
  const tokens = text.trim().split(/\s+/u).filter((t) => t.length > 0);
  const single = tokens.filter((t) => [...t].length === 1);
  const letters = single.filter((t) => /\p{L}/u.test(t));
  if (letters.length < MIN_SPACED_LETTERS || single.length < tokens.length * 0.6) return text;
  return text
    .trim()
    .split(/\s{2,}/u)
    .map((word) => word.replace(/\s+/gu, ''))
    .join(' ');
}
