/**
 * Where archcap's own files are: the package root (the folder of its package.json),
 * found by walking up from this module. The same code runs from src/ (tests), dist/
 * (the compiled modules) and bundle/ (the start-up bundle, whose chunks sit at other
 * depths), so no module counts `../` to reach the rules, schema or build artefacts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'archcap') return dir;
    if (dirname(dir) === dir) throw new Error(`archcap: cannot find its package.json above ${start}`);
  }
}

/** The package root, as a path. */
export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A file or folder of the package, as a path (`packagePath('build', 'rules.json')`). */
export const packagePath = (...parts: string[]): string => join(PACKAGE_ROOT, ...parts);

/** The same as a file URL; a folder gets its trailing slash, so `new URL(name, it)` resolves inside it. */
export const packageUrl = (...parts: string[]): URL => {
  const url = pathToFileURL(packagePath(...parts));
  if (parts[parts.length - 1]?.endsWith('/') && !url.href.endsWith('/')) url.href += '/';
  return url;
};

/** archcap's package.json, read once. */
export const PACKAGE_JSON = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { name: string; version: string };
