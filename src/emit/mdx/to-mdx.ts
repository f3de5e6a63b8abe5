import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { prepareTree } from './normalize.ts';
import { fastSafe } from './safe.ts';
import { mdxUnsafe } from './unsafe.ts';

/**
 * The root handler installs `fastSafe` (same output as the library's `safe`, see `safe.ts`) on the
 * serializer's per-call state, then serializes as usual.
 */
const root: Handle = (node, parent, state, info) => {
  state.safe = (value, config) => fastSafe(state, value, config);
  return defaultHandlers.root(node, parent, state, info);
};

/**
 * Serializer options, built once: the extensions' unsafe patterns then keep their compiled
 * regexes across calls (the library caches them on the pattern objects).
 */
const OPTIONS: Options = {
  extensions: [mdxToMarkdown({ quote: '"', quoteSmart: false }), gfmToMarkdown()],
  handlers: { root },
  unsafe: mdxUnsafe,
  bullet: '-',
  bulletOrdered: '.',
  emphasis: '_',
  strong: '*',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  resourceLink: true,
  tightDefinitions: true,
};

/**
 * Serialize an mdast tree to MDX that is safe for any text node or attribute
 * value content: whatever the strings contain, Sätteri (Astro 7's MDX
 * compiler) and `@mdx-js/mdx` read back the same text, and no ESM,
 * expression, raw HTML, frontmatter or element we did not create.
 *
 * Supported nodes: `root`, `paragraph`, `heading`, `blockquote`, `list`,
 * `listItem`, `thematicBreak`, GFM `table`/`tableRow`/`tableCell`, `text`,
 * `link` (http/https, `/path` or `#fragment` URLs only, optional title),
 * GFM `footnoteReference`/`footnoteDefinition` (identifiers
 * `[A-Za-z0-9_-]{1,64}`), and `mdxJsxFlowElement`/`mdxJsxTextElement` with
 * lowercase HTML names and plain string attributes (build them with
 * `jsxFlow`/`jsxText`; no `src`/`href`/`on*`/`style` attribute), and one image
 * element: an empty block `<img>` built by `jsxImage`, whose `src` is a
 * `../../media/<hash>.<ext>` path or a canonical base64 `data:image/…` URI of
 * matching bytes (see `isSafeImageSrc`). Anything else throws a `TypeError`:
 * raw `html`, ESM, expressions, Markdown images (Astro would import their
 * paths), definitions, frontmatter; `break` (put a newline in
 * the text instead); `emphasis`/`strong`/`delete` (delimiter rules differ
 * between Sätteri and micromark around emoji/symbols); `inlineCode`/`code`
 * (their content cannot be escaped, and Sätteri can read a `{` inside a
 * code span as a live expression, e.g. `` `[{"` `` before a titled link).
 *
 * Text contract (see `normalizeText`): every text value comes back exactly
 * (mdast-equal in both compilers), except that lone surrogates and NUL
 * become U+FFFD and CRLF/CR become LF. Newlines inside a text node are kept
 * in that text node (written as `&#xA;`, so no text can ever start a line,
 * end a block or split a paragraph); they render as whitespace, like a soft
 * break. Leading/trailing spaces and tabs are kept (also in table cells).
 * Two structural adjustments, invisible in the rendered text:
 * - `a@b.c`, `www.x.y`, `https://x.y` in text get empty fragments `<></>`
 *   inserted (`a<></>@b.c`) so no autolink `<a>` is created;
 * - in a paragraph that holds only inline JSX elements and whitespace text,
 *   the whitespace text is dropped (such a line is block JSX to Sätteri).
 *
 * @param tree mdast root (not mutated).
 * @returns MDX source.
 */
export function toMdx(tree: Root): string {
  return toMarkdown(prepareTree(tree), OPTIONS);
}
