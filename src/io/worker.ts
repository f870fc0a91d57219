// The worker thread of --concurrency: lints the files the pool sends, one at a time, with the options it was started
// with. The lexicon is compiled on the first file and reused for the rest (loadLexicon caches it per thread).
import { parentPort, workerData } from 'node:worker_threads';
import { lintJob } from './lint-files.js';
import type { WorkerData, WorkerReply, WorkerTask } from './pool.js';

const data = workerData as WorkerData;
const port = parentPort!;

port.on('message', (task: WorkerTask) => {
  lintJob(task.file, data.options).then((result) => {
    if (!data.keepDoc) delete result.doc;
    port.postMessage({ id: task.id, result } satisfies WorkerReply);
  }, (e: unknown) => {
    // A bug, not a user's mistake (those are results with `error`): the main thread reports it as an internal error.
    port.postMessage({ id: task.id, error: String((e as Error)?.stack ?? e) } satisfies WorkerReply);
  });
});
