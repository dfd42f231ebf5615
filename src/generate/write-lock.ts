/**
 * One archcap process at a time in an output folder: a lock file holding the owner's
 * process id, taken over when that process is gone (killed), waited for otherwise.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { GenerateError } from '../errors.js';
import { describeError } from './fs-errors.js';

export const LOCK_FILE = '.archcap.lock';
/** How long a writer waits for another archcap process to finish with the same folder. */
export const LOCK_WAIT_MS = 30_000;

const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Run `work` holding the lock of the real folder `dirReal`: one archcap process at a time
 * reads the manifest, decides and writes there, so two runs cannot overwrite each other's
 * manifest. A lock whose process is gone (killed) is taken over; a live one is waited for.
 */
export function withFolderLock<T>(dirReal: string, work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = join(dirReal, LOCK_FILE);
  const deadline = Date.now() + waitMs;
  for (;;) {
    let fd: number | undefined;
    try {
      fd = openSync(lock, 'wx', 0o644);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if (fd !== undefined) closeSync(fd);
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new GenerateError('write-failed', `cannot lock ${dirReal}: ${describeError(error)}`);
    }
    const owner = lockOwner(lock);
    if (owner !== undefined && owner !== process.pid && !processAlive(owner)) {
      try {
        unlinkSync(lock);
      } catch {
        // another process took it over first
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new GenerateError('locked', `another archcap process${owner ? ` (pid ${owner})` : ''} is writing to ${dirReal}; try again when it has finished, or remove ${lock} if no archcap is running`);
    }
    pause(50);
  }
  try {
    return work();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // already gone
    }
  }
}

function lockOwner(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this id exists (EPERM: it exists but is not ours). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
