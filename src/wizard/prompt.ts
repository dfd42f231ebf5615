/** Turning a question into a concrete prompt for one place in the answers. */
import { coerce } from './check.js';
import { getIn } from './paths.js';
import type { AnswerValue, Draft, Prompt, Question, Repeat, Scope } from './types.js';

const resolve = <T>(v: T | ((s: Scope) => T), s: Scope): T => (typeof v === 'function' ? (v as (s: Scope) => T)(s) : v);

export function promptFor(q: Question, s: Scope, path: string): Prompt {
  const message = resolve(q.message, s);
  const choices = q.choices?.(s);
  const before = s.prefill === undefined ? undefined : (getIn(s.prefill, q.id) as AnswerValue | undefined);
  const def = before !== undefined && typeof before !== 'object' ? before : Array.isArray(before) ? before.map(String) : q.default === undefined ? undefined : resolve(q.default, s);
  return {
    path,
    kind: q.kind,
    message,
    ...(choices ? { choices } : {}),
    ...(def === undefined ? {} : { default: def }),
    optional: q.optional ?? false,
    check(value) {
      const c = coerce(q.kind, choices, value);
      return 'error' in c ? c.error : q.validate?.(c.value, s);
    },
  };
}

/** "Add a data store?" / "Add another data store?": `path` is the item that a yes would start. */
export function confirmMore(r: Repeat, s: Scope, path: string, first: boolean): Prompt {
  const message = resolve(first ? r.add : r.more, s);
  return {
    path,
    kind: 'confirm',
    message,
    default: false,
    optional: false,
    repeat: true,
    check: (v) => (typeof v === 'boolean' ? undefined : `expected true or false, got ${JSON.stringify(v)}`),
  };
}


/** One line of what a prefilled item holds: `engine postgres, regions aws:us-east-1 + aws:us-west-2, replicas 3`. */
export function oneLine(item: Draft, skip: readonly string[] = ['name']): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(item)) {
    if (skip.includes(k) || v === undefined || k.startsWith('_') || k.startsWith('x-')) continue;
    if (Array.isArray(v)) parts.push(`${k} ${v.map((e) => (typeof e === 'object' && e !== null ? (Object.values(e as Draft)[0] ?? '') : e)).join(' + ')}`);
    else if (typeof v === 'object' && v !== null) parts.push(`${k} {${oneLine(v as Draft, [])}}`);
    else parts.push(`${k} ${String(v)}`);
  }
  return parts.join(', ');
}

/**
 * "Keep, edit or remove?" for a prefilled item (`removable`) or section. Keep is the
 * default, so an archetype that fits is a run of Enters.
 */
export function reviewPrompt(path: string, noun: string, name: string, item: Draft, summary?: string, removable = true): Prompt {
  const about = summary ?? oneLine(item);
  const values = removable ? ['keep', 'edit', 'remove'] : ['keep', 'edit'];
  const names: Record<string, string> = { keep: 'Keep it as it is', edit: 'Edit it, question by question (its answers are the defaults)', remove: 'Remove it' };
  return {
    path,
    kind: 'select',
    message: name ? `${noun} ${name}: ${about}` : `${noun}: ${about}`,
    choices: values.map((v) => ({ value: v, name: names[v]! })),
    default: 'keep',
    optional: false,
    review: true,
    check: (v) => (typeof v === 'string' && values.includes(v) ? undefined : `expected one of ${values.join(', ')}, got ${JSON.stringify(v)}`),
  };
}
