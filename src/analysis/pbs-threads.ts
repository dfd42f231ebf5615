/**
 * PBS on several threads: the trials' blocks (see PBS_BLOCK) are shared out through an
 * atomic counter between this thread and `threads − 1` workers, each writing its
 * blocks' figures into shared arrays, so the result is the one `simulatePbs` gives for
 * the same seed, whatever the number of threads. A million trials draw 12 million
 * logarithms and exponentials: on two cores this halves the run.
 */
import { availableParallelism } from 'node:os';
import { pbsBlocks, pbsPlan, runPbsBlock, simulatePbs, summarisePbs, type PbsArrays, type PbsOptions, type PbsPlan, type PbsResult } from './pbs.js';
import { startWorker } from '../threads.js';

/** What a PBS worker is given: the plan, the shared arrays and the counters [next block, trials done]. */
export interface PbsWorkerData {
  plan: PbsPlan;
  buffers: { tNeeded: SharedArrayBuffer; reads: SharedArrayBuffer; writes: SharedArrayBuffer };
  counters: SharedArrayBuffer;
}

export const arraysOf = (buffers: PbsWorkerData['buffers']): PbsArrays => ({
  tNeeded: new Float64Array(buffers.tNeeded),
  reads: new Float64Array(buffers.reads),
  writes: new Float64Array(buffers.writes),
});

/** Takes blocks until none is left; returns how many it drew. */
export function drawBlocks(plan: PbsPlan, out: PbsArrays, counters: Int32Array, afterBlock?: () => void): number {
  const blocks = pbsBlocks(plan);
  let drawn = 0;
  for (let block = Atomics.add(counters, 0, 1); block < blocks; block = Atomics.add(counters, 0, 1)) {
    Atomics.add(counters, 1, runPbsBlock(plan, block, out));
    drawn += 1;
    afterBlock?.();
  }
  return drawn;
}

/** Threads a large run uses by default: the machine's, up to 8. */
export const defaultPbsThreads = (): number => Math.min(availableParallelism(), 8);

/** `simulatePbs` on up to `threads` threads (this one included); one thread, or one block, runs here alone. */
export async function simulatePbsOnThreads(o: PbsOptions, threads: number = defaultPbsThreads()): Promise<PbsResult> {
  const plan = pbsPlan(o);
  const blocks = pbsBlocks(plan);
  const helpers = Math.min(threads, blocks) - 1;
  if (helpers < 1) return simulatePbs(o);
  const bytes = plan.trials * Float64Array.BYTES_PER_ELEMENT;
  const buffers = { tNeeded: new SharedArrayBuffer(bytes), reads: new SharedArrayBuffer(bytes), writes: new SharedArrayBuffer(bytes) };
  const counters = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const data: PbsWorkerData = { plan, buffers, counters };
  const workers = Array.from({ length: helpers }, () => startWorker('analysis/pbs-worker', import.meta.url, data));
  const finished = workers.map(
    (worker) =>
      new Promise<void>((resolve, reject) => {
        worker.once('message', (reply: { error?: string }) => (reply.error ? reject(new Error(`PBS worker: ${reply.error}`)) : resolve()));
        worker.once('error', reject);
        worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`PBS worker exited with ${code}`))));
      }),
  );
  const shared = new Int32Array(counters);
  const out = arraysOf(buffers);
  try {
    // This thread draws too; progress is what all threads have drawn so far.
    drawBlocks(plan, out, shared, () => {
      const done = Atomics.load(shared, 1);
      if (done < plan.trials) o.onProgress?.(done, plan.trials);
    });
    await Promise.all(finished);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (Atomics.load(shared, 1) !== plan.trials) throw new Error(`PBS: ${Atomics.load(shared, 1)} of ${plan.trials} trials were drawn`);
  o.onProgress?.(plan.trials, plan.trials);
  return summarisePbs(o, plan, out);
}
