import type { AstroIntegration } from 'astro';
import type { BuildSettings } from '../config/settings.ts';
import { runArchivePipeline } from './pipeline.ts';
import { indexWithPagefind } from './pagefind.ts';
import { writeSiteExtras } from './site-extras.ts';
import { watchContent } from './dev-watch.ts';

/**
 * The Dossier integration. Hooks only: each build concern lives in its own module.
 * - `astro:config:setup` runs the pipeline and writes the generated folder the collections read;
 * - `astro:server:setup` re-runs it when `content/` changes (dev);
 * - `astro:build:done` writes the report and robots.txt, then indexes the site with Pagefind.
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
        await indexWithPagefind(dir, logger);
      },
    },
  };
}
