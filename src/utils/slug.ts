/** Paths the site itself uses, which no article slug may take. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'index', '404', 'search', 'pagefind', '_astro', 'sources', 'stories', 'articles', 'quotes',
  'report', 'bibliography', 'feed', 'rss', 'sitemap', 'robots', 'offline', 'sw', 'assets',
]);

/**
 * A readable URL slug: ASCII letters and digits (accents folded), words joined by `-`,
 * at most 60 characters, cut at a word boundary. Empty when nothing readable remains.
 */
export function slugify(text: string, max = 60): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > max / 2 ? cut.slice(0, at) : folded.slice(0, max)).replace(/-+$/, '');
}

/**
 * Assigns unique slugs in order: the first wish that is readable and free wins;
 * reserved site paths get an `-article` suffix, repeats `-2`, `-3`….
 */
export function uniqueSlug(wishes: readonly string[], taken: Set<string>, fallback: string): string {
  let base = '';
  for (const wish of wishes) {
    base = slugify(wish);
    if (base) break;
  }
  if (!base) base = fallback;
  if (RESERVED_SLUGS.has(base)) base = `${base}-article`;
  let slug = base;
  for (let i = 2; taken.has(slug); i++) slug = `${base}-${i}`;
  taken.add(slug);
  return slug;
}
