import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PipelineCache } from '../pipeline/cache.ts';

/** What the pipeline's outputs depend on besides the input: its code, and the dependencies it runs. */
const CODE_ROOTS = ['../pipeline', '../emit', '../utils', '../../package-lock.json'];

/**
 * The version of the pipeline's code: a hash of every source file under src/pipeline,
 * src/emit and src/utils (which they import), and of the lockfile (Readability, linkedom
 * and the other libraries the stages call). Changing any of them invalidates every
 * cached stage output.
 */
export function codeVersion(): string {
  return versionOf(CODE_ROOTS.map((path) => fileURLToPath(new URL(path, import.meta.url))));
}

/** A hash of the names and bytes of the files under `roots` (folders or files; missing ones are skipped). */
export function versionOf(roots: readonly string[]): string {
  const hash = createHash('sha256');
  for (const root of roots) {
    if (!existsSync(root)) continue;
    hash.update(`\u0000${basename(root)}\u0000`);
    const files = statSync(root).isDirectory() ? listFiles(root) : [root];
    for (const file of files) hash.update(file.slice(root.length)).update('\u0000').update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path));
    else if (/\.(ts|json)$/.test(name) && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** What `cache-writer.ts` is started with: shared slots, `[entries written, 1 once it is running]`. */
export interface WriterStart {
  control: SharedArrayBuffer;
}

/** Entries posted to the writer at once: a file path and its text. */
export type EntryBatch = { path: string; text: string }[];

/** Entries written on the calling thread before a writer thread is started: a rebuild writes only a few. */
const SYNC_WRITES = 64;
/** Entries posted to the writer thread together. */
const BATCH = 32;
/** How long `flush` waits for the writer thread before giving up (its entries then are only misses). */
const FLUSH_TIMEOUT_MS = 5 * 60 * 1000;
/** How long `flush` waits for a writer thread that has not started running before writing its entries itself. */
const START_TIMEOUT_MS = 30 * 1000;

/** The writer thread of an `EntryWriter`, with the shared count of the entries it wrote. */
interface WriterThread {
  worker: Worker;
  control: Int32Array;
  /** What was posted before it was seen running, kept so that they can be written here if it never runs. */
  unconfirmed: EntryBatch[];
}

/** Writes one entry through a temporary file and a rename, so a reader never sees half of it. */
function writeEntry(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * Writes entries on a worker thread once there are many (a cold build makes thousands, and on a busy disk
 * creating a file can take a millisecond, which the pipeline need not wait for); the first few, or all
 * of them when no thread can be started, are written on the calling thread. `flush` returns once every
 * entry posted is written. A value is turned into text on the calling thread, when it is set.
 */
class EntryWriter {
  #count = 0;
  #posted = 0;
  #batch: EntryBatch = [];
  #thread: WriterThread | null | undefined;
  /** Paths handed to the writer thread since the last flush: reading one first waits for it. */
  #pending = new Set<string>();

  write(path: string, text: string): void {
    if (++this.#count <= SYNC_WRITES || this.#start() === null) {
      writeEntry(path, text);
      return;
    }
    this.#batch.push({ path, text });
    this.#pending.add(path);
    if (this.#batch.length >= BATCH) this.#post();
  }

  /** Whether `path` was handed to the writer thread and may not be on disk yet. */
  isPending(path: string): boolean {
    return this.#pending.has(path);
  }

  /** Waits until every entry is written, then stops the writer thread (a later write starts another). */
  flush(): void {
    this.#post();
    this.#pending.clear();
    const thread = this.#thread;
    if (!thread) return;
    const begun = performance.now();
    for (let done = Atomics.load(thread.control, 0); done < this.#posted; done = Atomics.load(thread.control, 0)) {
      const waited = performance.now() - begun;
      if (Atomics.load(thread.control, 1) === 0 && waited > START_TIMEOUT_MS) {
        // it never ran (it could not load): what it was given is written here
        for (const batch of thread.unconfirmed) for (const { path, text } of batch) writeEntry(path, text);
        break;
      }
      if (waited > FLUSH_TIMEOUT_MS) break;
      Atomics.wait(thread.control, 0, done, 1000);
    }
    void thread.worker.terminate();
    this.#thread = undefined;
    this.#posted = 0;
  }

  #post(): void {
    const thread = this.#thread;
    if (this.#batch.length === 0 || !thread) return;
    thread.worker.postMessage(this.#batch);
    if (Atomics.load(thread.control, 1) === 1) thread.unconfirmed = [];
    else thread.unconfirmed.push(this.#batch);
    this.#posted += this.#batch.length;
    this.#batch = [];
  }

  /** The writer thread, started on first use; null when it cannot be. */
  #start(): WriterThread | null {
    if (this.#thread !== undefined) return this.#thread;
    try {
      const control = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
      const worker = new Worker(new URL('./cache-writer.ts', import.meta.url), { workerData: { control } satisfies WriterStart });
      worker.on('error', () => undefined);
      // It never keeps the process alive: whoever needs the entries on disk flushes first.
      worker.unref();
      this.#thread = { worker, control: new Int32Array(control), unconfirmed: [] };
    } catch {
      this.#thread = null;
    }
    return this.#thread;
  }
}

/**
 * A pipeline cache on disk, one JSON file per entry under `dir/<code version>/`, so a
 * code change starts a fresh cache. Writes go through a temporary file and a rename (see
 * `EntryWriter`); `prune`, at the end of a run, first waits for them.
 */
export function fileCache(dir: string, extraVersion = ''): PipelineCache {
  const version = `${codeVersion()}${extraVersion ? `-${extraVersion}` : ''}`;
  const root = join(dir, version);
  mkdirSync(root, { recursive: true });
  const used = new Set<string>();
  const writer = new EntryWriter();
  return {
    get(key) {
      used.add(`${key}.json`);
      const path = join(root, `${key}.json`);
      // An entry set earlier in this run may still be on its way to disk.
      if (writer.isPending(path)) writer.flush();
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      writer.write(join(root, `${key}.json`), JSON.stringify(value));
      used.add(`${key}.json`);
    },
    keep(keys) {
      for (const key of keys) used.add(`${key}.json`);
    },
    prune() {
      writer.flush();
      for (const name of readdirSync(dir)) if (name !== version) rmSync(join(dir, name), { recursive: true, force: true });
      for (const name of readdirSync(root)) if (!used.has(name)) rmSync(join(root, name), { force: true });
    },
  };
}
