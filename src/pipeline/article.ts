import { cleanSource, type CleanContext } from './clean/index.ts';
import { describe } from './describe/index.ts';
import type { IngestedSource } from './ingest/index.ts';
import { cleanUrl } from './describe/clean-url.ts';
import { publicationDate } from './describe/to-iso-date.ts';
import { splitTitle } from './describe/title.ts';
import { personName } from './describe/people.ts';
import { organisationName } from './describe/publisher-evidence.ts';
import type { Article, LineVerdict, Metadata } from './types.ts';
import { NO_TIMER, type StageTimer } from './timings.ts';

/**
 * Cleans and describes one ingested source. For Markdown, the YAML header's lines are
 * reported as removed (`front-matter`) and line numbers count from the top of the file.
 * For HTML, what the page's head states fills metadata the text does not give.
 */
export function cleanArticle(source: IngestedSource, context?: CleanContext, timer: StageTimer = NO_TIMER): Article {
  const bodyVerdicts = timer.time('clean', () => cleanSource(source, context));
  const meta = timer.time('describe', () => describe(source, bodyVerdicts, source.htmlHead));
  const offset = source.headerLines;
  if (offset === 0) return { source, verdicts: bodyVerdicts, meta: withHtmlHead(meta, source.htmlHead) };
  const header: LineVerdict[] = [];
  for (let n = 1; n <= offset; n++) header.push({ n, text: source.header[n - 1] ?? '', keep: false, reason: 'front-matter' });
  const shifted = bodyVerdicts.map((v) => ({ ...v, n: v.n + offset }));
  const provenance: Metadata['provenance'] = {};
  for (const [field, where] of Object.entries(meta.provenance) as [keyof Metadata['provenance'], string | undefined][]) {
    if (where !== undefined) provenance[field] = where.replace(/^line (\d+)/, (_m: string, d: string) => `line ${Number(d) + offset}`);
  }
  return { source, verdicts: [...header, ...shifted], meta: { ...meta, provenance } };
}

function withHtmlHead(meta: Metadata, head: Record<string, string>): Metadata {
  if (Object.keys(head).length === 0) return meta;
  const out: Metadata = { ...meta, provenance: { ...meta.provenance } };
  const pick = (...keys: string[]): [string, string] | null => {
    for (const key of keys) {
      const value = head[key]?.trim();
      if (value) return [key, value];
    }
    return null;
  };
  const title = pick('html:meta[og:title]', 'html:meta[citation_title]', 'html:ld[headline]', 'html:title');
  const site = pick('html:meta[og:site_name]', 'html:meta[citation_journal_title]', 'html:ld[publisher]');
  if (out.title === null && title) {
    // The same "| Site" suffix rule as for text: a dash suffix goes only when it names the site.
    out.title = splitTitle(title[1], [out.publisher, site?.[1]].filter((p): p is string => typeof p === 'string')).title;
    out.displayTitle = out.title;
    out.titleDerived = false;
    out.provenance.title = title[0];
    out.provenance.displayTitle = title[0];
  }
  const dek = pick('html:meta[og:description]', 'html:meta[description]', 'html:ld[description]');
  if (out.dek === null && dek) [out.provenance.dek, out.dek] = [dek[0], dek[1]];
  if (out.publisher === null && site) [out.provenance.publisher, out.publisher] = [site[0], site[1]];
  const author = pick('html:meta[author]', 'html:meta[article:author]', 'html:meta[citation_author]', 'html:ld[author]');
  // Structured data often credits the outlet ("Example Daily staff"): from JSON-LD only a person's name is taken.
  const person = author && (author[0] !== 'html:ld[author]' || (personName(author[1]) === author[1] && !organisationName(author[1])));
  if (out.author === null && author && person && !/^https?:/.test(author[1])) [out.provenance.author, out.author] = [author[0], author[1]];
  const published = pick('html:meta[article:published_time]', 'html:meta[citation_publication_date]', 'html:meta[date]', 'html:ld[datePublished]');
  const date = published ? publicationDate(published[1]) : null;
  if (out.published === null && published && date) [out.provenance.published, out.published] = [published[0], date];
  // The text gave the day only and the head gives the same day with its time and offset: the head's is the fuller statement.
  else if (out.published !== null && published && date && /^\d{4}-\d{2}-\d{2}$/.test(out.published) && date.startsWith(`${out.published}T`) && /(?:Z|[+-]\d{2}:\d{2})$/.test(date)) {
    [out.provenance.published, out.published] = [published[0], date];
  }
  const url = pick('html:link[canonical]', 'html:meta[og:url]', 'html:ld[url]');
  const href = url ? cleanUrl(url[1]) : null;
  if (out.url === null && url && href) [out.provenance.url, out.url] = [url[0], href];
  const lang = pick('html:lang');
  if (out.language === null && lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang[1])) [out.provenance.language, out.language] = [lang[0], lang[1]];
  return out;
}
