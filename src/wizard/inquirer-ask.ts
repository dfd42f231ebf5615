/**
 * The terminal implementation of `ask`, with @inquirer/prompts: the only module that
 * imports inquirer. Each prompt validates with the same check the answers file gets.
 * Escape goes back to the previous question; long lists (regions, engines) are
 * searched by typing; descriptions are wrapped to the terminal's width.
 */
import { emitKeypressEvents } from 'node:readline';
import type * as InquirerPrompts from '@inquirer/prompts';
import { InterviewCancelled } from './errors.js';
import { GoBack } from './session.js';
import type { AnswerValue, Ask, Choice, Prompt, Remark, Say, Scalar } from './types.js';

/** The "(none)" entry of an optional select; never leaves this module. */
const NONE = '\u0000none';
const DONE = '\u0000done';
/** Lists longer than this are searched by typing rather than scrolled. */
const SEARCH_OVER = 12;

/**
 * @inquirer/prompts is an ES module only; the CLI's start-up bundle is CommonJS, and
 * Node before 20.19 cannot `require` an ES module, so it is imported when the first
 * question is asked.
 */
let prompts: Promise<typeof InquirerPrompts> | undefined;
const loadPrompts = (): Promise<typeof InquirerPrompts> => (prompts ??= import('@inquirer/prompts'));

const asMessage = (problem: string | undefined): string | true => problem ?? true;

/** Text wrapped to the terminal's width (words kept whole), for descriptions and remarks. */
export function wrap(text: string, width = process.stdout.columns || 80, indent = ''): string {
  const max = Math.max(20, width - indent.length - 1);
  return text
    .split('\n')
    .map((para) => {
      const lines: string[] = [];
      let line = '';
      for (const word of para.split(' ')) {
        if (line && line.length + 1 + word.length > max) (lines.push(line), (line = word));
        else line = line ? `${line} ${word}` : word;
      }
      lines.push(line);
      return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
    })
    .join('\n');
}

const withWrapped = (c: Choice): Choice => (c.description ? { ...c, description: wrap(c.description) } : c);

function matching(choices: Choice[], term: string | undefined): Choice[] {
  const t = (term ?? '').toLowerCase().trim();
  if (!t) return choices;
  return choices.filter((c) => `${String(c.value)} ${c.name} ${c.description ?? ''}`.toLowerCase().includes(t));
}

/** A many-of choice over a long list: search, Enter adds or removes one, Enter on "Done" ends. */
async function searchMany(p: Prompt, signal: AbortSignal): Promise<string[]> {
  const { search } = await loadPrompts();
  let chosen = Array.isArray(p.default) ? p.default.map(String) : [];
  for (;;) {
    const problem = p.check(chosen);
    const done = problem === undefined ? [{ value: DONE, name: `Done: ${chosen.join(', ') || '(none)'}`, short: chosen.join(', ') || '(none)' }] : [];
    const picked = await search<string>(
      {
        message: `${p.message} (type to search; Enter adds or removes; ${chosen.length ? `chosen: ${chosen.join(', ')}` : 'none chosen yet'})`,
        pageSize: 10,
        source: (term) => [
          ...(term ? [] : done),
          ...matching(p.choices ?? [], term).map((c) => ({ value: String(c.value), name: `${chosen.includes(String(c.value)) ? '✓' : ' '} ${c.name}`, short: chosen.includes(String(c.value)) ? `− ${c.name}` : `+ ${c.name}`, ...(c.description ? { description: wrap(c.description) } : {}) })),
          ...(term ? done : []),
        ],
      },
      { signal },
    );
    if (picked === DONE) return chosen;
    chosen = chosen.includes(picked) ? chosen.filter((c) => c !== picked) : [...chosen, picked];
  }
}

