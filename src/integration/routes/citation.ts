import type { APIRoute, GetStaticPaths } from 'astro';
import { citationResponse, type CitationFormat } from '../../pipeline/cite/export/index.ts';
import type { ArticleRecord } from '../../schemas/article.ts';
import { archiveData } from '../../schemas/archive.ts';
import { CITATION_FORMATS, citationFile } from '../citation-files.ts';

/**
 * `articles/<slug>/cite.<format>` in `astro dev` (injected by the integration only there).
 * A build writes the same files directly: see writeCitationFiles.
 */
export const getStaticPaths = (() =>
  archiveData().records.flatMap((record) => CITATION_FORMATS.map((format) => ({ params: { slug: record.slug, format }, props: { record, format } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ArticleRecord; format: CitationFormat }> = ({ props }) => citationResponse(props.format, citationFile(props.record, props.format));
