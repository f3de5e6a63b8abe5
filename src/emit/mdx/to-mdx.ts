import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { prepareTree } from './normalize.ts';
import { mdxUnsafe } from './unsafe.ts';

/**
 * Serialize an mdast tree to MDX that is safe for any text node or attribute
 * value content.
 *
 * Supported nodes: `root`, `paragraph`, `heading`, `blockquote`, `list`,
 * `listItem`, `thematicBreak`, GFM `table`/`tableRow`/`tableCell`, `text`,
 * `inlineCode`, `code` (plain `lang` only),
 * `link` (http/https, `/path` or `#fragment` URLs only), GFM
 * `footnoteReference`/`footnoteDefinition` (identifiers `[A-Za-z0-9_-]`), and
 * `mdxJsxFlowElement`/`mdxJsxTextElement` with lowercase HTML names and plain
 * string attributes (build them with `jsxFlow`/`jsxText`). Any other node
 * (raw `html`, ESM, expressions, images, definitions, frontmatter, `break`
 * (use a newline in the text instead), and
 * `emphasis`/`strong`/`delete`, whose delimiter rules differ between
 * Sätteri and micromark around emoji/symbols) throws.
 *
 * Text contract: every text value renders back exactly, except that lone
 * surrogates and NUL become U+FFFD and CRLF/CR become LF. Newlines inside a
 * text node stay inside that text node (a `\n\n` or a whitespace-only line is
 * written with character references, so it never splits a block); leading
 * and trailing spaces/tabs are kept. In HTML they then collapse like any
 * other whitespace.
 *
 * @param tree mdast root (not mutated).
 * @returns MDX source.
 */
export function toMdx(tree: Root): string {
  return toMarkdown(prepareTree(tree), {
    extensions: [mdxToMarkdown({ quote: '"', quoteSmart: false }), gfmToMarkdown()],
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
  });
}
