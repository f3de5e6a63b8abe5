import type { QuoteLinks } from './article-mdx.ts';
import type { PipelineResult } from '../pipeline/run.ts';
import { passagePath, withBase } from '../utils/paths.ts';

/** How many "also in" links a passage shows per quotation; the rest are on the quote's page. */
export const MAX_ALSO_IN = 5;

/**
 * For every article, the cross-source links of each passage that holds a quotation
 * other sources also carry: passage id → one entry per quotation.
 */
export function quoteLinksByArticle(result: PipelineResult, base: string): Map<string, Map<string, QuoteLinks[]>> {
  const labels = new Map(
    result.articles.map((a) => [a.slug, { name: a.article.meta.publisher ?? a.article.meta.displayTitle, index: new Map(a.passages.map((p) => [p.id, p.index])) }]),
  );
  const out = new Map<string, Map<string, QuoteLinks[]>>();
  for (const group of result.quotes) {
    if (group.sources < 2) continue;
    const quoteHref = withBase(base, `quotes/${group.id}/`);
    // Distinct places, in order, computed once per quotation: linear in its occurrences.
    const seen = new Set<string>();
    const places = group.occurrences.filter((o) => {
      const key = `${o.slug}#${o.passage}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const perSlug = new Map<string, number>();
    for (const o of places) perSlug.set(o.slug, (perSlug.get(o.slug) ?? 0) + 1);
    for (const here of group.occurrences) {
      const shown: typeof places = [];
      for (const o of places) {
        if (shown.length >= MAX_ALSO_IN) break;
        if (o.slug !== here.slug) shown.push(o);
      }
      const elsewhere = places.length - (perSlug.get(here.slug) ?? 0);
      const links = shown.map((o) => {
        const label = labels.get(o.slug);
        const n = label?.index.get(o.passage);
        return { label: `${label?.name ?? o.slug}${n !== undefined ? ` ¶${n}` : ''}`, href: withBase(base, passagePath(o.slug, o.passage)) };
      });
      const perArticle = out.get(here.slug) ?? new Map<string, QuoteLinks[]>();
      out.set(here.slug, perArticle);
      const list = perArticle.get(here.passage) ?? [];
      // One line per quotation, unless an earlier line of this passage already links the same places.
      const already = new Set(list.flatMap((l) => l.links.map((x) => x.href)));
      const known = links.every((l) => already.has(l.href)) && elsewhere === links.length;
      if (!known && !list.some((l) => l.quoteHref === quoteHref)) list.push({ links, more: elsewhere - links.length, quoteHref });
      perArticle.set(here.passage, list);
    }
  }
  return out;
}
