/** `archcap analyze` for a terminal: a table per store and data set, findings, recommendations. */
import type { AnalysisReport } from '../pipeline.js';
import { textTable } from './text-table.js';
import { escapeControl } from './escape-control.js';

const SEV: Record<string, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[34m' };
const RESET = '\u001b[0m';
const BOLD = (s: string, c: boolean): string => (c ? `\u001b[1m${s}\u001b[22m` : s);

function wrap(text: string, indent: string, width = 100): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (line && indent.length + line.length + word.length + 1 > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

export function analysisText(report: AnalysisReport, color: boolean): string {
  const out: string[] = [BOLD(escapeControl(`${report.system} — ${report.file}`), color), ''];
  if (report.datastores.length || report.topics.length) {
    out.push(BOLD('Data stores, as configured', color));
    const stores = [...report.datastores, ...report.topics];
    out.push(...textTable(['store', 'engine', 'PACELC', 'CAP', 'consistency', 'partition: reads / writes', 'acked writes lost on failover'], stores.map((s) => [s.name, s.engine, s.pacelc, s.cap, s.consistency, `${s.onPartition.reads} / ${s.onPartition.writes}`, s.onPartition.ackedWritesLostOnFailover ? 'yes' : 'no'])));
    for (const s of stores) out.push(...wrap(`${s.name}: ${s.explanation}`, '  '));
    out.push('');
  }
  if (report.datasets.length) {
    out.push(BOLD('Data sets', color));
    out.push(...textTable(['data set', 'store', 'requires', 'provided', 'ok'], report.datasets.map((d) => [d.name, d.store, `${d.requires}${d.requiresFrom === 'invariants' ? ' (from invariants)' : ''}`, d.provided, d.satisfied ? 'yes' : 'NO'])));
    for (const d of report.datasets) out.push(...wrap(`${d.name}: ${d.explanation}`, '  '));
    out.push('');
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity] += 1;
  out.push(BOLD(`Findings (${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos)`, color));
  if (report.findings.length === 0) out.push('  none');
  for (const f of report.findings) {
    const sev = color ? `${SEV[f.severity] ?? ''}${f.severity}${RESET}` : f.severity;
    out.push(`  ${f.line}:${f.column}  ${sev}  ${f.ruleId}`);
    out.push(...wrap(f.message, '      '));
  }
  out.push('');
  out.push(BOLD(`Recommendations (${report.recommendations.length})`, color));
  if (report.recommendations.length === 0) out.push('  none');
  for (const r of report.recommendations) {
    out.push(`  [${r.topic}] ${r.target}`);
    out.push(...wrap(r.recommendation, '      '));
    if (r.patterns.length) out.push(`      patterns: ${r.patterns.join(', ')} (archcap generate)`);
  }
  return `${out.join('\n')}\n`;
}
