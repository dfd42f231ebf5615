import type { Diagnostic, Finding, Severity } from './finding.js';

/** What a rule file declares about itself; docs, `archcap explain` and SARIF descriptors come from it. */
export interface RuleMeta {
  /** `category/name`, e.g. `timeout/missing`. */
  id: string;
  /** The configured severity; `off` means the rule does not run. */
  severity: Severity | 'off';
  summary: string;
  description: string;
  rationale: string;
  references: string[];
  /** The page to read first about the rule (SARIF `helpUri`, `archcap explain`). */
  url?: string;
  fix: string;
}

/** Everything a findings formatter may use besides the findings themselves. */
export interface FormatContext {
  /** Metadata of every rule that ran (for SARIF rule descriptors, JUnit test cases, help links). */
  rules: RuleMeta[];
  /** Every file that was linted, including files with no findings and files that failed. */
  files: string[];
  /** File-level problems (invalid YAML, schema errors): each stopped one file. */
  diagnostics: Diagnostic[];
  /** Paths in the output are shown relative to this folder. */
  cwd: string;
  /** Colour with ANSI escapes (only on a TTY, never when writing to a file). */
  color: boolean;
  /** archcap's version, for SARIF `tool.driver.version`. */
  version: string;
  /** Wrap human-readable output to this many columns (a terminal's width); undefined: never wrap. */
  width?: number;
  /** The project root: SARIF URIs are relative to it, so they do not depend on the working folder. Default: cwd. */
  root?: string;
  /** The run's --fail-on: JUnit counts only findings at or above it as failures. Default: error. */
  failOn?: 'error' | 'warning' | 'info' | 'never';
  /** Seconds spent on each file (by the path the findings use), for JUnit `time`. */
  timings?: Record<string, number>;
}

export type FindingsFormatter = (findings: Finding[], ctx: FormatContext) => string;
