/**
 * Linting many files on every core: worker threads each load the rules and the
 * knowledge once, then take batches of files from a shared queue. Each file is checked
 * exactly as `lintFile` checks it alone, and the results are put back in the order the
 * files were given, so the report is the same byte for byte as a run on one thread.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker } from '../threads.js';
import { mergeFileResults, type FileResult, type LintOptions, type LintResult } from './lint.js';
import type { Rule } from './types.js';

/** Below this many files a worker's start-up (loading archcap, the rules and the knowledge) costs more than it saves. */
export const PARALLEL_MIN_FILES = 100;
/** Most threads `auto` starts: each holds its own copy of the knowledge and rules (tens of MB). */
const MAX_AUTO_THREADS = 8;
/** Files per message: big enough that messaging is noise, small enough to even out slow files. */
const BATCH = 16;

export type Concurrency = 'auto' | 'off' | number;

export function parseConcurrency(text: string): Concurrency | undefined {
  if (text === 'auto' || text === 'off') return text;
  return /^[1-9]\d*$/.test(text) ? Number(text) : undefined;
}

/** How many threads lint `files` files: 1 means here, on this thread. */
export function threadCount(files: number, concurrency: Concurrency, cores = availableParallelism()): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') return files < PARALLEL_MIN_FILES ? 1 : Math.max(1, Math.min(cores, MAX_AUTO_THREADS, Math.floor(files / (PARALLEL_MIN_FILES / 2))));
  return Math.max(1, Math.min(concurrency, Math.ceil(files / BATCH)));
}

/** What a worker is started with: plain data only (it crosses a thread boundary). */
export interface WorkerData {
  rules: Rule[];
  /** The project's engine profile files, which join the knowledge base as on the main thread. */
  engineFiles: string[];
  options: Omit<LintOptions, 'onFile' | 'explicit' | 'stdin'> & { explicit: string[] };
}

export type WorkerReply = { id: number; results: FileResult[] } | { id: number; error: string };

export async function lintFilesInWorkers(files: string[], rules: Rule[], engineFiles: string[], options: LintOptions, threads: number): Promise<LintResult> {
  const { onFile, explicit, stdin: _stdin, ...rest } = options;
  const data: WorkerData = { rules, engineFiles, options: { ...rest, explicit: [...(explicit ?? [])] } };
  const batches: number[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH).map((_, k) => i + k));
  const results = new Array<FileResult>(files.length);
  let done = 0;
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => startWorker('engine/lint-worker', import.meta.url, data));
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let running = 0;
      const give = (worker: Worker): void => {
        if (next >= batches.length) {
          if (running === 0) resolve();
          return;
        }
        const id = next++;
        running++;
        worker.postMessage({ id, files: batches[id]!.map((i) => files[i]!) });
      };
      for (const worker of workers) {
        worker.on('message', (reply: WorkerReply) => {
          running--;
          if ('error' in reply) {
            reject(new Error(reply.error));
            return;
          }
          batches[reply.id]!.forEach((fileIndex, k) => {
            results[fileIndex] = reply.results[k]!;
          });
          done += reply.results.length;
          onFile?.(done, files.length);
          give(worker);
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`a lint worker stopped with exit code ${code}`));
        });
        give(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return mergeFileResults(results);
}
