/**
 * `archcap simulate --format mermaid`: the system diagram of `archcap diagram`, with
 * every store, topic and service coloured by its state in one scenario (green: serves,
 * amber: degraded or stale, red: down), and a legend for those states.
 */
import type { ScenarioResult, StoreEffect } from '../analysis/simulate/types.js';
import type { SystemModel } from '../model/types.js';
import type { AnalysisReport } from '../pipeline.js';
import { mermaidText } from './mermaid-escape.js';
import { diagramGraph } from './mermaid-graph.js';
import { mermaidDiagram } from './mermaid.js';

type State = 'ok' | 'degraded' | 'down';

/** Okabe–Ito-derived fills that stay apart for colour-blind readers; the border width also differs. */
const STYLE: Record<State, string> = {
  ok: 'fill:#cfe8df,stroke:#009e73,color:#00281d',
  degraded: 'fill:#fde9c4,stroke:#e69f00,color:#3a2a00,stroke-width:3px,stroke-dasharray:6 3',
  down: 'fill:#f4c7c3,stroke:#d55e00,color:#3a0b00,stroke-width:4px',
};

export function storeState(e: StoreEffect | undefined): State {
  if (!e || !e.affected) return 'ok';
  const serving = e.sides.filter((s) => s.writes !== 'unavailable' || s.reads !== 'unavailable');
  if (serving.length === 0) return 'down';
  const full = e.sides.every((s) => s.writes === 'available' && s.reads === 'available') && !e.ackedWritesLost && !e.splitBrain;
  return full ? 'ok' : 'degraded';
}

export function simulateMermaid(model: SystemModel, report: Pick<AnalysisReport, 'datastores' | 'topics' | 'findings'>, result: ScenarioResult): string {
  const base = mermaidDiagram(model, { ...report, findings: [] }, { legend: false });
  const { nodes } = diagramGraph(model, { ...report, findings: [] });
  const stores = new Map(result.stores.map((s) => [s.name, s]));
  const topics = new Map(result.topics.map((s) => [s.name, s]));
  const services = new Map(result.services.map((s) => [s.name, s]));
  const lines: string[] = [];
  const counts: Record<State, number> = { ok: 0, degraded: 0, down: 0 };
  for (const n of nodes) {
    const state: State = n.kind === 'store' ? storeState(stores.get(n.name))
      : n.kind === 'topic' ? storeState(topics.get(n.name))
        : (({ up: 'ok', degraded: 'degraded', down: 'down' } as const)[services.get(n.name)?.state ?? 'up']);
    counts[state] += 1;
    lines.push(`  style ${n.id} ${STYLE[state]}`);
  }
  lines.push(`  subgraph scenario["scenario: ${mermaidText(result.id)}"]`);
  for (const state of ['ok', 'degraded', 'down'] as const) lines.push(`    state_${state}["${state === 'ok' ? 'serves' : state} (${counts[state]})"]`);
  lines.push('  end');
  for (const state of ['ok', 'degraded', 'down'] as const) lines.push(`  style state_${state} ${STYLE[state]}`);
  return `${base}${lines.join('\n')}\n`;
}
