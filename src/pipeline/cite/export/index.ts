/**
 * Citation exports: one canonical CSL-JSON record per source, and every other
 * format (BibTeX, RIS, CSL-JSON files, a human citation line, page metadata,
 * JSON-LD, text-fragment links) generated from it. Pure TypeScript; no Astro.
 */
export type { CitableSource, CslDate, CslItem, CslName } from './types.ts';
export { citableSource, citationTitle, cslRecord, DERIVED_TITLE_NOTE, httpUrl, sortById } from './csl.ts';
export type { CitableRecordFields } from './csl.ts';
export { cslNames, splitPersonName } from './names.ts';
export { cslDate } from './dates.ts';
export { toCslJson } from './csl-json.ts';
export { bibtexEntry, escapeLatex, toBibtex } from './bibtex.ts';
export { risRecord, toRis } from './ris.ts';
export { citeThis } from './cite-this.ts';
export { textFragmentUrl } from './text-fragment.ts';
export { citationMetaTags, newsArticleJsonLd, serializeJsonLd } from './meta.ts';
export type { MetaTag } from './meta.ts';
export { citationResponse, CONTENT_TYPES } from './http.ts';
export type { CitationFormat } from './http.ts';
