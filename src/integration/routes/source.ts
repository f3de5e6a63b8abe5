import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { archiveData } from '../../schemas/archive.ts';
import { publishedOriginals } from '../citation-files.ts';

/**
 * `sources/<slug>.<ext>.txt` in `astro dev` (injected by the integration only there): each
 * original, byte for byte, as plain text. A build copies the same files: see writeCitationFiles.
 */
export const getStaticPaths = (() =>
  publishedOriginals(archiveData().records).map((r) => ({ params: { file: r.originalName }, props: { name: r.originalName } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ name: string }> = ({ props }) => {
  const bytes = readFileSync(join(process.env['DOSSIER_GEN'] ?? '', 'originals', props.name));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
