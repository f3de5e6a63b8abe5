/**
 * Test-only: the round-trip oracle shared by the example tests and the
 * property test. Puts one untrusted string into every context the article
 * builder uses, writes MDX with `toMdx`, and checks it with both compilers.
 */
import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import { expect } from 'vitest';
import { jsxFlow, jsxText } from './jsx.ts';
import { normalizeText } from './normalize.ts';
import {
  canon,
  collapse,
  elements,
  FORBIDDEN_MDAST_TYPES,
  mdxJsMdast,
  nodeTypes,
  renderWithAstroSatteri,
  renderWithMdxJs,
  satteriMdast,
  textContent,
  topLevel,
  type Canon,
  type Child,
} from './test-harness.ts';
import { toMdx } from './to-mdx.ts';

const t = (value: string): PhrasingContent => ({ type: 'text', value });
const p = (...children: PhrasingContent[]): BlockContent => ({ type: 'paragraph', children });

/**
 * A document with `text` in every context we generate: bare paragraph at
 * the very start of the file (frontmatter position), passage div, heading,
 * blockquote, bullet and ordered list items, table header and body cells,
 * link text and title, inline JSX, nested containers,
 * attribute values, and a footnote definition.
 */
export function buildDoc(text: string, url = 'https://example.com/a'): Root {
  const children: RootContent[] = [
    p(t(text)),
    jsxFlow('div', { id: 'p-3f9a', class: 'passage', 'data-kind': 'paragraph', 'data-text': text }, [p(t(text))]),
    { type: 'heading', depth: 2, children: [t(text)] },
    { type: 'blockquote', children: [p(t(text))] },
    { type: 'list', ordered: false, children: [{ type: 'listItem', children: [p(t(text))] }] },
    { type: 'list', ordered: true, children: [{ type: 'listItem', children: [p(t(text))] }] },
    {
      type: 'table',
      children: [
        { type: 'tableRow', children: [{ type: 'tableCell', children: [t(text)] }] },
        { type: 'tableRow', children: [{ type: 'tableCell', children: [t(text)] }] },
      ],
    },
    p(
      { type: 'link', url, children: [t(text)] },
      t(' '),
      { type: 'footnoteReference', identifier: '1' },
      t(' '),
      jsxText('span', { class: 'quote', 'data-text': text }, [t(text)]),
    ),
    p(t('see '), { type: 'link', url, title: text, children: [t('t')] }),
    { type: 'thematicBreak' },
    jsxFlow('div', { class: 'passage', 'data-kind': 'quote' }, [
      { type: 'heading', depth: 3, children: [t(text)] },
      { type: 'blockquote', children: [p(t(text)), p(t(text))] },
      { type: 'list', ordered: false, children: [{ type: 'listItem', children: [p(t(text))] }] },
    ]),
    { type: 'footnoteDefinition', identifier: '1', children: [p(t(text))] },
  ];
  return { type: 'root', children };
}

function plainText(node: Canon): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return String(node['value']);
    case 'footnoteReference':
      return '1';
    default:
      return ((node['children'] as Canon[] | undefined) ?? []).map(plainText).join('');
  }
}

const ALLOWED_TAGS = new Set([
  'p', 'div', 'span', 'h2', 'h3', 'blockquote', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'a', 'sup', 'section', 'code', 'pre', 'br', 'hr',
]);
const ALLOWED_PROPS = new Set([
  'id', 'class', 'data-kind', 'data-text', 'href', 'data-footnote-ref', 'data-footnotes', 'data-footnote-backref',
  'aria-describedby', 'aria-label', 'title',
]);

/** Empty inline containers cannot be written in Markdown; the contract drops them. */
function isDegenerate(text: string): boolean {
  return normalizeText(text) === '';
}

