// @ts-check
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import dossier from './src/integration/index.ts';
import { resolveBuildSettings } from './src/config/settings.ts';

// The `dossier` CLI passes its options through DOSSIER_* variables; a plain
// `astro build` builds ./content into ./dist.
const root = fileURLToPath(new URL('.', import.meta.url));
// import.meta.env's built-in names come from this config, never from the environment: a
// BASE_URL left in the shell (Vitest sets one) would otherwise override `base` in pages.
for (const name of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[name];
const settings = resolveBuildSettings(process.env, root);
process.env.DOSSIER_GEN = settings.genDir;
process.env.DOSSIER_SETTINGS = JSON.stringify({
  title: settings.title,
  description: settings.description,
  language: settings.language,
  public: settings.public,
  excerpts: settings.excerpts,
  portable: settings.portable,
  site: settings.site,
});

// `dossier build` isolates each build: Astro's own folder (.astro/, which holds the
// content module map) then lives in the build's working folder, so builds of different
// archives or outputs can run in parallel. `astro dev`/`astro check` use the project root.
const isolated = process.env.DOSSIER_ISOLATE === '1';

export default defineConfig({
  root: isolated ? join(settings.workDir, 'root') : root,
  srcDir: join(root, 'src'),
  publicDir: join(root, 'public'),
  outDir: settings.outDir,
  // Isolated and project-root builds record different module paths: separate caches.
  cacheDir: join(settings.workDir, isolated ? 'astro-cache' : 'astro-cache-dev'),
  base: settings.base,
  ...(settings.site ? { site: settings.site } : {}),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Archives render their sources literally: no smart quotes, in Markdown or MDX.
  markdown: { processor: satteri({ features: { smartPunctuation: false } }) },
  // `optimize`: each Markdown-only subtree of an MDX page (a passage's text, an "also in" line
  // and its links) compiles to one HTML string instead of a JSX call per element, which keeps
  // each article's module small to bundle and cheap to render. The MDX safety tests compile
  // the same way (src/emit/mdx/test-harness.ts).
  integrations: [mdx({ smartypants: false, optimize: true }), dossier(settings)],
  devToolbar: { enabled: false },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" directive that the
        // bundler warns about once per article; it is expected and harmless.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
