// The Markdown review: sections in order, tables whose rows keep their columns, escaping
// of hostile text, the Mermaid diagram when the model is given.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnalysisReport } from '../../src/pipeline.js';
import { analysisMarkdown } from '../../src/report/analysis-markdown.js';
import { analyse, loadFile } from '../recommend/helpers.js';

const EXAMPLES = readdirSync('examples').filter((f) => f.endsWith('.yaml')).sort();
const columns = (row: string): number => row.split(/(?<!\\)\|/).length - 2;

/** Every table: its header's column count and each row's. */
function tables(md: string): { header: number; rows: number[] }[] {
  const out: { header: number; rows: number[] }[] = [];
  const lines = md.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (!/^\|(-+\|)+$/.test(lines[i]!)) continue;
    const rows: number[] = [];
    for (let j = i + 1; j < lines.length && lines[j]!.startsWith('|'); j++) rows.push(columns(lines[j]!));
    out.push({ header: columns(lines[i - 1]!), rows });
  }
  return out;
}

describe.each(EXAMPLES)('the Markdown review of examples/%s', async (file) => {
  const loaded = await loadFile(`examples/${file}`);
  const report = analyse(loaded);
  const md = analysisMarkdown(report, loaded.model);

  it('has the sections in order, with a recommendation heading per recommendation', () => {
    const h2 = md.split('\n').filter((l) => l.startsWith('## '));
    expect(h2.slice(0, 2)).toEqual(['## Summary', '## Diagram']);
    expect(h2.at(-2)).toBe('## Findings');
    expect(h2.at(-1)).toBe('## Recommendations');
    expect(md.split('\n').filter((l) => l.startsWith('#### '))).toHaveLength(report.recommendations.length);
  });

  it('keeps every table row as wide as its header, with one row per store, data set and finding', () => {
    const t = tables(md);
    for (const table of t) for (const n of table.rows) expect(n).toBe(table.header);
    expect(t.find((x) => x.header === 8)?.rows).toHaveLength(report.datastores.length + report.topics.length);
    expect(t.find((x) => x.header === 5)?.rows).toHaveLength(report.datasets.length);
    if (report.findings.length) expect(t.find((x) => x.header === 4)?.rows).toHaveLength(report.findings.length);
  });

  it('embeds the Mermaid diagram in a fenced block', () => {
    expect(md).toMatch(/```mermaid\nflowchart LR\n[\s\S]+?\n```\n/);
  });
});

describe('escaping in the Markdown review', () => {
  const hostile: AnalysisReport = {
    system: 'x', file: 'x.yaml', datastores: [], topics: [], datasets: [], recommendations: [],
    findings: [{ ruleId: 'timeout/missing', severity: 'error', message: 'a | b <script>alert(1)</script>\nnext', path: 'services[0]', file: 'x.yaml', line: 3, column: 4, references: [] }],
  };
  const md = analysisMarkdown(hostile);

  it('keeps pipes inside their cell and shows markup as text', () => {
    const row = md.split('\n').find((l) => l.startsWith('| 🔴') && l.includes('timeout/missing'))!;
    expect(columns(row)).toBe(4);
    expect(row).toContain('a \\| b &lt;script&gt;alert(1)&lt;/script&gt; next');
    expect(md).not.toContain('<script>');
  });

  it('leaves the diagram out when no model is given', () => {
    expect(md).not.toContain('```mermaid');
    expect(md).toContain('None.');
  });
});
