/**
 * The terminal implementation of `ask`, with @inquirer/prompts: the only module that
 * imports inquirer. Each prompt validates with the same check the answers file gets.
 */
import { checkbox, confirm, input, number, select } from '@inquirer/prompts';
import { InterviewCancelled } from './errors.js';
import type { AnswerValue, Ask, Prompt, Scalar } from './types.js';

/** The "(none)" entry of an optional select; never leaves this module. */
const NONE = '\u0000none';

const asMessage = (problem: string | undefined): string | true => problem ?? true;

async function prompt(p: Prompt): Promise<AnswerValue | undefined> {
  switch (p.kind) {
    case 'input': {
      const value = await input({
        message: p.message,
        ...(typeof p.default === 'string' ? { default: p.default } : {}),
        required: !p.optional,
        validate: (v) => (v.trim() === '' && p.optional ? true : asMessage(p.check(v))),
      });
      return value.trim() === '' ? undefined : value.trim();
    }
    case 'number': {
      const value = await number({
        message: p.message,
        ...(typeof p.default === 'number' ? { default: p.default } : {}),
        required: !p.optional,
        validate: (v) => (v === undefined ? (p.optional ? true : 'a number is needed') : asMessage(p.check(v))),
      });
      return value;
    }
    case 'confirm':
      return confirm({ message: p.message, default: p.default === true });
    case 'select': {
      const choices = [...(p.choices ?? []), ...(p.optional ? [{ value: NONE as Scalar, name: '(none)' }] : [])];
      const value = await select<Scalar>({ message: p.message, choices, pageSize: 12, default: p.default === undefined ? (p.optional ? NONE : undefined) : (p.default as Scalar) });
      return value === NONE ? undefined : value;
    }
    case 'checkbox': {
      const chosen = Array.isArray(p.default) ? p.default : [];
      return checkbox<Scalar>({
        message: p.message,
        pageSize: 12,
        choices: (p.choices ?? []).map((c) => ({ ...c, checked: chosen.includes(String(c.value)) })),
        validate: (items) => asMessage(p.check(items.map((i) => i.value))),
      }).then((values) => values.map(String));
    }
  }
}

export const inquirerAsk: Ask = async (p) => {
  try {
    return await prompt(p);
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new InterviewCancelled();
    throw error;
  }
};
