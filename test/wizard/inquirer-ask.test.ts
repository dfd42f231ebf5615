import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Prompt } from '../../src/wizard/types.js';

interface Call {
  message: string;
  source?: (term: string | undefined) => Array<{ value: unknown; name: string }>;
  default?: unknown;
  choices?: { value: unknown; name: string; checked?: boolean }[];
  validate?: (v: unknown) => unknown;
  required?: boolean;
}
const calls: Record<string, Call[]> = {};
const replies: Record<string, (c: Call) => unknown> = {};
vi.mock('@inquirer/prompts', () => {
  const prompt = (kind: string) => async (config: Call, context?: { signal?: AbortSignal }) => {
    (calls[kind] ??= []).push(config);
    if (kind === 'confirm' && replies['wait']) {
      // A prompt left open until it is aborted, as inquirer's are.
      return new Promise((_, reject) => context?.signal?.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortPromptError' }))));
    }
    return replies[kind]!(config);
  };
  return { input: prompt('input'), number: prompt('number'), confirm: prompt('confirm'), select: prompt('select'), checkbox: prompt('checkbox'), search: prompt('search') };
});
const { inquirerAsk, wrap } = await import('../../src/wizard/inquirer-ask.js');
const { GoBack } = await import('../../src/wizard/session.js');
const many = Array.from({ length: 30 }, (_, i) => ({ value: `r${i}`, name: `region-${i}`, description: i === 7 ? 'Frankfurt' : `place ${i}` }));

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

  it('searches a long select by typing: the term filters by id, name and description', async () => {
    replies['search'] = (c) => c.source!('frankfurt')[0]!.value;
    expect(await inquirerAsk(base({ kind: 'select', choices: many }))).toBe('r7');
    expect(calls['search']![0]!.source!('frankfurt').map((c) => c.value)).toEqual(['r7']);
    expect(calls['search']![0]!.source!(undefined)).toHaveLength(30);
  });

  it('chooses many of a long list by searching: Enter adds, Enter on Done ends', async () => {
    const picks = ['r3', 'r7', '\u0000done'];
    replies['search'] = () => picks.shift();
    const answer = await inquirerAsk(base({ kind: 'checkbox', choices: many, check: (v) => ((v as string[]).length ? undefined : 'choose one') }));
    expect(answer).toEqual(['r3', 'r7']);
    // No "Done" before anything is chosen (the check refuses an empty list).
    expect(calls['search']![0]!.source!(undefined).map((c) => c.value)).not.toContain('\u0000done');
    expect(calls['search']![2]!.source!(undefined)[0]!.name).toBe('Done: r3, r7');
  });

  it('goes back on Escape', async () => {
    replies['wait'] = () => undefined;
    const pending = inquirerAsk(base({ kind: 'confirm' }));
    await new Promise((r) => setTimeout(r, 10));
    process.stdin.emit('keypress', '\u001b', { name: 'escape' });
    await expect(pending).rejects.toBeInstanceOf(GoBack);
    delete replies['wait'];
  });

  it('wraps long text to the width, words whole', () => {
    expect(wrap('aaaa bbbb cccc dddd eeee ffff gggg', 21)).toBe('aaaa bbbb cccc dddd\neeee ffff gggg');
  });
});
