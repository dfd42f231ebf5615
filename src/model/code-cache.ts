/**
 * Loading a generated CommonJS file with V8's code cache. The standalone schema
 * validator is 0.6 MB of JavaScript: compiling it, and then compiling its functions on
 * their first call, took about 60 ms of a one-file lint. The build runs the validator
 * over the examples and stores what V8 compiled (`Script#createCachedData`) beside it;
 * later loads deserialise that instead of compiling (about 15 ms).
 *
 * The cache is only an accelerator: it starts with a SHA-256 of the exact source it was
 * made from (V8 itself checks only the source's length), and V8 refuses data from
 * another V8 version or other flags. Either way the file is compiled as usual.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** What happened to the cache: used, refused (stale, or another V8), or there was none. */
export type CacheUse = 'used' | 'stale' | 'rejected' | 'none';

export interface LoadedModule extends CompiledModule {
  exports: unknown;
}

const DIGEST_BYTES = 32;

/** CommonJS's wrapper: the same parameters Node gives a required file. */
const wrap = (code: string): string => `(function (exports, require, module, __filename, __dirname) {${code}\n})`;

function readCache(cacheFile: string | undefined): Buffer | undefined {
  if (!cacheFile) return undefined;
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

export interface CompiledModule {
  /** The module's CommonJS wrapper function. */
  script: Script;
  cache: CacheUse;
  digest: Buffer;
}

/** Compiles `code` (the source of the CommonJS file `filename`) in CommonJS's wrapper, from `cacheFile` when it was made from this very source. */
export function compileWithCodeCache(code: string, filename: string, cacheFile?: string): CompiledModule {
  const digest = createHash('sha256').update(code).digest();
  const stored = readCache(cacheFile);
  const fits = stored !== undefined && stored.length > DIGEST_BYTES && stored.subarray(0, DIGEST_BYTES).equals(digest);
  const script = new Script(wrap(code), { filename, ...(fits ? { cachedData: stored.subarray(DIGEST_BYTES) } : {}) });
  const cache: CacheUse = stored === undefined ? 'none' : !fits ? 'stale' : script.cachedDataRejected ? 'rejected' : 'used';
  return { script, cache, digest };
}

/** Evaluates the CommonJS file `file` (its `require` resolves from its own folder), using `cacheFile` when it fits. */
export function loadWithCodeCache(file: string, cacheFile?: string): LoadedModule {
  const { script, cache, digest } = compileWithCodeCache(readFileSync(file, 'utf8'), file, cacheFile);
  const module = { exports: {} as unknown };
  const init = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  init(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, cache, script, digest };
}

/**
 * Stores what V8 has compiled of `loaded` so far (run it first, so the functions it
 * calls are compiled too). Written to a temporary name and renamed: a process starting
 * meanwhile reads the old cache or the new one, never half of one.
 */
export function writeCodeCache(loaded: Pick<CompiledModule, 'script' | 'digest'>, cacheFile: string): void {
  const temp = `${cacheFile}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, Buffer.concat([loaded.digest, loaded.script.createCachedData()]));
    renameSync(temp, cacheFile);
  } finally {
    rmSync(temp, { force: true });
  }
}
