import { loadDeps } from '../../src/model/deps.js';
import type { LoadDeps } from '../../src/model/load.js';

let deps: Promise<LoadDeps> | undefined;

/** The loader's dependencies, compiled once per test worker. */
export function testDeps(): Promise<LoadDeps> {
  deps ??= loadDeps();
  return deps;
}
