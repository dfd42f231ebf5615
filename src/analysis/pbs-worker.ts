/**
 * A PBS worker thread (see pbs-threads.ts): draws blocks of trials into the shared arrays
 * until none is left, then says so. A failure is sent back as text.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { arraysOf, drawBlocks, type PbsWorkerData } from './pbs-threads.js';
import { errorText } from '../threads.js';

const data = workerData as PbsWorkerData;
try {
  drawBlocks(data.plan, arraysOf(data.buffers), new Int32Array(data.counters));
  parentPort!.postMessage({ done: true });
} catch (error) {
  parentPort!.postMessage({ error: errorText(error) });
}
