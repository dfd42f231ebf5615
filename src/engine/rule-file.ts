/**
 * Reading rule definitions (built-in rule files and rules in a user's ruleset)
 * and checking their shape, so that a bad rule fails when it is loaded with a
 * message naming the file, the rule and the option.
 */
import { createRequire } from 'node:module';
import type { Ajv } from 'ajv';
import { InputError } from '../errors.js';
import { compileGiven } from './given.js';
import { getFunction, functionNames } from './functions/index.js';
import type { Rule } from './types.js';

const SEVERITIES = ['error', 'warning', 'info', 'off'];
const TEXT_FIELDS = ['summary', 'description', 'rationale', 'fix'] as const;

export interface RuleProblem {
  message: string;
  /** Model-like path inside the rule file, for positions. */
  path: string;
}

/** Shape problems of one rule definition; empty when it is usable. */
export function ruleProblems(def: Record<string, unknown>, where: string, options: { checkOptions: boolean }): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const at = (key: string): string => (where ? `${where}.${key}` : key);
  const id = def['id'];
  if (typeof id !== 'string' || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) problems.push({ path: at('id'), message: `rule id must look like category/name, got ${JSON.stringify(id)}` });
  if (!SEVERITIES.includes(String(def['severity']))) problems.push({ path: at('severity'), message: `severity must be one of ${SEVERITIES.join(', ')}` });
  for (const key of TEXT_FIELDS) if (typeof def[key] !== 'string' || !(def[key] as string).trim()) problems.push({ path: at(key), message: `'${key}' is required (a non-empty string)` });
  const refs = def['references'];
  if (!Array.isArray(refs) || refs.length === 0 || !refs.every((r) => typeof r === 'string')) problems.push({ path: at('references'), message: "'references' must list at least one source" });
  const url = def['url'];
  if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url))) problems.push({ path: at('url'), message: "'url' must be a web address (http:// or https://), the page to read first about the rule" });
  if (typeof def['given'] !== 'string') problems.push({ path: at('given'), message: "'given' must be a path such as services[*].calls[*]" });
  else {
    try {
      compileGiven(def['given']);
    } catch (error) {
      problems.push({ path: at('given'), message: (error as Error).message });
    }
  }
  const then = def['then'] as Record<string, unknown> | undefined;
  const fnName = then?.['function'];
  const fn = typeof fnName === 'string' ? getFunction(fnName) : undefined;
  if (!fn) {
    problems.push({ path: at('then.function'), message: `unknown check function ${JSON.stringify(fnName)}; known: ${functionNames().join(', ')}` });
  } else if (options.checkOptions) {
    const validate = optionsValidator(fn.name, fn.optionsSchema);
    if (!validate(then?.['functionOptions'] ?? {})) {
      for (const e of validate.errors ?? []) {
        problems.push({ path: at('then.functionOptions'), message: `options of function '${fn.name}'${e.instancePath ? ` at ${e.instancePath}` : ''} ${e.message ?? 'are invalid'}` });
      }
    }
  }
  return problems;
}

const validators = new Map<string, ReturnType<Ajv['compile']>>();
let ajv: Ajv | undefined;
function optionsValidator(name: string, schema: Record<string, unknown>): ReturnType<Ajv['compile']> {
  let v = validators.get(name);
  if (!v) {
    // Loaded on first use: only a rule with options to check needs it.
    ajv ??= new (createRequire(import.meta.url)('ajv') as typeof import('ajv')).Ajv({ allErrors: true, strict: false });
    v = ajv.compile(schema);
    validators.set(name, v);
  }
  return v;
}

export function toRule(def: Record<string, unknown>, source: string): Rule {
  const then = def['then'] as Record<string, unknown>;
  const rule: Rule = {
    id: String(def['id']),
    severity: def['severity'] as Rule['severity'],
    summary: String(def['summary']).trim(),
    description: String(def['description']).trim(),
    rationale: String(def['rationale']).trim(),
    references: (def['references'] as string[]).map(String),
    fix: String(def['fix']).trim(),
    given: String(def['given']),
    then: { function: String(then['function']), functionOptions: (then['functionOptions'] as Record<string, unknown> | undefined) ?? {} },
    source,
  };
  if (typeof def['message'] === 'string') rule.message = def['message'];
  if (typeof def['url'] === 'string') rule.url = def['url'];
  const examples = def['examples'] as Record<string, unknown> | undefined;
  if (examples) rule.examples = { ...(typeof examples['valid'] === 'string' ? { valid: examples['valid'] } : {}), ...(typeof examples['invalid'] === 'string' ? { invalid: examples['invalid'] } : {}) };
  return rule;
}

export function problemsToError(file: string, problems: RuleProblem[], locate: (path: string) => { line: number; column: number }): InputError {
  return new InputError(problems.map((p) => ({ code: 'invalid-rule', file, message: p.message, path: p.path, ...locate(p.path) })));
}
