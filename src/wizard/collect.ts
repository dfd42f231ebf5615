/**
 * Where the answers come from for `archcap init`: a file (`--answers`), or the terminal.
 * Without a file and without a terminal nothing may prompt, so that is a usage error
 * rather than a process waiting for input forever.
 */
import { readFileSync } from 'node:fs';
import { InputError, UsageError } from '../errors.js';
import { loadSystemText } from '../model/load.js';
import { sectionsOf } from './interview.js';
import { INTERVIEW } from './questions.js';
import type { Answers } from './answers.js';
import { answerDiagnostic, readAnswersFile, withPresets } from './answers-file.js';
import { buildSystemYaml, type BuildOptions } from './build.js';
import { AnswerError } from './errors.js';
import { answersFromValues, type WizardContext } from './index.js';
import { builtinRules } from '../engine/builtin.js';
import type { Rule } from '../engine/types.js';
import { analyseAnswers, makeAdvisor } from './advice.js';
import { normaliseValues } from './archetypes.js';
import { applyEdits } from './edit-file.js';
import { runSession, type SessionState } from './session.js';
import { readState, saver } from './state-file.js';
import type { AnswerValue, Draft } from './types.js';

export interface CollectOptions {
  /** `--from FILE`: edit this system file; only what is edited changes. */
  from?: string;
  /** `--resume`: continue the interview saved in this state file. */
  resume?: string;
  /** Where the interview's state is saved as it goes (to resume after Ctrl-C). */
  stateFile?: string;
  /** The rules the advice runs (all built-in ones by default). */
  rules?: Rule[];
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
    const { inquirerAsk, terminalSay, TERMINAL_HELP } = await import('./inquirer-ask.js');
    const start = startState(options);
    process.stdout.write(`${TERMINAL_HELP}\n`);
    if (start.edit && options.resume === undefined) {
      // A file that does not load is edited where it first goes wrong.
      const problem = firstProblem(start.edit.text, options.from!, build.deps);
      if (problem) {
        process.stdout.write(`${problem.message}\n`);
        start.state.focus = problem.section;
      }
    }
    const answers = await runSession({
      ...ctx,
      ask: withPresets(inquirerAsk, options.presets),
      say: terminalSay,
      advisor: () => makeAdvisor(build.deps, build.kb, options.rules ?? builtinRules()),
      findings: (a) => (analyseAnswers(a, build.deps, options.rules ?? builtinRules())?.findings ?? []).filter((f) => f.severity !== 'info'),
      state: start.state,
      ...(options.stateFile ? { save: saver(options.stateFile) } : {}),
    });
    if (start.edit) return { answers, yaml: applyEdits(start.edit.text, start.edit.values, answers as unknown as Draft) };
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

interface Start {
  state: SessionState;
  /** `--from`: the file's text and its values as the interview sees them. */
  edit?: { text: string; values: Draft };
}

function startState(options: CollectOptions): Start {
  const edit = options.from === undefined ? undefined : readEditable(options.from);
  if (options.resume !== undefined) {
    const state = readState(options.resume);
    const resumed = state.mode === 'edit' && state.from !== undefined ? readEditable(state.from) : undefined;
    return { state, ...(resumed ? { edit: resumed } : {}) };
  }
  if (edit) return { state: { version: 1, mode: 'edit', from: options.from!, prefill: edit.values, focus: null, log: [] }, edit };
  return { state: { version: 1, mode: 'new', log: [] } };
}

/** The system file to edit, checked the way archcap loads it (a bad file is reported, not edited). */
function readEditable(file: string): { text: string; values: Draft } {
  const parsed = readAnswersFile(file);
  const text = readFileSync(file, 'utf8');
  return { text, values: normaliseValues(parsed.values) };
}

/** At the end on a terminal: offer to generate the recommended patterns (a yes/no, default yes). */
export async function offerOnTerminal(message: string): Promise<boolean> {
  const { inquirerAsk } = await import('./inquirer-ask.js');
  const answer = await inquirerAsk({ path: 'generate', kind: 'confirm', message, default: true, optional: false, check: () => undefined }).catch(() => false);
  return answer === true;
}

/** The first problem of a system file that does not load, and the section of the interview that fixes it. */
export function firstProblem(text: string, file: string, deps: BuildOptions['deps']): { message: string; section: string | null } | undefined {
  try {
    loadSystemText(file, text, deps);
    return undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const d = error.diagnostics[0];
    const top = /^[^.[]+/.exec(d?.path ?? '')?.[0];
    const section = sectionsOf(INTERVIEW).find((s) => top !== undefined && s.keys.includes(top))?.section ?? null;
    return { message: `${file}:${d?.line ?? 1}:${d?.column ?? 1}: ${d?.message ?? error.message}`, section };
  }
}
