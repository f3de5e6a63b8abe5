import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/** Each original, byte for byte, served as plain text under `sources/<slug>.<ext>.txt`. */
export const getStaticPaths = (async () => {
  const records = await getCollection('records');
  return records.filter((r) => !r.data.excerpted).map((r) => ({ params: { file: r.data.originalName }, props: { name: r.data.originalName } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const name = String(props['name']);
  const bytes = readFileSync(join(process.env.DOSSIER_GEN ?? '', 'originals', name));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
