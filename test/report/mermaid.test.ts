// The Mermaid text itself: escaping, groups, classes and finding marks, without a browser.
import { describe, expect, it } from 'vitest';
import { mermaidText } from '../../src/report/mermaid-escape.js';
import { mermaidDiagram } from '../../src/report/mermaid.js';
import { analyse, loadFile } from '../recommend/helpers.js';

describe('mermaidText', () => {
  it('turns every syntax character into an entity code and line breaks into spaces', () => {
    expect(mermaidText('a "b" <c> | [d] #e;\nf')).toBe('a #quot;b#quot; #lt;c#gt; #124; #91;d#93; #35;e#59; f');
  });

  it('leaves letters, digits, dashes and unicode alone', () => {
    expect(mermaidText('Zürich-café_1 ☕')).toBe('Zürich-café_1 ☕');
  });
});

describe('mermaidDiagram on examples/ecommerce-checkout.yaml', async () => {
  const loaded = await loadFile('examples/ecommerce-checkout.yaml');
  const report = analyse(loaded);
  const text = mermaidDiagram(loaded.model, report);
  const lines = text.split('\n');

  it('groups single-region nodes under their region; multi-region ones stand outside, naming their regions in full', () => {
    expect(lines[0]).toBe('flowchart LR');
    expect(text).toContain('subgraph region0["aws:us-east-1"]');
    expect(text).not.toContain('across regions');
    expect(lines.filter((l) => l.trim() === 'end')).toHaveLength(2);
    const multi = lines.filter((l) => /^ {2}\w+[[({]/.test(l) && l.includes('<br/>in '));
    expect(multi.length).toBeGreaterThan(0);
    for (const l of multi) expect(l).toMatch(/<br\/>in [a-z]+:[a-z0-9-]+(<br\/>[a-z]+:[a-z0-9-]+)+/);
  });

  it('draws stores as cylinders coloured by their PACELC class', () => {
    const orders = report.datastores.find((s) => s.name === 'orders-db')!;
    expect(lines.find((l) => l.includes('store0[('))).toContain(`postgres · ${orders.pacelc}`);
    const cls = { 'PA/EL': 'paEl', 'PA/EC': 'paEc', 'PC/EL': 'pcEl', 'PC/EC': 'pcEc' }[orders.pacelc];
    expect(lines.find((l) => l.startsWith(`  class `) && l.endsWith(` ${cls}`))).toMatch(/\bstore0\b/);
  });

  it('marks every node that has findings with a red border', () => {
    const marked = lines.filter((l) => l.startsWith('  style ')).map((l) => l.split(' ')[3]);
    expect(marked.length).toBeGreaterThan(0);
    for (const id of marked) expect(lines.find((l) => l.includes(`${id}[`) || l.includes(`${id}(`) || l.includes(`${id}{{`))).toMatch(/⚠ \d+ finding/);
  });

  it('draws one edge per call with its timeout and attempts', () => {
    const calls = loaded.model.services.reduce((n, s) => n + s.calls.length, 0);
    expect(lines.filter((l) => / (-->|-\.->)\|"(\d+(\.\d+)?(ms|s)|no timeout)(, \d+ tries)?(, async)?"\| svc\d+$/.test(l))).toHaveLength(calls);
  });

  it('can leave the legend out', () => {
    expect(mermaidDiagram(loaded.model, report, { legend: false })).not.toContain('legend');
  });
});
