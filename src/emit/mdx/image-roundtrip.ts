/**
 * Test-only: the oracle for images, shared by the example tests and the property
 * test. Puts an untrusted alt text and an untrusted source through `jsxImage`
 * (inside a figure with the alt text also as caption text), writes MDX with
 * `toMdx`, and checks it with both compilers.
 */
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import { expect } from 'vitest';
import { sniffImage } from '../../pipeline/ingest/html/sniff-image.ts';
import { isSafeImageSrc, jsxImage } from './image.ts';
import { jsxFlow } from './jsx.ts';
import { normalizeText } from './normalize.ts';
import {
  collapse,
  elements,
  FORBIDDEN_MDAST_TYPES,
  mdxJsMdast,
  nodeTypes,
  renderWithAstroSatteri,
  renderWithMdxJs,
  satteriMdast,
  textContent,
  type Child,
} from './test-harness.ts';
import { toMdx } from './to-mdx.ts';

/** A document holding one image, with `alt` as caption text too. */
function imageDoc(image: MdxJsxFlowElement, alt: string): Root {
  return {
    type: 'root',
    children: [jsxFlow('figure', { class: 'article-figure' }, [image, jsxFlow('figcaption', {}, [{ type: 'paragraph', children: [{ type: 'text', value: alt }] }])])],
  };
}

/** The same image node built by hand, bypassing `jsxImage`'s own check. */
function handMadeImage(src: string, alt: string, extra: MdxJsxAttribute[] = []): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name: 'img',
    attributes: [{ type: 'mdxJsxAttribute', name: 'src', value: src }, { type: 'mdxJsxAttribute', name: 'alt', value: alt }, ...extra],
    children: [],
  };
}

const IMAGE_PROPS = new Set(['src', 'alt', 'width', 'height', 'loading', 'decoding', 'data-pagefind-ignore']);

/** The sources an article page may load, as the specification states them (independent of `isSafeImageSrc`). */
function allowedBySpec(src: string): boolean {
  if (/^\.\.\/\.\.\/media\/[0-9a-f]{16,64}\.(?:png|jpe?g|gif|webp)$/.test(src)) return true;
  const m = /^data:image\/(png|jpeg|gif|webp);base64,([A-Za-z0-9+/=]+)$/.exec(src);
  return m !== null && sniffImage(new Uint8Array(Buffer.from(m[2]!, 'base64'))) === `image/${m[1]!}`;
}

function checkRendered(name: string, rendered: Child[], src: string, alt: string): void {
  const where = `[${name} render]`;
  const all = [...elements(rendered)];
  const images = all.filter((el) => el.tag === 'img');
  expect(images.length, `${where} number of images`).toBe(1);
  const img = images[0]!;
  expect(img.children, `${where} image children`).toEqual([]);
  expect(Object.keys(img.props).every((k) => IMAGE_PROPS.has(k)), `${where} image attributes ${Object.keys(img.props).join(',')}`).toBe(true);
  expect(img.props['src'], `${where} src`).toBe(src);
  expect(allowedBySpec(String(img.props['src'])), `${where} src allowed by the specification`).toBe(true);
  expect(img.props['alt'], `${where} alt`).toBe(normalizeText(alt));
  expect(img.props['loading'], `${where} loading`).toBe('lazy');
  for (const el of all) expect(['figure', 'img', 'figcaption', 'p'].includes(el.tag), `${where} unexpected element <${el.tag}>`).toBe(true);
  const caption = all.find((el) => el.tag === 'figcaption');
  if (normalizeText(alt).trim() !== '') {
    expect(collapse(textContent(caption?.children ?? [], 'figcaption')), `${where} caption text`).toBe(collapse(normalizeText(alt)));
  }
}

/**
 * Asserts that `src`/`alt` either give exactly one image (in Sätteri as Astro runs
 * it, and in `@mdx-js/mdx`), with exactly that source, the literal alt text, no other
 * attribute and no code-carrying node, or are refused: `jsxImage` and `toMdx` (fed a
 * hand-made node) both throw, exactly when `isSafeImageSrc` says no. Whatever the
 * source, an image node with an extra attribute (an event handler, `srcset`, `style`)
 * or with children is refused.
 *
 * @returns `'rendered'` or `'refused'`.
 */
export async function checkImage(src: string, alt: string): Promise<'rendered' | 'refused'> {
  const context = `\n--- src: ${JSON.stringify(src)}\n--- alt: ${JSON.stringify(alt)}`;
  try {
    for (const extra of [{ name: 'onerror', value: 'alert(1)' }, { name: 'srcset', value: src }, { name: 'style', value: 'x' }, { name: 'src', value: src }]) {
      expect(() => toMdx(imageDoc(handMadeImage(src, alt, [{ type: 'mdxJsxAttribute', ...extra }]), alt)), `extra attribute ${extra.name}`).toThrow(TypeError);
    }
    const withChild: MdxJsxFlowElement = { ...handMadeImage(src, alt), children: [{ type: 'paragraph', children: [{ type: 'text', value: 'x' }] }] };
    expect(() => toMdx(imageDoc(withChild, alt)), 'image with children').toThrow(TypeError);
    if (!isSafeImageSrc(src)) {
      expect(() => jsxImage({ src, alt }), 'jsxImage').toThrow(TypeError);
      expect(() => toMdx(imageDoc(handMadeImage(src, alt), alt)), 'toMdx of a hand-made image').toThrow(TypeError);
      return 'refused';
    }
    const mdx = toMdx(imageDoc(jsxImage({ src, alt, width: 8, height: 6 }), alt));
    expect(() => toMdx(imageDoc(handMadeImage(src, alt), alt)), 'toMdx of a hand-made image').not.toThrow();
    for (const [name, parse] of [['satteri', satteriMdast], ['@mdx-js/mdx', mdxJsMdast]] as const) {
      const parsed = parse(mdx);
      const bad = [...nodeTypes(parsed)].filter((type) => FORBIDDEN_MDAST_TYPES.has(type) || type === 'mdxJsxExpressionAttribute');
      expect(bad, `[${name} mdast] code-carrying nodes${context}\n${mdx}`).toEqual([]);
    }
    checkRendered('satteri/astro', (await renderWithAstroSatteri(mdx)).rendered, src, alt);
    checkRendered('@mdx-js/mdx', renderWithMdxJs(mdx).rendered, src, alt);
    return 'rendered';
  } catch (error) {
    if (error instanceof Error) error.message += context;
    throw error;
  }
}
