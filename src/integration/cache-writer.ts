/**
 * The worker thread of `fileCache` (`cache.ts`): writes the cache entries the pipeline posts, each through
 * a temporary file and a rename, and counts them in the shared control array once written (or failed:
 * an entry that could not be written is only a miss next time). It marks the array once it runs.
 */
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { EntryBatch, WriterStart } from './cache.ts';

const { control } = workerData as WriterStart;
const written = new Int32Array(control);
// running: the thread that posted to it need not keep what it posted
Atomics.store(written, 1, 1);

parentPort?.on('message', (batch: EntryBatch) => {
  for (const { path, text } of batch) {
    const tmp = `${path}.${process.pid}.w.tmp`;
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, path);
    } catch {
      rmSync(tmp, { force: true });
    }
  }
  Atomics.add(written, 0, batch.length);
  Atomics.notify(written, 0);
});
