import { imageSize } from '../pipeline/ingest/html/image-size.ts';
import { sniffImage, type ImageMime } from '../pipeline/ingest/html/sniff-image.ts';
import type { DecodedSource, LineVerdict, SourceImage } from '../pipeline/types.ts';
import { sha256Hex } from '../utils/hash.ts';
import { isSafeImageSrc, isSafeUrl, type ImageSpec } from './mdx/index.ts';

/** The site folder that holds article images, beside `articles/`. */
export const MEDIA_DIR = 'media';

/** A media file's name: a hex content hash and the extension of its type. */
export const MEDIA_NAME = /^[0-9a-f]{16,64}\.(?:png|jpg|gif|webp)$/;

/** Largest `data:` image (decoded bytes) written into the page itself; larger ones become files, so pages stay light. */
export const INLINE_IMAGE_LIMIT = 16 * 1024;

const EXTENSIONS: Readonly<Record<ImageMime, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** The content type of a media file, from its name; null for a name emit never writes. */
export function mediaType(name: string): ImageMime | null {
  if (!MEDIA_NAME.test(name)) return null;
  const ext = name.slice(name.lastIndexOf('.') + 1);
  return (Object.keys(EXTENSIONS) as ImageMime[]).find((mime) => EXTENSIONS[mime] === ext) ?? null;
}

/**
 * Cleaner reasons that mark a removed image line as page chrome (an advert, a share
 * button, a teaser, the site's logo repeated across the archive…). An image whose
 * line was removed for any other reason (its alt text repeats the caption, or looks
 * like a name) is still part of the article.
 */
const CHROME_REASONS: ReadonlySet<string> = new Set(['ad', 'social', 'related', 'repeated', 'prompt', 'weather', 'css', 'copyright', 'disclaimer', 'bio']);

/** An image shown on an article page: a picture of the site's own, or a link to a remote one. */
export type FigureMedia = { kind: 'picture'; image: ImageSpec } | { kind: 'link'; href: string; label: string };

/** An image of an article, placed at the line of the source it stands for. */
export interface ArticleFigure {
  /** 1-based line of the decoded source (passages after it follow the figure). */
  line: number;
  media: FigureMedia;
}

/**
 * The images of an article page, in source order, and the files they need: local
 * images and large `data:` images become `media/<sha256 prefix>.<ext>` (added to
 * `files`; the same bytes always give the same name, so copies are shared across
 * articles), small `data:` images are re-encoded into the page, remote images become
 * links. The bytes are sniffed again here, so only PNG, JPEG, GIF and WebP are ever
 * published. Images above the headline, and those whose line the cleaner removed as
 * chrome, are left out.
 *
 * @param source The decoded source (its `images`, if any).
 * @param verdicts The cleaner's verdict on each line.
 * @param files Where media files are collected, keyed by their path in the generated folder.
 */
export function articleFigures(source: DecodedSource, verdicts: readonly LineVerdict[], files: Map<string, Uint8Array>): ArticleFigure[] {
  const headline = verdicts.find((v) => v.reason === 'headline')?.n ?? 0;
  const figures: ArticleFigure[] = [];
  for (const image of source.images ?? []) {
    if (image.line <= headline || isChrome(verdicts[image.line - 1])) continue;
    const media = figureMedia(image, files);
    if (media !== null) figures.push({ line: image.line, media });
  }
  return figures.sort((a, b) => a.line - b.line);
}

function isChrome(verdict: LineVerdict | undefined): boolean {
  return verdict !== undefined && !verdict.keep && verdict.text.trim() !== '' && CHROME_REASONS.has(verdict.reason);
}

function figureMedia(image: SourceImage, files: Map<string, Uint8Array>): FigureMedia | null {
  if (image.kind === 'remote') return remoteLink(image);
  const bytes = image.bytes;
  const mime = bytes ? sniffImage(bytes) : null;
  if (!bytes || mime === null) return null;
  const inline = image.kind === 'data' && bytes.length <= INLINE_IMAGE_LIMIT;
  const name = `${sha256Hex(bytes).slice(0, 16)}.${EXTENSIONS[mime]}`;
  // Article pages live at articles/<slug>/index.html.
  const src = inline ? `data:${mime};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}` : `../../${MEDIA_DIR}/${name}`;
  if (!isSafeImageSrc(src)) return null;
  if (!inline) files.set(`${MEDIA_DIR}/${name}`, bytes);
  return { kind: 'picture', image: { src, alt: image.alt, ...pixelSize(bytes, mime) } };
}

/** A remote image as a link: its alt text, or its host when it has none. */
function remoteLink(image: SourceImage): FigureMedia | null {
  let host: string;
  try {
    const url = new URL(image.src);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    host = url.hostname;
  } catch {
    return null;
  }
  if (!isSafeUrl(image.src)) return null;
  return { kind: 'link', href: image.src, label: `Image: ${image.alt.trim() || host} (external)` };
}

/** The pixel size the header states, when it is one an `<img>` can carry. */
function pixelSize(bytes: Uint8Array, mime: ImageMime): { width: number; height: number } | Record<string, never> {
  const size = imageSize(bytes, mime);
  const fits = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 99_999;
  return size !== null && fits(size.width) && fits(size.height) ? { width: size.width, height: size.height } : {};
}
