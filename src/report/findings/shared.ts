import path from 'node:path';
import { compareFindings, type Diagnostic, type Finding } from '../../engine/finding.js';
import type { FormatContext, RuleMeta } from '../../engine/rule-types.js';

/** The rule id under which a file that failed to load is reported by every format. */
export const INVALID_INPUT_RULE_ID = 'archcap/invalid-input';

/** A diagnostic (a file that could not be analysed) as an error finding. */
export function diagnosticToFinding(d: Diagnostic): Finding {
  return {
    ruleId: INVALID_INPUT_RULE_ID,
    severity: 'error',
    message: d.message,
    path: d.path ?? '',
    file: d.file,
    line: d.line,
    column: d.column,
    references: [],
  };
}

/** Findings and diagnostics together, in report order (file, line, column, severity, rule). */
export function reportable(findings: Finding[], ctx: FormatContext): Finding[] {
  return [...findings, ...ctx.diagnostics.map(diagnosticToFinding)].sort(compareFindings);
}

/** `file` relative to `cwd`, with forward slashes; a path outside cwd stays absolute (as ESLint shows it). */
export function relativePath(file: string, cwd: string): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute) || path.basename(absolute);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return (outside ? absolute : relative).split(path.sep).join('/');
}

/** Every file the run touched: linted files, then any file only named by a finding or diagnostic. */
export function allFiles(findings: Finding[], ctx: FormatContext): string[] {
  const seen = new Map<string, string>();
  const add = (file: string): void => {
    const key = relativePath(file, ctx.cwd);
    if (!seen.has(key)) seen.set(key, file);
  };
  ctx.files.forEach(add);
  findings.forEach((f) => add(f.file));
  ctx.diagnostics.forEach((d) => add(d.file));
  return [...seen.keys()];
}

/** Group by file (relative to cwd), keeping the order of the input. */
export function groupByFile(findings: Finding[], cwd: string): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = relativePath(finding.file, cwd);
    const group = groups.get(key);
    if (group) group.push(finding);
    else groups.set(key, [finding]);
  }
  return groups;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
  /** Unsuppressed findings: the problems. */
  problems: number;
}

export function countFindings(findings: Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, suppressed: 0, problems: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed += 1;
    else {
      counts[f.severity] += 1;
      counts.problems += 1;
    }
  }
  return counts;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** `5 problems (2 errors, 3 warnings, 0 infos)`, plus `, 1 suppressed` when some were silenced. */
export function summaryText(counts: Counts): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'info')];
  if (counts.suppressed > 0) parts.push(`${counts.suppressed} suppressed`);
  return `${plural(counts.problems, 'problem')} (${parts.join(', ')})`;
}

/** Rules in report order: those in the context, then any rule id only seen in findings. */
export function ruleIds(findings: Finding[], rules: RuleMeta[]): string[] {
  const ids = rules.filter((r) => r.severity !== 'off').map((r) => r.id);
  for (const f of findings) if (!ids.includes(f.ruleId)) ids.push(f.ruleId);
  return ids;
}

/** The first web link among references: the nearest thing to a rule's documentation. */
export function firstUrl(references: readonly string[]): string | undefined {
  return references.find((r) => /^https?:\/\/\S+$/.test(r));
}