function checkRendered(name: string, rendered: Child[], doc: Root, text: string, url: string): void {
  const where = `[${name} render]`;
  const expectedText = normalizeText(text);
  for (const el of elements(rendered)) {
    expect(ALLOWED_TAGS.has(el.tag), `${where} unexpected element <${el.tag}>`).toBe(true);
    for (const [key, value] of Object.entries(el.props)) {
      expect(ALLOWED_PROPS.has(key), `${where} unexpected attribute ${key} on <${el.tag}>`).toBe(true);
      if (key === 'href') {
        expect(typeof value === 'string' && (value.startsWith('#user-content-fn') || sameUrl(value, url)), `${where} href ${String(value)}`).toBe(true);
      }
      if (key === 'data-text' || key === 'title') expect(value, `${where} ${key} attribute`).toBe(expectedText);
    }
  }
  const blocks = doc.children.filter((c) => c.type !== 'footnoteDefinition');
  const top = topLevel(rendered);
  const footnotes = top.at(-1);
  expect(footnotes?.tag, `${where} footnote section`).toBe('section');
  expect(top.length - 1, `${where} number of top-level blocks`).toBe(blocks.length);
  blocks.forEach((block, i) => {
    const el = top[i];
    if (!el) throw new Error(`${where} missing block ${i}`);
    expect(collapse(textContent(el.children, el.tag)), `${where} text of top-level block ${i} <${el.tag}>`).toBe(
      collapse(plainText(canon(block, normalizeText))),
    );
  });
  const item = [...elements(footnotes ? [footnotes] : [])].find((e) => e.tag === 'li');
  expect(collapse(textContent(item?.children ?? [], 'li')), `${where} footnote text`).toBe(collapse(expectedText));
}

/** URL → bytes, decoding valid `%XX` escapes and UTF-8-encoding everything else. */
function urlBytes(url: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < url.length; i++) {
    const hex = url.slice(i + 1, i + 3);
    if (url.charAt(i) === '%' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      const whole = String.fromCodePoint(url.codePointAt(i) ?? 0xfffd);
      bytes.push(...Buffer.from(whole, 'utf8'));
      i += whole.length - 1;
    }
  }
  return Buffer.from(bytes).toString('hex');
}

/**
 * mdast → hast percent-encodes link URLs (`normalizeUri`), and the two
 * compilers differ on a bare `%`; the exact URL is checked at mdast level,
 * here we only require the same bytes.
 */
function sameUrl(rendered: string, expected: string): boolean {
  return urlBytes(rendered) === urlBytes(expected);
}

/**
 * Write `text` into every context with `toMdx` and assert, for Sätteri (as
 * Astro runs it) and `@mdx-js/mdx`:
 *
 * 1. the parsed mdast contains no ESM / expression / raw HTML / other
 *    code-carrying node, and equals the input tree exactly (after
 *    `normalizeText`), including attribute values and the link URL;
 * 2. the compiled module has no import/export beyond the compiler's own;
 * 3. the rendered tree only has the elements/attributes we asked for, and
 *    every block's text equals the input text under HTML whitespace
 *    collapsing.
 *
 * @returns The MDX source (for debugging).
 */
export async function checkRoundTrip(text: string, url = 'https://example.com/a'): Promise<string> {
  const doc = buildDoc(text, url);
  const mdx = toMdx(doc);
  const context = `\n--- text: ${JSON.stringify(text)}\n--- mdx:\n${mdx}\n---`;
  try {
    const expected = canon(doc, normalizeText);
    for (const [name, parse] of [['satteri', satteriMdast], ['@mdx-js/mdx', mdxJsMdast]] as const) {
      const parsed = parse(mdx);
      const bad = [...nodeTypes(parsed)].filter((type) => FORBIDDEN_MDAST_TYPES.has(type) || type === 'mdxJsxExpressionAttribute');
      expect(bad, `[${name} mdast] code-carrying nodes`).toEqual([]);
      if (!isDegenerate(text)) expect(canon(parsed), `[${name} mdast] round trip`).toEqual(expected);
    }
    const astro = await renderWithAstroSatteri(mdx);
    const mdxJs = renderWithMdxJs(mdx);
    if (!isDegenerate(text)) {
      checkRendered('satteri/astro', astro.rendered, doc, text, url);
      checkRendered('@mdx-js/mdx', mdxJs.rendered, doc, text, url);
    }
  } catch (error) {
    if (error instanceof Error) error.message += context;
    throw error;
  }
  return mdx;
}
