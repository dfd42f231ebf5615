/**
 * Running rules over one loaded system: select the nodes each rule is given,
 * call its check, and turn results into findings with file:line:col.
 */
import type { LoadedSystem } from '../model/types.js';
import { createKnowledgeView } from './context.js';
import { fingerprint } from './fingerprint.js';
import type { Finding } from './finding.js';
import { getFunction } from './functions/index.js';
import { compileGiven, field, select } from './given.js';
import type { Rule } from './types.js';

export function runRules(loaded: LoadedSystem, rules: Rule[]): Finding[] {
  const { model } = loaded;
  const knowledge = createKnowledgeView(model);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (rule.severity === 'off') continue;
    const fn = getFunction(rule.then.function);
    if (!fn) continue; // rule files are validated on load; an unknown function cannot get here
    for (const selected of select(model, compileGiven(rule.given))) {
      const results = fn.run(selected.node, rule.then.functionOptions, { model, parent: selected.parent, path: selected.path, knowledge });
      for (const result of results) {
        const path = result.path ?? selected.path;
        const message = rule.message ? renderMessage(rule.message, selected.node, selected.parent, result.message) : result.message;
        const at = loaded.locate(path);
        findings.push({
          ruleId: rule.id,
          severity: rule.severity,
          message,
          path,
          file: loaded.file,
          line: at.line,
          column: at.column,
          references: [...new Set([...(result.references ?? []), ...rule.references])],
          fix: rule.fix,
          ...(result.related?.length ? { related: result.related.map((r) => ({ ...r, ...loaded.locate(r.path) })) } : {}),
          fingerprint: fingerprint(rule.id, loaded, path, message),
        });
      }
    }
  }
  return findings;
}

/** `{{service}} calls {{$parent.name}}`: fields of the node and its parent, and `{{$message}}`. */
export function renderMessage(template: string, node: unknown, parent: unknown, own: string): string {
  return template.replace(/\{\{\s*([$A-Za-z0-9_.]+)\s*\}\}/g, (_, key: string) => {
    if (key === '$message') return own;
    const value = key.startsWith('$parent.') ? field(parent, key.slice('$parent.'.length)) : field(node, key);
    return value === undefined ? '?' : Array.isArray(value) ? value.join(', ') : String(value);
  }).trim();
}
