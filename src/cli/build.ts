import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, type Values } from './errors.ts';
import { normaliseBase, normaliseSite, resolveBuildSettings } from '../config/settings.ts';

/** The project root: where astro.config.mjs and src/ live. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

function str(values: Values, key: string): string | undefined {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
}

/** Checks the options shared by build and dev and passes them to astro.config.mjs. */
function setBuildEnv(values: Values): { contentDir: string; outDir: string } {
  const contentDir = resolve(str(values, 'content') ?? 'content');
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) throw new UsageError(`no such content folder: ${str(values, 'content') ?? 'content'}`);
  const outDir = resolve(str(values, 'out') ?? 'dist');
  if (outDir === contentDir || contentDir.startsWith(`${outDir}/`)) throw new UsageError('--out must not be (or contain) the content folder');
  const base = str(values, 'base');
  const site = str(values, 'site');
  if (site !== undefined) {
    try {
      normaliseSite(site);
    } catch {
      throw new UsageError(`--site must be an absolute http(s) URL, got '${site}'`);
    }
  }
  process.env['DOSSIER_CONTENT'] = contentDir;
  process.env['DOSSIER_OUT'] = outDir;
  if (base !== undefined) process.env['DOSSIER_BASE'] = normaliseBase(base);
  if (site !== undefined) process.env['DOSSIER_SITE'] = site;
  for (const flag of ['public', 'excerpts', 'portable']) {
    if (values[flag] === true) process.env[`DOSSIER_${flag.toUpperCase()}`] = '1';
    else delete process.env[`DOSSIER_${flag.toUpperCase()}`];
  }
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  return { contentDir, outDir };
}

interface BuildReport {
  summary: { inputs: number; published: number; warning: number; skipped: number };
  inputs: { file: string; status: string; reasons: { message: string }[] }[];
}

/** `dossier build`: runs Astro (whose integration runs the pipeline), then reports. */
export async function runBuild(values: Values): Promise<number> {
  const { outDir } = setBuildEnv(values);
  const quiet = values['quiet'] === true;
  if (quiet) process.env['DOSSIER_QUIET'] = '1';
  else delete process.env['DOSSIER_QUIET'];
  const { build } = await import('astro');
  // Astro writes its prerender chunks under <cwd>/.astro/ when the output folder is
  // outside the working directory. Running from this build's own working folder keeps
  // parallel builds from clobbering each other's chunks.
  const { workDir } = resolveBuildSettings(process.env, PROJECT_ROOT);
  if (values['cache'] === false) {
    // A cold build: nothing from earlier builds is reused.
    rmSync(workDir, { recursive: true, force: true });
  }
  mkdirSync(join(workDir, 'root'), { recursive: true });
  process.env['DOSSIER_ISOLATE'] = '1';
  runPipelineStep(workDir);
  const cwd = process.cwd();
  process.chdir(workDir);
  try {
    const root = join(workDir, 'root');
    await build({ root, configFile: relative(root, join(PROJECT_ROOT, 'astro.config.mjs')), logLevel: quiet ? 'warn' : 'info' });
  } finally {
    process.chdir(cwd);
    delete process.env['DOSSIER_PIPELINE_DONE'];
  }
  const report = JSON.parse(readFileSync(resolve(outDir, 'report.json'), 'utf8')) as BuildReport;
  const { inputs, published, warning, skipped } = report.summary;
  for (const entry of report.inputs) {
    if (entry.status === 'skipped') process.stderr.write(`skipped ${entry.file}: ${entry.reasons.map((r) => r.message).join(' ')}\n`);
  }
  process.stderr.write(`dossier: ${inputs} inputs: ${published} published, ${warning} with warnings, ${skipped} skipped. Report: ${resolve(outDir, 'report.json')}\n`);
  return values['strict'] === true && skipped > 0 ? 1 : 0;
}

/**
 * Runs the pipeline in a child process with this build's environment, so that its memory
 * is given back before Astro starts; the integration then reads its outcome file.
 */
function runPipelineStep(workDir: string): void {
  const step = fileURLToPath(new URL('./pipeline-step.ts', import.meta.url));
  const child = spawnSync(process.execPath, [step], { cwd: workDir, env: process.env, stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`the pipeline step failed (${child.error?.message ?? `exit code ${String(child.status ?? child.signal)}`})`);
  process.env['DOSSIER_PIPELINE_DONE'] = '1';
}

/** `dossier dev`: Astro's dev server; the integration re-runs the pipeline on changes. */
export async function runDev(values: Values): Promise<number> {
  setBuildEnv(values);
  const port = str(values, 'port');
  const { dev } = await import('astro');
  const server = await dev({ root: PROJECT_ROOT, ...(port ? { server: { port: Number(port) } } : {}) });
  await new Promise<void>((done) => {
    const stop = (): void => {
      void server.stop().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
