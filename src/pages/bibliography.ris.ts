import type { APIRoute } from 'astro';
import { citableSource, citationResponse, cslRecord, sortById, toRis } from '../pipeline/cite/export/index.ts';
import { archiveData } from '../schemas/archive.ts';

/** `bibliography.ris`: every article of the archive, sorted by slug. */
export const GET: APIRoute = () => {
  const { records } = archiveData();
  return citationResponse('ris', toRis(sortById(records.map((r) => cslRecord(citableSource(r))))));
};
