/**
 * Worker threads that share the per-article stages with the main thread (see `prepare-article.ts`).
 *
 * The pipeline stays synchronous: the main thread posts work, does its own share, then blocks on a
 * shared counter until the workers have posted their results, which it reads with
 * `receiveMessageOnPort`. Work is claimed one input at a time from shared counters, in two steps:
 * ingest (every input), then clean, describe and cite (the cache misses, once the archive-wide
 * repeated lines are known). So a slow input never holds the others up, and a worker that is still
 * loading simply takes less. What an input becomes depends only on the input and the repeated
 * lines, and results are put back by index, so the output never depends on scheduling.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { IngestedSource } from './ingest/index.ts';
import type { Overrides } from './overrides/index.ts';
import type { CitedParts, CleanedParts } from './prepare-article.ts';
import type { Skipped, SourceFile } from './types.ts';

/** Slots of the shared control array. */
export const SLOT = {
  /** The next input to claim while ingesting. */
  next: 0,
  /** Workers busy with a step the main thread waits for. */
  busy: 1,
  /** Bumped (and notified) whenever a worker finishes a step. */
  signal: 2,
  /** Inputs ingested so far, by any thread (for progress). */
  ingested: 3,
  /** The next cache miss to claim while preparing. */
  nextMiss: 4,
  /** Misses prepared so far, by any thread (for progress). */
  prepared: 5,
} as const;

/** What a worker is given when it starts. */
export interface WorkerStart {
  control: SharedArrayBuffer;
  port: MessagePort;
  files: readonly SourceFile[];
  contentDir: string | null;
  /** Per input: 1 when its normalised short lines are wanted (its cache entry does not hold them). */
  wantKeys: Uint8Array;
}

/**
 * One input a worker ingested, as it sends it: without the file, which the main thread has, and
 * without `lines`, which is always `text` split on `\n` (see `withLines`), so only `text` is copied.
 */
export interface IngestedItem {
  index: number;
  outcome: { ok: true; source: Omit<IngestedSource, 'file' | 'lines'> } | { ok: false; skipped: Omit<Skipped, 'file'> };
  /** Its normalised short lines, when wanted and the input could be read. */
  keys: string[] | null;
}

/** Asks a worker to join in cleaning and citing the cache misses. */
export interface PrepareRequest {
  type: 'prepare';
  repeated: ReadonlySet<string>;
  /** The inputs to clean (and cite), with the user's corrections, claimed one at a time. */
  misses: { index: number; correction: Overrides | undefined }[];
  cite: boolean;
}

/** One cache miss a worker prepared. */
export interface PreparedItem {
  index: number;
  cleaned: CleanedParts;
  parts: CitedParts | null;
}

/** What a worker posts. */
export type WorkerMessage =
  | { type: 'ingested'; items: IngestedItem[] }
  | { type: 'prepared'; items: PreparedItem[] }
  | { type: 'error'; message: string };

/** A source a worker sent, whole again: its file, and its lines split from its text as ingest does. */
export function withLines(file: SourceFile, source: Omit<IngestedSource, 'file' | 'lines'>): IngestedSource {
  const { format, encoding, text, ...rest } = source;
  return { file, format, encoding, text, lines: text.split('\n'), ...rest };
}

/** How long the main thread waits for a worker to finish a step before giving up on the build. */
const STEP_TIMEOUT_MS = 10 * 60 * 1000;

/** Worker threads started for one run over `files`. */
export class ArticlePool {
  readonly #control: Int32Array;
  readonly #workers: { worker: Worker; port: MessagePort }[] = [];

  private constructor(control: SharedArrayBuffer) {
    this.#control = new Int32Array(control);
  }

