/**
 * Inline suppressions (`x-archcap-ignore`) and baselines. A suppression covers
 * its node and everything below it, needs a reason, and stops applying after
 * its `until` date; an expired one is reported so it does not rot silently.
 */
import type { LoadedSystem, Suppression } from '../model/types.js';
import type { Finding } from './finding.js';

export const EXPIRED_RULE = 'archcap/expired-suppression';

function covers(s: Suppression, finding: Finding): boolean {
  const under = s.path === '' || finding.path === s.path || finding.path.startsWith(`${s.path}.`) || finding.path.startsWith(`${s.path}[`);
  const rule = s.rule === finding.ruleId || (s.rule.endsWith('/*') && finding.ruleId.startsWith(s.rule.slice(0, -1)));
  return under && rule;
}

export interface SuppressOptions {
  /** Honour inline suppressions (`--no-inline-ignore` turns this off). */
  inline: boolean;
  /** Today, as YYYY-MM-DD (injected so tests do not depend on the clock). */
  today: string;
}

/** Marks suppressed findings and adds a warning for each expired suppression. */
export function applySuppressions(findings: Finding[], loaded: LoadedSystem, options: SuppressOptions): Finding[] {
  if (!options.inline) return findings;
  const active: Suppression[] = [];
  const extra: Finding[] = [];
  for (const s of loaded.model.suppressions) {
    if (s.until !== undefined && s.until < options.today) {
      const at = loaded.locate(s.path ? `${s.path}.x-archcap-ignore` : 'x-archcap-ignore');
      extra.push({
        ruleId: EXPIRED_RULE,
        severity: 'warning',
        message: `the suppression of ${s.rule} expired on ${s.until} and no longer applies (reason given: ${s.reason})`,
        path: s.path,
        file: loaded.file,
        line: at.line,
        column: at.column,
        references: [],
      });
    } else {
      active.push(s);
    }
  }
  const marked = findings.map((f) => {
    const s = active.find((x) => covers(x, f));
    return s ? { ...f, suppressed: { kind: 'inline' as const, reason: s.reason } } : f;
  });
  return [...marked, ...extra];
}

export interface Baseline {
  version: 1;
  findings: { fingerprint: string; ruleId: string; file: string; path: string }[];
}

export function applyBaseline(findings: Finding[], baseline: Baseline | undefined): Finding[] {
  if (!baseline) return findings;
  const known = new Set(baseline.findings.map((f) => f.fingerprint));
  return findings.map((f) => (!f.suppressed && f.fingerprint && known.has(f.fingerprint) ? { ...f, suppressed: { kind: 'baseline' as const } } : f));
}

export function toBaseline(findings: Finding[]): Baseline {
  const entries = findings
    .filter((f) => f.fingerprint && f.suppressed?.kind !== 'inline')
    .map((f) => ({ fingerprint: f.fingerprint!, ruleId: f.ruleId, file: f.file, path: f.path }));
  const unique = [...new Map(entries.map((e) => [e.fingerprint, e])).values()];
  unique.sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.path.localeCompare(b.path));
  return { version: 1, findings: unique };
}
