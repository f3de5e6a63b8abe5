/**
 * Pipeline-only benchmark: runs ingest → … → emit (no Astro, no Pagefind) and prints per-stage times.
 *
 *   node bench/pipeline.ts --articles 1000 [--one-story] [--seed 1] [--work DIR] [--rebuild [--edit-body]] [--no-cache] [--workers N]
 *   node bench/pipeline.ts --content DIR --work DIR        (an existing archive, copied into DIR first)
 *
 * The archive is generated (or copied) into `<work>/content`; the cache lives in `<work>/cache` and the
 * generated folder in `<work>/gen`, so a second run with the same `--work` is warm. `--rebuild` runs once
 * cold, appends a sentence to one article (at its end, where the cleaner drops it with the footer; or,
 * with `--edit-body`, to its longest body line, as `npm run bench -- --rebuild` does) and runs again warm. Results go to stdout as JSON lines.
 * `--workers N` sets the worker threads of the per-article stages (default: as `dossier build` does, one
 * fewer than min(2, cores); 0 runs them on the main thread alone). CPU times are the whole process's,
 * workers included; with workers, a stage's wall time is the main thread's (its own share plus waiting).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive } from './generate.ts';
import { fileCache } from '../src/integration/cache.ts';
import { LOCK_FILE } from '../src/integration/pipeline.ts';
import { parseLock, serializeLock } from '../src/pipeline/cite/lock.ts';
import { defaultWorkers, runPipeline } from '../src/pipeline/run.ts';
import { createTimer, type Stage, type StageTimer, type Timings } from '../src/pipeline/timings.ts';
import { writeSite } from '../src/emit/write-site.ts';
import { NO_CACHE } from '../src/pipeline/cache.ts';

const { values: flags } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'one-story': { type: 'boolean', default: false },
    content: { type: 'string' },
    work: { type: 'string' },
    rebuild: { type: 'boolean', default: false },
    /** With --rebuild: add a sentence inside a body paragraph instead of at the file's end. */
    'edit-body': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
    workers: { type: 'string' },
  },
});

const work = resolve(flags.work ?? mkdtempSync(join(tmpdir(), 'dossier-pipeline-bench-')));
const contentDir = join(work, 'content');
const genDir = join(work, 'gen');
const workers = flags.workers === undefined ? defaultWorkers() : Number(flags.workers);

/** Puts the archive into `<work>/content` unless it is already there. */
function prepareContent(): void {
  if (existsSync(contentDir)) return;
  mkdirSync(work, { recursive: true });
  if (flags.content) cpSync(resolve(flags.content), contentDir, { recursive: true });
  else generateArchive(contentDir, { articles: Number(flags.articles), seed: Number(flags.seed), oneStory: flags['one-story'] });
}

/** One pipeline run plus emit, as the Astro integration does it; returns stage times. */
function runOnce(label: string): Timings & { total: number; rssMB: number } {
  const lockPath = join(contentDir, LOCK_FILE);
  const { lock } = parseLock(existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null);
  const timer = cpuTimer(createTimer());
  const start = performance.now();
  const cache = flags['no-cache'] ? NO_CACHE : fileCache(join(work, 'cache'));
  const result = runPipeline({ contentDir, summaryWords: 120, lock, cache, workers }, timer);
  const text = serializeLock(result.lock);
  if (!existsSync(lockPath) || readFileSync(lockPath, 'utf8') !== text) writeFileSync(lockPath, text);
  timer.time('emit', () => writeSite(result, genDir, { base: '/', excerpts: false, cache }));
  cache.prune?.();
  const total = performance.now() - start;
  const out = { ...roundAll(timer.timings), total: Math.round(total), cpu: roundAll(timer.cpu), rssMB: Math.round(process.memoryUsage().rss / 2 ** 20) };
  console.log(JSON.stringify({ run: label, articles: result.articles.length, workers, ...out }));
  return out;
}

/**
 * Adds this process's CPU time per stage to a wall-clock timer: on a machine other jobs share, CPU time
 * moves much less than wall time. Nested calls count once (the outermost stage gets them).
 */
function cpuTimer(inner: StageTimer): StageTimer & { cpu: Timings } {
  const cpu: Timings = {};
  let depth = 0;
  return {
    timings: inner.timings,
    cpu,
    time<T>(stage: Stage, fn: () => T): T {
      if (depth > 0) return inner.time(stage, fn);
      const start = process.cpuUsage();
      depth++;
      try {
        return inner.time(stage, fn);
      } finally {
        depth--;
        const used = process.cpuUsage(start);
        cpu[stage] = (cpu[stage] ?? 0) + (used.user + used.system) / 1000;
      }
    },
  };
}

function roundAll(t: Timings): Timings {
  return Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])) as Timings;
}

/** Appends a sentence to the middle `.txt` article (the same edit as `npm run bench -- --rebuild`). */
function editOneArticle(): string {
  const folders = readdirSync(contentDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const folder = folders.length > 0 ? join(contentDir, folders[Math.floor(folders.length / 2)]!) : contentDir;
  const files = readdirSync(folder).filter((f) => f.endsWith('.txt')).sort();
  const file = join(folder, files[Math.floor(files.length / 2)]!);
  const text = readFileSync(file, 'utf8');
  const sentence = ' A correction was appended to this article by the benchmark.';
  if (!flags['edit-body']) writeFileSync(file, text.replace(/\n*$/, `${sentence}\n`));
  else {
    // the longest line is body text, which the cleaner keeps: the story itself changes
    const lines = text.split('\n');
    const longest = lines.reduce((best, line, i) => (line.length > (lines[best]?.length ?? 0) ? i : best), 0);
    lines[longest] += sentence;
    writeFileSync(file, lines.join('\n'));
  }
  return file.slice(contentDir.length + 1);
}

prepareContent();
console.error(`work folder: ${work}`);
for (let i = 0; i < Number(flags.runs); i++) runOnce(i === 0 ? 'first' : `again-${i}`);
if (flags.rebuild) {
  const file = editOneArticle();
  runOnce(`rebuild after editing ${file}`);
}
if (!flags.work) rmSync(work, { recursive: true, force: true });
