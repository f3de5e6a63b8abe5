import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { assertImageAttributes } from './image.ts';
import { assertAttributeName, assertElementName } from './jsx.ts';
import { assertSafeUrl } from './url.ts';
import { splitAutolinkLiterals } from './autolink.ts';

/**
 * Normalise untrusted text before serialisation. This is the whole text
 * contract of `toMdx`; everything else is preserved character for character:
 *
 * - lone UTF-16 surrogates → U+FFFD (the file is written as UTF-8, which
 *   cannot represent them anyway);
 * - CRLF and lone CR → LF (Markdown treats all three as line endings);
 * - NUL → U+FFFD (what CommonMark mandates; Sätteri would otherwise keep a
 *   raw NUL while `@mdx-js/mdx` replaces it, so we make both agree).
 *
 * @param value Raw text.
 * @returns Normalised text.
 */
export function normalizeText(value: string): string {
  return value.toWellFormed().replace(/\r\n?/g, '\n').replaceAll('\0', '\uFFFD');
}

/**
 * Characters that are written as numeric character references in attribute
 * values: everything with a meaning in JSX/MDX/HTML attribute syntax plus
 * whitespace. Other characters are written raw, because Sätteri decodes
 * references to control characters (`&#xB;`) to U+FFFD, unlike
 * `@mdx-js/mdx`.
 */
const ATTRIBUTE_ENCODE = /[\t\n "&'<>{}\\`=/]/u;

/**
 * Encode an attribute value so that the MDX JSX serializer prints no quote,
 * ampersand, angle bracket, brace, backslash or whitespace raw (those are
 * written as numeric character references). Both MDX parsers
 * decode character references in JSX attribute strings, so this round-trips
 * exactly, and it sidesteps serializer gaps (`mdast-util-mdx-jsx` does not
 * encode `&`, so a literal `&amp;` would come back as `&`; Sätteri strips
 * indentation after a raw newline inside an attribute value).
 *
 * @param value Normalised attribute value.
 * @returns Encoded attribute value, to be printed verbatim.
 */
export function encodeAttributeValue(value: string): string {
  let out = '';
  for (const char of value) {
    out += ATTRIBUTE_ENCODE.test(char)
      ? `&#x${(char.codePointAt(0) ?? 0xfffd).toString(16).toUpperCase()};`
      : char;
  }
  return out;
}

/** An attribute of an image, already checked by `assertImageAttributes`, encoded like any other value. */
function imageAttribute(attr: MdxJsxAttribute | { type: string }): MdxJsxAttribute {
  const a = attr as MdxJsxAttribute;
  return { type: 'mdxJsxAttribute', name: a.name, value: encodeAttributeValue(normalizeText(String(a.value))) };
}

const IDENTIFIER = /^[A-Za-z0-9_-]{1,64}$/;

function fail(message: string): never {
  throw new TypeError(`emit/mdx: ${message}`);
}

function attribute(attr: MdxJsxAttribute | { type: string }): MdxJsxAttribute {
  if (attr.type !== 'mdxJsxAttribute') fail(`unsupported JSX attribute node ${attr.type}`);
  const a = attr as MdxJsxAttribute;
  assertAttributeName(a.name);
  if (typeof a.value !== 'string') fail(`attribute ${a.name} must have a plain string value`);
  return { type: 'mdxJsxAttribute', name: a.name, value: encodeAttributeValue(normalizeText(a.value)) };
}

function children<T extends Nodes>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (const child of list) {
    const last = out.at(-1);
    if (child.type === 'text' && last?.type === 'text') {
      // Merge adjacent text first so that split points (autolink literals)
      // and line-start rules see the text as the parser will.
      last.value += normalizeText(child.value);
    } else {
      out.push(child.type === 'text' ? ({ type: 'text', value: normalizeText(child.value) } as T) : prepareNode(child));
    }
  }
  return out.flatMap((child) => (child.type === 'text' ? (splitAutolinkLiterals(child.value) as T[]) : [child]));
}

/**
 * Validate `node` against the set of shapes `toMdx` supports and return a
 * fresh, normalised copy (the input is never mutated). Anything that could
 * carry code (raw `html`, ESM, expressions, expression attributes, component
 * names, non-http(s) URLs, code) is refused.
 *
 * @param node mdast node.
 * @returns Normalised copy.
 */