  /**
   * Starts `count` workers over `files`; they begin claiming inputs as soon as they are loaded.
   * Returns null when no worker could be created (the caller then works alone).
   */
  static start(count: number, files: readonly SourceFile[], contentDir: string | null, wantKeys: Uint8Array): ArticlePool | null {
    const pool = new ArticlePool(new SharedArrayBuffer(6 * Int32Array.BYTES_PER_ELEMENT));
    for (let w = 0; w < count; w++) {
      try {
        const { port1, port2 } = new MessageChannel();
        const start: WorkerStart = { control: pool.#control.buffer as SharedArrayBuffer, port: port2, files, contentDir, wantKeys };
        const worker = new Worker(new URL('./article-worker.ts', import.meta.url), { workerData: start, transferList: [port2] });
        // A worker that fails to load never claims an input; it must not fail the build or keep it alive.
        worker.on('error', () => undefined);
        worker.unref();
        pool.#workers.push({ worker, port: port1 });
      } catch {
        break;
      }
    }
    return pool.#workers.length > 0 ? pool : null;
  }

  /** Inputs ingested so far by every thread. */
  get ingested(): number {
    return Atomics.load(this.#control, SLOT.ingested);
  }

  /** Cache misses prepared so far by every thread. */
  get prepared(): number {
    return Atomics.load(this.#control, SLOT.prepared);
  }

  /**
   * Claims inputs one at a time until none is left, running `own` on each this thread claims.
   * Returns the inputs the workers ingested, each with its short lines.
   */
  ingest(total: number, own: (index: number) => void): IngestedItem[] {
    this.#claim(SLOT.next, SLOT.ingested, total, own);
    this.#waitIdle();
    return this.#drainAll().flatMap((m) => (m.type === 'ingested' ? m.items : []));
  }

  /**
   * Has the workers join in preparing `request.misses`, claiming them one at a time with this
   * thread, which runs `own` on each it claims (by its position in `misses`).
   */
  prepare(request: Omit<PrepareRequest, 'type'>, own: (miss: number) => void): void {
    for (const w of this.#workers) w.port.postMessage({ type: 'prepare', ...request } satisfies PrepareRequest);
    this.#claim(SLOT.nextMiss, SLOT.prepared, request.misses.length, own);
  }

  /** Waits for the workers to finish the misses they claimed, returns them, and stops the workers. */
  collect(): PreparedItem[] {
    this.#waitIdle();
    const items = this.#drainAll().flatMap((m) => (m.type === 'prepared' ? m.items : []));
    this.close();
    return items;
  }

  /** Stops the workers (also after an error). */
  close(): void {
    for (const w of this.#workers.splice(0)) {
      w.port.close();
      void w.worker.terminate();
    }
  }

  /** Claims items from the counter in `slot` until none is left, counting each done in `done`. */
  #claim(slot: number, done: number, total: number, own: (index: number) => void): void {
    for (let i = Atomics.add(this.#control, slot, 1); i < total; i = Atomics.add(this.#control, slot, 1)) {
      own(i);
      Atomics.add(this.#control, done, 1);
    }
  }

  /** Every worker's messages so far. */
  #drainAll(): Exclude<WorkerMessage, { type: 'error' }>[] {
    return this.#workers.flatMap((w) => this.#drain(w.port));
  }

  /** Blocks until no worker is busy. */
  #waitIdle(): void {
    const deadline = performance.now() + STEP_TIMEOUT_MS;
    for (;;) {
      const signal = Atomics.load(this.#control, SLOT.signal);
      if (Atomics.load(this.#control, SLOT.busy) === 0) return;
      if (performance.now() > deadline) throw new Error('an article worker stopped responding');
      Atomics.wait(this.#control, SLOT.signal, signal, 1000);
    }
  }

  /** The messages a worker has posted; a worker's error becomes this thread's. */
  #drain(port: MessagePort): Exclude<WorkerMessage, { type: 'error' }>[] {
    const out: Exclude<WorkerMessage, { type: 'error' }>[] = [];
    for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
      const message = m.message as WorkerMessage;
      if (message.type === 'error') {
        this.close();
        throw new Error(`an article worker failed: ${message.message}`);
      }
      out.push(message);
    }
    return out;
  }
}
