import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { parseLock, serializeLock } from '../pipeline/cite/lock.ts';
import type { BuildSettings } from '../config/settings.ts';
import { writeSite } from '../emit/write-site.ts';
import { runPipeline, type PipelineResult } from '../pipeline/run.ts';
import { NO_TIMER, type StageTimer, type Timings } from '../pipeline/timings.ts';
import { fileCache } from './cache.ts';

/** The lock file's name in the content folder. */
export const LOCK_FILE = 'dossier.lock.json';

/** What the integration needs from a pipeline run made in its own process (see `cli/pipeline-step.ts`). */
export interface PipelineOutcome {
  /** Former article slug → current slug, from the lock. */
  redirects: Record<string, string>;
  /** Milliseconds per pipeline stage. */
  timings: Timings;
  /** The generated folder's build id (tags Pagefind's metadata requests). */
  buildId: string;
}

/** The pipeline step's outcome file, in the build's working folder. */
export function outcomePath(settings: BuildSettings): string {
  return join(settings.workDir, 'pipeline-outcome.json');
}

/** The outcome the pipeline step left for this build. */
export function readPipelineOutcome(settings: BuildSettings): PipelineOutcome {
  return JSON.parse(readFileSync(outcomePath(settings), 'utf8')) as PipelineOutcome;
}

/** The part of Astro's logger the pipeline uses (the pipeline step supplies its own). */
export type PipelineLogger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

/**
 * Runs the pipeline over the content folder and writes the generated folder. `workers` worker
 * threads share the per-article stages of a cold build (the pipeline step passes `defaultWorkers()`;
 * inside Astro the pipeline runs on its thread alone).
 */
export function runArchivePipeline(settings: BuildSettings, logger: PipelineLogger, timer: StageTimer = NO_TIMER, workers = 0): PipelineResult {
  const lockPath = join(settings.contentDir, LOCK_FILE);
  const { lock, problem } = parseLock(existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null);
  if (problem) logger.warn(problem);
  const cache = fileCache(join(settings.workDir, 'pipeline-cache'));
  const result = runPipeline({ contentDir: settings.contentDir, summaryWords: settings.summaryWords, lock, cache, workers }, timer);
  // The lock is committed with the archive: the same input plus the same lock gives the same URLs.
  const text = serializeLock(result.lock);
  if (!existsSync(lockPath) || readFileSync(lockPath, 'utf8') !== text) writeFileSync(lockPath, text);
  // The build id tags Pagefind's metadata requests (metaCacheTag) so they can be cached offline.
  process.env['DOSSIER_BUILD_ID'] = timer.time('emit', () => writeSite(result, settings.genDir, { base: settings.base, excerpts: settings.excerpts, cache }));
  // Pruned once every stage, emit included, has said which entries it used.
  cache.prune?.();
  const skipped = result.report.filter((r) => r.status === 'skipped');
  const warned = result.report.filter((r) => r.status === 'warning');
  for (const entry of [...skipped, ...warned]) {
    logger.warn(`${entry.file}: ${entry.status}: ${entry.reasons.map((r) => r.message).join(' ')}`);
  }
  for (const u of result.unresolved) logger.warn(`unresolved citation on story ${u.story} (${u.where}): ${u.source} #${u.passage}`);
  logger.info(`${result.articles.length} published, ${warned.length} with warnings, ${skipped.length} skipped, ${result.stories.length} ${result.stories.length === 1 ? 'story' : 'stories'}`);
  return result;
}
