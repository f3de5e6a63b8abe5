import type { APIRoute } from 'astro';
import { citableSource, citationResponse, cslRecord, sortById, toBibtex } from '../pipeline/cite/export/index.ts';
import { archiveData } from '../schemas/archive.ts';

/** `bibliography.bib`: every article of the archive, sorted by slug. */
export const GET: APIRoute = () => {
  const { records } = archiveData();
  return citationResponse('bib', toBibtex(sortById(records.map((r) => cslRecord(citableSource(r))))));
};
