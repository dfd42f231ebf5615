// Loading YAML fixtures and examples, analysing them, and applying a recommendation's changes.
import { builtinRules } from '../../src/engine/builtin.js';
import type { Finding } from '../../src/engine/finding.js';
import { runRules } from '../../src/engine/run.js';
import { loadSystemFile, loadSystemText } from '../../src/model/load.js';
import type { Call, LoadedSystem, SystemModel } from '../../src/model/types.js';
import { analyzeSystem, type AnalysisReport } from '../../src/pipeline.js';
import type { Recommendation } from '../../src/recommend/index.js';
import { testDeps } from '../helpers/deps.js';

export const TODAY = '2026-01-01';

export async function loadText(text: string): Promise<LoadedSystem> {
  return loadSystemText('fixture.yaml', text, await testDeps());
}

export async function loadFile(file: string): Promise<LoadedSystem> {
  return loadSystemFile(file, await testDeps());
}

export function analyse(loaded: LoadedSystem): AnalysisReport {
  return analyzeSystem(loaded, builtinRules(), { today: TODAY });
}

export async function analyseText(text: string): Promise<AnalysisReport> {
  return analyse(await loadText(text));
}

/** Findings of every built-in rule, suppressions ignored. */
export function findings(loaded: LoadedSystem): Finding[] {
  return runRules(loaded, builtinRules());
}

export const byId = (report: AnalysisReport, prefix: string): Recommendation[] => report.recommendations.filter((r) => r.id.startsWith(prefix));

/** The model with every store change of `recs` applied. */
export function withChanges(loaded: LoadedSystem, recs: Recommendation[]): LoadedSystem {
  const model: SystemModel = structuredClone(loaded.model);
  for (const change of recs.flatMap((r) => r.changes ?? [])) {
    const store = model.datastores.find((s) => s.name === change.store);
    if (!store) throw new Error(`no store ${change.store}`);
    if (change.settings) store.settings = { ...store.settings, ...change.settings };
    if (change.replicas !== undefined) store.replicas = change.replicas;
    if (change.placement) store.placement = change.placement;
    if (change.zones !== undefined) store.zones = change.zones;
    if (change.replication) store.replication = change.replication;
    if (change.topology) store.topology = change.topology;
  }
  return { ...loaded, model };
}

/** The model with every failure-handling recommendation's timeouts, attempts and backoff applied. */
export function withCallPlans(loaded: LoadedSystem, recs: Recommendation[]): LoadedSystem {
  const model: SystemModel = structuredClone(loaded.model);
  const calls = new Map<string, Call>(model.services.flatMap((s) => s.calls.map((c) => [c.path, c] as const)));
  for (const r of recs.filter((x) => x.topic === 'failure-handling')) {
    const call = calls.get(r.target);
    const p = r.callPlan;
    if (!call || !p) continue;
    call.timeout = p.timeoutMs;
    call.retries = { ...(call.retries ?? { backoff: 'exponential', jitter: 'full' }), attempts: p.maxAttempts, backoff: 'exponential', jitter: 'full', baseDelay: p.baseDelayMs, maxDelay: p.maxDelayMs };
  }
  return { ...loaded, model };
}
