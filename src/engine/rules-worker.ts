/**
 * The rules of one large system description, on a worker thread (see rules-thread.ts):
 * the file's text is parsed here again (the same text the main thread reads, so both
 * see the same bytes) and every built-in rule runs while the main thread classifies and
 * recommends. The findings go back as they are, before suppressions; a failure as text.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { builtinRules } from './builtin.js';
import { runRules } from './run.js';
import { loadDeps, useProjectEngines } from '../model/deps.js';
import { loadSystemText } from '../model/load.js';
import type { RulesWorkerData } from './rules-thread.js';

const data = workerData as RulesWorkerData;
useProjectEngines(data.engineFiles);
loadDeps().then(
  (deps) => {
    try {
      parentPort!.postMessage({ findings: runRules(loadSystemText(data.file, data.text, deps), builtinRules()) });
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  },
  (error: unknown) => parentPort!.postMessage({ error: String(error) }),
);
