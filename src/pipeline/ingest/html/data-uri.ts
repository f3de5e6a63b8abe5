import { sniffImage, type ImageMime } from './sniff-image.ts';

const DATA_IMAGE = /^data:image\/(png|jpeg|jpg|gif|webp)(?:;[a-z0-9=._+-]*)*?;base64,([A-Za-z0-9+/=\s%]*)$/i;

/** A decoded `data:` image, or why it was not kept. */
export type DataImage = { ok: true; bytes: Uint8Array; mime: ImageMime } | { ok: false; code: 'image-data-unsupported' | 'image-too-large' | 'image-data-invalid' };

/**
 * Decodes a `data:image/(png|jpeg|gif|webp);base64,…` URI. The decoded bytes must be at
 * most `maxBytes` long and their magic bytes must show one of those four types.
 */
export function decodeDataImage(uri: string, maxBytes: number): DataImage {
  const m = DATA_IMAGE.exec(uri.trim());
  if (!m) return { ok: false, code: 'image-data-unsupported' };
  const payload = (m[2] ?? '').replace(/%([0-9a-f]{2})/gi, (_s, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\s+/g, '');
  if (payload.length > Math.ceil((maxBytes * 4) / 3) + 4) return { ok: false, code: 'image-too-large' };
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(payload)) return { ok: false, code: 'image-data-invalid' };
  const bytes = new Uint8Array(Buffer.from(payload, 'base64'));
  if (bytes.length > maxBytes) return { ok: false, code: 'image-too-large' };
  const mime = sniffImage(bytes);
  if (mime === null) return { ok: false, code: 'image-data-invalid' };
  return { ok: true, bytes, mime };
}
