import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MEDIA_DIR, mediaType } from './article-media.ts';

/**
 * The article images of a generated folder (`media/<sha256 prefix>.<ext>`), by name,
 * sorted; only names the emit stage writes, so nothing else in the folder is published.
 *
 * @param genDir The generated folder.
 */
export function mediaFileNames(genDir: string): string[] {
  const folder = join(genDir, MEDIA_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && mediaType(entry.name) !== null)
    .map((entry) => entry.name)
    .sort();
}

/**
 * Copies the article images of a generated folder into a built site's `media/`, where
 * article pages (`articles/<slug>/index.html`) load them as `../../media/<name>`.
 *
 * @param genDir The generated folder.
 * @param out The built site's folder.
 * @returns How many files were copied.
 */
export function copyMediaFiles(genDir: string, out: string): number {
  const names = mediaFileNames(genDir);
  if (names.length > 0) mkdirSync(join(out, MEDIA_DIR), { recursive: true });
  for (const name of names) copyFileSync(join(genDir, MEDIA_DIR, name), join(out, MEDIA_DIR, name));
  return names.length;
}
