import type { Finding } from '../../engine/finding.js';
import type { FindingsFormatter } from '../../engine/rule-types.js';
import { relativePath, reportable } from './shared.js';

/** The public JSON shape of one finding (DESIGN.md), in a stable key order. */
export interface JsonFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  file: string;
  line: number;
  column: number;
  path: string;
  references: string[];
  /** Other places one cause affects (every data set a setting fails). */
  related?: NonNullable<Finding['related']>;
  fingerprint?: string;
  fix?: string;
  suppressed?: NonNullable<Finding['suppressed']>;
}

export function toJsonFinding(f: Finding, cwd: string): JsonFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: relativePath(f.file, cwd),
    line: f.line,
    column: f.column,
    path: f.path,
    references: [...f.references],
    ...(f.related?.length ? { related: f.related.map((r) => ({ ...r })) } : {}),
    ...(f.fingerprint === undefined ? {} : { fingerprint: f.fingerprint }),
    ...(f.fix === undefined ? {} : { fix: f.fix }),
    ...(f.suppressed === undefined ? {} : { suppressed: { ...f.suppressed } }),
  };
}

/**
 * The findings array, pretty-printed: the same objects as `findings` in
 * `archcap analyze --format json`. Files that failed to load appear as error
 * findings with rule id `archcap/invalid-input`, so a CI consumer sees them.
 */
export const json: FindingsFormatter = (findings, ctx) =>
  JSON.stringify(
    reportable(findings, ctx).map((f) => toJsonFinding(f, ctx.cwd)),
    null,
    2,
  );
