/**
 * `archcap diagram`: a Mermaid flowchart. Regions are subgraphs; a thing in several
 * regions (or none) stands outside them, its regions named in full (`aws:us-east-1`)
 * in its label, since a node can sit in one subgraph only; stores are cylinders coloured by their
 * PACELC class, topics hexagons, services rounded boxes; calls, data access and events
 * are edges; a node with findings gets a red border and a ⚠ count. Every name from the
 * YAML is escaped (mermaid-escape.ts); node ids are generated, never taken from names.
 */
import type { PacelcClass } from '../knowledge/types.js';
import type { SystemModel } from '../model/types.js';
import type { AnalysisReport } from '../pipeline.js';
import { mermaidText } from './mermaid-escape.js';
import { diagramGraph, type DiagramEdge, type DiagramNode } from './mermaid-graph.js';

/** Colour-blind-safe fills (Okabe–Ito), one per PACELC class. */
export const PACELC_STYLE: Record<PacelcClass, { cls: string; fill: string; stroke: string; color: string }> = {
  'PA/EL': { cls: 'paEl', fill: '#fde9c4', stroke: '#e69f00', color: '#3a2a00' },
  'PA/EC': { cls: 'paEc', fill: '#d7ecf8', stroke: '#56b4e9', color: '#0b2a3a' },
  'PC/EL': { cls: 'pcEl', fill: '#f6dcea', stroke: '#cc79a7', color: '#3a0b24' },
  'PC/EC': { cls: 'pcEc', fill: '#cfe8df', stroke: '#009e73', color: '#00281d' },
};

const ARROW: Record<DiagramEdge['style'], string> = { call: '-->', async: '-.->', data: '==>', event: '-.->' };

function nodeLine(n: DiagramNode): string {
  // One region a line: Mermaid would otherwise break the ids at their hyphens.
  const where = n.regions.length > 1 ? `<br/>in ${n.regions.map(mermaidText).join('<br/>')}` : '';
  const warn = n.findings ? `<br/>⚠ ${n.findings} finding${n.findings === 1 ? '' : 's'}` : '';
  const label = `"<b>${mermaidText(n.name)}</b><br/>${mermaidText(n.detail)}${where}${warn}"`;
  const shape = n.kind === 'store' ? `[(${label})]` : n.kind === 'topic' ? `{{${label}}}` : `(${label})`;
  return `${n.id}${shape}`;
}

export interface MermaidOptions {
  /** Add the legend group (default true). */
  legend?: boolean;
}

export function mermaidDiagram(model: SystemModel, report: Pick<AnalysisReport, 'datastores' | 'topics' | 'findings'>, options: MermaidOptions = {}): string {
  const { nodes, edges } = diagramGraph(model, report);
  const out = ['flowchart LR'];
  const inRegion = new Map<string, DiagramNode[]>();
  const across: DiagramNode[] = [];
  for (const n of nodes) {
    if (n.regions.length === 1) inRegion.set(n.regions[0]!, [...(inRegion.get(n.regions[0]!) ?? []), n]);
    else across.push(n);
  }
  const regionOrder = [...new Set([...model.regions.map((r) => r.id), ...inRegion.keys()])].filter((r) => inRegion.has(r));
  regionOrder.forEach((region, i) => {
    out.push(`  subgraph region${i}["${mermaidText(region)}"]`, ...inRegion.get(region)!.map((n) => `    ${nodeLine(n)}`), '  end');
  });
  out.push(...across.map((n) => `  ${nodeLine(n)}`));
  for (const e of edges) out.push(`  ${e.from} ${ARROW[e.style]}|"${mermaidText(e.label)}"| ${e.to}`);
  if (options.legend ?? true) {
    out.push('  subgraph legend["PACELC class of each store"]', ...Object.entries(PACELC_STYLE).map(([name, s]) => `    legend_${s.cls}[("${name}")]`), '  end');
  }
  for (const [name, s] of Object.entries(PACELC_STYLE)) {
    out.push(`  classDef ${s.cls} fill:${s.fill},stroke:${s.stroke},color:${s.color}`);
    const members = [...nodes.filter((n) => n.pacelc === name).map((n) => n.id), ...(options.legend ?? true ? [`legend_${s.cls}`] : [])];
    if (members.length) out.push(`  class ${members.join(',')} ${s.cls}`);
  }
  out.push('  classDef service fill:#ffffff,stroke:#555555,color:#111111');
  const services = nodes.filter((n) => n.kind === 'service' || (n.kind !== 'store' && !n.pacelc)).map((n) => n.id);
  if (services.length) out.push(`  class ${services.join(',')} service`);
  for (const n of nodes.filter((x) => x.findings > 0)) out.push(`  style ${n.id} stroke:#d62728,stroke-width:3px`);
  return `${out.join('\n')}\n`;
}
