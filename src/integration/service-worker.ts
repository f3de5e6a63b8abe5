import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { generateSW, getManifest } from 'workbox-build';

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
 * build gets a new precache manifest; outdated caches are removed on activation. The worker's code is
 * bundled once and kept in `templateDir` (see `workerTemplate`); each build only lists its files.
 */
export async function writeServiceWorker(dir: URL, base: string, logger: AstroIntegrationLogger, templateDir?: string): Promise<void> {
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
  const { manifestEntries, count, size, warnings } = await getManifest({
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
    maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
  });
  // The worker's code is the same for every build: it is bundled once (per workbox version) and this build's
  // precache manifest is put in the place the bundle keeps for it.
  const template = await workerTemplate(templateDir);
  const code = template.split(MANIFEST_PLACEHOLDER).join(JSON.stringify(manifestEntries ?? []));
  writeFileSync(join(out, 'sw.js'), code);
  for (const w of warnings) logger.warn(`service worker: ${w}`);
  logger.info(`service worker precaches ${count} files (${Math.round(size / 1024)} KiB)${precacheArticles ? '' : '; article pages are cached on first view'}`);
}

/** The worker's options other than its precache manifest: the same for every build (a fresh object each time: workbox fills in what it is given). */
const workerOptions = () => ({
  importScripts: ['sw-save-all.js'],
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
  cleanupOutdatedCaches: true,
  clientsClaim: true,
  skipWaiting: true,
  inlineWorkboxRuntime: true,
  sourcemap: false,
  mode: 'production',
  runtimeCaching: [
    {
      urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) => sameOrigin && url.pathname.includes('/articles/'),
      handler: 'StaleWhileRevalidate' as const,
      options: { cacheName: 'dossier-articles' },
    },
    {
      urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) => sameOrigin && url.pathname.includes('/pagefind/fragment/'),
      handler: 'CacheFirst' as const,
      options: { cacheName: 'dossier-search-fragments' },
    },
    {
      // Article images: content-addressed, so a cached copy is never stale.
      urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) => sameOrigin && url.pathname.includes('/media/'),
      handler: 'CacheFirst' as const,
      options: { cacheName: 'dossier-media' },
    },
    {
      urlPattern: ({ url, sameOrigin }: { url: URL; sameOrigin: boolean }) => sameOrigin && url.pathname.includes('/sources/'),
      handler: 'CacheFirst' as const,
      options: { cacheName: 'dossier-sources' },
    },
  ],
});

/** The one manifest entry the template is bundled with; its array is replaced by a build's manifest. */
const PLACEHOLDER_URL = '__dossier_precache_manifest__';
/** How that entry's array reads in the bundled worker. */
const MANIFEST_PLACEHOLDER = `[{url:"${PLACEHOLDER_URL}",revision:null}]`;

/** What the template depends on: workbox's version and the worker's options (functions by their source). */
function templateKey(): string {
  const version = (createRequire(import.meta.url)('workbox-build/package.json') as { version: string }).version;
  const options = JSON.stringify(workerOptions(), (_key, value: unknown) => (typeof value === 'function' || value instanceof RegExp ? String(value) : value));
  return createHash('sha256').update(`${version}\n${options}\n${MANIFEST_PLACEHOLDER}`).digest('hex').slice(0, 16);
}

/**
 * The bundled worker with a placeholder for its precache manifest, read from `dir` when a build made it
 * before, else bundled now (workbox's `generateSW`, about 1.5 s) and kept there. Without `dir` it is
 * bundled every time.
 */
export async function workerTemplate(dir?: string): Promise<string> {
  const file = dir === undefined ? null : join(dir, `sw-template-${templateKey()}.js`);
  if (file !== null && existsSync(file)) return readFileSync(file, 'utf8');
  const scratch = mkdtempSync(join(tmpdir(), 'dossier-sw-'));
  try {
    await generateSW({
      ...workerOptions(),
      swDest: join(scratch, 'sw.js'),
      globDirectory: scratch,
      globPatterns: [],
      additionalManifestEntries: [{ url: PLACEHOLDER_URL, revision: null }],
    });
    const code = readFileSync(join(scratch, 'sw.js'), 'utf8');
    if (!code.includes(MANIFEST_PLACEHOLDER)) throw new Error('service worker: the bundled worker has no place for the precache manifest');
    if (file !== null) {
      mkdirSync(dirname(file), { recursive: true });
      // Written whole under another name first, so that a parallel build never reads half a file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, code);
      renameSync(partial, file);
    }
    return code;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
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

