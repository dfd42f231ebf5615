/**
 * The interview loop: walks the questions in order, asks each through an injected
 * `ask` (inquirer on a terminal, an answers file in scripts and tests), checks every
 * answer the same way whoever gave it, and fills in a plain answers object.
 */
import type { KnowledgeBase } from '../knowledge/types.js';
import type { JsonSchema } from '../model/schema.js';
import type { Answers } from './answers.js';
import { coerce } from './check.js';
import { AnswerError } from './errors.js';
import { getIn, joinPath, setIn } from './paths.js';
import { INTERVIEW } from './questions.js';
import type { Ask, Draft, Each, Expand, Question, Repeat, Scope, Step } from './types.js';

import { confirmMore, promptFor } from './prompt.js';

export interface InterviewOptions {
  kb: KnowledgeBase;
  schema: JsonSchema;
  ask: Ask;
  steps?: readonly Step[];
}

/** A safety net against an `ask` that never says "no more". */
const MAX_ITEMS = 200;

async function askQuestion(q: Question, s: Scope, base: string, ask: Ask): Promise<void> {
  if (q.when && !q.when(s)) return;
  const prompt = promptFor(q, s, joinPath(base, q.id));
  let value: unknown = await ask(prompt);
  if (value === '' && prompt.optional) value = undefined;
  if (value === undefined) value = prompt.default;
  if (value === undefined || (prompt.optional && Array.isArray(value) && value.length === 0)) {
    if (prompt.optional) return;
    throw new AnswerError('missing-answer', prompt.path, prompt.message, 'no answer given, and the question has no default');
  }
  const problem = prompt.check(value);
  if (problem) throw new AnswerError('invalid-answer', prompt.path, prompt.message, problem);
  const c = coerce(q.kind, prompt.choices, value);
  if (!('error' in c)) setIn(s.item, q.id, c.value);
}

async function askRepeat(r: Repeat, s: Scope, base: string, ask: Ask): Promise<void> {
  if (r.when && !r.when(s)) return;
  const list: Draft[] = [];
  const listPath = joinPath(base, r.repeat);
  for (let i = 0; i < MAX_ITEMS; i++) {
    const itemPath = joinPath(listPath, i);
    if (i >= (r.min ?? 0)) {
      const prompt = confirmMore(r, s, itemPath, i === 0);
      const answer = (await ask(prompt)) ?? false;
      const problem = prompt.check(answer);
      if (problem) throw new AnswerError('invalid-answer', itemPath, prompt.message, problem);
      if (answer !== true) break;
    }
    const item: Draft = {};
    list.push(item);
    setIn(s.item, r.repeat, list);
    await run(r.steps, { ...s, item, parents: [...s.parents, s.item], index: i }, itemPath, ask);
  }
}

async function askEach(e: Each, s: Scope, base: string, ask: Ask): Promise<void> {
  if (e.when && !e.when(s)) return;
  const list = getIn(s.item, e.each);
  if (!Array.isArray(list)) return;
  for (const [i, item] of (list as Draft[]).entries()) {
    await run(e.steps, { ...s, item, parents: [...s.parents, s.item], index: i }, joinPath(joinPath(base, e.each), i), ask);
  }
}

async function run(steps: readonly Step[], s: Scope, base: string, ask: Ask): Promise<void> {
  for (const step of steps) {
    if ('repeat' in step) await askRepeat(step, s, base, ask);
    else if ('each' in step) await askEach(step, s, base, ask);
    else if ('expand' in step) await run((step as Expand).expand(s), s, base, ask);
    else await askQuestion(step, s, base, ask);
  }
}

/** Run the interview; the result has every required answer, each checked. */
export async function interview(options: InterviewOptions): Promise<Answers> {
  const answers: Draft = {};
  const scope: Scope = { kb: options.kb, schema: options.schema, answers, item: answers, parents: [], index: 0 };
  await run(options.steps ?? INTERVIEW, scope, '', options.ask);
  return answers as unknown as Answers;
}

