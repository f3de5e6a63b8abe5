import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, type Values } from './errors.ts';
import { listSources } from '../pipeline/ingest/index.ts';
import { runOnFiles } from '../pipeline/run.ts';
import { NO_TIMER } from '../pipeline/timings.ts';
import { NO_CACHE } from '../pipeline/cache.ts';
import { emptyLock } from '../pipeline/cite/lock.ts';

/** `dossier summarize DIR... [--words N] [--json]` */
export function runSummarize(dirs: string[], values: Values): number {
  if (dirs.length === 0) throw new UsageError('give at least one DIR (see dossier summarize --help)');
  const words = values['words'] === undefined ? 120 : Number(values['words']);
  if (!Number.isInteger(words) || words <= 0) throw new UsageError(`--words must be a positive whole number, got '${String(values['words'])}'`);
  for (const dir of dirs) {
    let ok = false;
    try {
      ok = statSync(dir).isDirectory();
    } catch {
      throw new UsageError(`no such folder: ${dir}`);
    }
    if (!ok) throw new UsageError(`not a folder: ${dir}`);
  }
  for (const dir of dirs) {
    // Every file below DIR belongs to one story.
    const files = listSources(resolve(dir)).map((f) => ({ ...f, story: '' }));
    const result = runOnFiles(files, words, NO_TIMER, emptyLock(), NO_CACHE, resolve(dir));
    for (const s of result.skipped) process.stderr.write(`dossier summarize: skipped ${dir}/${s.file.path}: ${s.message}\n`);
    const story = result.stories[0];
    const out = {
      dir,
      title: story?.title ?? null,
      summary: (story?.summary ?? []).map((s) => ({ text: s.text, citations: s.citations.map((c) => ({ source: c.source, passage: c.passage })) })),
    };
    if (values['json']) process.stdout.write(`${JSON.stringify(out)}\n`);
    else {
      process.stdout.write(`# ${out.title ?? dir}\n\n`);
      for (const s of out.summary) process.stdout.write(`${s.text} [${s.citations.map((c) => `${c.source}#${c.passage}`).join(', ')}]\n`);
      process.stdout.write('\n');
    }
  }
  return 0;
}
