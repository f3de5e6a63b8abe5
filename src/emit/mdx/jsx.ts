import type { BlockContent, DefinitionContent, PhrasingContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';

/**
 * Element names we allow in generated MDX: lowercase intrinsic HTML element
 * names (optionally custom-element style `x-foo`). Capitalised or dotted names
 * would be compiled by MDX as *component references* (JS identifiers looked up
 * at render time), so they are rejected.
 */
const ELEMENT_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Elements whose content is executed or applied by the browser; never generated. */
const FORBIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'base',
  'meta',
  'link',
  'form',
  'frame',
  'frameset',
  'svg',
  'math',
]);

/**
 * Attribute names we allow: plain HTML-ish names (`id`, `class`, `data-kind`,
 * `aria-label`, `lang`…). Event handlers (`on*`), `style`, URL-bearing
 * attributes and anything that is not a simple name are rejected, so no
 * attribute value can ever be interpreted as script or a URL.
 */
const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const FORBIDDEN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'style',
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink',
  'xmlns',
  'background',
  'poster',
  'ping',
  'srcdoc',
  'is',
  'key',
  'ref',
  'children',
  'dangerouslysetinnerhtml',
]);

/**
 * Throw unless `name` is an element name we are willing to generate.
 *
 * @param name Candidate element name.
 */
export function assertElementName(name: string): void {
  if (!ELEMENT_NAME.test(name) || FORBIDDEN_ELEMENTS.has(name)) {
    throw new TypeError(`emit/mdx: refusing to generate JSX element <${JSON.stringify(name)}>`);
  }
}

/**
 * Throw unless `name` is an attribute name we are willing to generate.
 *
 * @param name Candidate attribute name.
 */
export function assertAttributeName(name: string): void {
  if (!ATTRIBUTE_NAME.test(name) || FORBIDDEN_ATTRIBUTES.has(name) || name.startsWith('on')) {
    throw new TypeError(`emit/mdx: refusing to generate JSX attribute ${JSON.stringify(name)}`);
  }
}

function toAttributes(attributes: Readonly<Record<string, string>>): MdxJsxAttribute[] {
  const result: MdxJsxAttribute[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    assertAttributeName(name);
    if (typeof value !== 'string') {
      throw new TypeError(`emit/mdx: attribute ${JSON.stringify(name)} must be a string`);
    }
    result.push({ type: 'mdxJsxAttribute', name, value });
  }
  return result;
}

/**
 * Build a block-level JSX element (`<div …>…</div>` on its own lines).
 *
 * Attribute values are plain strings (any content; `toMdx` encodes them) and
 * never expressions. Names are validated: lowercase HTML element names only,
 * no `script`/`style`/…, no `on*`/`style`/URL attributes.
 *
 * @param name Lowercase element name, e.g. `'div'`, `'section'`, `'aside'`.
 * @param attributes Attribute name → string value, e.g. `{ id: 'p-3f9a', class: 'passage' }`.
 * @param children Block content (paragraphs, headings, lists, …).
 * @returns An `mdxJsxFlowElement` node.
 */
export function jsxFlow(
  name: string,
  attributes: Readonly<Record<string, string>>,
  children: Array<BlockContent | DefinitionContent>,
): MdxJsxFlowElement {
  assertElementName(name);
  return { type: 'mdxJsxFlowElement', name, attributes: toAttributes(attributes), children };
}

/**
 * Build an inline JSX element (`<span …>…</span>` inside a paragraph).
 *
 * Same validation rules as {@link jsxFlow}.
 *
 * @param name Lowercase element name, e.g. `'span'`, `'mark'`, `'cite'`.
 * @param attributes Attribute name → string value.
 * @param children Phrasing content (text, links, …).
 * @returns An `mdxJsxTextElement` node.
 */
export function jsxText(
  name: string,
  attributes: Readonly<Record<string, string>>,
  children: PhrasingContent[],
): MdxJsxTextElement {
  assertElementName(name);
  return { type: 'mdxJsxTextElement', name, attributes: toAttributes(attributes), children };
}
