/**
 * Running the built-in rules of a large system description beside the rest of the
 * analysis. The rules need only the loaded model, and the classification and the
 * recommendations do not need the rules' findings, so on a machine with a second core
 * a worker parses the same text and runs the rules while this thread classifies and
 * recommends (about a fifth of `analyze` at 2,000 services). Small files, one core, or
 * a worker that fails: the rules run here, with the same findings.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Finding } from './finding.js';
import { startWorker } from '../threads.js';

/** Below this many characters the rules take a few milliseconds: not worth a thread. */
export const RULES_THREAD_FROM = 512 * 1024;

export interface RulesWorkerData {
  file: string;
  text: string;
  engineFiles: string[];
}

export interface RulesJob {
  /** The rules' findings, or undefined when the worker failed (run them here then). */
  findings(): Promise<Finding[] | undefined>;
  stop(): Promise<void>;
}

/** Starts the rules of `text` on a worker when it is large and there is a core for it. */
export function startRulesThread(data: RulesWorkerData, cores = availableParallelism()): RulesJob | undefined {
  if (data.text.length < RULES_THREAD_FROM || cores < 2) return undefined;
  let worker: Worker;
  try {
    worker = startWorker('engine/rules-worker', import.meta.url, data);
  } catch {
    return undefined;
  }
  const result = new Promise<Finding[] | undefined>((resolve) => {
    worker.once('message', (reply: { findings?: Finding[]; error?: string }) => resolve(reply.findings));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return {
    findings: () => result,
    stop: async () => {
      await worker.terminate();
    },
  };
}
