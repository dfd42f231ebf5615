/**
 * Where the answers come from for `archcap init`: a file (`--answers`), or the terminal.
 * Without a file and without a terminal nothing may prompt, so that is a usage error
 * rather than a process waiting for input forever.
 */
import { UsageError } from '../errors.js';
import type { Answers } from './answers.js';
import { answerDiagnostic, readAnswersFile, withPresets } from './answers-file.js';
import { buildSystemYaml, type BuildOptions } from './build.js';
import { AnswerError } from './errors.js';
import { answersFromValues, type WizardContext } from './index.js';
import { interview } from './interview.js';
import type { AnswerValue } from './types.js';

export interface CollectOptions {
  /** `--answers FILE`. */
  answersFile?: string;
  /** Answers given as flags (`name`, `regions`), by path. */
  presets: Record<string, AnswerValue>;
  /** Whether prompting is allowed: a terminal on both ends and no `--json`. */
  interactive: boolean;
}

export const NO_TTY_MESSAGE =
  'archcap init asks its questions on a terminal, and there is none here (or --json was given). ' +
  'Give every answer in a file instead: archcap init --answers answers.yaml (YAML or JSON shaped like the system YAML; see `archcap init --help`).';

/** Fail fast, before anything else, when the answers can come from nowhere. */
export function assertAnswerable(options: CollectOptions): void {
  if (options.answersFile === undefined && !options.interactive) throw new UsageError(NO_TTY_MESSAGE);
}

/** The answers, and the YAML built from them; answer problems in a file point into that file. */
export async function collectSystemYaml(options: CollectOptions, ctx: WizardContext, build: BuildOptions): Promise<{ answers: Answers; yaml: string }> {
  assertAnswerable(options);
  if (options.answersFile === undefined) {
    // Loaded only when prompting: scripts with --answers never pay for inquirer.
    const { inquirerAsk } = await import('./inquirer-ask.js');
    const answers = await interview({ ...ctx, ask: withPresets(inquirerAsk, options.presets) });
    return { answers, yaml: buildSystemYaml(answers, build) };
  }
  const file = readAnswersFile(options.answersFile);
  try {
    const answers = await answersFromValues({ ...file.values, ...options.presets }, ctx);
    return { answers, yaml: buildSystemYaml(answers, build) };
  } catch (error) {
    if (error instanceof AnswerError) throw answerDiagnostic(error, file);
    throw error;
  }
}
