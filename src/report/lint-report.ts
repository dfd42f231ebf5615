/** Builds the formatter context for a lint run and picks the formatter. */
import type { LintResult } from '../engine/lint.js';
import type { FormatName } from '../engine/lint-setup.js';
import type { Rule } from '../engine/types.js';
import type { FormatContext, RuleMeta } from '../engine/rule-types.js';
import { formatters } from './findings/index.js';
import { VERSION } from '../version.js';

export function ruleMeta(rule: Rule): RuleMeta {
  const { id, severity, summary, description, rationale, references, fix, url } = rule;
  return { id, severity, summary, description, rationale, references, fix, ...(url ? { url } : {}) };
}

export function formatLintResult(format: FormatName, result: LintResult, rules: Rule[], options: { cwd: string; color: boolean; width?: number; root?: string; failOn?: FormatContext['failOn'] }): string {
  // SARIF records suppressed findings as suppressed results; every other format leaves them out.
  const findings = format === 'sarif' ? result.findings : result.findings.filter((f) => !f.suppressed);
  return formatters[format](findings, {
    rules: rules.filter((r) => r.severity !== 'off').map(ruleMeta),
    files: result.files,
    // Unusable files are printed on standard error as file:line:col (by the command); the
    // human report leaves them out rather than saying everything twice.
    diagnostics: format === 'stylish' ? [] : result.diagnostics,
    cwd: options.cwd,
    color: options.color,
    version: VERSION,
    ...(options.width ? { width: options.width } : {}),
    ...(options.root ? { root: options.root } : {}),
    ...(options.failOn ? { failOn: options.failOn } : {}),
    ...(result.timings ? { timings: result.timings } : {}),
  });
}
