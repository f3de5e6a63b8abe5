import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listSources } from './ingest/list-sources.ts';
import { runOnFiles } from './run.ts';
import { folderContents, runOutput } from './testing/run-output.ts';
import { NO_TIMER } from './timings.ts';
import { emptyLock } from './cite/lock.ts';
import type { PipelineCache } from './cache.ts';
import { fileCache } from '../integration/cache.ts';
import type { SourceFile } from './types.ts';
import { sha256Hex } from '../utils/hash.ts';
import { writeSite } from '../emit/write-site.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'seeds');

/** A cache in memory that stores JSON (as the file cache does) and counts hits, misses and writes per stage. */
function memoryCache(): PipelineCache & { hits: Map<string, number>; misses: Map<string, number>; writes: Map<string, number> } {
  const store = new Map<string, string>();
  const hits = new Map<string, number>();
  const misses = new Map<string, number>();
  const writes = new Map<string, number>();
  const stage = (key: string): string => key.slice(0, key.indexOf('-'));
  return {
    hits,
    misses,
    writes,
    get(key) {
      const text = store.get(key);
      const counter = text === undefined ? misses : hits;
      counter.set(stage(key), (counter.get(stage(key)) ?? 0) + 1);
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    },
    set(key, value) {
      writes.set(stage(key), (writes.get(stage(key)) ?? 0) + 1);
      store.set(key, JSON.stringify(value));
    },
  };
}

function edited(files: readonly SourceFile[], index: number, extra: string): SourceFile[] {
  return files.map((f, i) => {
    if (i !== index) return f;
    const text = new TextDecoder().decode(f.bytes);
    const bytes = new TextEncoder().encode(text.replace(/\n\n/, `\n\n${extra}\n\n`));
    return { ...f, bytes, sha256: sha256Hex(bytes) };
  });
}

/** `files` with `from` replaced by `to` in the text of the one at `index`. */
function replaced(files: readonly SourceFile[], index: number, from: string, to: string): SourceFile[] {
  return files.map((f, i) => {
    if (i !== index) return f;
    const text = new TextDecoder().decode(f.bytes);
    if (!text.includes(from)) throw new Error(`${f.path} does not hold ${from}`);
    const bytes = new TextEncoder().encode(text.replace(from, to));
    return { ...f, bytes, sha256: sha256Hex(bytes) };
  });
}

