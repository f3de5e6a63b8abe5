import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import { sniffImage } from '../../pipeline/ingest/html/sniff-image.ts';

/**
 * An image file the emit stage wrote into the site, as an article page
 * (`articles/<slug>/index.html`) reaches it: a relative path, so the page works
 * under any base path and from `file://`; the name is a hex content hash.
 */
const MEDIA_SRC = /^\.\.\/\.\.\/media\/[0-9a-f]{16,64}\.(?:png|jpe?g|gif|webp)$/;

/** A base64 `data:` URI of one of the four image types a browser shows and none can script. */
const DATA_SRC = /^data:(image\/(?:png|jpeg|gif|webp));base64,([A-Za-z0-9+/]+={0,2})$/;

/** Width or height: a positive integer of at most 5 digits. */
const DIMENSION = /^[1-9][0-9]{0,4}$/;

/** The attributes an `<img>` may have, with the rule each value must meet. */
const IMAGE_ATTRIBUTES: Readonly<Record<string, (value: string) => boolean>> = {
  src: isSafeImageSrc,
  alt: () => true,
  width: (v) => DIMENSION.test(v),
  height: (v) => DIMENSION.test(v),
  loading: (v) => v === 'lazy',
  decoding: (v) => v === 'async',
  'data-pagefind-ignore': (v) => v === 'all',
};

/**
 * Whether `src` may be written as an image source in generated MDX. Only two shapes:
 * a relative path into the site's `media/` folder named by a hex hash
 * (`../../media/<hash>.<png|jpg|jpeg|gif|webp>`), or a canonical base64 `data:` URI
 * whose bytes really are the image type it names (magic bytes checked). Anything
 * else — remote URLs, other schemes, SVG, other paths, odd encodings — is refused.
 *
 * @param src Candidate source.
 * @returns `true` when safe to emit.
 */
export function isSafeImageSrc(src: string): boolean {
  if (MEDIA_SRC.test(src)) return true;
  const match = DATA_SRC.exec(src);
  if (!match) return false;
  const payload = match[2] ?? '';
  if (payload.length % 4 !== 0) return false;
  const bytes = Buffer.from(payload, 'base64');
  // Canonical encoding only: what we decode is exactly what we would write.
  if (bytes.toString('base64') !== payload) return false;
  return sniffImage(bytes) === match[1];
}

/**
 * Throw unless `attributes` are those of an image we are willing to generate: a safe
 * `src` (see {@link isSafeImageSrc}) and an `alt` (any text), optionally `width` and
 * `height` (positive integers), `loading="lazy"`, `decoding="async"` and
 * `data-pagefind-ignore="all"`; nothing else.
 *
 * @param attributes Attribute nodes of an `img` element.
 */
export function assertImageAttributes(attributes: readonly (MdxJsxAttribute | { type: string })[]): void {
  const seen = new Set<string>();
  for (const attr of attributes) {
    if (attr.type !== 'mdxJsxAttribute') throw new TypeError(`emit/mdx: refusing image attribute node ${attr.type}`);
    const { name, value } = attr as MdxJsxAttribute;
    const valid = Object.hasOwn(IMAGE_ATTRIBUTES, name) ? IMAGE_ATTRIBUTES[name] : undefined;
    if (!valid || seen.has(name) || typeof value !== 'string' || !valid(value)) {
      throw new TypeError(`emit/mdx: refusing image attribute ${JSON.stringify(name)}`);
    }
    seen.add(name);
  }
  if (!seen.has('src') || !seen.has('alt')) throw new TypeError('emit/mdx: an image needs src and alt');
}

/** What `jsxImage` draws. */
export interface ImageSpec {
  /** `../../media/<hash>.<ext>` or a base64 `data:image/…` URI (see {@link isSafeImageSrc}). */
  src: string;
  /** Alternative text, written literally (may be empty for a decorative image). */
  alt: string;
  width?: number;
  height?: number;
}

/**
 * Build a block-level `<img>` (lazy, decoded asynchronously, left out of the search
 * index) for an article page.
 * The source is validated here and again by `toMdx`; the alt text is encoded like
 * any attribute value, so it renders literally.
 *
 * @param spec Source, alt text and, when known, the pixel size.
 * @returns An `mdxJsxFlowElement` node without children.
 */
export function jsxImage(spec: ImageSpec): MdxJsxFlowElement {
  const values: [string, string][] = [['src', spec.src], ['alt', spec.alt]];
  if (spec.width !== undefined && spec.height !== undefined) values.push(['width', String(spec.width)], ['height', String(spec.height)]);
  // Kept out of search: Pagefind would otherwise copy the first image's source (a whole data: URI) into its index.
  values.push(['loading', 'lazy'], ['decoding', 'async'], ['data-pagefind-ignore', 'all']);
  const attributes: MdxJsxAttribute[] = values.map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
  assertImageAttributes(attributes);
  return { type: 'mdxJsxFlowElement', name: 'img', attributes, children: [] };
}
