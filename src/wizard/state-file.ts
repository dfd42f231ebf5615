/**
 * The interview's state, saved after every answer so that `archcap init --resume`
 * continues after Ctrl-C or a closed terminal. Written with the safe writer.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { writeFileSafely } from '../generate/index.js';
import type { SessionState } from './session.js';

/** `.system.yaml.init.json` beside the file the interview will write. */
export const stateFileFor = (out: string): string => join(dirname(resolve(out)), `.${basename(out)}.init.json`);

export function saver(file: string): (state: SessionState) => void {
  return (state) => void writeFileSafely(dirname(file), basename(file), `${JSON.stringify({ ...state, version: 1 }, null, 1)}\n`, { force: true, useManifest: false });
}

export function readState(file: string): SessionState {
  if (!existsSync(file)) throw new UsageError(`there is no interrupted interview to resume (${file} does not exist); start one with archcap init`);
  try {
    const state = JSON.parse(readFileSync(file, 'utf8')) as SessionState;
    if (state.version !== 1 || !Array.isArray(state.log)) throw new Error('not an interview state');
    return state;
  } catch (error) {
    throw InputError.at('bad-state', file, `cannot resume from this file: ${(error as Error).message}`);
  }
}

export const forgetState = (file: string): void => rmSync(file, { force: true });
