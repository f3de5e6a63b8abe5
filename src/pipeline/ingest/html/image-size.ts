import type { ImageMime } from './sniff-image.ts';

/** Width and height stated by a PNG or GIF header; null for other types or a short header. */
export function imageSize(bytes: Uint8Array, mime: ImageMime): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mime === 'image/png' && bytes.length >= 24) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (mime === 'image/gif' && bytes.length >= 10) return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  return null;
}
