/** Validation shared by the questions: names, units and uniqueness, checked against the schema's own patterns. */
import { getPath } from './paths.js';
import { schemaPattern } from './schema-choices.js';
import type { AnswerValue, Draft, Scope } from './types.js';

const EXAMPLES: Record<string, string> = {
  duration: 'a duration such as 250ms, 2s or 5m',
  rate: 'a rate such as 500/s',
  size: 'a size such as 200GB',
  percent: 'a percentage such as 99.95%',
  name: "a name of letters, digits, '-', '_', '.' or ':' (no spaces)",
};

/** A string matching the schema's pattern at `schemaPath` (e.g. `requirements.rpo`). */
export function matches(schemaPath: string, what: keyof typeof EXAMPLES) {
  return (value: AnswerValue, s: Scope): string | undefined => {
    const re = schemaPattern(s.schema, schemaPath);
    return re && !re.test(String(value)) ? `expected ${EXAMPLES[what]}, got '${String(value)}'` : undefined;
  };
}

/** A name the schema accepts, not used by another item of `list` (`datastores`). */
export function uniqueName(list: string) {
  return (value: AnswerValue, s: Scope): string | undefined => {
    const name = String(value);
    const re = schemaPattern(s.schema, `${list}.name`);
    if (re && !re.test(name)) return `'${name}' is not a usable name: start with a letter or digit, then letters, digits, '-', '_', '.' or ':' (no spaces)`;
    const items = getPath(s.answers, list);
    const taken = Array.isArray(items) && items.some((other) => other !== s.item && (other as Draft)['name'] === name);
    return taken ? `another entry of ${list} is already called '${name}'` : undefined;
  };
}

/** At least one element (a checkbox answer). */
export function nonEmpty(what: string) {
  return (value: AnswerValue): string | undefined => (Array.isArray(value) && value.length === 0 ? `choose at least one ${what}` : undefined);
}

export function atLeast(min: number) {
  return (value: AnswerValue): string | undefined => (typeof value === 'number' && value < min ? `must be at least ${min}` : undefined);
}