export function prepareNode<T extends Nodes>(node: T): T {
  const n = node as Nodes;
  let out: Nodes;
  switch (n.type) {
    case 'root':
      out = { type: 'root', children: children(n.children) };
      break;
    case 'paragraph': {
      let kids = children(n.children);
      // A line holding only inline JSX and whitespace is read back as *block*
      // JSX by both compilers (Sätteri even when the whitespace is written as
      // `&#x20;`, dropping that text). Make that outcome explicit and
      // identical for both: drop the whitespace-only text.
      const onlyJsx = kids.every(
        (k) => (k.type === 'text' && /^[ \t\n]*$/.test(k.value)) || (k.type === 'mdxJsxTextElement' && k.name !== null),
      );
      if (onlyJsx && kids.some((k) => k.type === 'mdxJsxTextElement')) kids = kids.filter((k) => k.type !== 'text');
      out = { type: 'paragraph', children: kids };
      break;
    }
    case 'heading':
      if (![1, 2, 3, 4, 5, 6].includes(n.depth)) fail(`bad heading depth ${String(n.depth)}`);
      out = { type: 'heading', depth: n.depth, children: children(n.children) };
      break;
    case 'blockquote':
      out = { type: 'blockquote', children: children(n.children) };
      break;
    case 'list':
      out = {
        type: 'list',
        ordered: n.ordered === true,
        spread: n.spread === true,
        children: children(n.children),
      };
      if (n.ordered === true && typeof n.start === 'number') {
        if (!Number.isSafeInteger(n.start) || n.start < 0 || n.start > 999_999_999) fail('bad list start');
        out.start = n.start;
      }
      break;
    case 'listItem':
      out = { type: 'listItem', spread: n.spread === true, children: children(n.children) };
      if (typeof n.checked === 'boolean') out.checked = n.checked;
      break;
    case 'thematicBreak':
      out = { type: 'thematicBreak' };
      break;
    case 'table':
      out = { type: 'table', children: children(n.children) };
      if (n.align) out.align = n.align.map((a) => (a === 'left' || a === 'right' || a === 'center' ? a : null));
      break;
    case 'tableRow':
      out = { type: 'tableRow', children: children(n.children) };
      break;
    case 'tableCell':
      out = { type: 'tableCell', children: children(n.children) };
      break;
    case 'text':
      out = { type: 'text', value: normalizeText(n.value) };
      break;
    case 'link':
      assertSafeUrl(n.url);
      out = {
        type: 'link',
        url: n.url,
        title: n.title == null ? null : normalizeText(n.title),
        children: children(n.children),
      };
      break;
    case 'footnoteReference':
      if (!IDENTIFIER.test(n.identifier)) fail(`bad footnote identifier ${JSON.stringify(n.identifier)}`);
      out = { type: 'footnoteReference', identifier: n.identifier, label: n.identifier };
      break;
    case 'footnoteDefinition':
      if (!IDENTIFIER.test(n.identifier)) fail(`bad footnote identifier ${JSON.stringify(n.identifier)}`);
      out = { type: 'footnoteDefinition', identifier: n.identifier, label: n.identifier, children: children(n.children) };
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (n.name == null) fail('JSX fragments are not supported');
      assertElementName(n.name);
      if (n.name === 'img') {
        // The one element with a source: block-level, empty, and only the attributes `jsxImage` writes.
        if (n.type !== 'mdxJsxFlowElement' || n.children.length > 0) fail('an image must be an empty block element');
        assertImageAttributes(n.attributes);
        out = { type: n.type, name: n.name, attributes: n.attributes.map(imageAttribute), children: [] };
        break;
      }
      out = {
        type: n.type,
        name: n.name,
        attributes: n.attributes.map((a) => attribute(a)),
        children: children<Nodes>(n.children),
      } as Nodes;
      break;
    default:
      fail(`unsupported mdast node type ${JSON.stringify(n.type)}`);
  }
  return out as T;
}

/**
 * Validate and normalise a whole tree (see {@link prepareNode}).
 *
 * @param tree mdast root.
 * @returns Normalised copy.
 */
export function prepareTree(tree: Root): Root {
  return prepareNode(tree);
}
