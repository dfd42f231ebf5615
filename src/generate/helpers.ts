/**
 * The helper vocabulary of templates (templates/README.md). Registered on a private
 * Handlebars environment by render.ts; this module does not import Handlebars.
 */
import { camel, constant, kebab, pascal, snake } from './identifiers.js';
import { HelperError, json, mdText, sqlIdent, sqlString, tsString } from './literals.js';

type Helper = (...args: unknown[]) => unknown;

export interface HelperRegistry {
  registerHelper(name: string, fn: Helper): void;
}

/** Drop Handlebars' trailing `options` argument and check the count of real ones. */
function fixed(name: string, arity: number, fn: (...args: unknown[]) => unknown): Helper {
  return (...args: unknown[]) => {
    const real = args.slice(0, -1);
    if (real.length !== arity) throw new HelperError(`${name} takes ${arity} argument(s), got ${real.length}`);
    // Strict templates do not check helper arguments: an undefined one is a misspelt input.
    if (real.some((v) => v === undefined)) throw new HelperError(`${name}: an argument is undefined (a misspelt or missing input?)`);
    return fn(...real);
  };
}

const VALUE_HELPERS = { pascal, camel, kebab, snake, constant, tsString, json, sqlIdent, sqlString, mdText };

export type ValueHelperName = keyof typeof VALUE_HELPERS;

function isValueHelper(name: unknown): name is ValueHelperName {
  return typeof name === 'string' && Object.hasOwn(VALUE_HELPERS, name);
}

/** `join list sep [helper]`: with a helper name, every item passes through it first. */
function join(...args: unknown[]): string {
  const [list, sep, helper] = args.slice(0, -1);
  if (!Array.isArray(list)) throw new HelperError(`join needs a list, got ${list === undefined ? 'undefined (a misspelt or missing input?)' : typeof list}`);
  if (typeof sep !== 'string') throw new HelperError('join needs a separator string');
  if (helper === undefined) {
    return list.map((item) => {
      if (typeof item === 'object' && item !== null) throw new HelperError('join prints objects only through a helper (join list ", " "json")');
      return String(item);
    }).join(sep);
  }
  if (!isValueHelper(helper)) throw new HelperError(`join: unknown helper ${String(helper)}; known: ${Object.keys(VALUE_HELPERS).join(', ')}`);
  const fn = VALUE_HELPERS[helper];
  return list.map((item) => fn(item)).join(sep);
}

export const HELPER_NAMES: readonly string[] = [...Object.keys(VALUE_HELPERS), 'eq', 'join'];

export function registerHelpers(env: HelperRegistry): void {
  for (const [name, fn] of Object.entries(VALUE_HELPERS)) env.registerHelper(name, fixed(name, 1, fn));
  env.registerHelper('eq', fixed('eq', 2, (a, b) => a === b));
  env.registerHelper('join', join);
}
