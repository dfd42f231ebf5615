/**
 * Starting one of archcap's worker modules (`engine/lint-worker`, `analysis/pbs-worker`).
 * From the start-up bundle it is the module's CommonJS entry, loaded like the main
 * thread's code with the build's code caches (a two-line eval installs the hook first);
 * from dist/ (the library, the build's own steps) it is the compiled module.
 */
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { packagePath } from './paths.js';

export function startWorker(name: string, from: string, data: unknown): Worker {
  if (!from.includes('/bundle/')) return new Worker(pathToFileURL(packagePath('dist', `${name}.js`)), { workerData: data });
  const bundle = packagePath('bundle');
  const start = `const { join } = require('node:path');
require(join(${JSON.stringify(bundle)}, 'cli/code-cache.cjs')).useBundleCodeCache(${JSON.stringify(bundle)});
require(join(${JSON.stringify(bundle)}, ${JSON.stringify(`${name}.cjs`)}));`;
  return new Worker(start, { eval: true, workerData: data });
}

/** A worker's failure as the text it sends back (the stack when there is one), for the main thread to report. */
export const errorText = (error: unknown): string => (error instanceof Error ? (error.stack ?? error.message) : String(error));
