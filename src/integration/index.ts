import type { AstroIntegration } from 'astro';
import type { BuildSettings } from '../config/settings.ts';
import { runArchivePipeline } from './pipeline.ts';
import { indexWithPagefind } from './pagefind.ts';
import { writeSiteExtras } from './site-extras.ts';
import { watchContent } from './dev-watch.ts';
import { writeServiceWorker } from './service-worker.ts';
import { makePortable } from './portable.ts';
import { writeTimings } from './timings.ts';
import { createTimer } from '../pipeline/timings.ts';
import { terminalProgress } from './progress.ts';

/**
 * The Dossier integration. Hooks only: each build concern lives in its own module.
 * - `astro:config:setup` runs the pipeline and writes the generated folder the collections read;
 * - `astro:server:setup` re-runs it when `content/` changes (dev);
 * - `astro:build:done` writes the report, robots.txt and feeds, then indexes the site with
 *   Pagefind and generates the service worker (or, for `--portable`, makes the copy work from disk).
 */
export default function dossier(settings: BuildSettings): AstroIntegration {
  const timer = createTimer(terminalProgress());
  let astroStart = 0;
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': ({ logger, updateConfig }) => {
        const result = runArchivePipeline(settings, logger, timer);
        // Former slugs (from the lock) leave redirect pages behind.
        const redirects = Object.fromEntries(Object.entries(result.lock.redirects).map(([from, to]) => [`/articles/${from}/`, `/articles/${to}/`]));
        if (Object.keys(redirects).length > 0) updateConfig({ redirects });
        astroStart = performance.now();
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(settings, server, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        timer.timings.astro = performance.now() - astroStart;
        writeSiteExtras(settings, dir);
        if (settings.portable) {
          makePortable(settings, dir, logger);
        } else {
          let start = performance.now();
          await indexWithPagefind(dir, settings.language, logger);
          timer.timings.pagefind = performance.now() - start;
          start = performance.now();
          await writeServiceWorker(dir, settings.base, logger);
          timer.timings['service-worker'] = performance.now() - start;
        }
        writeTimings(settings, timer.timings);
      },
    },
  };
}
