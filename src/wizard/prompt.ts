/** Turning a question into a concrete prompt for one place in the answers. */
import { coerce } from './check.js';
import type { Prompt, Question, Repeat, Scope } from './types.js';

const resolve = <T>(v: T | ((s: Scope) => T), s: Scope): T => (typeof v === 'function' ? (v as (s: Scope) => T)(s) : v);

export function promptFor(q: Question, s: Scope, path: string): Prompt {
  const message = resolve(q.message, s);
  const choices = q.choices?.(s);
  const def = q.default === undefined ? undefined : resolve(q.default, s);
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

