/**
 * The project root, which paths in reports are relative to (SARIF URIs, baseline
 * fingerprints, ADRs), so that they do not depend on the folder archcap runs in:
 * the folder of `.archcap.yaml`, else the git work tree around the working
 * folder, else the working folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseIgnore, type IgnoreRule } from './ignore.js';

export function findProjectRoot(cwd: string, configFile?: string): string {
  if (configFile) return dirname(resolve(configFile));
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

/** The ignore file at the project root, in the gitignore syntax. */
export const IGNORE_FILE = '.archcapignore';

export function readIgnoreFile(root: string): IgnoreRule[] {
  const file = join(root, IGNORE_FILE);
  if (!existsSync(file)) return [];
  return parseIgnore(readFileSync(file, 'utf8').split(/\r?\n/), root.split('\\').join('/'), IGNORE_FILE);
}
