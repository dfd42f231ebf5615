/** `archcap analyze --format markdown`: a design-review document that renders on GitHub. */
import type { AnalysisReport } from '../pipeline.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function analysisMarkdown(report: AnalysisReport): string {
  const out: string[] = [`# Architecture review: ${report.system}`, '', `Source: \`${report.file}\``, ''];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity] += 1;
  const unmet = report.datasets.filter((d) => !d.satisfied);
  out.push('## Summary', '', `- ${report.datastores.length} data stores, ${report.datasets.length} data sets (${unmet.length} not getting the consistency they need)`, `- ${counts.error} errors, ${counts.warning} warnings, ${counts.info} notes`, `- ${report.recommendations.length} recommendations`, '');
  out.push('## Data stores', '', '| store | engine | PACELC | CAP | consistency | reads / writes on partition | acked writes lost on failover |', '|---|---|---|---|---|---|---|');
  for (const s of [...report.datastores, ...report.topics]) out.push(`| ${cell(s.name)} | ${s.engine} | ${s.pacelc} | ${s.cap} | ${s.consistency} | ${s.onPartition.reads} / ${s.onPartition.writes} | ${s.onPartition.ackedWritesLostOnFailover ? 'yes' : 'no'} |`);
  out.push('');
  for (const s of [...report.datastores, ...report.topics]) out.push(`- **${cell(s.name)}**: ${s.explanation}`);
  out.push('', '## Data sets', '', '| data set | store | requires | provided | satisfied |', '|---|---|---|---|---|');
  for (const d of report.datasets) out.push(`| ${cell(d.name)} | ${cell(d.store)} | ${d.requires}${d.requiresFrom === 'invariants' ? ' (from invariants)' : ''} | ${d.provided} | ${d.satisfied ? 'yes' : '**no**'} |`);
  out.push('', '## Findings', '');
  if (report.findings.length === 0) out.push('None.');
  else {
    out.push('| line | severity | rule | finding |', '|---|---|---|---|');
    for (const f of report.findings) out.push(`| ${f.line}:${f.column} | ${f.severity} | \`${f.ruleId}\` | ${cell(f.message)} |`);
  }
  out.push('', '## Recommendations', '');
  if (report.recommendations.length === 0) out.push('None.');
  for (const r of report.recommendations) {
    out.push(`### ${cell(r.topic)}: ${cell(r.target)}`, '', r.recommendation, '', `*Why:* ${r.rationale}`, '', `*Trade-offs:* ${r.tradeoffs}`, '');
    if (r.patterns.length) out.push(`*Patterns:* ${r.patterns.map((p) => `\`${p}\``).join(', ')}`, '');
    if (r.references.length) out.push(...r.references.map((x) => `- ${x}`), '');
  }
  return `${out.join('\n')}\n`;
}
