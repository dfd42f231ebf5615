/**
 * Linting many files: each file is loaded and checked on its own, so one bad
 * file is reported (as diagnostics) without hiding the findings of the others.
 */
import { relative } from 'node:path';
import { InputError } from '../errors.js';
import { loadSystemFile, type LoadDeps } from '../model/load.js';
import type { LoadedSystem } from '../model/types.js';
import { compareFindings, type Diagnostic, type Finding } from './finding.js';
import { runRules } from './run.js';
import { applyBaseline, applySuppressions, type Baseline } from './suppress.js';
import type { Rule } from './types.js';

export interface LintOptions {
  cwd: string;
  inlineIgnore: boolean;
  baseline?: Baseline;
  today: string;
  /** Called after each file (for progress on a TTY). */
  onFile?: (done: number, total: number) => void;
}

export interface LintResult {
  files: string[];
  /** Every finding, suppressed ones included (marked); formatters and exit codes skip those. */
  findings: Finding[];
  diagnostics: Diagnostic[];
}

export function lintFiles(files: string[], rules: Rule[], deps: LoadDeps, options: LintOptions): LintResult {
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const shown: string[] = [];
  files.forEach((file, i) => {
    const display = relative(options.cwd, file) || file;
    shown.push(display);
    let loaded: LoadedSystem;
    try {
      loaded = { ...loadSystemFile(file, deps), file: display };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      diagnostics.push(...error.diagnostics.map((d) => ({ ...d, file: display })));
      options.onFile?.(i + 1, files.length);
      return;
    }
    const raw = runRules(loaded, rules);
    const suppressed = applySuppressions(raw, loaded, { inline: options.inlineIgnore, today: options.today });
    findings.push(...applyBaseline(suppressed, options.baseline));
    options.onFile?.(i + 1, files.length);
  });
  return { files: shown, findings: findings.sort(compareFindings), diagnostics };
}

export function activeFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => !f.suppressed);
}
