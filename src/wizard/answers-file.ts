/**
 * Answers from a file (`archcap init --answers FILE`, YAML or JSON): an `ask` that looks
 * each question up by its path, and a check that every answer in the file was used, so
 * a misspelt key is an error instead of a silently ignored answer.
 */
import { InputError } from '../errors.js';
import { readInputFile } from '../model/read-input.js';
import { decodeText, LIMITS, locateIn, parseYaml, type PositionLookup } from '../model/source.js';
import type { AnswerError } from './errors.js';
import { getPath, leafPaths } from './paths.js';
import type { AnswerValue, Ask, Draft } from './types.js';

export interface AnswersFile {
  file: string;
  values: Draft;
  positions: PositionLookup;
}

export function readAnswersFile(file: string): AnswersFile {
  const text = decodeText(file, readInputFile(file, LIMITS.maxBytes, 'the answers file'));
  if (text.trim() === '') throw InputError.at('empty', file, 'the answers file is empty; it needs at least name and regions');
  try {
    const parsed = parseYaml(file, text);
    return { file, values: parsed.value as Draft, positions: parsed.positions };
  } catch (error) {
    if (error instanceof InputError && error.code === 'not-a-mapping') throw InputError.at('not-a-mapping', file, 'the answers must be a mapping (key: value pairs), shaped like the system YAML');
    throw error;
  }
}

export interface AnswerSource {
  ask: Ask;
  /** Paths of answers in the file that no question asked for. */
  unused(): string[];
}

export function answerSource(values: Draft): AnswerSource {
  const asked = new Set<string>();
  return {
    ask: async (prompt) => {
      if (prompt.repeat) return getPath(values, prompt.path) !== undefined;
      // "Advanced" branches open when the file gives what they ask.
      if (prompt.path.endsWith('._advanced')) {
        const item = getPath(values, prompt.path.slice(0, -'._advanced'.length)) as Draft | undefined;
        return ['settings', 'invariants', 'consistency'].some((k) => item?.[k] !== undefined);
      }
      asked.add(prompt.path);
      return getPath(values, prompt.path) as AnswerValue | undefined;
    },
    unused: () =>
      leafPaths(values).filter((leaf) => ![...asked].some((p) => leaf === p || leaf.startsWith(`${p}.`) || leaf.startsWith(`${p}[`))),
  };
}

/** An answer problem as a file:line:col diagnostic pointing into the answers file. */
export function answerDiagnostic(error: AnswerError, answers: AnswersFile): InputError {
  const at = locateIn(answers.positions, error.path);
  return InputError.at(error.code, answers.file, error.message, at.line, at.column, error.path);
}

/** Answers given on the command line (`--name`, `--regions`) are not asked again. */
export function withPresets(ask: Ask, presets: Record<string, AnswerValue>): Ask {
  return async (p) => (!p.repeat && Object.hasOwn(presets, p.path) ? presets[p.path] : ask(p));
}
