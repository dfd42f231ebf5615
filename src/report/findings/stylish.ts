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

/** Words of `text` in lines of at most `max` columns (a longer word gets a line of its own, cut if it must be). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(' ').filter(Boolean)) {
    while (width(word) > max) {
      if (line) lines.push(line);
      line = '';
      lines.push([...word].slice(0, max).join(''));
      word = [...word].slice(max).join('');
    }
    if (!word) continue;
    if (line && width(line) + 1 + width(word) > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** The narrowest message column worth wrapping into; below it, lines are left long. */
const MIN_MESSAGE_WIDTH = 30;

function renderFile(file: string, rows: Row[], paint: Paint, columns: number | undefined): string[] {
  const cols = {
    position: Math.max(...rows.map((r) => width(r.position))),
    severity: Math.max(...rows.map((r) => width(r.severity))),
  };
  const indent = 2 + cols.position + 2 + cols.severity + 2;
  const lines = rows.flatMap((r) => {
    const position = paint('dim', padEnd(r.position, cols.position));
    const severity = paint(SEVERITY_STYLE[r.severity], padEnd(r.severity, cols.severity));
    const lead = `  ${position}  ${severity}  `;
    // Unwrapped (piped, or a very narrow terminal): one finding per line, no padding.
    if (columns === undefined || columns - indent < MIN_MESSAGE_WIDTH) return [`${lead}${r.message}  ${paint('dim', r.ruleId)}`];
    const max = columns - indent;
    const wrapped = wrapWords(r.message, max);
    const last = wrapped.length - 1;
    // The rule id ends the last line when it fits there, else it gets a line of its own.
    if (width(wrapped[last]!) + 2 + width(r.ruleId) <= max) wrapped[last] = `${wrapped[last]}  ${paint('dim', r.ruleId)}`;
    else wrapped.push(paint('dim', r.ruleId));
    return wrapped.map((text, i) => `${i === 0 ? lead : ' '.repeat(indent)}${text}`);
  });
  return [paint('underline', escapeControl(file)), ...lines];
}

/** ESLint-like output for a terminal: findings grouped by file, aligned columns, messages wrapped to the terminal's width, a summary. */
export const stylish: FindingsFormatter = (findings, ctx) => {
  const all = reportable(findings, ctx);
  if (all.length === 0) return '';
  const paint = paintWith(ctx.color);
  const blocks = [...groupByFile(all, ctx.cwd)].map(([file, group]) =>
    renderFile(file, group.map(toRow), paint, ctx.width).join('\n'),
  );
  const counts = countFindings(all);
  const summaryStyle: Style = counts.error > 0 ? 'red' : counts.warning > 0 ? 'yellow' : counts.info > 0 ? 'blue' : 'green';
  const mark = counts.problems > 0 ? '✖' : '✔';
  const summary = paint('bold', paint(summaryStyle, `${mark} ${summaryText(counts)}`));
  return `${blocks.join('\n\n')}\n\n${summary}`;
};
