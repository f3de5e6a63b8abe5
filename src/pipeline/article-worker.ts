/**
 * A worker thread of `article-pool.ts`: claims inputs to ingest from a shared counter and sends
 * them back, then, when asked, claims cache misses to clean, describe and cite.
 */
import { workerData } from 'node:worker_threads';
import { ingest } from './ingest/index.ts';
import { contentAssetReader } from './ingest/html/index.ts';
import { prepareArticle, shortLineKeys } from './prepare-article.ts';
import { SLOT, type IngestedItem, type PrepareRequest, type PreparedItem, type WorkerMessage, type WorkerStart } from './article-pool.ts';

const start = workerData as WorkerStart;
const control = new Int32Array(start.control);
const readAsset = start.contentDir ? contentAssetReader(start.contentDir) : undefined;
/** The inputs this worker ingested, by index. */
const held = new Map<number, ReturnType<typeof ingest>>();

function post(message: WorkerMessage): void {
  start.port.postMessage(message);
}

/** Tells the main thread this worker finished a step (after its message is posted). */
function finished(): void {
  Atomics.sub(control, SLOT.busy, 1);
  Atomics.add(control, SLOT.signal, 1);
  Atomics.notify(control, SLOT.signal);
}

function failed(error: unknown): void {
  post({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

/** Prepared misses are sent in batches of this many, so the worker does not hold them all. */
const BATCH = 64;

start.port.on('message', (request: PrepareRequest) => {
  // Joins before claiming: the main thread waits for every worker that may hold a claimed miss.
  Atomics.add(control, SLOT.busy, 1);
  try {
    // Only the misses' sources are needed from here on.
    const wanted = new Set(request.misses.map((m) => m.index));
    for (const index of held.keys()) if (!wanted.has(index)) held.delete(index);
    let items: PreparedItem[] = [];
    const total = request.misses.length;
    for (let j = Atomics.add(control, SLOT.nextMiss, 1); j < total; j = Atomics.add(control, SLOT.nextMiss, 1)) {
      const { index, correction } = request.misses[j]!;
      // An input the main thread ingested is ingested again here: the same bytes give the same source.
      const outcome = held.get(index) ?? ingest(start.files[index]!, readAsset);
      held.delete(index);
      if (outcome.ok) items.push({ index, ...prepareArticle(outcome.source, request.repeated, correction, request.cite) });
      Atomics.add(control, SLOT.prepared, 1);
      if (items.length === BATCH) {
        post({ type: 'prepared', items });
        items = [];
      }
    }
    held.clear();
    post({ type: 'prepared', items });
  } catch (error) {
    failed(error);
  } finally {
    finished();
  }
});

Atomics.add(control, SLOT.busy, 1);
try {
  const items: IngestedItem[] = [];
  const total = start.files.length;
  for (let i = Atomics.add(control, SLOT.next, 1); i < total; i = Atomics.add(control, SLOT.next, 1)) {
    const outcome = ingest(start.files[i]!, readAsset);
    held.set(i, outcome);
    const keys = outcome.ok && start.wantKeys[i] === 1 ? shortLineKeys(outcome.source) : null;
    items.push({ index: i, outcome: withoutFile(outcome), keys });
    Atomics.add(control, SLOT.ingested, 1);
  }
  post({ type: 'ingested', items });
} catch (error) {
  failed(error);
} finally {
  finished();
}

/** An ingest outcome without its file, which the main thread has. */
function withoutFile(outcome: ReturnType<typeof ingest>): IngestedItem['outcome'] {
  if (!outcome.ok) {
    const { file: _file, ...skipped } = outcome.skipped;
    return { ok: false, skipped };
  }
  const { file: _file, lines: _lines, ...source } = outcome.source;
  return { ok: true, source };
}
