/** `archcap analyze` for a terminal: a table per store and data set, findings, recommendations. */
import type { AnalysisReport } from '../pipeline.js';
import { textTable } from './text-table.js';
import { escapeControl } from './escape-control.js';

const SEV: Record<string, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[34m' };
const RESET = '\u001b[0m';
const BOLD = (s: string, c: boolean): string => (c ? `\u001b[1m${s}\u001b[22m` : s);

function wrapAt(text: string, indent: string, width: number): string[] {
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

/** Columns a line may take: the terminal's width when there is one, else 100 (the report as files and pipes get it). */
const DEFAULT_WIDTH = 100;

type Store = AnalysisReport['datastores'][number];
const partition = (s: Store): string => `${s.onPartition.reads} / ${s.onPartition.writes}`;
const lost = (s: Store): string => (s.onPartition.ackedWritesLostOnFailover ? 'yes' : 'no');

/** The stores table; on a terminal too narrow for it, partition behaviour moves from the table into each store's note. */
function storeLines(stores: Store[], width: number | undefined): string[] {
  const full = textTable(['store', 'engine', 'PACELC', 'CAP', 'consistency', 'partition: reads / writes', 'acked writes lost on failover'], stores.map((s) => [s.name, s.engine, s.pacelc, s.cap, s.consistency, partition(s), lost(s)]));
  const fits = width === undefined || full.every((l) => [...l].length <= width);
  const table = fits ? full : textTable(['store', 'engine', 'PACELC', 'CAP', 'consistency'], stores.map((s) => [s.name, s.engine, s.pacelc, s.cap, s.consistency]));
  const notes = stores.flatMap((s) => wrapAt(`${s.name}: ${fits ? '' : `on partition, reads / writes: ${partition(s)}; acked writes lost on failover: ${lost(s)}. `}${s.explanation}`, '  ', width ?? DEFAULT_WIDTH));
  return [...table, ...notes];
}

/** `width`: the terminal's columns (tables and prose fit them); undefined when piped. */
export function analysisText(report: AnalysisReport, color: boolean, width?: number): string {
  return `${analysisLines(report, color, width).join('\n')}\n`;
}

/** The report's lines (without line breaks), for writing a large report in pieces. */
export function analysisLines(report: AnalysisReport, color: boolean, width?: number): string[] {
  const wrap = (text: string, indent: string): string[] => wrapAt(text, indent, width ?? DEFAULT_WIDTH);
  const out: string[] = [BOLD(escapeControl(`${report.system} — ${report.file}`), color), ''];
  if (report.datastores.length || report.topics.length) {
    out.push(BOLD('Data stores, as configured', color));
    out.push(...storeLines([...report.datastores, ...report.topics], width));
    out.push('');
  }
  if (report.datasets.length) {
    out.push(BOLD('Data sets', color));
    const decided = (d: (typeof report.datasets)[number]): string => (d.decidedBy ?? 'store').replace(/-/g, ' ');
    const requires = (d: (typeof report.datasets)[number]): string => `${d.requires}${d.requiresFrom === 'invariants' ? ' (from invariants)' : ''}`;
    const full = textTable(['data set', 'store', 'requires', 'provided', 'decided by', 'ok'], report.datasets.map((d) => [d.name, d.store, requires(d), d.provided, decided(d), d.satisfied ? 'yes' : 'NO']));
    // On a terminal too narrow for it, what decided each data set moves from the table into its note.
    const fits = width === undefined || full.every((l) => [...l].length <= width);
    out.push(...(fits ? full : textTable(['data set', 'store', 'requires', 'provided', 'ok'], report.datasets.map((d) => [d.name, d.store, requires(d), d.provided, d.satisfied ? 'yes' : 'NO']))));
    for (const d of report.datasets) out.push(...wrap(`${d.name}: ${fits ? '' : `decided by ${decided(d)}. `}${d.explanation}`, '  '));
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
    out.push(...wrap(`[${r.topic}] ${r.targetName ?? r.target}`, '  '));
    out.push(...wrap(r.recommendation, '      '));
    if (r.patterns.length) out.push(`      patterns: ${r.patterns.join(', ')} (archcap generate)`);
  }
  return out;
}
