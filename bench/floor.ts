/**
 * The floor: a bare Astro site with the same pages as the Dossier build (one `.md`
 * page per article in `src/pages`, one layout), indexed by Pagefind's CLI. It lives
 * inside the repository (e.g. `.dossier/bench-floor/`) so that Node resolves `astro`
 * from this repository's node_modules: same installed packages, no package.json.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type { GeneratedArticle } from './generate.ts';
import { folderSize, runMeasured, type Measured } from './lib/measure.ts';

const REPO = resolve(import.meta.dirname, '..');

const LAYOUT = `---
const { frontmatter } = Astro.props;
---
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{frontmatter.title}</title>
  </head>
  <body>
    <header><a href="/">Floor</a></header>
    <main>
      <h1>{frontmatter.title}</h1>
      <slot />
    </main>
  </body>
</html>
`;

const CONFIG = `// Written by bench/floor.ts: the bare Astro site the benchmark compares Dossier with.
export default {
  outDir: './dist',
  cacheDir: './cache',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
};
`;

/** Plain text as Markdown paragraphs, with Markdown's active characters escaped. */
export function toMarkdown(text: string): string {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => line.replace(/[\\`*_[\]<>{}#|~]/g, (c) => `\\${c}`).replace(/^(\d+)\./, '$1\\.').replace(/^([-+=])/, '\\$1'))
    .join('\n\n');
}

/** Writes the floor site's sources into `dir` (emptied first). */
export function writeFloor(dir: string, articles: readonly GeneratedArticle[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/layouts/Layout.astro'), LAYOUT);
  const links: string[] = [];
  articles.forEach((a, i) => {
    const name = String(i).padStart(5, '0');
    writeFileSync(
      join(dir, 'src/pages/articles', `${name}.md`),
      `---\nlayout: ../../layouts/Layout.astro\ntitle: ${JSON.stringify(a.title)}\n---\n\n${toMarkdown(a.text)}\n`,
    );
    links.push(`- [${a.title.replace(/[[\]\\*_<>`]/g, '')}](/articles/${name}/)`);
  });
  writeFileSync(join(dir, 'src/pages/index.md'), `---\nlayout: ../layouts/Layout.astro\ntitle: "Floor"\n---\n\n${links.join('\n')}\n`);
}

export interface FloorRun {
  astro: Measured;
  pagefind: Measured;
  /** astro + pagefind wall time. */
  ms: number;
  peakRss: number;
  /** 1-minute load average before and after. */
  load: [number, number];
  out: { bytes: number; files: number };
}

/** One cold build of the floor site: `astro build`, then `pagefind --site dist`. */
export async function buildFloor(dir: string, options: { env: NodeJS.ProcessEnv; log: string; echo: boolean }): Promise<FloorRun> {
  for (const sub of ['dist', 'cache', '.astro', 'node_modules']) rmSync(join(dir, sub), { recursive: true, force: true });
  const env = { ...options.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const loadBefore = loadavg()[0]!;
  const astro = await runMeasured(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', dir, '--silent'], { cwd: dir, env, log: options.log, echo: options.echo });
  if (astro.code !== 0) throw new Error(`floor: astro build failed (exit ${astro.code}); see ${options.log}`);
  const pagefind = await runMeasured(process.execPath, [join(REPO, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', join(dir, 'dist')], { cwd: dir, env, log: options.log, echo: options.echo });
  if (pagefind.code !== 0) throw new Error(`floor: pagefind failed (exit ${pagefind.code}); see ${options.log}`);
  return {
    astro,
    pagefind,
    ms: astro.ms + pagefind.ms,
    peakRss: Math.max(astro.peakTreeRss, pagefind.peakTreeRss),
    load: [loadBefore, loadavg()[0]!],
    out: folderSize(join(dir, 'dist')),
  };
}
