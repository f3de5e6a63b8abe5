/**
 * `dossier build`'s first step, run as its own process: the pipeline writes the generated
 * folder and the lock, then exits, so its memory is returned before Astro starts and the
 * build's peak memory is the larger of the two, not their sum. The Astro integration then
 * reads what this step leaves in `<workDir>/pipeline-outcome.json` (see PIPELINE_OUTCOME).
 *
 * Run with the same DOSSIER_* environment as the build; exits 1 with a message on failure.
 */
import { writeFileSync } from 'node:fs';
import { PROJECT_ROOT } from './build.ts';
import { resolveBuildSettings } from '../config/settings.ts';
import { runArchivePipeline, outcomePath, type PipelineOutcome } from '../integration/pipeline.ts';
import { terminalProgress } from '../integration/progress.ts';
import { createTimer } from '../pipeline/timings.ts';
import { defaultWorkers } from '../pipeline/run.ts';

const settings = resolveBuildSettings(process.env, PROJECT_ROOT);
const quiet = process.env['DOSSIER_QUIET'] === '1';
const logger = {
  info: (message: string): void => {
    if (!quiet) process.stdout.write(`[dossier] ${message}\n`);
  },
  warn: (message: string): void => {
    process.stderr.write(`[dossier] ${message}\n`);
  },
};
try {
  const timer = createTimer(terminalProgress());
  const result = runArchivePipeline(settings, logger, timer, defaultWorkers());
  const outcome: PipelineOutcome = { redirects: result.lock.redirects, timings: timer.timings, buildId: process.env['DOSSIER_BUILD_ID'] ?? '' };
  writeFileSync(outcomePath(settings), JSON.stringify(outcome));
} catch (error) {
  process.stderr.write(`dossier: the pipeline failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
