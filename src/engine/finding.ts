/** The one currency of archcap: every rule produces findings, every formatter prints them. */

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The YAML path of the node the finding is about, e.g. `datastores[0].settings`. */
  path: string;
  file: string;
  line: number;
  column: number;
  references: string[];
  /** Other places the finding concerns (one cause, several affected nodes): SARIF relatedLocations. */
  related?: { path: string; line: number; column: number; message: string }[];
  /** Stable across line moves: hash of rule id + file + path (+ discriminator). */
  fingerprint?: string;
  /** How to fix it, from the rule. */
  fix?: string;
  /** Set when an inline suppression or baseline matched (reported only on request). */
  suppressed?: { kind: 'inline' | 'baseline'; reason?: string };
}

/** A file-level problem that stopped a file from being analysed (exit code 2). */
export interface Diagnostic {
  code: string;
  message: string;
  file: string;
  line: number;
  column: number;
  path?: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
