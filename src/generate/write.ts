/**
 * The only module of archcap that writes files. Every write lands inside a checked output
 * folder (no `..`, no absolute path, no symbolic link leading out) and is atomic: a
 * temporary file in the same folder, fsync, rename over the target, fsync the folder. A
 * reader, or a crash, sees the old content or the new, never a part.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { GenerateError } from '../errors.js';
import { safeSegments } from './paths.js';
import { isInside } from './state.js';
import { processAlive } from './write-lock.js';

export const TEMP_SUFFIX = '.archcap-tmp';

/** The file operations that can fail mid-write; tests replace them to simulate faults. */
export interface WriteOps {
  rename(from: string, to: string): void;
  write(fd: number, data: Buffer): void;
}

export const defaultOps: WriteOps = {
  rename: renameSync,
  write(fd, data) {
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset);
  },
};

const tempPrefix = (base: string): string => `.${base}.`;

/** A temporary name that says which process owns it: `.<base>.<pid>.<random>.archcap-tmp`. */
const tempName = (base: string): string => `${tempPrefix(base)}${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;

/** Whether the process that named a temporary file is gone (so the file is stale). */
function ownerGone(name: string, base: string, path: string): boolean {
  const middle = name.slice(tempPrefix(base).length, -TEMP_SUFFIX.length);
  const pid = /^(\d+)\.[0-9a-f]+$/.exec(middle)?.[1];
  if (pid === undefined) {
    // A name without an owner (an older archcap): stale once it is a minute old.
    try {
      return Date.now() - lstatSync(path).mtimeMs > 60_000;
    } catch {
      return false;
    }
  }
  return Number(pid) !== process.pid && !processAlive(Number(pid));
}

/**
 * Remove temporary files a killed writer of `base` left in `dir`. A temporary file of a
 * writer that is still running is left alone: it is about to be renamed.
 */
export function removeStaleTemps(dir: string, base: string): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith(tempPrefix(base)) && name.endsWith(TEMP_SUFFIX) && ownerGone(name, base, join(dir, name))) {
      try {
        unlinkSync(join(dir, name));
      } catch {
        // another writer removed it first
      }
    }
  }
}

function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // some platforms cannot fsync a folder; the rename is still atomic
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Replace `dir/base` with `content` atomically. `dir` must be a real, checked folder. */
export function atomicWriteFile(dir: string, base: string, content: string, mode = 0o644, ops: WriteOps = defaultOps): void {
  removeStaleTemps(dir, base);
  const temp = join(dir, tempName(base));
  const fd = openSync(temp, 'wx', mode);
  let renamed = false;
  try {
    ops.write(fd, Buffer.from(content, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    ops.rename(temp, join(dir, base));
    renamed = true;
    fsyncDir(dir);
  } finally {
    if (!renamed) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      try {
        unlinkSync(temp);
      } catch {
        // nothing to remove
      }
    }
  }
}

/** Create the output folder if needed and return its real path. */
export function ensureOutDir(outDir: string): string {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new GenerateError('out-dir', `cannot use ${outDir} as the output folder: ${(error as Error).message}`);
  }
  const real = realpathSync(outDir);
  if (!lstatSync(real).isDirectory()) throw new GenerateError('out-dir', `cannot use ${outDir} as the output folder: it is not a folder`);
  return real;
}

/** The real folder that will hold `rel`, creating missing folders one at a time inside the root. */
function parentInside(rootReal: string, rel: string): { dir: string; base: string } {
  const segments = safeSegments(rel);
  const base = segments.pop()!;
  let dir = rootReal;
  for (const seg of segments) {
    const path = join(dir, seg);
    try {
      mkdirSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      throw new GenerateError('unsafe-path', `refusing to write ${JSON.stringify(rel)}: ${seg} is a symbolic link that leads nowhere`);
    }
    if (!isInside(rootReal, real)) throw new GenerateError('unsafe-path', `refusing to write ${JSON.stringify(rel)}: ${seg} leads outside the output folder`);
    if (!lstatSync(real).isDirectory()) throw new GenerateError('unsafe-path', `refusing to write ${JSON.stringify(rel)}: ${seg} is not a folder`);
    dir = real;
  }
  return { dir, base };
}

/**
 * Atomically write `content` at `rel` inside the real folder `rootReal`; never through a
 * link. With `replaceLink` (--force) a symbolic link there is replaced by the file: the
 * rename swaps the link itself and never touches what it points to.
 */
export function writeInside(rootReal: string, rel: string, content: string, mode?: number, ops: WriteOps = defaultOps, replaceLink = false): void {
  const { dir, base } = parentInside(rootReal, rel);
  try {
    const stat = lstatSync(join(dir, base));
    if (stat.isSymbolicLink()) {
      if (!replaceLink) throw new GenerateError('unsafe-path', `refusing to write ${JSON.stringify(rel)}: it is a symbolic link`);
    } else if (!stat.isFile()) throw new GenerateError('unsafe-path', `refusing to write ${JSON.stringify(rel)}: it is not a regular file`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  atomicWriteFile(dir, base, content, mode, ops);
}
