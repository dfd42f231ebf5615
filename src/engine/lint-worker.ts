/**
 * A lint worker thread (see lint-parallel.ts): loads the knowledge and the schema
 * validator once, then lints each batch of files it is sent and replies with the
 * per-file results. A bug (anything but a file's own diagnostics) is sent back as text,
 * so the main thread reports it as an internal error instead of hanging.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDeps, useProjectEngines } from '../model/deps.js';
import { lintFile } from './lint.js';
import type { WorkerData, WorkerReply } from './lint-parallel.js';
import { errorText } from '../threads.js';

const data = workerData as WorkerData;
useProjectEngines(data.engineFiles);
// No top-level await: the start-up bundle is CommonJS. Batches that arrive before the
// validator is loaded wait for it, and are answered in the order they came.
const ready = loadDeps();
const options = { ...data.options, explicit: new Set(data.options.explicit) };
const failure = (id: number, error: unknown): WorkerReply => ({ id, error: errorText(error) });

parentPort!.on('message', ({ id, files }: { id: number; files: string[] }) => {
  ready.then(
    (deps) => {
      let reply: WorkerReply;
      try {
        reply = { id, results: files.map((file) => lintFile(file, data.rules, deps, options)) };
      } catch (error) {
        reply = failure(id, error);
      }
      parentPort!.postMessage(reply);
    },
    (error: unknown) => parentPort!.postMessage(failure(id, error)),
  );
});
