import type { AstroIntegration } from 'astro';
import type { BuildSettings } from '../config/settings.ts';
import { runArchivePipeline } from './pipeline.ts';
import { indexWithPagefind } from './pagefind.ts';
import { writeSiteExtras } from './site-extras.ts';
import { watchContent } from './dev-watch.ts';
import { writeServiceWorker } from './service-worker.ts';
import { makePortable } from './portable.ts';

/**
 * The Dossier integration. Hooks only: each build concern lives in its own module.
 * - `astro:config:setup` runs the pipeline and writes the generated folder the collections read;
 * - `astro:server:setup` re-runs it when `content/` changes (dev);
 * - `astro:build:done` writes the report, robots.txt and feeds, then indexes the site with
 *   Pagefind and generates the service worker (or, for `--portable`, makes the copy work from disk).
 */
export default function dossier(settings: BuildSettings): AstroIntegration {
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        runArchivePipeline(settings, logger);
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(settings, server, logger);
      },
      'astro:build:done': async ({ dir, logger }) => {
        writeSiteExtras(settings, dir);
        if (settings.portable) {
          makePortable(settings, dir, logger);
          return;
        }
        await indexWithPagefind(dir, settings.language, logger);
        await writeServiceWorker(dir, settings.base, logger);
      },
    },
  };
}
