import { describe, expect, it } from 'vitest';
import { imageSize } from './image-size.ts';
import { extractHtml } from './index.ts';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

/** A JPEG header: SOI, an APP0 segment, a DQT-sized filler, then a start-of-frame stating 640×480. */
function jpeg(frameMarker: number): Uint8Array {
  return bytes([0xff, 0xd8], [0xff, 0xe0, 0x00, 0x10], 'JFIF\0', [1, 1, 0, 0, 1, 0, 1, 0, 0], [0xff, 0xff], [0xff, frameMarker, 0x00, 0x11, 0x08, 0x01, 0xe0, 0x02, 0x80, 0x03]);
}

describe('imageSize', () => {
  it('reads JPEG start-of-frame segments (baseline and progressive), skipping other segments and fill bytes', () => {
    expect(imageSize(jpeg(0xc0), 'image/jpeg')).toEqual({ width: 640, height: 480 });
    expect(imageSize(jpeg(0xc2), 'image/jpeg')).toEqual({ width: 640, height: 480 });
    // DHT (0xc4) and JPG (0xc8) are not frames.
    expect(imageSize(jpeg(0xc4), 'image/jpeg')).toBeNull();
  });

  it('gives up on truncated or malformed JPEG headers', () => {
    const whole = jpeg(0xc0);
    for (let cut = 0; cut < whole.length - 3; cut += 1) expect(imageSize(whole.slice(0, cut), 'image/jpeg')).toBeNull();
    expect(imageSize(bytes([0xff, 0xd8], [0x00, 0x00, 0x00, 0x00]), 'image/jpeg')).toBeNull();
    expect(imageSize(bytes([0xff, 0xd8], [0xff, 0xe0, 0x00, 0x00]), 'image/jpeg')).toBeNull();
  });

  it('reads the three WebP chunk kinds', () => {
    const riff = (chunk: string, body: number[]): Uint8Array => bytes('RIFF', [0, 0, 0, 0], 'WEBP', chunk, [0, 0, 0, 0], body, new Array(16).fill(0));
    // Lossy: key frame start code, then 14-bit width 300 and height 200.
    expect(imageSize(riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x2c, 0x01, 0xc8, 0x00]), 'image/webp')).toEqual({ width: 300, height: 200 });
    // Lossless: signature 0x2f, then width-1 and height-1 in 14 bits each (300×200).
    const w = 299;
    const h = 199;
    expect(imageSize(riff('VP8L', [0x2f, w & 0xff, ((w >> 8) & 0x3f) | ((h & 0x3) << 6), (h >> 2) & 0xff, (h >> 10) & 0x0f]), 'image/webp')).toEqual({ width: 300, height: 200 });
    // Extended: flags, reserved, then 24-bit width-1 and height-1.
    expect(imageSize(riff('VP8X', [0, 0, 0, 0, 0x2b, 0x01, 0x00, 0xc7, 0x00, 0x00]), 'image/webp')).toEqual({ width: 300, height: 200 });
    expect(imageSize(riff('VP8L', [0x00]), 'image/webp')).toBeNull();
    expect(imageSize(riff('ALPH', []), 'image/webp')).toBeNull();
    expect(imageSize(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'image/webp')).toBeNull();
  });

  it('keeps the size a PNG or GIF states, so 1×1 trackers are still recognised', () => {
    const gif = bytes('GIF89a', [1, 0, 1, 0]);
    expect(imageSize(gif, 'image/gif')).toEqual({ width: 1, height: 1 });
    const tracker = `data:image/gif;base64,${Buffer.from(bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0])).toString('base64')}`;
    expect(extractHtml(`<body><p>Text.</p><img src="${tracker}" alt=""></body>`, { path: 'p.html' }).dropped.map((d) => d.code)).toContain('image-tracker');
  });
});
