import type { APIRoute } from 'astro';
import { citableSource, citationResponse, cslRecord, sortById, toCslJson } from '../pipeline/cite/export/index.ts';
import { archiveData } from '../schemas/archive.ts';

/** `bibliography.json`: every article of the archive, sorted by slug. */
export const GET: APIRoute = () => {
  const { records } = archiveData();
  return citationResponse('json', toCslJson(sortById(records.map((r) => cslRecord(citableSource(r))))));
};
