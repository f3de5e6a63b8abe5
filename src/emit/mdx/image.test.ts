import { describe, expect, it } from 'vitest';
import { checkImage } from './image-roundtrip.ts';
import { isSafeImageSrc, jsxImage } from './image.ts';
import { jsxFlow } from './jsx.ts';
import { toMdx } from './to-mdx.ts';

/** An 8×6 RGB PNG. */
const PNG8 =
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAXElEQVR4nAXBMQHAIBAEsFPCjAhEMFfJK2F+EYjIjKImSYxY8UXFiRsvkmlMa/qmms50pzcl29jW9m21ne1ub0vKKKt8pcopt7yStNFW+1q10257LWGw+CgOl8cPs7tL8VVutpkAAAAASUVORK5CYII=';
const DATA_PNG = `data:image/png;base64,${PNG8}`;
const MEDIA = '../../media/0123456789abcdef.png';

describe('isSafeImageSrc', () => {
  it('accepts media paths named by a hex hash, and canonical data: URIs whose bytes match their type', () => {
    for (const src of [MEDIA, '../../media/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.webp', '../../media/abcdefabcdefabcd.jpg', '../../media/abcdefabcdefabcd.jpeg', '../../media/abcdefabcdefabcd.gif', DATA_PNG]) {
      expect(isSafeImageSrc(src), src).toBe(true);
    }
  });

  it('refuses everything else', () => {
    const refused = [
      '', 'x.png', './media/0123456789abcdef.png', '../media/0123456789abcdef.png', '/media/0123456789abcdef.png',
      '../../media/0123456789abcde.png', '../../media/0123456789ABCDEF.png', '../../media/0123456789abcdef.svg',
      '../../media/0123456789abcdef.png?x', '../../media/0123456789abcdef.png#x', '../../media/../0123456789abcdef.png',
      `${MEDIA}\n`, ` ${MEDIA}`, 'https://example.com/a.png', '//example.com/a.png', 'javascript:alert(1)',
      'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+', 'data:text/html;base64,PHNjcmlwdD4=',
      // Type and bytes disagree, non-canonical base64, URL-encoded, whitespace, upper-case scheme.
      `data:image/gif;base64,${PNG8}`, `data:image/png;base64,${PNG8.slice(0, -2)}`, `data:image/png;base64,${PNG8.replace('=', '%3D')}`,
      `data:image/png;base64, ${PNG8}`, `DATA:image/png;base64,${PNG8}`, `data:image/png,${PNG8}`, 'data:image/png;base64,',
      `data:image/png;base64,${Buffer.from('<svg onload=alert(1)>').toString('base64')}`,
    ];
    for (const src of refused) expect(isSafeImageSrc(src), JSON.stringify(src)).toBe(false);
  });
});

describe('jsxImage and toMdx', () => {
  it('writes one lazy block image with encoded attributes', () => {
    const mdx = toMdx({ type: 'root', children: [jsxImage({ src: MEDIA, alt: 'A "b" <c>', width: 8, height: 6 })] });
    expect(mdx).toBe('<img src="..&#x2F;..&#x2F;media&#x2F;0123456789abcdef.png" alt="A&#x20;&#x22;b&#x22;&#x20;&#x3C;c&#x3E;" width="8" height="6" loading="lazy" decoding="async" data-pagefind-ignore="all" />\n');
  });

  it('refuses bad sizes, inline images, and src on any other element', () => {
    expect(() => jsxImage({ src: MEDIA, alt: '', width: 0, height: 6 })).toThrow(TypeError);
    expect(() => jsxImage({ src: MEDIA, alt: '', width: 1.5, height: 6 })).toThrow(TypeError);
    expect(() => jsxImage({ src: MEDIA, alt: '', width: 100_000, height: 6 })).toThrow(TypeError);
    expect(() => jsxFlow('div', { src: MEDIA }, [])).toThrow(TypeError);
    // Markdown images would be compiled into imports of their paths.
    expect(() => toMdx({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'image', url: MEDIA, alt: 'x' }] }] })).toThrow(TypeError);
    const inline = { type: 'mdxJsxTextElement' as const, name: 'img', attributes: jsxImage({ src: MEDIA, alt: '' }).attributes, children: [] };
    expect(() => toMdx({ type: 'root', children: [{ type: 'paragraph', children: [inline] }] })).toThrow(TypeError);
    const noAlt = { ...jsxImage({ src: MEDIA, alt: '' }), attributes: jsxImage({ src: MEDIA, alt: '' }).attributes.filter((a) => a.type === 'mdxJsxAttribute' && a.name !== 'alt') };
    expect(() => toMdx({ type: 'root', children: [noAlt] })).toThrow(TypeError);
    const expression = { ...jsxImage({ src: MEDIA, alt: '' }), attributes: [{ type: 'mdxJsxExpressionAttribute' as const, value: '...x' }] };
    expect(() => toMdx({ type: 'root', children: [expression] })).toThrow(TypeError);
  });

  it('compiles to exactly one image with literal alt text, in both compilers', async () => {
    for (const alt of ['', 'Plain', '{x}', '<script>alert(1)</script>', 'import x from "y"', 'a\nb', '" onerror="alert(1)', '&amp; &#x3C;', '\u202Eevil', 'a\0b']) {
      expect(await checkImage(MEDIA, alt)).toBe('rendered');
      expect(await checkImage(DATA_PNG, alt)).toBe('rendered');
    }
    for (const src of ['https://example.com/a.png', 'javascript:alert(1)', `${MEDIA}" onerror="alert(1)`, `${MEDIA}{x}`, '../../media/x.png']) {
      expect(await checkImage(src, 'alt')).toBe('refused');
    }
  });
});