async function prompt(p: Prompt, signal: AbortSignal): Promise<AnswerValue | undefined> {
  const { checkbox, confirm, input, number, search, select } = await loadPrompts();
  const ctx = { signal };
  switch (p.kind) {
    case 'input': {
      const value = await input(
        {
          message: p.message,
          ...(typeof p.default === 'string' ? { default: p.default } : {}),
          required: !p.optional,
          validate: (v) => (v.trim() === '' && p.optional ? true : asMessage(p.check(v))),
        },
        ctx,
      );
      return value.trim() === '' ? undefined : value.trim();
    }
    case 'number': {
      const value = await number(
        {
          message: p.message,
          ...(typeof p.default === 'number' ? { default: p.default } : {}),
          required: !p.optional,
          validate: (v) => (v === undefined ? (p.optional ? true : 'a number is needed') : asMessage(p.check(v))),
        },
        ctx,
      );
      return value;
    }
    case 'confirm':
      return confirm({ message: p.message, default: p.default === true }, ctx);
    case 'select': {
      const choices = [...(p.choices ?? []).map(withWrapped), ...(p.optional ? [{ value: NONE as Scalar, name: '(none)' }] : [])];
      if (choices.length > SEARCH_OVER) {
        const first = choices.find((c) => c.value === p.default);
        const ordered = first ? [first, ...choices.filter((c) => c !== first)] : choices;
        const value = await search<Scalar>(
          {
            message: `${p.message} (type to search)`,
            pageSize: 12,
            source: (term) => matching(ordered, term).map((c) => ({ value: c.value, name: c.name, short: c.name, ...(c.description ? { description: c.description } : {}), ...(c.disabled ? { disabled: c.disabled } : {}) })),
            validate: (v) => asMessage(v === NONE ? undefined : p.check(v)),
          },
          ctx,
        );
        return value === NONE ? undefined : value;
      }
      const value = await select<Scalar>({ message: p.message, choices, pageSize: 12, default: p.default === undefined ? (p.optional ? NONE : undefined) : (p.default as Scalar) }, ctx);
      return value === NONE ? undefined : value;
    }
    case 'checkbox': {
      if ((p.choices ?? []).length > SEARCH_OVER) return searchMany(p, signal);
      const chosen = Array.isArray(p.default) ? p.default : [];
      return checkbox<Scalar>(
        {
          message: p.message,
          pageSize: 12,
          choices: (p.choices ?? []).map((c) => ({ ...withWrapped(c), checked: chosen.includes(String(c.value)) })),
          validate: (items) => asMessage(p.check(items.map((i) => i.value))),
        },
        ctx,
      ).then((values) => values.map(String));
    }
  }
}

export const inquirerAsk: Ask = async (p) => {
  // Escape aborts the prompt; the session then goes back one question.
  emitKeypressEvents(process.stdin);
  const controller = new AbortController();
  let back = false;
  const onKey = (_: string, key: { name?: string } | undefined): void => {
    if (key?.name === 'escape') {
      back = true;
      controller.abort();
    }
  };
  process.stdin.on('keypress', onKey);
  try {
    return await prompt(p, controller.signal);
  } catch (error) {
    if (back) {
      process.stdout.write('↩ back to the previous question\n');
      throw new GoBack();
    }
    if (error instanceof Error && error.name === 'ExitPromptError') throw new InterviewCancelled();
    throw error;
  } finally {
    process.stdin.off('keypress', onKey);
  }
};

const MARK: Record<Remark['kind'], string> = { progress: '', advice: '  ℹ ', warning: '  ', derived: '  ' };

/** Remarks between questions: the progress line, advice, warnings and derived settings. */
export const terminalSay: Say = (r) => {
  const text = r.kind === 'progress' ? `\n── ${r.text} ──` : MARK[r.kind] + r.text;
  process.stdout.write(`${wrap(text, process.stdout.columns || 80, '    ')}\n`);
};

export const TERMINAL_HELP = 'Esc: back to the previous question · type to search long lists · Ctrl-C: stop (answers are kept; `archcap init --resume` continues)';
