import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildSettings } from '../config/settings.ts';
import { readPipelineOutcome, runArchivePipeline } from './pipeline.ts';
import { indexWithPagefind } from './pagefind.ts';
import { addSearchPreloads } from './search-preload.ts';
import { writeSiteExtras } from './site-extras.ts';
import { watchContent } from './dev-watch.ts';
import { writeServiceWorker } from './service-worker.ts';
import { makePortable } from './portable.ts';
import { writeTimings } from './timings.ts';
import { writeCitationFiles } from './citation-files.ts';
import { copyMediaFiles } from '../emit/media-files.ts';
import { readRecords } from '../schemas/archive.ts';
import { createTimer } from '../pipeline/timings.ts';
import { terminalProgress } from './progress.ts';

/**
 * The Dossier integration. Hooks only: each build concern lives in its own module.
 * - `astro:config:setup` runs the pipeline and writes the generated folder the pages read; in
 *   `astro dev` it also adds the routes that serve each article's citation files and original;
 * - `astro:server:setup` re-runs it when `content/` changes (dev);
 * - `astro:build:done` writes the citation files, originals, article images, report, robots.txt and feeds, then indexes the site with
 *   Pagefind and generates the service worker (or, for `--portable`, makes the copy work from disk).
 */
export default function dossier(settings: BuildSettings): AstroIntegration {
  const timer = createTimer(terminalProgress());
  let astroStart = 0;
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig, injectRoute }) => {
        // `dossier build` runs the pipeline in its own process first (see cli/pipeline-step.ts);
        // `astro dev` and a plain `astro build` run it here.
        let slugRedirects: Record<string, string>;
        if (command === 'build' && process.env['DOSSIER_PIPELINE_DONE'] === '1') {
          const outcome = readPipelineOutcome(settings);
          Object.assign(timer.timings, outcome.timings);
          process.env['DOSSIER_BUILD_ID'] = outcome.buildId;
          slugRedirects = outcome.redirects;
        } else {
          slugRedirects = runArchivePipeline(settings, logger, timer).lock.redirects;
        }
        // Former slugs (from the lock) leave redirect pages behind.
        const redirects = Object.fromEntries(Object.entries(slugRedirects).map(([from, to]) => [`/articles/${from}/`, `/articles/${to}/`]));
        if (Object.keys(redirects).length > 0) updateConfig({ redirects });
        if (command === 'dev') {
          injectRoute({ pattern: '/articles/[slug]/cite.[format]', entrypoint: new URL('./routes/citation.ts', import.meta.url), prerender: true });
          injectRoute({ pattern: '/sources/[file]', entrypoint: new URL('./routes/source.ts', import.meta.url), prerender: true });
          injectRoute({ pattern: '/media/[file]', entrypoint: new URL('./routes/media.ts', import.meta.url), prerender: true });
        }
        astroStart = performance.now();
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(settings, server, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // The citation files and originals count as part of the Astro stage: they replaced its endpoints.
        // The records are read (and checked) once, for every file written beside the pages.
        const records = readRecords(settings.genDir);
        const files = await writeCitationFiles(records, settings.genDir, fileURLToPath(dir));
        const images = copyMediaFiles(settings.genDir, fileURLToPath(dir));
        logger.info(`wrote ${files.citations} citation files, ${files.originals} originals and ${images} article images`);
        timer.timings.astro = performance.now() - astroStart;
        writeSiteExtras(settings, dir, records);
        if (settings.portable) {
          makePortable(settings, dir, logger, records);
        } else {
          let start = performance.now();
          await indexWithPagefind(dir, settings.language, logger);
          addSearchPreloads(fileURLToPath(dir), settings.base, settings.language, process.env['DOSSIER_BUILD_ID'] || null);
          timer.timings.pagefind = performance.now() - start;
          start = performance.now();
          // The bundled worker is kept beside the builds' folders, so every build of this project reuses it.
          await writeServiceWorker(dir, settings.base, logger, join(dirname(settings.workDir), 'service-worker'));
          timer.timings['service-worker'] = performance.now() - start;
        }
        writeTimings(settings, timer.timings);
      },
    },
  };
}
