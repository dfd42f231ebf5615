/** Report and baseline files: written atomically, never through a symbolic link, never out of the folder they belong to. */
import { lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { GenerateError } from '../errors.js';
import { describeError } from './fs-errors.js';
import { isInside } from './state.js';
import { atomicWriteFile, writeInside, type WriteOps } from './write.js';

export interface OutputFileOptions {
  /**
   * The folder the file must stay inside, links resolved (a path from a repository's
   * config: its own folder). Default: the working folder when the path lies inside it.
   */
  root?: string | undefined;
  cwd?: string;
  ops?: WriteOps;
}

/**
 * Atomically write a report or baseline file (`--format FORMAT=FILE`, `--output`,
 * `--update-baseline`, or a config's `output:`), never through a symbolic link: a
 * cloned repository can commit `archcap.sarif` as a link to any file, or a folder as
 * a link out of itself. A path inside the working folder (or the config's folder) must
 * stay inside it once links are resolved; a path the user typed that lies outside it
 * (absolute, or up with `..`) is written where it says, but not through a link at its end.
 */
export function writeOutputFile(file: string, content: string, options: OutputFileOptions = {}): void {
  if (file.includes('\0')) throw new GenerateError('unsafe-path', `refusing to write ${JSON.stringify(file)}: it contains a NUL byte`);
  const cwd = resolve(options.cwd ?? process.cwd());
  const target = resolve(cwd, file);
  const root = options.root !== undefined ? resolve(cwd, options.root) : isInside(cwd, target) ? cwd : undefined;
  try {
    if (root !== undefined) {
      const rel = relative(root, target);
      if (rel === '' || rel.split(sep)[0] === '..' || isAbsolute(rel)) throw new GenerateError('unsafe-path', `refusing to write ${file}: it is outside ${root}`);
      writeInside(realpathSync(root), rel.split(sep).join('/'), content, existingMode(target), options.ops);
      return;
    }
    const dir = dirname(target);
    mkdirSync(dir, { recursive: true });
    const mode = existingMode(target);
    atomicWriteFile(dir, basename(target), content, mode, options.ops);
  } catch (error) {
    if (error instanceof GenerateError) throw error;
    throw new GenerateError('write-failed', `cannot write ${file}: ${describeError(error)}`);
  }
}

/** The permission bits of the regular file at `target`, undefined when there is none; a link or anything else is refused. */
function existingMode(target: string): number | undefined {
  try {
    const stat = lstatSync(target);
    if (stat.isSymbolicLink()) throw new GenerateError('unsafe-path', `refusing to write ${target}: it is a symbolic link (remove it, or name the file it points to)`);
    if (!stat.isFile()) throw new GenerateError('unsafe-path', `refusing to write ${target}: it is not a regular file`);
    return stat.mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

