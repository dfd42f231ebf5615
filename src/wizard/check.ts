/** Checking one answer against its question: the kind, the choices, then the question's own validation. */
import type { AnswerValue, Choice, QuestionKind, Scalar } from './types.js';

const shown = (v: unknown): string => JSON.stringify(v);
function list(choices: Choice[]): string {
  const values = choices.map((c) => String(c.value));
  return values.length > 24 ? `${values.slice(0, 24).join(', ')}, … (${values.length} in all)` : values.join(', ');
}

/** The accepted choice equal to `v`, also when a file wrote `1` for '1' or the reverse. */
function find(choices: Choice[], v: unknown): Choice | undefined {
  const exact = choices.find((c) => c.value === v);
  if (exact || (typeof v !== 'string' && typeof v !== 'number')) return exact;
  return choices.find((c) => typeof c.value !== 'boolean' && String(c.value) === String(v));
}

function pick(choices: Choice[], v: unknown): { value: Scalar } | { error: string } {
  const enabled = choices.filter((c) => !c.disabled);
  const found = find(choices, v);
  if (found?.disabled) return { error: `${shown(v)} cannot be chosen here: ${found.disabled}` };
  if (found) return { value: found.value };
  return { error: enabled.length ? `${shown(v)} is not one of the accepted values: ${list(enabled)}` : `${shown(v)} cannot be chosen: nothing can be chosen here` };
}

/** The value in the question's own type, or a message saying what was expected. */
export function coerce(kind: QuestionKind, choices: Choice[] | undefined, v: unknown): { value: AnswerValue } | { error: string } {
  switch (kind) {
    case 'input':
      return typeof v === 'string' ? { value: v.trim() } : typeof v === 'number' ? { value: String(v) } : { error: `expected text, got ${shown(v)}` };
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? { value: v } : { error: `expected a number, got ${shown(v)}` };
    case 'confirm':
      return typeof v === 'boolean' ? { value: v } : { error: `expected true or false, got ${shown(v)}` };
    case 'select':
      return pick(choices ?? [], v);
    case 'checkbox': {
      if (!Array.isArray(v)) return { error: `expected a list, got ${shown(v)}` };
      const out: string[] = [];
      for (const element of v) {
        const picked = pick(choices ?? [], element);
        if ('error' in picked) return picked;
        if (!out.includes(String(picked.value))) out.push(String(picked.value));
      }
      return { value: out };
    }
  }
}
