import { describe, expect, it } from 'vitest';
import { articleFigures, INLINE_IMAGE_LIMIT, MEDIA_NAME, mediaType } from './article-media.ts';
import { isSafeImageSrc } from './mdx/index.ts';
import type { DecodedSource, LineVerdict, SourceImage } from '../pipeline/types.ts';

/** An 8×6 RGB PNG. */
const PNG8 = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAXElEQVR4nAXBMQHAIBAEsFPCjAhEMFfJK2F+EYjIjKImSYxY8UXFiRsvkmlMa/qmms50pzcl29jW9m21ne1ub0vKKKt8pcopt7yStNFW+1q10257LWGw+CgOl8cPs7tL8VVutpkAAAAASUVORK5CYII=',
    'base64',
  ),
);
/** A PNG header stating 300×200, padded past the inline limit. */
const BIG_PNG = (() => {
  const b = new Uint8Array(INLINE_IMAGE_LIMIT + 1);
  b.set(PNG8.slice(0, 16));
  b.set([0, 0, 1, 0x2c, 0, 0, 0, 0xc8], 16);
  return b;
})();

function source(images: SourceImage[], lines: string[]): DecodedSource {
  return { file: { path: 's/p.html', bytes: new Uint8Array(), sha256: '', story: 's' }, format: 'html', encoding: 'utf-8', text: lines.join('\n'), lines, frontMatter: null, problems: [], images };
}

function verdicts(lines: string[], reasons: Record<number, [boolean, string]> = {}): LineVerdict[] {
  return lines.map((text, i) => {
    const [keep, reason] = reasons[i + 1] ?? (text === '' ? [false, 'blank'] : [true, 'content']);
    return { n: i + 1, text, keep, reason };
  });
}

const LINES = ['Headline', '', 'Photo', '', 'Body text.', '', 'Chart', '', 'Remote', '', 'Big'];

describe('articleFigures', () => {
  it('copies local and large data images to media/ under a content hash, inlines small data images, links remote ones', () => {
    const files = new Map<string, Uint8Array>();
    const images: SourceImage[] = [
      { line: 3, kind: 'local', src: 's/p_files/a.png', alt: 'Photo', bytes: PNG8, mime: 'image/png' },
      { line: 7, kind: 'data', src: 'data:image/png', alt: 'Chart', bytes: PNG8, mime: 'image/png' },
      { line: 9, kind: 'remote', src: 'https://cdn.example.com/x.jpg', alt: '' },
      { line: 11, kind: 'data', src: 'data:image/png', alt: 'Big', bytes: BIG_PNG, mime: 'image/png' },
    ];
    const figures = articleFigures(source(images, LINES), verdicts(LINES, { 1: [true, 'headline'] }), files);
    expect(figures.map((f) => f.line)).toEqual([3, 7, 9, 11]);
    const [local, data, remote, big] = figures.map((f) => f.media);
    expect(local).toEqual({ kind: 'picture', image: { src: expect.stringMatching(/^\.\.\/\.\.\/media\/[0-9a-f]{16}\.png$/), alt: 'Photo', width: 8, height: 6 } });
    expect(data).toEqual({ kind: 'picture', image: { src: `data:image/png;base64,${Buffer.from(PNG8).toString('base64')}`, alt: 'Chart', width: 8, height: 6 } });
    expect(remote).toEqual({ kind: 'link', href: 'https://cdn.example.com/x.jpg', label: 'Image: cdn.example.com (external)' });
    expect(big).toEqual({ kind: 'picture', image: { src: expect.stringMatching(/^\.\.\/\.\.\/media\/[0-9a-f]{16}\.png$/), alt: 'Big', width: 300, height: 200 } });
    // Files are named by their bytes; the same bytes are one file.
    expect([...files.keys()].sort()).toEqual([`media/${(local as { image: { src: string } }).image.src.split('/').pop()}`, `media/${(big as { image: { src: string } }).image.src.split('/').pop()}`].sort());
    for (const [path, bytes] of files) {
      expect(MEDIA_NAME.test(path.slice('media/'.length))).toBe(true);
      expect(mediaType(path.slice('media/'.length))).toBe('image/png');
      expect([PNG8, BIG_PNG]).toContain(bytes);
    }
    for (const f of figures) if (f.media.kind === 'picture') expect(isSafeImageSrc(f.media.image.src)).toBe(true);
    const again = new Map<string, Uint8Array>();
    articleFigures(source([{ ...images[0]!, src: 'other/b.png', alt: 'Same bytes' }], LINES), verdicts(LINES), again);
    expect([...again.keys()]).toEqual([...files.keys()].filter((k) => files.get(k) === PNG8));
  });

  it('sniffs the bytes again and names the file by what they are', () => {
    const files = new Map<string, Uint8Array>();
    const gif = new Uint8Array([...Buffer.from('GIF89a', 'latin1'), 40, 0, 30, 0, 0, 0, 0]);
    const images: SourceImage[] = [
      { line: 3, kind: 'local', src: 'a.png', alt: 'Says PNG, is GIF', bytes: gif, mime: 'image/png' },
      { line: 5, kind: 'local', src: 'b.png', alt: 'Not an image', bytes: new TextEncoder().encode('<svg onload="alert(1)"/>'), mime: 'image/png' },
      { line: 7, kind: 'local', src: 'c.png', alt: 'No bytes' },
    ];
    const figures = articleFigures(source(images, LINES), verdicts(LINES), files);
    expect(figures).toHaveLength(1);
    expect(figures[0]!.media).toMatchObject({ kind: 'picture', image: { src: expect.stringMatching(/\.gif$/), width: 40, height: 30 } });
    expect([...files.keys()]).toEqual([expect.stringMatching(/^media\/[0-9a-f]{16}\.gif$/)]);
  });

  it('leaves out images above the headline, images whose line the cleaner removed as chrome, and unsafe remote URLs', () => {
    const lines = ['Logo', '', 'Headline', '', 'Advertise here', '', 'Alt repeating the caption', '', 'Remote'];
    const images: SourceImage[] = [
      { line: 1, kind: 'local', src: 'logo.png', alt: 'Logo', bytes: PNG8, mime: 'image/png' },
      { line: 5, kind: 'local', src: 'ad.png', alt: 'Advertise here', bytes: PNG8, mime: 'image/png' },
      { line: 7, kind: 'local', src: 'photo.png', alt: 'Alt repeating the caption', bytes: PNG8, mime: 'image/png' },
      { line: 9, kind: 'remote', src: 'javascript:alert(1)', alt: 'Remote' },
    ];
    const figures = articleFigures(source(images, lines), verdicts(lines, { 3: [true, 'headline'], 5: [false, 'ad'], 7: [false, 'image'] }), new Map());
    expect(figures.map((f) => f.line)).toEqual([7]);
  });

  it('gives nothing for a source without images', () => {
    const files = new Map<string, Uint8Array>();
    const bare = source([], LINES);
    delete bare.images;
    expect(articleFigures(bare, verdicts(LINES), files)).toEqual([]);
    expect(files.size).toBe(0);
  });
});

describe('mediaType', () => {
  it('knows only the names emit writes', () => {
    expect(mediaType('0123456789abcdef.jpg')).toBe('image/jpeg');
    expect(mediaType('0123456789abcdef.webp')).toBe('image/webp');
    expect(mediaType('0123456789abcdef.svg')).toBeNull();
    expect(mediaType('../0123456789abcdef.png')).toBeNull();
    expect(mediaType('x.png')).toBeNull();
  });
});
