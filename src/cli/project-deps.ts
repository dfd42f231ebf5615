/**
 * Loading dependencies for a command that reads one system file outside `lint`: the
 * project's own engine profiles (`engines:` in the .archcap.yaml found from the working
 * folder) join the knowledge base first, so every command accepts the same engines.
 */
import { projectEngineFiles } from '../engine/config.js';
import { loadDeps, useProjectEngines } from '../model/deps.js';
import type { LoadDeps } from '../model/load.js';

export async function loadProjectDeps(cwd: string = process.cwd()): Promise<LoadDeps> {
  useProjectEngines(projectEngineFiles(cwd));
  return loadDeps();
}
