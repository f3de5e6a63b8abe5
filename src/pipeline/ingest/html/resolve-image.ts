import { decodeDataImage } from './data-uri.ts';
import { TOO_LARGE_DATA_URI } from './prepare-input.ts';
import { imageSize } from './image-size.ts';
import { resolveAssetPath } from './resolve-asset-path.ts';
import { sniffImage, type ImageMime } from './sniff-image.ts';
import type { ExtractedImage } from './types.ts';

/** What `resolveImage` needs to know about the page. */
export interface ImageContext {
  path: string;
  readAsset?: (relPath: string) => Uint8Array | null;
  maxImageBytes: number;
}

/** An image to keep (without its line yet), or why it was left out. */
export type ResolvedImage = { ok: true; image: Omit<ExtractedImage, 'line'> } | { ok: false; code: string; message: string };

/** True for a tracking pixel: a PNG or GIF of at most 2×2 pixels. */
function isPixel(bytes: Uint8Array, mime: ImageMime): boolean {
  if (mime !== 'image/png' && mime !== 'image/gif') return false;
  const size = imageSize(bytes, mime);
  return size !== null && size.width <= 2 && size.height <= 2;
}

const PIXEL = { ok: false, code: 'image-tracker', message: 'Left out a tracking pixel (an image of at most 2×2 pixels).' } as const;

/** Shortens a source for a report message. */
function shown(src: string): string {
  return src.length > 80 ? `${src.slice(0, 77)}…` : src;
}

/**
 * Decides what becomes of an `<img>`: a `data:` PNG/JPEG/GIF/WebP is decoded and kept;
 * an http(s) (or protocol-relative) source becomes a remote link; a relative source is
 * read from beside the page through `readAsset` and kept when its magic bytes show an
 * allowed type. Everything else is left out, with a reason.
 */
export function resolveImage(src: string, alt: string, context: ImageContext): ResolvedImage {
  const value = src.trim();
  if (value === '') return { ok: false, code: 'image-no-source', message: 'Left out an image without a source.' };
  if (value.startsWith(TOO_LARGE_DATA_URI)) return { ok: false, code: 'image-too-large', message: 'Left out an inline image larger than the size limit.' };
  if (/^data:/i.test(value)) {
    const data = decodeDataImage(value, context.maxImageBytes);
    if (!data.ok) return { ok: false, code: data.code, message: `Left out an inline image (${shown(value.slice(0, value.indexOf(',') + 1))}): ${data.code.replace('image-', '').replace(/-/g, ' ')}.` };
    if (isPixel(data.bytes, data.mime)) return PIXEL;
    return { ok: true, image: { kind: 'data', src: `data:${data.mime}`, alt, bytes: data.bytes, mime: data.mime } };
  }
  if (/^(?:https?:)?\/\//i.test(value)) {
    try {
      const url = new URL(value.startsWith('//') ? `https:${value}` : value);
      if (url.protocol === 'http:' || url.protocol === 'https:') return { ok: true, image: { kind: 'remote', src: url.href, alt } };
    } catch {
      // not a URL
    }
    return { ok: false, code: 'image-url-invalid', message: `Left out an image with an invalid URL (${shown(value)}).` };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return { ok: false, code: 'image-scheme', message: `Left out an image with an unsupported source (${shown(value)}).` };
  const rel = resolveAssetPath(context.path, value);
  if (rel === null) return { ok: false, code: 'image-path', message: `Left out an image outside the content folder (${shown(value)}).` };
  if (!context.readAsset) return { ok: false, code: 'image-unread', message: `Left out a local image that was not read (${shown(rel)}).` };
  let bytes: Uint8Array | null;
  try {
    bytes = context.readAsset(rel);
  } catch {
    bytes = null;
  }
  if (bytes === null) return { ok: false, code: 'image-missing', message: `Left out a local image that is missing (${shown(rel)}).` };
  if (bytes.length > context.maxImageBytes) return { ok: false, code: 'image-too-large', message: `Left out a local image larger than the size limit (${shown(rel)}).` };
  const mime = sniffImage(bytes);
  if (mime === null) return { ok: false, code: 'image-type', message: `Left out a local file that is not a PNG, JPEG, GIF or WebP image (${shown(rel)}).` };
  if (isPixel(bytes, mime)) return PIXEL;
  return { ok: true, image: { kind: 'local', src: rel, alt, bytes, mime } };
}
