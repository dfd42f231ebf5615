/**
 * `archcap engines`: the engine profiles as data (for --json) and as text. Pure:
 * the command passes the knowledge base in.
 */
import type { EngineProfile, GuaranteeSpec, KnowledgeBase } from '../knowledge/types.js';
import type { SettingValue } from '../model/types.js';

export interface EngineSettingInfo {
  name: string;
  type: string;
  values?: SettingValue[];
  default?: SettingValue;
  description: string;
  source: string;
}

export interface EngineSummary {
  id: string;
  name: string;
  kind: string;
  /** True for profiles a project added (`engines:` in .archcap.yaml). */
  project: boolean;
  settings: EngineSettingInfo[];
  sources: string[];
}

export interface EngineDetail extends EngineSummary {
  topology: string;
  replication: string;
  file: string;
  rules: { id: string; when: string; gives: Pick<GuaranteeSpec, 'pacelc' | 'consistency'> & Partial<GuaranteeSpec> }[];
  caveats: { text: string; source: string; versions?: string }[];
}

export interface EngineList {
  count: number;
  brokers: number;
  engines: EngineSummary[];
}

const isBuiltin = (p: EngineProfile, kb: KnowledgeBase): boolean => p.file.startsWith(kb.dir);

export function engineSummary(p: EngineProfile, kb: KnowledgeBase): EngineSummary {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    project: !isBuiltin(p, kb),
    settings: Object.entries(p.settings).map(([name, s]) => ({
      name, type: s.type, ...(s.values ? { values: s.values } : {}), ...(s.default !== undefined ? { default: s.default } : {}), description: s.description, source: s.source,
    })),
    sources: Object.values(p.references),
  };
}

export function engineList(kb: KnowledgeBase): EngineList {
  const engines = [...kb.engines.values()].sort((a, b) => a.id.localeCompare(b.id)).map((p) => engineSummary(p, kb));
  return { count: engines.length, brokers: engines.filter((e) => e.kind === 'log' || e.kind === 'queue').length, engines };
}

const whenText = (rule: EngineProfile['rules'][number]): string =>
  rule.when ? rule.when.map((c) => Object.entries(c).map(([k, m]) => `${k} ${typeof m === 'object' ? JSON.stringify(m) : `= ${String(m)}`}`).join(' and ')).join(' or ') : 'otherwise';

export function engineDetail(p: EngineProfile, kb: KnowledgeBase): EngineDetail {
  return {
    ...engineSummary(p, kb),
    topology: p.topology,
    replication: p.replication,
    file: p.file,
    rules: p.rules.map((r) => {
      const g = { ...p.base, ...r.gives };
      return { id: r.id, when: whenText(r), gives: { ...g, pacelc: g.pacelc ?? 'PA/EL', consistency: g.consistency ?? 'eventual' } };
    }),
    caveats: p.caveats,
  };
}

const settingLine = (s: EngineSettingInfo): string =>
  `${s.name} (${s.values ? s.values.join(' | ') : s.type}${s.default !== undefined ? `, default ${String(s.default)}` : ''})`;

export function formatEngineList(list: EngineList): string {
  const lines = [`${list.count} engine profiles (${list.brokers} brokers and queues)`, ''];
  for (const e of list.engines) {
    lines.push(`${e.id.padEnd(22)} ${e.kind.padEnd(12)} ${e.name}${e.project ? '  [project]' : ''}`);
    lines.push(`  settings: ${e.settings.length ? e.settings.map(settingLine).join('; ') : 'none'}`);
    lines.push(`  sources: ${e.sources.length}`);
  }
  lines.push('', 'Show one with `archcap engines NAME`; an engine without a profile can be declared with `engine: custom`.');
  return `${lines.join('\n')}\n`;
}

export function formatEngineDetail(d: EngineDetail): string {
  const lines = [`${d.name} (${d.id}) - ${d.kind}, ${d.topology}, ${d.replication} replication${d.project ? ' [project profile]' : ''}`, `file: ${d.file}`, '', 'Settings:'];
  if (d.settings.length === 0) lines.push('  none');
  for (const s of d.settings) lines.push(`  ${settingLine(s)}`, `    ${s.description}`, `    source: ${s.source}`);
  lines.push('', 'Classification (first matching rule decides):');
  for (const r of d.rules) {
    const m = r.gives.messaging ? `, ${r.gives.messaging.delivery}, ordering ${r.gives.messaging.ordering}${r.gives.messaging.dedupWindow ? `, dedup window ${r.gives.messaging.dedupWindow}` : ''}` : '';
    lines.push(`  ${r.id}: when ${r.when} -> ${r.gives.pacelc}, ${r.gives.consistency}${m}`);
  }
  lines.push('', 'Sources:', ...d.sources.map((s) => `  - ${s}`));
  if (d.caveats.length) lines.push('', 'Caveats:', ...d.caveats.map((c) => `  - ${c.text}${c.versions ? ` (${c.versions})` : ''} [${c.source}]`));
  return `${lines.join('\n')}\n`;
}
