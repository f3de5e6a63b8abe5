/** Media types of the citation files, and a Response helper for the site's endpoints. */

export const CONTENT_TYPES = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
} as const;

export type CitationFormat = keyof typeof CONTENT_TYPES;

/** The file as a Response (the type matters in `astro dev`; the static build writes the body). */
export function citationResponse(format: CitationFormat, body: string): Response {
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[format], 'X-Content-Type-Options': 'nosniff' } });
}
