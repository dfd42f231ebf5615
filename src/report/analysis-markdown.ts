/**
 * `archcap analyze --format markdown`: a design-review document for GitHub. Summary
 * first (what is wrong, what to do), then the diagram (when the model is given), the
 * stores and data sets, every finding, and the recommendations grouped by topic, with
 * the long explanations folded into <details>. Text is escaped for GitHub's Markdown:
 * no table cell can be split and no HTML from a YAML value becomes markup.
 */
import type { Finding } from '../engine/finding.js';
import type { SystemModel } from '../model/types.js';
import type { AnalysisReport } from '../pipeline.js';
import { TOPICS, type Recommendation } from '../recommend/index.js';
import { mermaidDiagram } from './mermaid.js';
import { escapeControl } from './escape-control.js';

const SEVERITY: Record<Finding['severity'], string> = { error: '🔴 error', warning: '🟠 warning', info: '🔵 info' };
const TOPIC_TITLE: Record<Recommendation['topic'], string> = {
  consistency: 'Consistency', partitioning: 'Partitioning', replication: 'Replication',
  transactions: 'Transactions', ordering: 'Ordering', 'failure-handling': 'Failure handling',
};

/** Prose: HTML is shown, not interpreted; line breaks are kept out of single-line contexts. */
const text = (s: string): string => escapeControl(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' '));
const cell = (s: string): string => text(s).replace(/\|/g, '\\|');
const code = (s: string): string => `<code>${cell(s)}</code>`;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function summary(report: AnalysisReport): string[] {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity] += 1;
  const unmet = report.datasets.filter((d) => !d.satisfied);
  const byTopic = TOPICS.map((t) => [t, report.recommendations.filter((r) => r.topic === t).length] as const).filter(([, n]) => n > 0);
  const rules = [...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))];
  return [
    '## Summary', '',
    `| | |`, '|---|---|',
    `| Data stores | ${report.datastores.length} (+ ${plural(report.topics.length, 'topic')}) |`,
    `| Data sets | ${report.datasets.length}, ${unmet.length ? `**${unmet.length} not getting the consistency they need**: ${unmet.map((d) => cell(d.name)).join(', ')}` : 'all getting the consistency they need'} |`,
    `| Findings | ${SEVERITY.error} ${counts.error} · ${SEVERITY.warning} ${counts.warning} · ${SEVERITY.info} ${counts.info} |`,
    `| Errors from | ${rules.length ? rules.map((r) => `\`${r}\``).join(', ') : 'none'} |`,
    `| Recommendations | ${report.recommendations.length}${byTopic.length ? ` (${byTopic.map(([t, n]) => `${TOPIC_TITLE[t].toLowerCase()} ${n}`).join(', ')})` : ''} |`,
    '',
  ];
}

function stores(report: AnalysisReport): string[] {
  const all = [...report.datastores, ...report.topics];
  if (all.length === 0) return [];
  const findingsAt = (path: string): number => report.findings.filter((f) => f.path === path || f.path.startsWith(`${path}.`)).length;
  return [
    '## Data stores, as configured', '',
    '| store | engine | PACELC | CAP | consistency | on a partition: reads / writes | acked writes lost on failover | findings |',
    '|---|---|---|---|---|---|---|---|',
    ...all.map((s) => `| **${cell(s.name)}** | ${cell(s.engine)} | ${s.pacelc} | ${s.cap} | ${s.consistency} | ${cell(s.onPartition.reads)} / ${cell(s.onPartition.writes)} | ${s.onPartition.ackedWritesLostOnFailover ? '**yes**' : 'no'} | ${findingsAt(s.path) || ''} |`),
    '', '<details><summary>Why each store gets what it gets</summary>', '',
    ...all.map((s) => `- **${cell(s.name)}**: ${text(s.explanation)}${s.references.length ? ` (${s.references.map(text).join('; ')})` : ''}`),
    '', '</details>', '',
  ];
}

function datasets(report: AnalysisReport): string[] {
  if (report.datasets.length === 0) return [];
  return [
    '## Data sets', '',
    '| data set | store | requires | provided | satisfied |', '|---|---|---|---|---|',
    ...report.datasets.map((d) => `| **${cell(d.name)}** | ${cell(d.store)} | ${d.requires}${d.requiresFrom === 'invariants' ? ' (from invariants)' : ''} | ${d.provided} | ${d.satisfied ? '✅ yes' : '❌ **no**'} |`),
    '', '<details><summary>How each requirement was derived</summary>', '',
    ...report.datasets.map((d) => `- **${cell(d.name)}**: ${text(d.explanation)}`),
    '', '</details>', '',
  ];
}

function findings(report: AnalysisReport): string[] {
  const out = ['## Findings', ''];
  if (report.findings.length === 0) return [...out, 'None: no rule found a contradiction.', ''];
  out.push('| | line | rule | finding |', '|---|---|---|---|');
  for (const f of report.findings) out.push(`| ${SEVERITY[f.severity]} | ${f.line}:${f.column} | \`${f.ruleId}\` | ${cell(f.message)}${f.fix ? `<br/>*Fix:* ${cell(f.fix)}` : ''} |`);
  return [...out, '', `Run \`archcap explain RULE\` for the rationale and references of a rule.`, ''];
}

function recommendation(r: AnalysisReport['recommendations'][number], file: string): string[] {
  const out = [`#### ${text(r.title)}`, '', `${code(r.targetName ?? r.target)} · ${code(r.id)}`, '', text(r.recommendation), '', `**Why.** ${text(r.rationale)}`, '', `**Trade-offs.** ${text(r.tradeoffs)}`, ''];
  if (r.patterns.length) out.push(`**Starter code.** \`archcap generate ${file} --pattern ${r.patterns.join(',')} --out <dir>\``, '');
  if (r.references.length) out.push('<details><summary>References</summary>', '', ...r.references.map((x) => `- ${text(x)}`), '', '</details>', '');
  return out;
}

function recommendations(report: AnalysisReport): string[] {
  const out = ['## Recommendations', ''];
  if (report.recommendations.length === 0) return [...out, 'None.', ''];
  for (const topic of TOPICS) {
    const recs = report.recommendations.filter((r) => r.topic === topic);
    if (recs.length) out.push(`### ${TOPIC_TITLE[topic]}`, '', ...recs.flatMap((r) => recommendation(r, report.file)));
  }
  return out;
}

/** `model` adds the Mermaid diagram (GitHub renders ```mermaid blocks). */
export function analysisMarkdown(report: AnalysisReport, model?: SystemModel): string {
  const out = [`# Architecture review: ${text(report.system)}`, '', `Generated by \`archcap analyze ${report.file} --format markdown\`.`, ''];
  if (model?.description) out.push(`> ${text(model.description)}`, '');
  out.push(...summary(report));
  if (model) out.push('## Diagram', '', 'Stores are coloured by PACELC class; a red border marks a component with findings.', '', '```mermaid', mermaidDiagram(model, report).trimEnd(), '```', '');
  out.push(...stores(report), ...datasets(report), ...findings(report), ...recommendations(report));
  return `${out.join('\n').trimEnd()}\n`;
}
