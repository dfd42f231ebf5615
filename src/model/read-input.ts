/**
 * Reading an input file (system description, ruleset, config, answers, baseline)
 * without trusting `stat`: only regular files are read, and the read itself stops
 * past the size limit, so a FIFO, a character device such as /dev/zero, or a file
 * that grows while it is read can neither hang archcap nor fill its memory.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { InputError } from '../errors.js';

function kind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

function unreadable(file: string, error: unknown, what: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
  return InputError.at('unreadable', file, `cannot read ${what}: ${reason}`);
}

/** The bytes of a regular file of at most `maxBytes`; anything else is an InputError at file:1:1. */
export function readInputFile(file: string, maxBytes: number, what = 'file'): Buffer {
  let fd: number | undefined;
  try {
    const refuse = (stat: Stats): void => {
      if (stat.isDirectory()) throw InputError.at('is-directory', file, 'is a directory; expected a YAML file');
      if (!stat.isFile()) throw InputError.at('not-a-file', file, `is ${kind(stat)}; expected a regular file`);
      if (stat.size > maxBytes) throw InputError.at('too-large', file, `file is ${stat.size} bytes; the limit is ${maxBytes} bytes`);
    };
    refuse(statSync(file));
    // Non-blocking, so a file swapped for a FIFO after the check cannot block the open.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    refuse(stat);
    const chunks: Buffer[] = [];
    let total = 0;
    // The first read is sized by fstat (one byte more, to see a file that grew); the
    // next, which normally only meets the end of the file, and any for a growing file
    // take 64 KiB. Never past the limit plus one byte.
    let size = Math.max(stat.size + 1, 4096);
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(size, maxBytes + 1 - total));
      size = 64 * 1024;
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > maxBytes) throw InputError.at('too-large', file, `file grew past the limit of ${maxBytes} bytes while being read`);
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw unreadable(file, error, what);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
