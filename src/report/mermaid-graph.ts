/**
 * The diagram as data: which nodes exist (stores, topics, services), where they sit
 * (one region, or across several), how many findings point at each, and the edges.
 * mermaid.ts prints it; tests count it.
 */
import type { Finding } from '../engine/finding.js';
import type { PacelcClass } from '../knowledge/types.js';
import type { AnalysisReport } from '../pipeline.js';
import type { SystemModel } from '../model/types.js';

export type NodeKind = 'store' | 'topic' | 'service';

export interface DiagramNode {
  id: string;
  kind: NodeKind;
  name: string;
  /** Second label line (engine, class, consistency). */
  detail: string;
  pacelc?: PacelcClass;
  regions: string[];
  findings: number;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label: string;
  style: 'call' | 'async' | 'data' | 'event';
}

export interface DiagramGraph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const ms = (n: number): string => (n >= 1000 ? `${Number((n / 1000).toFixed(2))}s` : `${n}ms`);

const INDEXED = /^(datastores|datasets|services|messaging|locks|consumers)\[(\d+)\]/;

/** The node a finding is about: its store, service or topic (data sets and locks point at their store). */
function nodeOfFinding(f: Finding, model: SystemModel): string | undefined {
  const m = INDEXED.exec(f.path);
  if (!m) return undefined;
  const i = Number(m[2]);
  const storeId = (name: string | undefined): string | undefined => {
    const k = model.datastores.findIndex((s) => s.name === name);
    return k < 0 ? undefined : `store${k}`;
  };
  switch (m[1]) {
    case 'datastores': return `store${i}`;
    case 'datasets': return storeId(model.datasets[i]?.store);
    case 'locks': return storeId(model.locks[i]?.store);
    case 'services': return `svc${i}`;
    case 'messaging': return `topic${i}`;
    case 'consumers': {
      const k = model.services.findIndex((s) => s.name === model.consumers[i]?.service);
      return k < 0 ? undefined : `svc${k}`;
    }
    default: return undefined;
  }
}

export function diagramGraph(model: SystemModel, report: Pick<AnalysisReport, 'datastores' | 'topics' | 'findings'>): DiagramGraph {
  const counts = new Map<string, number>();
  for (const f of report.findings) {
    const id = nodeOfFinding(f, model);
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const storeClass = new Map(report.datastores.map((s) => [s.name, s]));
  const topicClass = new Map(report.topics.map((s) => [s.name, s]));
  const nodes: DiagramNode[] = [
    ...model.datastores.map((s, i): DiagramNode => {
      const c = storeClass.get(s.name);
      return { id: `store${i}`, kind: 'store', name: s.name, detail: c ? `${s.engine} · ${c.pacelc} · ${c.consistency}` : s.engine, ...(c ? { pacelc: c.pacelc } : {}), regions: s.regions, findings: counts.get(`store${i}`) ?? 0 };
    }),
    ...model.messaging.map((t, i): DiagramNode => {
      const c = topicClass.get(t.name);
      return { id: `topic${i}`, kind: 'topic', name: t.name, detail: `${t.engine} · ${t.delivery}`, ...(c ? { pacelc: c.pacelc } : {}), regions: t.regions, findings: counts.get(`topic${i}`) ?? 0 };
    }),
    ...model.services.map((s, i): DiagramNode => ({ id: `svc${i}`, kind: 'service', name: s.name, detail: `${s.instances} instance${s.instances === 1 ? '' : 's'}`, regions: s.regions, findings: counts.get(`svc${i}`) ?? 0 })),
  ];
  const svcId = new Map(model.services.map((s, i) => [s.name, `svc${i}`]));
  const storeOfDataset = new Map(model.datasets.map((d) => [d.name, d.store]));
  const storeId = new Map(model.datastores.map((s, i) => [s.name, `store${i}`]));
  const topicId = new Map(model.messaging.map((t, i) => [t.name, `topic${i}`]));
  const edges: DiagramEdge[] = [];
  model.services.forEach((s, i) => {
    for (const c of s.calls) {
      const to = svcId.get(c.service);
      if (!to) continue;
      const tries = c.retries && c.retries.attempts > 1 ? `, ${c.retries.attempts} tries` : '';
      edges.push({ from: `svc${i}`, to, label: `${c.timeout === undefined ? 'no timeout' : ms(c.timeout)}${tries}${c.mode === 'async' ? ', async' : ''}`, style: c.mode === 'async' ? 'async' : 'call' });
    }
    const access = new Map<string, Set<string>>();
    for (const [verb, list] of [['reads', s.reads], ['writes', s.writes]] as const) {
      for (const ds of list) {
        const st = storeId.get(storeOfDataset.get(ds) ?? '');
        if (st) access.set(st, (access.get(st) ?? new Set()).add(verb));
      }
    }
    for (const [st, verbs] of access) edges.push({ from: `svc${i}`, to: st, label: [...verbs].join(', '), style: 'data' });
    for (const p of s.publishes) {
      const t = topicId.get(p.topic);
      if (t) edges.push({ from: `svc${i}`, to: t, label: `publishes${p.via === 'direct' ? '' : ` via ${p.via}`}`, style: 'event' });
    }
  });
  for (const c of model.consumers) {
    const t = topicId.get(c.topic);
    const to = svcId.get(c.service);
    if (t && to) edges.push({ from: t, to, label: c.idempotent ? 'consumes' : 'consumes, not idempotent', style: 'event' });
  }
  return { nodes, edges };
}
