import type { Finding, Severity } from '../../engine/finding.js';
import type { FindingsFormatter } from '../../engine/rule-types.js';
import { escapeControl } from '../escape-control.js';
import { countFindings, groupByFile, reportable, summaryText } from './shared.js';

/** Plain ANSI SGR codes: no colour library needed for five styles. */
const ANSI = {
  red: [31, 39],
  yellow: [33, 39],
  blue: [34, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
} as const;
type Style = keyof typeof ANSI;

const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };

type Paint = (style: Style, text: string) => string;
const paintWith =
  (color: boolean): Paint =>
  (style, text) =>
    color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text;

/** Width as a terminal shows it, near enough: one column per code point. */
const width = (text: string): number => [...text].length;
const padEnd = (text: string, to: number): string => text + ' '.repeat(Math.max(0, to - width(text)));
/** One terminal line: line breaks become spaces; other control characters (ESC, BEL…) cannot reach the terminal. */
const oneLine = (text: string): string =>
  escapeControl(text
    .replace(/\t/g, ' ')
    .replace(/\s*[\r\n]+\s*/g, ' '))
    .trim();

interface Row {
  position: string;
  severity: Severity;
  message: string;
  ruleId: string;
}

function toRow(f: Finding): Row {
  const reason = f.suppressed?.reason ? `: ${oneLine(f.suppressed.reason)}` : '';
  const suffix = f.suppressed ? ` (suppressed${reason})` : '';
  return {
    position: `${f.line}:${f.column}`,
    severity: f.severity,
    message: oneLine(f.message) + suffix,
    ruleId: f.ruleId,
  };
}

function renderFile(file: string, rows: Row[], paint: Paint): string[] {
  const cols = {
    position: Math.max(...rows.map((r) => width(r.position))),
    severity: Math.max(...rows.map((r) => width(r.severity))),
    message: Math.max(...rows.map((r) => width(r.message))),
  };
  const lines = rows.map((r) => {
    const position = paint('dim', padEnd(r.position, cols.position));
    const severity = paint(SEVERITY_STYLE[r.severity], padEnd(r.severity, cols.severity));
    const message = padEnd(r.message, cols.message);
    return `  ${position}  ${severity}  ${message}  ${paint('dim', r.ruleId)}`;
  });
  return [paint('underline', escapeControl(file)), ...lines];
}

/** ESLint-like output for a terminal: findings grouped by file, aligned columns, a summary. */
export const stylish: FindingsFormatter = (findings, ctx) => {
  const all = reportable(findings, ctx);
  if (all.length === 0) return '';
  const paint = paintWith(ctx.color);
  const blocks = [...groupByFile(all, ctx.cwd)].map(([file, group]) =>
    renderFile(file, group.map(toRow), paint).join('\n'),
  );
  const counts = countFindings(all);
  const summaryStyle: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : counts.info > 0 ? 'blue' : 'green';
  const mark = counts.problems > 0 ? '✖' : '✔';
  const summary = paint('bold', paint(summaryStyle, `${mark} ${summaryText(counts)}`));
  return `${blocks.join('\n\n')}\n\n${summary}`;
};
