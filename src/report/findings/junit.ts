import { SEVERITY_ORDER, type Diagnostic, type Finding } from '../../engine/finding.js';
import type { FindingsFormatter, FormatContext } from '../../engine/rule-types.js';
import { INVALID_INPUT_RULE_ID, allFiles, groupByFile, plural, relativePath, ruleIds } from './shared.js';
import { attributes, element } from './xml.js';
import { failsAt, type FailOn } from '../../engine/config.js';

interface Suite {
  name: string;
  cases: string[];
  failures: number;
  errors: number;
}

const findingLine = (f: Finding): string => `${f.line}:${f.column} ${f.severity} ${f.message}${f.path ? ` (${f.path})` : ''}`;

/**
 * One test case: fails when the rule found something at or above --fail-on in the
 * file (so the report agrees with the exit code); findings below it are listed in
 * the passing case's system-out.
 */
function ruleCase(file: string, ruleId: string, found: Finding[], failOn: FailOn): { xml: string; failed: boolean } {
  const active = found.filter((f) => !f.suppressed);
  const failing = active.filter((f) => failsAt(f.severity, failOn));
  const attrs = { classname: file, name: ruleId, file, time: '0' };
  if (failing.length === 0) {
    if (active.length === 0) return { xml: `    ${element('testcase', attrs)}`, failed: false };
    const out = element('system-out', {}, active.map(findingLine).join('\n'));
    return { xml: `    <testcase${attributes(attrs)}>\n      ${out}\n    </testcase>`, failed: false };
  }
  const worst = failing.reduce((a, b) => (SEVERITY_ORDER[b.severity] > SEVERITY_ORDER[a.severity] ? b : a));
  const failure = element(
    'failure',
    { message: `${plural(failing.length, 'finding')}: ${failing[0]?.message ?? ''}`, type: worst.severity },
    failing.map(findingLine).join('\n'),
  );
  return { xml: `    <testcase${attributes(attrs)}>\n      ${failure}\n    </testcase>`, failed: true };
}

/** A file that failed to load: a test case in error (the rules' cases follow when part of it was checked). */
function errorSuite(file: string, diagnostics: Diagnostic[]): Suite {
  const details = diagnostics.map((d) => `${file}:${d.line}:${d.column}: ${d.message}`).join('\n');
  const first = diagnostics[0];
  const error = element('error', { message: first?.message ?? 'invalid input', type: first?.code ?? 'input' }, details);
  const attrs = attributes({ classname: file, name: INVALID_INPUT_RULE_ID, file, time: '0' });
  return { name: file, cases: [`    <testcase${attrs}>\n      ${error}\n    </testcase>`], failures: 0, errors: 1 };
}

function ruleSuite(file: string, found: Finding[], ids: string[], failOn: FailOn): Suite {
  const cases = ids.map((id) => ruleCase(file, id, found.filter((f) => f.ruleId === id), failOn));
  return { name: file, cases: cases.map((c) => c.xml), failures: cases.filter((c) => c.failed).length, errors: 0 };
}

function suitesOf(findings: Finding[], ctx: FormatContext): Suite[] {
  const byFile = groupByFile(findings, ctx.cwd);
  const ids = ruleIds(findings, ctx.rules);
  return allFiles(findings, ctx).map((file) => {
    const diagnostics = ctx.diagnostics.filter((d) => relativePath(d.file, ctx.cwd) === file);
    const rules = ruleSuite(file, byFile.get(file) ?? [], ids, ctx.failOn ?? 'error');
    if (diagnostics.length === 0) return rules;
    // A file with problems: its error case, then the rules' cases for the part that was still checked.
    const errors = errorSuite(file, diagnostics);
    return byFile.has(file) ? { ...rules, cases: [...errors.cases, ...rules.cases], errors: errors.errors } : errors;
  });
}

/** JUnit XML: a test suite per file, a test case per rule × file, an error case per file that failed to load. */
export const junit: FindingsFormatter = (findings, ctx) => {
  const suites = suitesOf(findings, ctx);
  const total = (pick: (s: Suite) => number): number => suites.reduce((sum, s) => sum + pick(s), 0);
  const counts = (s: Pick<Suite, 'failures' | 'errors'> & { tests: number }) => ({
    tests: s.tests,
    failures: s.failures,
    errors: s.errors,
    skipped: 0,
  });
  const seconds = (file: string): number => ctx.timings?.[file] ?? 0;
  const time = (value: number): string => value.toFixed(3);
  const body = suites.map(
    (s) =>
      `  <testsuite${attributes({ name: s.name, ...counts({ ...s, tests: s.cases.length }), time: time(seconds(s.name)), file: s.name })}>\n${s.cases.join('\n')}\n  </testsuite>`,
  );
  const root = attributes({
    name: 'archcap',
    ...counts({ tests: total((s) => s.cases.length), failures: total((s) => s.failures), errors: total((s) => s.errors) }),
    time: time(suites.reduce((sum, s) => sum + seconds(s.name), 0)),
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${root}>`, ...body, '</testsuites>'].join('\n');
};
