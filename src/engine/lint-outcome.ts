/** How a lint run ends: its exit code, and the messages around the report. */
import { failsAt } from './config.js';
import type { Selection } from './files/select.js';
import { DETECTION_RULE } from './files/detect.js';
import { activeFindings, type LintResult } from './lint.js';
import type { LintFlags, LintSetup } from './lint-setup.js';

/** 2 when a file could not be used, 1 when a finding is at or above --fail-on or warnings exceed --max-warnings, else 0. */
export function lintExitCode(result: LintResult, setup: Pick<LintSetup, 'failOn' | 'maxWarnings'>): { code: 0 | 1 | 2; message?: string } {
  if (result.diagnostics.length) return { code: 2 };
  const active = activeFindings(result.findings);
  if (active.some((f) => failsAt(f.severity, setup.failOn))) return { code: 1 };
  const warnings = active.filter((f) => f.severity === 'warning').length;
  if (setup.maxWarnings !== undefined && warnings > setup.maxWarnings) {
    return { code: 1, message: `archcap: too many warnings: ${warnings} (--max-warnings ${setup.maxWarnings})` };
  }
  return { code: 0 };
}

export function noFilesMessage(args: readonly string[], selection: Selection): string {
  const where = args.length ? args.join(' ') : 'the working folder';
  const skipped = selection.skipped.length ? ` (${selection.skipped.length} other YAML file${selection.skipped.length === 1 ? '' : 's'} skipped)` : '';
  return `no system descriptions in ${where}${skipped}: a system description is a .yaml/.yml file with ${DETECTION_RULE}`;
}

/** lint's parsed flags → the options setupLint reads. */
export function lintSetupFlags(flags: Record<string, unknown>): LintFlags {
  const pick = <T>(key: string): T | undefined => flags[key] as T | undefined;
  const out: LintFlags = { noConfig: Boolean(flags['no-config']) };
  const set = <K extends keyof LintFlags>(key: K, value: LintFlags[K] | undefined): void => {
    if (value !== undefined) out[key] = value;
  };
  set('format', pick<string[]>('format'));
  set('output', pick<string>('output'));
  set('failOn', pick<string>('fail-on'));
  set('ruleset', pick<string[]>('ruleset'));
  set('config', pick<string>('config'));
  set('baseline', pick<string>('baseline'));
  set('inlineIgnore', pick<boolean>('inline-ignore'));
  set('ignorePattern', pick<string[]>('ignore-pattern'));
  set('ignore', pick<boolean>('ignore'));
  set('maxWarnings', pick<number>('max-warnings'));
  return out;
}

/** Baselines hide findings; say how many, so they are not forgotten. */
export function baselineNote(result: LintResult, baselineFile: string | undefined): string | undefined {
  if (!baselineFile) return undefined;
  const hidden = result.findings.filter((f) => f.suppressed?.kind === 'baseline').length;
  if (hidden === 0) return undefined;
  return `archcap: ${hidden} known finding${hidden === 1 ? '' : 's'} hidden by the baseline ${baselineFile}`;
}
