/** `archcap simulate --format markdown`: the scenario matrix (or one scenario) for a pull-request comment. */
import type { ScenarioResult } from '../analysis/simulate/types.js';
import { estimateText } from './simulate-text.js';

const MARK: Record<string, string> = { met: '✅', up: '✅', degraded: '⚠️', violated: '❌', down: '❌' };

/** Escape text for a Markdown table cell. */
const cell = (s: string): string => s.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\|/g, '\\|').replace(/([*_`<>[\]])/g, '\\$1');

function table(headers: string[], rows: string[][]): string[] {
  return [`| ${headers.join(' | ')} |`, `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function one(r: ScenarioResult): string[] {
  const out = [`### Scenario \`${cell(r.id)}\``, ''];
  const stores = [...r.stores, ...r.topics].filter((s) => s.affected);
  if (stores.length) {
    out.push(...table(['store', 'per side (reads / writes)', 'acked writes lost', 'RPO', 'RTO', 'why'], stores.map((s) => [
      cell(s.name), cell(s.sides.map((x) => `${x.regions.join('+')}: ${x.reads} / ${x.writes}`).join('; ')), s.ackedWritesLost ? '❌ yes' : 'no',
      estimateText(s.rpo), estimateText(s.rto), cell([...s.reasons, s.rto.basis].join('; ')),
    ])), '');
  }
  out.push(...table(['data set', 'requires', 'state', 'why'], r.datasets.map((d) => [cell(d.name), d.requires, `${MARK[d.state]} ${d.state}`, cell(d.reasons.join('; ') || '-')])), '');
  out.push(...table(['service', 'state', 'why'], r.services.map((s) => [cell(s.name), `${MARK[s.state]} ${s.state}`, cell(s.reasons.join('; ') || '-')])), '');
  if (r.workflows.length) out.push(...table(['workflow', 'completes', 'stuck at', 'why'], r.workflows.map((w) => [cell(w.name), w.canComplete ? '✅' : '❌', cell(w.stuckAt ?? '-'), cell(w.reasons.join('; ') || '-')])), '');
  return out;
}

export function simulateMarkdown(system: string, results: ScenarioResult[]): string {
  const out = [`## archcap simulate — ${cell(system)}`, ''];
  if (results.length === 1) return `${[...out, ...one(results[0]!)].join('\n')}\n`;
  const ids = results.map((_, i) => `S${i + 1}`);
  out.push(...table(['id', 'scenario', 'violated', 'degraded', 'services down', 'workflows stuck'], results.map((r, i) => [
    ids[i]!, `\`${cell(r.id)}\``, String(r.datasets.filter((d) => d.state === 'violated').length), String(r.datasets.filter((d) => d.state === 'degraded').length),
    String(r.services.filter((s) => s.state === 'down').length), String(r.workflows.filter((w) => !w.canComplete).length),
  ])), '');
  const first = results[0];
  const datasetState = new Map(results.map((r) => [r, new Map(r.datasets.map((d) => [d.name, d.state]))]));
  const serviceState = new Map(results.map((r) => [r, new Map(r.services.map((s) => [s.name, s.state]))]));
  if (first?.datasets.length) {
    out.push(...table(['data set', ...ids], first.datasets.map((d) => [cell(d.name), ...results.map((r) => MARK[datasetState.get(r)?.get(d.name) ?? 'met'] ?? '')])), '');
  }
  const services = (first?.services ?? []).filter((s) => results.some((r) => serviceState.get(r)?.get(s.name) !== 'up'));
  if (services.length) out.push(...table(['service', ...ids], services.map((s) => [cell(s.name), ...results.map((r) => MARK[serviceState.get(r)?.get(s.name) ?? 'up'] ?? '')])), '');
  out.push('✅ met / up · ⚠️ degraded · ❌ violated / down');
  return `${out.join('\n')}\n`;
}
