import type { Found } from './field.ts';

/**
 * The site's name as an HTML page's head gives it: its `og:site_name`, and the part of its `<title>` beside the
 * headline ("Glenrowan Gazette - Shire approves new skate park"), each with where it was read.
 */
export function headSiteNames(head: Readonly<Record<string, string>>, headline: string | null): Found[] {
  const out: Found[] = [];
  const site = head['html:meta[og:site_name]']?.trim();
  if (site) out.push({ value: site, provenance: 'html:meta[og:site_name]' });
  const title = head['html:title']?.trim() ?? '';
  const parts = title.split(/\s+[|–—-]\s+/u);
  const fold = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
  const named = [headline, head['html:meta[og:title]'] ?? null].filter((t): t is string => typeof t === 'string' && t.trim() !== '').map(fold);
  if (parts.length === 2 && named.length > 0) {
    const [first, second] = parts as [string, string];
    const other = named.includes(fold(first)) ? second : named.includes(fold(second)) ? first : null;
    if (other !== null && other.split(/\s+/).length <= 6) out.push({ value: other.trim(), provenance: 'html:title' });
  }
  return out;
}
