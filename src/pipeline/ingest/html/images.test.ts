import { describe, expect, it } from 'vitest';
import { decodeDataImage } from './data-uri.ts';
import { extractHtml } from './index.ts';
import { resolveAssetPath } from './resolve-asset-path.ts';
import { resolveImage } from './resolve-image.ts';
import { sniffImage } from './sniff-image.ts';

/** An 8×6 RGB PNG. */
const PNG8 =
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAGCAIAAABxZ0isAAAAXElEQVR4nAXBMQHAIBAEsFPCjAhEMFfJK2F+EYjIjKImSYxY8UXFiRsvkmlMa/qmms50pzcl29jW9m21ne1ub0vKKKt8pcopt7yStNFW+1q10257LWGw+CgOl8cPs7tL8VVutpkAAAAASUVORK5CYII=';
/** A 1×1 GIF (a tracking pixel). */
const GIF1 = 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);

describe('sniffImage', () => {
  it('knows PNG, JPEG, GIF and WebP by their magic bytes, nothing else', () => {
    expect(sniffImage(new Uint8Array(Buffer.from(PNG8, 'base64')))).toBe('image/png');
    expect(sniffImage(JPEG)).toBe('image/jpeg');
    expect(sniffImage(new Uint8Array(Buffer.from(GIF1, 'base64')))).toBe('image/gif');
    expect(sniffImage(new Uint8Array(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1')))).toBe('image/webp');
    expect(sniffImage(new TextEncoder().encode('<svg onload="alert(1)"/>'))).toBeNull();
    expect(sniffImage(new Uint8Array())).toBeNull();
  });
});

describe('decodeDataImage', () => {
  it('decodes allowed types and checks the bytes', () => {
    const ok = decodeDataImage(`data:image/png;base64,${PNG8}`, 1000);
    expect(ok.ok && ok.mime).toBe('image/png');
    expect(decodeDataImage(`data:image/png;base64,${PNG8}`, 10)).toEqual({ ok: false, code: 'image-too-large' });
    expect(decodeDataImage('data:image/svg+xml;base64,PHN2Zy8+', 1000)).toEqual({ ok: false, code: 'image-data-unsupported' });
    expect(decodeDataImage('data:text/html;base64,PHA+', 1000)).toEqual({ ok: false, code: 'image-data-unsupported' });
    // Claims PNG, holds text.
    expect(decodeDataImage(`data:image/png;base64,${Buffer.from('<script>').toString('base64')}`, 1000)).toEqual({ ok: false, code: 'image-data-invalid' });
  });
});

describe('resolveAssetPath', () => {
  it('resolves against the input folder and never leaves the content folder', () => {
    expect(resolveAssetPath('story/page.html', 'page_files/a.jpg')).toBe('story/page_files/a.jpg');
    expect(resolveAssetPath('story/page.html', './page_files/a%20b.jpg?v=2#x')).toBe('story/page_files/a b.jpg');
    expect(resolveAssetPath('story/page.html', '../shared/c.png')).toBe('shared/c.png');
    expect(resolveAssetPath('story/page.html', '../../etc/passwd')).toBeNull();
    expect(resolveAssetPath('page.html', '/etc/passwd')).toBeNull();
    expect(resolveAssetPath('page.html', 'C:\\x.png')).toBeNull();
    expect(resolveAssetPath('page.html', 'file:///etc/passwd')).toBeNull();
  });
});

describe('resolveImage', () => {
  const assets: Record<string, Uint8Array> = {
    's/p_files/a.jpg': JPEG,
    's/p_files/fake.png': new TextEncoder().encode('<html>'),
    's/p_files/pixel.gif': new Uint8Array(Buffer.from(GIF1, 'base64')),
  };
  const context = { path: 's/p.html', maxImageBytes: 1000, readAsset: (rel: string) => assets[rel] ?? null };

  it('keeps local images with their bytes when the magic bytes allow it', () => {
    expect(resolveImage('p_files/a.jpg', 'Alt', context)).toEqual({ ok: true, image: { kind: 'local', src: 's/p_files/a.jpg', alt: 'Alt', bytes: JPEG, mime: 'image/jpeg' } });
    expect(resolveImage('p_files/fake.png', '', context)).toMatchObject({ ok: false, code: 'image-type' });
    expect(resolveImage('p_files/missing.png', '', context)).toMatchObject({ ok: false, code: 'image-missing' });
    expect(resolveImage('p_files/pixel.gif', '', context)).toMatchObject({ ok: false, code: 'image-tracker' });
    expect(resolveImage('p_files/a.jpg', '', { path: 's/p.html', maxImageBytes: 1000 })).toMatchObject({ ok: false, code: 'image-unread' });
  });

  it('turns http(s) images into remote links and drops other schemes', () => {
    expect(resolveImage('//cdn.example.com/x.jpg', '', context)).toEqual({ ok: true, image: { kind: 'remote', src: 'https://cdn.example.com/x.jpg', alt: '' } });
    expect(resolveImage('blob:https://x/1', '', context)).toMatchObject({ ok: false, code: 'image-scheme' });
    expect(resolveImage(`data:image/gif;base64,${GIF1}`, '', context)).toMatchObject({ ok: false, code: 'image-tracker' });
  });

  it('caps inline images, even huge ones that never reach the parser', () => {
    const big = `data:image/png;base64,${'A'.repeat(4 * 1024 * 1024)}`;
    const out = extractHtml(`<body><p>Text before the image.</p><img src="${big}" alt="big"><p>Text after.</p></body>`, { path: 'p.html' });
    expect(out.images).toEqual([]);
    expect(out.dropped.map((d) => d.code)).toContain('image-too-large');
    expect(out.text).toBe('Text before the image.\n\nText after.');
  });

  it('keeps a SingleFile data: image with its decoded bytes', () => {
    const out = extractHtml(`<body><figure><img src="data:image/png;base64,${PNG8}" alt="chart"><figcaption>Caption.</figcaption></figure></body>`, { path: 'p.html' });
    expect(out.images).toHaveLength(1);
    expect(out.images[0]).toMatchObject({ line: 1, kind: 'data', src: 'data:image/png', alt: 'chart', mime: 'image/png' });
    expect(out.images[0]?.bytes?.length).toBe(Buffer.from(PNG8, 'base64').length);
    expect(out.kinds).toEqual(['image', 'blank', 'caption']);
  });
});
