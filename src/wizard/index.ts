/**
 * The interview behind `archcap init`: questions as data (questions*.ts), one loop that
 * asks them through an injected `ask`, and the build of a commented system YAML.
 */
import type { KnowledgeBase } from '../knowledge/types.js';
import type { JsonSchema } from '../model/schema.js';
import type { Answers } from './answers.js';
import { answerSource } from './answers-file.js';
import { AnswerError } from './errors.js';
import { interview } from './interview.js';
import type { Draft } from './types.js';

export interface WizardContext {
  kb: KnowledgeBase;
  schema: JsonSchema;
}

/** Answers from a plain object (an answers file): every question answered from it, every entry of it used. */
export async function answersFromValues(values: Draft, ctx: WizardContext): Promise<Answers> {
  const source = answerSource(values);
  const answers = await interview({ ...ctx, ask: source.ask });
  const [unused] = source.unused();
  if (unused !== undefined) {
    throw new AnswerError('unused-answer', unused, '', 'no question asks for this answer here: a misspelt key, or a question that does not apply given the other answers');
  }
  return answers;
}

export { interview, type InterviewOptions } from './interview.js';
export { promptFor } from './prompt.js';
export { buildSystemYaml, type BuildOptions } from './build.js';
export { readAnswersFile, answerDiagnostic, withPresets, type AnswersFile } from './answers-file.js';
export { AnswerError, InterviewCancelled } from './errors.js';
export { INTERVIEW } from './questions.js';
export type * from './answers.js';
export type * from './types.js';
