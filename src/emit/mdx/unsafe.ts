import type { Unsafe } from 'mdast-util-to-markdown';

/**
 * Extra escaping rules on top of those from `mdast-util-to-markdown`,
 * `mdast-util-mdx` and `mdast-util-gfm`.
 *
 * MDX (both `@mdx-js/mdx` and Sätteri) reads a line that begins with
 * `import` or `export` (after optional indentation, in any container) as
 * ESM, which is evaluated at build time. `mdast-util-to-markdown` does not
 * know this, so at every line start we turn the first letter into a
 * character reference (`&#x69;mport`, `&#x65;xport`). Matching is done
 * regardless of what follows the keyword, and for all letter cases, so that
 * parser differences (`import{`, `export\t`, `Import`) cannot matter.
 *
 * Second, every line feed inside text (and link titles) is written as the
 * character reference `&#xA;`. The text value still contains the newline
 * (it renders as whitespace, like a soft break), but the MDX source never
 * starts a new line inside a paragraph, heading, table cell, link or inline
 * JSX element. That removes a whole class of line-start hazards in one go:
 * lazy continuation lines, setext underlines, list/quote/heading/fence/
 * footnote markers, table rows, ESM, and closing tags of inline JSX
 * (Sätteri fails on `<span>…\n</span>`), and it cannot create blank lines.
 *
 * Third, spaces and tabs at the edges of a GFM table cell are encoded, since
 * GFM would trim them.
 */
export const mdxUnsafe: Unsafe[] = [
  { character: '\n' },
  // A byte order mark at the start of the file is stripped by Sätteri.
  { character: '\uFEFF' },
  // GFM trims spaces/tabs around table cell content; keep them exact. The
  // conditions are zero-width lookarounds because `safe()` scans with a
  // global regex, and a consuming `before` would skip every other space of
  // a run.
  { character: ' ', inConstruct: 'tableCell', before: '(?<=[ \\t|])' },
  { character: ' ', inConstruct: 'tableCell', after: '(?=[ \\t|])' },
  { character: '\t', inConstruct: 'tableCell', before: '(?<=[ \\t|])' },
  { character: '\t', inConstruct: 'tableCell', after: '(?=[ \\t|])' },
  // `+++` / `---` at the start of the file open TOML / YAML frontmatter in
  // Sätteri (frontmatter can set an Astro `layout`, i.e. an import).
  { character: '+', atBreak: true },
  { character: '-', atBreak: true },
  { character: 'i', atBreak: true, after: '[mM][pP][oO][rR][tT]' },
  { character: 'I', atBreak: true, after: '[mM][pP][oO][rR][tT]' },
  { character: 'e', atBreak: true, after: '[xX][pP][oO][rR][tT]' },
  { character: 'E', atBreak: true, after: '[xX][pP][oO][rR][tT]' },
];
