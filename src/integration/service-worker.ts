import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { generateSW } from 'workbox-build';

/**
 * Above this many bytes of pages, article pages are cached when first viewed instead
 * of being precached on the first visit (the shell, search and its index still are).
 * 10 MiB keeps a first visit light (about 300 article pages); bigger archives offer
 * "Save the whole archive" instead.
 */
export const PRECACHE_ARTICLES_LIMIT = 10 * 1024 * 1024;

/** Above this many bytes of Pagefind result fragments, fragments are cached as searches use them. */
export const PRECACHE_FRAGMENTS_LIMIT = 2 * 1024 * 1024;

/** Service-worker code: on request, fetch and cache every article page, reporting progress. */
const SAVE_ALL_WORKER = `self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'dossier-save-all' || !Array.isArray(data.urls)) return;
  event.waitUntil((async () => {
    const cache = await caches.open('dossier-articles');
    const urls = data.urls.filter((u) => typeof u === 'string' && u.startsWith('/'));
    let done = 0;
    for (const url of urls) {
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url, response);
      } catch (error) {}
      done++;
      if (done % 25 === 0 || done === urls.length) event.source && event.source.postMessage({ type: 'dossier-save-progress', done, total: urls.length });
    }
  })());
});
`;

/**
 * Generates `sw.js` after Pagefind has written its files, so that the site works
 * offline after a first visit: it precaches the shell, the search page (for any query
 * string), Pagefind's runtime, index, meta and filters, and every article page. A new
 * build gets a new precache manifest; outdated caches are removed on activation.
 */
export async function writeServiceWorker(dir: URL, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const out = fileURLToPath(dir);
  const articleBytes = sizeOf(join(out, 'articles'));
  // DOSSIER_PRECACHE_ARTICLES_BYTES overrides the limit (tests use 0 to exercise big-archive behaviour).
  const limit = Number(process.env['DOSSIER_PRECACHE_ARTICLES_BYTES'] ?? PRECACHE_ARTICLES_LIMIT);
  const precacheArticles = articleBytes <= (Number.isFinite(limit) ? limit : PRECACHE_ARTICLES_LIMIT);
  // Pagefind's result fragments grow with the archive; past a limit they are cached as
  // searches fetch them, while the runtime, index chunks, meta and filters are precached.
  const precacheFragments = sizeOf(join(out, 'pagefind', 'fragment')) <= PRECACHE_FRAGMENTS_LIMIT;
  // The page list behind "Save the whole archive for offline reading" (shown only when
  // article pages are not precached), and the worker code that saves them.
  const pages = existsSync(join(out, 'articles'))
    ? readdirSync(join(out, 'articles')).filter((slug) => existsSync(join(out, 'articles', slug, 'index.html'))).sort().map((slug) => `${base}articles/${slug}/`)
    : [];
  writeFileSync(join(out, 'offline-pages.json'), `${JSON.stringify({ precached: precacheArticles, pages })}\n`);
  // What every page asks on load: small whatever the archive's size.
  writeFileSync(join(out, 'offline-status.json'), `${JSON.stringify({ precached: precacheArticles, pages: pages.length })}\n`);
  writeFileSync(join(out, 'sw-save-all.js'), SAVE_ALL_WORKER);
  const { count, size, warnings } = await generateSW({
    importScripts: ['sw-save-all.js'],
    swDest: join(out, 'sw.js'),
    globDirectory: out,
    globPatterns: [
      '*.{html,css,js,svg,json}',
      ...['_astro', 'pagefind'].filter((d) => existsSync(join(out, d))).map((d) => `${d}/**/*`),
      ...['search', 'quotes', 'stories', ...(precacheArticles ? ['articles'] : [])]
        .filter((d) => existsSync(join(out, d)))
        .map((d) => (d === 'search' ? 'search/index.html' : `${d}/**/index.html`)),
    ],
    globIgnores: ['sw.js', 'pagefind/*-ui.*', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', ...(precacheFragments ? [] : ['pagefind/fragment/**'])],
    modifyURLPrefix: { '': base },
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
    runtimeCaching: [
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/articles/'),
        handler: 'StaleWhileRevalidate',
        options: { cacheName: 'dossier-articles' },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/pagefind/fragment/'),
        handler: 'CacheFirst',
        options: { cacheName: 'dossier-search-fragments' },
      },
      {
        // Article images: content-addressed, so a cached copy is never stale.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/media/'),
        handler: 'CacheFirst',
        options: { cacheName: 'dossier-media' },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.includes('/sources/'),
        handler: 'CacheFirst',
        options: { cacheName: 'dossier-sources' },
      },
    ],
  });
  for (const w of warnings) logger.warn(`service worker: ${w}`);
  logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KiB)${precacheArticles ? '' : '; article pages are cached on first view'}`);
}

function sizeOf(path: string): number {
  let total = 0;
  const walk = (p: string): void => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(p)) walk(join(p, name));
    } else total += stat.size;
  };
  walk(path);
  return total;
}

