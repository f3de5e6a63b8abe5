import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { citableSource, citationResponse, cslRecord, toRis } from '../../../pipeline/cite/export/index.ts';
import type { ArticleRecord } from '../../../schemas/article.ts';

/** `articles/<slug>/cite.ris`: this article's citation, generated from its CSL record. */
export const getStaticPaths = (async () => {
  const records = await getCollection('records');
  return records.map((r) => ({ params: { slug: r.data.slug }, props: { record: r.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ArticleRecord }> = ({ props }) =>
  citationResponse('ris', toRis([cslRecord(citableSource(props.record))]));
