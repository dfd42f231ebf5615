import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Prompt } from '../../src/wizard/types.js';

interface Call {
  message: string;
  default?: unknown;
  choices?: { value: unknown; name: string; checked?: boolean }[];
  validate?: (v: unknown) => unknown;
  required?: boolean;
}
const calls: Record<string, Call[]> = {};
const replies: Record<string, (c: Call) => unknown> = {};
vi.mock('@inquirer/prompts', () => {
  const prompt = (kind: string) => async (config: Call) => {
    (calls[kind] ??= []).push(config);
    return replies[kind]!(config);
  };
  return { input: prompt('input'), number: prompt('number'), confirm: prompt('confirm'), select: prompt('select'), checkbox: prompt('checkbox'), search: prompt('search') };
});
const { inquirerAsk } = await import('../../src/wizard/inquirer-ask.js');

const base = (over: Partial<Prompt>): Prompt => ({ path: 'p', kind: 'input', message: 'm', optional: false, check: () => undefined, ...over });

describe('the terminal ask (inquirer)', () => {
  beforeEach(() => {
    for (const k of Object.keys(calls)) delete calls[k];
  });

  it('offers "(none)" on an optional select and maps it to no answer', async () => {
    replies['select'] = (c) => c.choices!.at(-1)!.value;
    const answer = await inquirerAsk(base({ kind: 'select', optional: true, choices: [{ value: 'a', name: 'a' }] }));
    expect(answer).toBeUndefined();
    expect(calls['select']![0]!.choices!.map((c) => c.name)).toEqual(['a', '(none)']);
  });

  it('pre-checks the default choices of a checkbox and validates with the prompt’s own check', async () => {
    replies['checkbox'] = (c) => c.choices!.filter((x) => x.checked).map((x) => x.value);
    const prompt = base({ kind: 'checkbox', default: ['b'], choices: [{ value: 'a', name: 'a' }, { value: 'b', name: 'b' }], check: (v) => ((v as string[]).length ? undefined : 'choose one') });
    expect(await inquirerAsk(prompt)).toEqual(['b']);
    const validate = calls['checkbox']![0]!.validate!;
    expect(validate([])).toBe('choose one');
    expect(validate([{ value: 'a' }])).toBe(true);
  });

  it('treats an empty optional input as no answer, and a required one as required', async () => {
    replies['input'] = () => '  ';
    expect(await inquirerAsk(base({ optional: true }))).toBeUndefined();
    expect(calls['input']![0]!.required).toBe(false);
    expect(calls['input']![0]!.validate!('')).toBe(true);
  });

  it('turns Ctrl-C into a cancellation that writes nothing', async () => {
    replies['confirm'] = () => {
      const e = new Error('User force closed the prompt');
      e.name = 'ExitPromptError';
      throw e;
    };
    await expect(inquirerAsk(base({ kind: 'confirm' }))).rejects.toThrow('init stopped; nothing was written');
  });
});
