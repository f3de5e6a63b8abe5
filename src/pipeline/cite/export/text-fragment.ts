import { oneLine } from './text.ts';

/** Words at each end of a long passage that the link quotes. */
const EDGE_WORDS = 5;
/** Passages up to this many words are quoted whole. */
const WHOLE_MAX_WORDS = 12;

/**
 * Percent-encodes a text directive term (URL Fragment Text Directives, W3C
 * CG report): everything outside the unreserved set is encoded as UTF-8, and
 * so are the directive's own syntax characters `-`, `,` and `&`.
 */
export function encodeTextDirectiveTerm(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D');
}

/**
 * A link that opens `url` and highlights the passage:
 * `url#:~:text=start` for a short passage, `url#:~:text=start,end` (the first
 * and last few words) for a long one. An existing fragment is kept
 * (`url#frag:~:text=…`); an existing fragment directive gains another text
 * directive (`…:~:text=a&text=b`). Returns `url` unchanged for empty text.
 */
export function textFragmentUrl(url: string, passageText: string): string {
  const words = oneLine(passageText).split(' ').filter((w) => w !== '');
  if (words.length === 0) return url;
  const directive =
    words.length <= WHOLE_MAX_WORDS
      ? `text=${encodeTextDirectiveTerm(words.join(' '))}`
      : `text=${encodeTextDirectiveTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTextDirectiveTerm(words.slice(-EDGE_WORDS).join(' '))}`;
  const hash = url.indexOf('#');
  if (hash === -1) return `${url}#:~:${directive}`;
  const fragment = url.slice(hash + 1);
  if (fragment.includes(':~:')) return `${url}${fragment.endsWith(':~:') ? '' : '&'}${directive}`;
  return `${url}:~:${directive}`;
}
