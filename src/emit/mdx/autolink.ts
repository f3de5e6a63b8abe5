import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';

/**
 * Positions where a GFM autolink literal could start or be completed:
 * before `@` (e-mail), inside `www.` (after its first `w`), and before `://`
 * (URL scheme). Case-insensitive, because Sätteri links `WWW.x.y` and
 * `HTTPS://x.y` too.
 */
const TRIGGER = /(?=@)|(?<=w)(?=ww\.)|(?=:\/\/)/giu;

/** An empty JSX fragment: `<></>`. It renders to nothing. */
function breaker(): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: null, attributes: [], children: [] };
}

/**
 * Split a text value so that no GFM autolink literal (`a@b.c`, `www.x.y`,
 * `https://x.y`) can form, by inserting empty fragments (`<></>`) at the
 * trigger points.
 *
 * Why not escapes: Sätteri recognises autolink literals *after* decoding
 * escapes and character references and after merging adjacent text, so
 * `a\@b.c` and `a&#x40;b.c` still become `<a href="mailto:a@b.c">`. A JSX
 * node is a hard boundary for both Sätteri and `@mdx-js/mdx`, and an empty
 * fragment adds no element and no text to the rendered output.
 *
 * @param value Normalised text.
 * @returns Phrasing nodes whose concatenated text equals `value`.
 */
export function splitAutolinkLiterals(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let start = 0;
  for (const match of value.matchAll(TRIGGER)) {
    const index = match.index;
    if (index === 0 || index === start) continue;
    out.push({ type: 'text', value: value.slice(start, index) }, breaker());
    start = index;
  }
  out.push({ type: 'text', value: value.slice(start) });
  return out;
}
