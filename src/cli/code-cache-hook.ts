/**
 * The start-up bundle's code cache. bundle/ is CommonJS, and the build leaves beside
 * each file it ran while warming up a `<file>.v8cache`: what V8 compiled of it (see
 * model/code-cache.ts, which also checks the cache was made from this very source).
 * bin/run.js installs this before it loads the bundle, so that Node's CommonJS loader
 * deserialises those instead of compiling 1.3 MB of JavaScript and then each function
 * on its first call: a one-file lint starts in about 160 ms instead of 240.
 *
 * Only files of the bundle are concerned, and only the compile step: resolution and the
 * module cache stay Node's (each file gets a `require` made for its own path). A file
 * without a cache, or with one made from other source or by another V8, is compiled as
 * usual.
 *
 * Code compiled this way cannot call `import()` (Node 20 loses the dynamic-import hook of
 * a script made from cached data), so the bundle routes every `import()` through
 * bundle/dynamic-import.cjs, which this hook leaves to Node (see scripts/build/40-bundle.mjs).
 */
import Module, { createRequire } from 'node:module';
import { basename, dirname, sep } from 'node:path';
import { compileWithCodeCache, writeCodeCache, type CacheUse, type CompiledModule } from '../model/code-cache.js';

/** The file the bundle's `import()` calls go through; always compiled by Node. */
export const DYNAMIC_IMPORT_FILE = 'dynamic-import.cjs';
/** The cache of a bundle file. */
export const cacheFileOf = (file: string): string => `${file}.v8cache`;

type Compile = (this: NodeModule, content: string, filename: string) => unknown;
type Wrapper = (exports: unknown, require: NodeJS.Require, module: NodeModule, filename: string, dirname: string) => unknown;

const recorded = new Map<string, CompiledModule>();
/** How each bundle file loaded so far was compiled (for tests and ARCHCAP_DEBUG_CODE_CACHE=1). */
const uses = new Map<string, CacheUse>();
let installedFor: string | undefined;

/**
 * Compile the CommonJS files below `bundleDir` from their caches. With `record`, caches
 * are ignored and what is compiled is kept for `writeRecordedCodeCaches` (the build's
 * warm-up). Returns false when Node's loader offers no compile step to wrap.
 */
export function useBundleCodeCache(bundleDir: string, options: { record?: boolean } = {}): boolean {
  const proto = (Module as unknown as { prototype: { _compile?: Compile } }).prototype;
  const original = proto._compile;
  if (typeof original !== 'function') return false;
  if (installedFor !== undefined) return installedFor === bundleDir;
  installedFor = bundleDir;
  if (process.env['ARCHCAP_DEBUG_CODE_CACHE']) process.once('exit', reportUse);
  const inside = bundleDir.endsWith(sep) ? bundleDir : `${bundleDir}${sep}`;
  proto._compile = function compileFromCache(this: NodeModule, content: string, filename: string): unknown {
    if (!filename.startsWith(inside) || !filename.endsWith('.cjs') || basename(filename) === DYNAMIC_IMPORT_FILE) return original.call(this, content, filename);
    const compiled = compileWithCodeCache(content, filename, options.record ? undefined : cacheFileOf(filename));
    if (options.record) recorded.set(filename, compiled);
    uses.set(filename, compiled.cache);
    const wrapper = compiled.script.runInThisContext() as Wrapper;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  return true;
}

/** Writes the cache of every bundle file compiled since `useBundleCodeCache(dir, { record: true })`; returns their names. */
export function writeRecordedCodeCaches(): string[] {
  for (const [file, compiled] of recorded) writeCodeCache(compiled, cacheFileOf(file));
  return [...recorded.keys()];
}

/** Each bundle file compiled through the hook so far, with what became of its cache. */
export function codeCacheUse(): ReadonlyMap<string, CacheUse> {
  return uses;
}

/** ARCHCAP_DEBUG_CODE_CACHE=1: how the bundle was compiled, on standard error at exit (`code cache: 14 used, 1 none`, then any file not compiled from its cache). */
function reportUse(): void {
  const counts = new Map<CacheUse, number>();
  for (const use of uses.values()) counts.set(use, (counts.get(use) ?? 0) + 1);
  const summary = [...counts].map(([use, n]) => `${n} ${use}`).join(', ') || 'no bundle file compiled';
  const others = [...uses].filter(([, use]) => use !== 'used').map(([file, use]) => `  ${use}: ${file}\n`).join('');
  process.stderr.write(`code cache: ${summary}\n${others}`);
}
