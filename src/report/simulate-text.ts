/**
 * `archcap simulate` for a terminal: one scenario in detail (every store side, data
 * set, service, workflow and topic, with the reasons), or several as a matrix of data
 * sets and services against scenarios. Colour marks states; alignment is computed on
 * the plain text, so coloured and plain output line up alike.
 */
import type { ScenarioResult, StoreEffect } from '../analysis/simulate/types.js';
import { formatDuration } from '../model/units.js';
import { textTable } from './text-table.js';

const COLOURS: Record<string, string> = {
  met: '32', up: '32', available: '32', ok: '32', yes: '32',
  degraded: '33', stale: '33', deg: '33',
  violated: '31', down: '31', unavailable: '31', VIOL: '31', DOWN: '31', STUCK: '31', LOST: '31',
};

function paint(line: string, color: boolean): string {
  if (!color) return line;
  return line.replace(/\b(met|up|available|ok|degraded|stale|deg|violated|down|unavailable|VIOL|DOWN|STUCK|LOST)\b/g, (w) => `\u001b[${COLOURS[w]}m${w}\u001b[39m`);
}

const bold = (s: string, color: boolean): string => (color ? `\u001b[1m${s}\u001b[22m` : s);
export const estimateText = (e: { ms: number | null }): string => (e.ms === null ? 'no bound' : e.ms === 0 ? '0' : formatDuration(e.ms));

function sidesText(s: StoreEffect): string {
  return s.sides.map((x) => `${x.regions.join('+')}: ${x.reads}/${x.writes}${x.afterFailover ? ' (after failover)' : ''}`).join('; ') || 'nothing left';
}

function detail(r: ScenarioResult, color: boolean): string[] {
  const out: string[] = [];
  const stores = [...r.stores, ...r.topics].filter((s) => s.affected);
  out.push(bold('Stores and topics affected (reads/writes per side)', color));
  if (stores.length === 0) out.push('  none');
  else {
    out.push(...textTable(['store', 'per side', 'acked writes lost', 'RPO', 'RTO'], stores.map((s) => [s.name, sidesText(s), s.ackedWritesLost ? 'LOST' : 'no', estimateText(s.rpo), estimateText(s.rto)])).map((l) => paint(l, color)));
    for (const s of stores) out.push(`  ${s.name}: ${[...s.reasons, `RTO: ${s.rto.basis}`, ...(s.ackedWritesLost ? [`RPO: ${s.rpo.basis}`] : [])].join('; ')}`);
  }
  const why = (name: string, reasons: string[]): string[] => (reasons.length ? [`  ${name}: ${reasons.join('; ')}`] : []);
  out.push('', bold('Data sets', color));
  out.push(...textTable(['data set', 'store', 'requires', 'state'], r.datasets.map((d) => [d.name, d.store, d.requires, d.state])).map((l) => paint(l, color)));
  for (const d of r.datasets) if (d.state !== 'met') out.push(...why(d.name, d.reasons));
  out.push('', bold('Services', color));
  out.push(...textTable(['service', 'state', 'serves fully in', 'callers'], r.services.map((s) => [s.name, s.state, s.servingRegions.join(', ') || '-', s.failureMode ?? '-'])).map((l) => paint(l, color)));
  for (const s of r.services) if (s.state !== 'up') out.push(...why(s.name, s.reasons));
  if (r.workflows.length) {
    out.push('', bold('Workflows', color));
    out.push(...textTable(['workflow', 'can start', 'can complete', 'stuck at', 'compensates'], r.workflows.map((w) => [w.name, w.canStart ? 'yes' : 'STUCK', w.canComplete ? 'yes' : 'STUCK', w.stuckAt ?? '-', w.compensates.join(', ') || '-'])).map((l) => paint(l, color)));
    for (const w of r.workflows) out.push(...why(w.name, w.reasons));
  }
  if (r.messaging.length) {
    out.push('', bold('Topics', color));
    out.push(...textTable(['topic', 'publish', 'consume', 'order kept'], r.messaging.map((t) => [t.name, t.canPublish ? 'yes' : 'DOWN', t.canConsume ? 'yes' : 'DOWN', t.orderKept ? 'yes' : 'LOST'])).map((l) => paint(l, color)));
    for (const t of r.messaging) if (!t.canPublish || !t.canConsume || !t.orderKept) out.push(...why(t.name, t.reasons));
  }
  return out;
}

const CELL: Record<string, string> = { met: 'ok', degraded: 'deg', violated: 'VIOL', up: 'ok', down: 'DOWN' };

function matrix(results: ScenarioResult[], color: boolean): string[] {
  const ids = results.map((_, i) => `S${i + 1}`);
  const out = [bold('Scenarios', color), ...textTable(['id', 'scenario', 'data sets violated', 'degraded', 'services down', 'workflows stuck', 'stores losing acked writes'], results.map((r, i) => [
    ids[i]!, r.id,
    String(r.datasets.filter((d) => d.state === 'violated').length),
    String(r.datasets.filter((d) => d.state === 'degraded').length),
    String(r.services.filter((s) => s.state === 'down').length),
    String(r.workflows.filter((w) => !w.canComplete).length),
    r.stores.filter((s) => s.ackedWritesLost).map((s) => s.name).join(', ') || '-',
  ]), ['left', 'left', 'right', 'right', 'right', 'right'])];
  const grid = (title: string, names: string[], state: (r: ScenarioResult, name: string) => string): void => {
    if (names.length === 0) return;
    out.push('', bold(title, color), ...textTable([title === 'Data sets' ? 'data set' : 'service', ...ids], names.map((n) => [n, ...results.map((r) => CELL[state(r, n)] ?? '?')])).map((l) => paint(l, color)));
  };
  const first = results[0];
  // Name → state per scenario, looked up once (thousands of services × dozens of scenarios).
  const datasetState = new Map(results.map((r) => [r, new Map(r.datasets.map((d) => [d.name, d.state]))]));
  const serviceState = new Map(results.map((r) => [r, new Map(r.services.map((s) => [s.name, s.state]))]));
  grid('Data sets', first?.datasets.map((d) => d.name) ?? [], (r, n) => datasetState.get(r)?.get(n) ?? 'met');
  // Services that every scenario leaves up add nothing to the matrix.
  const services = (first?.services ?? []).map((s) => s.name).filter((n) => results.some((r) => serviceState.get(r)?.get(n) !== 'up'));
  grid('Services', services, (r, n) => serviceState.get(r)?.get(n) ?? 'up');
  if (first && services.length < first.services.length) out.push(`(${first.services.length - services.length} services stay up in every scenario)`);
  out.push('', 'ok: met / up   deg: degraded   VIOL: requirement violated   DOWN: not serving. `--fail SCENARIO` shows one scenario with its reasons.');
  return out;
}

export function simulateText(system: string, results: ScenarioResult[], color: boolean): string {
  const out: string[] = [];
  if (results.length === 1) {
    out.push(bold(`${system} — scenario: ${results[0]!.id}`, color), '', ...detail(results[0]!, color));
  } else {
    out.push(bold(`${system} — ${results.length} scenarios`, color), '', ...matrix(results, color));
  }
  return `${out.join('\n')}\n`;
}
