/**
 * A RuleTester in the manner of ESLint's: each rule has a fixture file
 * `test/rules/<category>/<name>.yaml` with `valid` and `invalid` cases. Every case
 * is a complete system description (so it must pass the schema); valid cases must
 * produce no finding of the rule, invalid cases exactly the listed findings.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { loadSystemText, type LoadDeps } from '../../src/model/load.js';
import { runRules } from '../../src/engine/run.js';
import type { Rule } from '../../src/engine/types.js';
import type { Finding } from '../../src/engine/finding.js';

export interface ExpectedFinding {
  path: string;
  line?: number;
  /** Substrings the message must contain. */
  message?: string[];
}

export interface RuleCase {
  name: string;
  yaml: string;
  findings?: ExpectedFinding[];
}

export interface RuleFixture {
  rule: string;
  valid: RuleCase[];
  invalid: RuleCase[];
}

export function readFixture(file: string): RuleFixture {
  return parse(readFileSync(file, 'utf8')) as RuleFixture;
}

export function findingsFor(rule: Rule, c: RuleCase, deps: LoadDeps): Finding[] {
  const loaded = loadSystemText(`${rule.id}: ${c.name}`, c.yaml, deps);
  return runRules(loaded, [{ ...rule, severity: rule.severity === 'off' ? 'warning' : rule.severity }]);
}

export function expectFindings(actual: Finding[], expected: ExpectedFinding[]): void {
  const summary = actual.map((f) => `${f.path} (line ${f.line}): ${f.message}`);
  expect(actual.length, `expected ${expected.length} finding(s), got:\n${summary.join('\n')}`).toBe(expected.length);
  const sorted = [...actual].sort((a, b) => a.path.localeCompare(b.path));
  [...expected].sort((a, b) => a.path.localeCompare(b.path)).forEach((e, i) => {
    const f = sorted[i]!;
    expect(f.path).toBe(e.path);
    if (e.line !== undefined) expect(f.line).toBe(e.line);
    for (const part of e.message ?? []) expect(f.message).toContain(part);
    expect(f.references.length).toBeGreaterThan(0);
    expect(f.line).toBeGreaterThan(0);
  });
}
