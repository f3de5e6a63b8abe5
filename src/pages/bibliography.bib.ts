import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { citableSource, citationResponse, cslRecord, sortById, toBibtex } from '../pipeline/cite/export/index.ts';

/** `bibliography.bib`: every article of the archive, sorted by slug. */
export const GET: APIRoute = async () => {
  const records = await getCollection('records');
  return citationResponse('bib', toBibtex(sortById(records.map((r) => cslRecord(citableSource(r.data))))));
};
