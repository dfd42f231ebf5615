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

const data = workerData as WorkerData;
useProjectEngines(data.engineFiles);
const deps = await loadDeps();
const options = { ...data.options, explicit: new Set(data.options.explicit) };

parentPort!.on('message', ({ id, files }: { id: number; files: string[] }) => {
  let reply: WorkerReply;
  try {
    reply = { id, results: files.map((file) => lintFile(file, data.rules, deps, options)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
