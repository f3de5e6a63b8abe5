import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticlePool, withLines } from './article-pool.ts';
import { ingest, listSources } from './ingest/index.ts';
import { prepareArticle, shortLineKeys } from './prepare-article.ts';
import { PARALLEL_MIN_MISSES, runOnFiles } from './run.ts';
import { runOutput } from './testing/run-output.ts';
import { NO_TIMER } from './timings.ts';
import { emptyLock } from './cite/lock.ts';
import { NO_CACHE } from './cache.ts';
import type { SourceFile } from './types.ts';
import { sha256Hex } from '../utils/hash.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'seeds');

/**
 * An archive of `count` inputs in three story folders, made from the seeds: every third copy is
 * left as it is (so its chrome repeats across inputs), the others have their words reworded.
 */
function archive(count: number): SourceFile[] {
  const seeds = listSources(SEEDS).map((f) => new TextDecoder().decode(f.bytes));
  return Array.from({ length: count }, (_, i) => {
    const text = seeds[i % seeds.length]!;
    const copy = i % 3 === 0 ? text : text.replace(/\b(the|police|facial|company)\b/gi, (w) => `${w}${i}`);
    const bytes = new TextEncoder().encode(copy);
    const story = `story-${i % 3}`;
    return { path: `${story}/${String(i).padStart(3, '0')}.txt`, bytes, sha256: sha256Hex(bytes), story };
  });
}

/** Blocks this thread for `ms` milliseconds. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('article worker pool', () => {
  const files = archive(PARALLEL_MIN_MISSES + 16);

  it('gives the output of a run on the main thread alone, byte for byte', () => {
    const alone = runOnFiles(files, 120, NO_TIMER, emptyLock(), NO_CACHE, null, { workers: 0 });
    const shared = runOnFiles(files, 120, NO_TIMER, emptyLock(), NO_CACHE, null, { workers: 1 });
    expect(runOutput(shared)).toBe(runOutput(alone));
  });

  it('shares the inputs between the threads, each once, and a worker prepares them as the main thread does', () => {
    const pool = ArticlePool.start(1, files, null, new Uint8Array(files.length).fill(1));
    expect(pool).not.toBeNull();
    // This thread waits at its first item until the worker has done one, so both take part.
    const waitForWorker = (done: () => number, mine: readonly number[]): void => {
      for (let waited = 0; mine.length === 0 && done() === 0 && waited < 30_000; waited += 10) sleep(10);
    };
    const mine: number[] = [];
    const theirs = pool!.ingest(files.length, (i) => {
      waitForWorker(() => pool!.ingested, mine);
      mine.push(i);
      sleep(2);
    });
    expect(theirs.length).toBeGreaterThan(0);
    expect(mine.length).toBeGreaterThan(0);
    expect([...mine, ...theirs.map((t) => t.index)].sort((a, b) => a - b)).toEqual(files.map((_f, i) => i));
    for (const item of theirs) {
      const d = ingest(files[item.index]!);
      if (!d.ok || !item.outcome.ok) throw new Error('every input of this archive can be read');
      expect(withLines(files[item.index]!, item.outcome.source)).toEqual(d.source);
      expect(item.keys).toEqual(shortLineKeys(d.source));
    }
    // Every other input misses: some the worker ingested, some this thread did.
    const misses = files.flatMap((_f, i) => (i % 2 === 0 ? [i] : []));
    const repeated = new Set(['sponsored links']);
    const prepared: number[] = [];
    pool!.prepare({ repeated, cite: true, misses: misses.map((index) => ({ index, correction: undefined })) }, (n) => {
      waitForWorker(() => pool!.prepared, prepared);
      prepared.push(misses[n]!);
      sleep(2);
    });
    const byWorker = pool!.collect();
    expect(byWorker.length).toBeGreaterThan(0);
    expect([...prepared, ...byWorker.map((p) => p.index)].sort((a, b) => a - b)).toEqual(misses);
    for (const item of byWorker) {
      const d = ingest(files[item.index]!);
      if (!d.ok) throw new Error('every input of this archive can be read');
      expect(JSON.stringify({ cleaned: item.cleaned, parts: item.parts })).toBe(JSON.stringify(prepareArticle(d.source, repeated, undefined, true)));
    }
  });
});
