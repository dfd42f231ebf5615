/**
 * Rulesets: the built-in rules, then each ruleset in order. A ruleset may
 * `extends` other ruleset files and, under `rules`, change a rule's severity
 * (`timeout/missing: error`), turn it off (`off`), or add or replace a rule
 * with a whole definition.
 */
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { readInputFile } from '../model/read-input.js';
import { decodeText, LIMITS, locateIn, parseYaml } from '../model/source.js';
import { closest } from '../model/validate.js';
import { problemsToError, ruleProblems, toRule } from './rule-file.js';
import type { Rule } from './types.js';

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);

export interface RulesetDocument {
  file: string;
  value: Record<string, unknown>;
  locate: (path: string) => { line: number; column: number };
}

export function readYamlDocument(file: string): RulesetDocument {
  const bytes = readInputFile(file, LIMITS.maxBytes);
  const parsed = parseYaml(file, decodeText(file, bytes));
  return { file, value: parsed.value as Record<string, unknown>, locate: (p) => locateIn(parsed.positions, p) };
}

/** Apply a ruleset document (and what it extends) on top of `rules`. */
export function applyRuleset(rules: Rule[], doc: RulesetDocument, seen: Set<string> = new Set()): Rule[] {
  const key = resolve(doc.file);
  if (seen.has(key)) throw InputError.at('ruleset-cycle', doc.file, 'rulesets extend each other in a cycle');
  seen.add(key);
  let current = rules;
  const extendsValue = doc.value['extends'];
  const parents = extendsValue === undefined ? [] : Array.isArray(extendsValue) ? extendsValue : [extendsValue];
  parents.forEach((parent, i) => {
    if (typeof parent !== 'string') throw fail(doc, `extends[${i}]`, 'extends must list ruleset file paths');
    if (parent === 'archcap:recommended') return; // the built-in rules, already the base
    current = applyRuleset(current, readYamlDocument(resolve(dirname(doc.file), parent)), seen);
  });
  const entries = doc.value['rules'];
  if (entries === undefined) return current;
  if (!entries || typeof entries !== 'object' || Array.isArray(entries)) throw fail(doc, 'rules', "'rules' must map rule ids to a severity or a rule definition");
  const byId = new Map(current.map((r) => [r.id, r]));
  for (const [id, entry] of Object.entries(entries as Record<string, unknown>)) {
    const path = `rules.${id}`;
    const severity = typeof entry === 'string' ? entry : entry && typeof entry === 'object' && !('given' in entry) ? (entry as Record<string, unknown>)['severity'] : undefined;
    if (severity !== undefined) {
      if (!SEVERITIES.has(String(severity))) throw fail(doc, path, `severity must be one of error, warning, info, off; got ${JSON.stringify(severity)}`);
      const existing = byId.get(id);
      if (!existing) {
        const hint = closest(id, [...byId.keys()]);
        throw fail(doc, path, `unknown rule '${id}'${hint ? ` (did you mean '${hint}'?)` : ''}; \`archcap rules\` lists them`);
      }
      byId.set(id, { ...existing, severity: severity as Rule['severity'] });
      continue;
    }
    const def = { id, ...(entry as Record<string, unknown>) };
    const problems = ruleProblems(def, path, { checkOptions: true });
    if (problems.length) throw problemsToError(doc.file, problems, doc.locate);
    byId.set(id, toRule(def, doc.file));
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function fail(doc: RulesetDocument, path: string, message: string): InputError {
  const at = doc.locate(path);
  return InputError.at('invalid-ruleset', doc.file, message, at.line, at.column, path);
}
