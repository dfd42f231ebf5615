import type { Severity } from '../../engine/finding.js';
import type { FindingsFormatter } from '../../engine/rule-types.js';
import { escapeControl } from '../escape-control.js';
import { relativePath, reportable } from './shared.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escape a workflow command's message: `%`, CR and LF (as GitHub's own toolkit does), after every other control character. */
export function escapeData(text: string): string {
  return escapeControl(text, '\r\n').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command's property value: as data, plus `:` and `,`, which delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one per finding, so the findings show as
 * annotations on the pull request: `::error file=…,line=…,col=…,title=rule-id::message`.
 * Suppressed findings are left out: an annotation is a call to act.
 */
export const github: FindingsFormatter = (findings, ctx) =>
  reportable(findings, ctx)
    .filter((f) => !f.suppressed)
    .map((f) => {
      const props = [
        `file=${escapeProperty(relativePath(f.file, ctx.cwd))}`,
        `line=${Math.max(1, f.line)}`,
        `col=${Math.max(1, f.column)}`,
        `title=${escapeProperty(f.ruleId)}`,
      ];
      return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
    })
    .join('\n');