/** A source file made from text, as `listSources` reads one. */
function sourceFile(path: string, text: string): SourceFile {
  const bytes = new TextEncoder().encode(text);
  return { path, bytes, sha256: sha256Hex(bytes), story: '' };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('pipeline cache', () => {
  const files = listSources(SEEDS);

  it('gives a warm run the cold output, reading every stage from the cache', () => {
    const cache = memoryCache();
    const cold = runOnFiles(files, 120, NO_TIMER, emptyLock(), cache);
    // The second run sees the lock the first one wrote, as a real rebuild does.
    const warm = runOnFiles(files, 120, NO_TIMER, cold.lock, cache);
    const again = runOnFiles(files, 120, NO_TIMER, cold.lock);
    expect(runOutput(warm)).toBe(runOutput(again));
    expect(cache.hits.get('article')).toBe(warm.articles.length);
    expect(cache.hits.get('story')).toBe(warm.stories.length);
  });

  it('re-synthesises when the summary length changes', () => {
    const cache = memoryCache();
    const short = runOnFiles(files, 40, NO_TIMER, emptyLock(), cache);
    const long = runOnFiles(files, 200, NO_TIMER, emptyLock(), cache);
    expect(cache.hits.get('story') ?? 0).toBe(0);
    expect(runOutput(long)).toBe(runOutput(runOnFiles(files, 200, NO_TIMER, emptyLock())));
    expect(JSON.stringify(long.stories)).not.toBe(JSON.stringify(short.stories));
  });

  it('recomputes only the edited article, and its story', () => {
    const cache = memoryCache();
    const first = runOnFiles(files, 120, NO_TIMER, emptyLock(), cache);
    cache.hits.clear();
    cache.misses.clear();
    const changed = edited(files, 1, 'Officials confirmed on Tuesday that the review had begun in earnest.');
    const rebuilt = runOnFiles(changed, 120, NO_TIMER, first.lock, cache);
    expect(cache.misses.get('article')).toBe(1);
    expect(cache.misses.get('story')).toBe(1);
    // the story is re-synthesised from its other articles' cached analyses
    expect(cache.misses.get('synthesis')).toBe(1);
    expect(cache.hits.get('synthesis')).toBe(rebuilt.articles.length - 1);
    expect(runOutput(rebuilt)).toBe(runOutput(runOnFiles(changed, 120, NO_TIMER, first.lock)));
    expect(JSON.stringify(rebuilt.articles[1]!.passages)).toContain('review had begun in earnest');
  });

  it('keeps the articles’ analyses through an unchanged rebuild, so the next edit re-analyses one article', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-keep-'));
    dirs.push(dir);
    const build = (input: readonly SourceFile[], lock = emptyLock()): { result: ReturnType<typeof runOnFiles>; synthesisHits: number } => {
      const store = fileCache(dir);
      let synthesisHits = 0;
      const counting: PipelineCache = {
        get(key) {
          const value = store.get(key);
          if (key.startsWith('synthesis-') && value !== undefined) synthesisHits += 1;
          return value;
        },
        set: (key, value) => store.set(key, value),
        keep: (keys) => store.keep?.(keys),
      };
      const result = runOnFiles(input, 120, NO_TIMER, lock, counting);
      store.prune?.();
      return { result, synthesisHits };
    };
    const first = build(files);
    const unchanged = build(files, first.result.lock);
    expect(unchanged.synthesisHits).toBe(0); // the story came whole from the cache
    const changed = edited(files, 1, 'Officials confirmed on Tuesday that the review had begun in earnest.');
    const rebuilt = build(changed, first.result.lock);
    expect(rebuilt.synthesisHits).toBe(rebuilt.result.articles.length - 1);
  });

  it('gives a cold build’s site after one article’s quotation changes, re-rendering only the articles it touches', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-quote-edit-'));
    dirs.push(dir);
    const [warmGen, coldGen] = [join(dir, 'warm'), join(dir, 'cold')];
    const emit = { base: '/', excerpts: false };
    const firstCache = fileCache(join(dir, 'cache'));
    const first = runOnFiles(files, 120, NO_TIMER, emptyLock(), firstCache);
    writeSite(first, warmGen, { ...emit, cache: firstCache });
    firstCache.prune?.();
    // Three seeds carry this quotation; in one of them it now reads differently, so it leaves the group.
    const quote = 'committed to working with others to advocate for the legislation';
    const index = files.findIndex((f) => new TextDecoder().decode(f.bytes).includes(quote));
    const changed = replaced(files, index, quote, 'committed to working with others to argue for the legislation');
    const store = fileCache(join(dir, 'cache'));
    let rendered = 0;
    const counting: PipelineCache = {
      get(key) {
        if (key.startsWith('mdx-')) rendered += 1;
        return store.get(key);
      },
      set: (key, value) => store.set(key, value),
      keep: (keys) => store.keep?.(keys),
    };
    const warm = runOnFiles(changed, 120, NO_TIMER, first.lock, counting);
    writeSite(warm, warmGen, { ...emit, cache: counting });
    const cold = runOnFiles(changed, 120, NO_TIMER, first.lock);
    writeSite(cold, coldGen, emit);
    expect(JSON.stringify(warm.quotes)).not.toBe(JSON.stringify(first.quotes));
    expect(runOutput(warm)).toBe(runOutput(cold));
    expect(folderContents(warmGen)).toEqual(folderContents(coldGen));
    // the edited article and the two whose "also in" links named it; the other two are left as they were
    expect(rendered).toBe(3);
  });

  it('gives a cold run’s output whatever order the cache filled in', () => {
    const cache = memoryCache();
    // first a part of the archive, in reverse order, then one edited article, then the whole archive
    runOnFiles(files.slice(0, 3).reverse(), 120, NO_TIMER, emptyLock(), cache);
    runOnFiles(edited(files, 1, 'Officials confirmed on Tuesday that the review had begun in earnest.'), 120, NO_TIMER, emptyLock(), cache);
    const warm = runOnFiles(files, 120, NO_TIMER, emptyLock(), cache);
    expect(cache.hits.get('synthesis')).toBeGreaterThan(0);
    expect(runOutput(warm)).toBe(runOutput(runOnFiles(files, 120, NO_TIMER, emptyLock())));
  });

  it('re-cleans an input whose corrections change, and no other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-cache-corrections-'));
    dirs.push(dir);
    cpSync(SEEDS, dir, { recursive: true });
    const cache = memoryCache();
    const first = runOnFiles(files, 120, NO_TIMER, emptyLock(), cache, dir);
    cache.misses.clear();
    cache.writes.clear();
    writeFileSync(join(dir, `${files[2]!.path}.dossier.yml`), 'title: A corrected headline\nremove: [1]\n');
    const corrected = runOnFiles(files, 120, NO_TIMER, first.lock, cache, dir);
    expect(cache.misses.get('article')).toBe(1);
    expect(cache.writes.get('article')).toBe(1);
    expect(corrected.articles[2]!.article.meta.title).toBe('A corrected headline');
    expect(runOutput(corrected)).toBe(runOutput(runOnFiles(files, 120, NO_TIMER, first.lock, undefined, dir)));
    expect(runOutput(corrected)).not.toBe(runOutput(first));
  });

  it('re-cleans the inputs whose lines the archive newly repeats', () => {
    const cache = memoryCache();
    const first = runOnFiles(files, 120, NO_TIMER, emptyLock(), cache);
    // Two new inputs carry a short line of the second seed, so three inputs now have it: it becomes chrome.
    const line = 'Sponsored Links';
    const extra = [0, 1].map((n) => sourceFile(`extra-${n}.txt`, `Extra report number ${n}\n\n${line}\n\nA paragraph of the extra report number ${n}, long enough to be kept as the article's own text by the cleaner.\n`));
    cache.misses.clear();
    cache.writes.clear();
    const grown = runOnFiles([...files, ...extra], 120, NO_TIMER, first.lock, cache);
    // the new inputs miss; the second seed's entry is found but was cleaned without that line repeated
    expect(cache.misses.get('article')).toBe(2);
    expect(cache.writes.get('article')).toBe(3);
    expect(runOutput(grown)).toBe(runOutput(runOnFiles([...files, ...extra], 120, NO_TIMER, first.lock)));
  });
});
