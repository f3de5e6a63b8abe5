import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind's Node API. Only elements marked
 * `data-pagefind-body` (the main content of article and story pages) are indexed.
 */
export async function indexWithPagefind(dir: URL, language: string, logger: AstroIntegrationLogger): Promise<void> {
  const out = fileURLToPath(dir);
  // One index in the site's language: a multilingual archive is searched as a whole.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language.split('-')[0] ?? 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: out });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    logger.info(`Pagefind indexed ${added.page_count} pages`);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
