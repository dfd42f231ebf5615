import type { Finding, Severity } from '../../engine/finding.js';
import type { FindingsFormatter, RuleMeta } from '../../engine/rule-types.js';
import { escapeControl } from '../escape-control.js';
import { allFiles, countFindings, firstUrl, groupByFile, plural, reportable, summaryText } from './shared.js';

/** Text markers, no emoji: they read the same in a terminal, an e-mail and a screen reader. */
const MARKER: Record<Severity, string> = { error: '**error**', warning: 'warning', info: 'info' };

/** Escape Markdown (and inline HTML) so a message renders as the text it is, inside a table cell. */
export function escapeMarkdown(text: string): string {
  return escapeControl(text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>'));
}

/** A code span that survives backticks in its content (CommonMark: a longer fence). */
function codeSpan(raw: string): string {
  const text = escapeControl(raw);
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A table cell can hold no `|`, not even inside a code span, so pipes are escaped there too. */
const cellCode = (text: string): string => codeSpan(text).replace(/\|/g, '\\|');

/** A link destination safe in a table cell: parentheses and pipes percent-encoded. */
const linkTarget = (url: string): string =>
  url.replace(/[()|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function ruleCell(f: Finding, rules: Map<string, RuleMeta>): string {
  const docs = firstUrl(rules.get(f.ruleId)?.references ?? []) ?? firstUrl(f.references);
  const code = cellCode(f.ruleId);
  return docs ? `[${code}](${linkTarget(docs)})` : code;
}

function table(file: string, findings: Finding[], rules: Map<string, RuleMeta>): string {
  const rows = findings.map((f) => {
    const note = f.suppressed ? ` _(suppressed${f.suppressed.reason ? `: ${escapeMarkdown(f.suppressed.reason)}` : ''})_` : '';
    const cells = [`${f.line}:${f.column}`, MARKER[f.severity], ruleCell(f, rules), escapeMarkdown(f.message) + note];
    return `| ${cells.join(' | ')} |`;
  });
  return [`#### ${codeSpan(file)}`, '', '| Line | Severity | Rule | Message |', '| ---: | --- | --- | --- |', ...rows].join('\n');
}

/** Markdown for a pull-request comment: a summary line, then a table per file with findings. */
export const markdown: FindingsFormatter = (findings, ctx) => {
  const all = reportable(findings, ctx);
  const checked = plural(allFiles(findings, ctx).length, 'file');
  if (all.length === 0) return `**archcap**: no problems found in ${checked}.`;
  const groups = groupByFile(all, ctx.cwd);
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  const summary = `**archcap**: ${summaryText(countFindings(all))} in ${groups.size} of ${checked} checked.`;
  return [summary, ...[...groups].map(([file, group]) => table(file, group, rules))].join('\n\n');
};
