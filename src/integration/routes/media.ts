import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { MEDIA_DIR, mediaType } from '../../emit/article-media.ts';
import { mediaFileNames } from '../../emit/media-files.ts';

/**
 * `media/<hash>.<ext>` in `astro dev` (injected by the integration only there): each
 * article image, byte for byte. A build copies the same files: see copyMediaFiles.
 */
export const getStaticPaths = (() => mediaFileNames(process.env['DOSSIER_GEN'] ?? '').map((name) => ({ params: { file: name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = String(params['file']);
  const type = mediaType(name);
  if (type === null) return new Response(null, { status: 404 });
  const bytes = readFileSync(join(process.env['DOSSIER_GEN'] ?? '', MEDIA_DIR, name));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': type } });
};
