/**
 * The consistency rules never contradict the classification: over generated systems
 * (every engine with per-operation settings, random store settings, data sets with their
 * own read/write settings and access regions, services that derive regions), a data set
 * is named by consistency/requirement-unmet, consistency/quorum-no-overlap or
 * consistency/stale-replica-reads - or, for a requirement derived from its invariants,
 * by invariant/coordination-required - if and only if its own classification says it is
 * not satisfied.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifySystem } from '../../src/analysis/system.js';
import { builtinRules } from '../../src/engine/builtin.js';
import { runRules } from '../../src/engine/run.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { findRegion } from '../../src/knowledge/regions.js';
import type { EngineProfile } from '../../src/knowledge/types.js';
import { checkAccessSettings } from '../../src/model/access-settings.js';
import { loadSystemFile } from '../../src/model/load.js';
import { testDeps } from '../helpers/deps.js';
import type { ConsistencyModel, Dataset, Datastore, Invariant, LoadedSystem, Region, Service, SettingValue, SystemModel } from '../../src/model/types.js';

const kb = loadKnowledge();
const RUNS = 1000;
const REGION_IDS = ['aws:us-east-1', 'aws:eu-west-1', 'aws:ap-southeast-1'];
const REGIONS: Region[] = REGION_IDS.map((id) => {
  const r = findRegion(id)!;
  return { id, name: r.name, jurisdictions: r.jurisdictions, ...(r.location ? { location: r.location } : {}), ...(r.provider ? { provider: r.provider } : {}) };
});
const ENGINES = [...kb.engines.values()].filter((e) => e.kind !== 'log').map((e) => e.id).sort();
const MODELS: ConsistencyModel[] = ['strict-serializable', 'serializable', 'snapshot-isolation', 'linearizable', 'sequential', 'causal', 'read-your-writes', 'monotonic-reads', 'consistent-prefix', 'bounded-staleness', 'eventual'];
const INVARIANTS: Invariant[] = ['unique-key', 'non-negative', 'foreign-key', 'sequential-id', 'counter', 'append-only', 'grow-only-set', 'last-writer-wins', 'bounded-value'];
const CHECKED = ['consistency/requirement-unmet', 'consistency/quorum-no-overlap', 'consistency/stale-replica-reads', 'invariant/coordination-required'];
const rules = builtinRules().filter((r) => CHECKED.includes(r.id));

function valuesOf(engine: EngineProfile, setting: string, replicas: number): SettingValue[] {
  const spec = engine.settings[setting]!;
  if (spec.type === 'boolean') return [true, false];
  if (spec.type === 'integer') return Array.from({ length: replicas + 1 }, (_, i) => Math.max(spec.minimum ?? 0, i));
  return (spec.values ?? []).filter((v) => typeof v !== 'number' || v <= replicas);
}

const pick = <T,>(xs: readonly T[], seed: number): T => xs[seed % xs.length]!;

/** A random number stream driven by fast-check, so every system is reproducible from the seed. */
const systemArb = fc.record({
  stores: fc.array(fc.record({ engine: fc.integer({ min: 0, max: 1000 }), replicas: fc.integer({ min: 1, max: 5 }), regions: fc.integer({ min: 1, max: 7 }), failover: fc.integer({ min: 0, max: 3 }), settings: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 8, maxLength: 8 }), use: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }) }), { minLength: 1, maxLength: 2 }),
  datasets: fc.array(fc.record({
    store: fc.nat(), consistency: fc.integer({ min: -3, max: MODELS.length - 1 }), invariants: fc.array(fc.integer({ min: 0, max: INVARIANTS.length - 1 }), { maxLength: 2 }),
    ops: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 4, maxLength: 4 }), useOps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
    readRegions: fc.integer({ min: 0, max: 7 }), writeRegions: fc.integer({ min: 0, max: 7 }),
    readers: fc.integer({ min: 0, max: 7 }), writers: fc.integer({ min: 0, max: 7 }),
  }), { minLength: 1, maxLength: 4 }),
});

type Spec = typeof systemArb extends fc.Arbitrary<infer T> ? T : never;

const subset = (mask: number, of: string[]): string[] => of.filter((_, i) => (mask >> i) & 1);

function build(spec: Spec): SystemModel {
  const datastores: Datastore[] = spec.stores.map((s, i) => {
    const engine = kb.engines.get(pick(ENGINES, s.engine))!;
    const regions = subset(s.regions, REGION_IDS);
    const replicas = engine.replicasPerRegion ? s.replicas * regions.length : s.replicas;
    const placement = engine.replicasPerRegion ? Object.fromEntries(regions.map((r) => [r, s.replicas])) : {};
    const settings: Record<string, SettingValue> = {};
    Object.keys(engine.settings).sort().forEach((name, k) => {
      if (s.use[k % 8]) settings[name] = pick(valuesOf(engine, name, replicas), s.settings[k % 8]!);
    });
    const failover = [undefined, 'automatic', 'manual', 'external'][s.failover] as Datastore['failover'];
    return { name: `store-${i}`, path: `datastores[${i}]`, engine: engine.id, regions, replicas, placement, settings, ...(failover ? { failover } : {}) };
  });
  const services: Service[] = [];
  const datasets: Dataset[] = spec.datasets.map((d, i) => {
    const store = datastores[d.store % datastores.length]!;
    const engine = kb.engines.get(store.engine)!;
    const ds: Dataset = { name: `ds-${i}`, path: `datasets[${i}]`, store: store.name, invariants: [...new Set(d.invariants.map((x) => INVARIANTS[x]!))], access: {}, residency: [] };
    if (d.consistency >= 0) ds.consistency = MODELS[d.consistency];
    let k = 0;
    for (const kind of ['reads', 'writes'] as const) {
      for (const [name, op] of Object.entries(engine.operations[kind]).sort(([a], [b]) => a.localeCompare(b))) {
        const slot = k++ % 4;
        if (d.useOps[slot] !== 1) continue;
        let values = valuesOf(engine, op.setting, store.replicas);
        if (op.weakerOnly) {
          const order = engine.settings[op.setting]!.values!;
          const from = order.findIndex((v) => String(v) === String(store.settings[op.setting] ?? engine.settings[op.setting]!.default));
          values = order.slice(Math.max(0, from));
        }
        (ds[kind] ??= {})[name] = pick(values, d.ops[slot]!);
      }
    }
    if (d.readRegions) ds.access.readRegions = subset(d.readRegions, store.regions);
    if (d.writeRegions) ds.access.writeRegions = subset(d.writeRegions, store.regions);
    if (d.readers) services.push({ name: `reader-${i}`, path: `services[${services.length}]`, regions: subset(d.readers, REGION_IDS), instances: 1, calls: [], reads: [ds.name], writes: [], publishes: [] });
    if (d.writers) services.push({ name: `writer-${i}`, path: `services[${services.length}]`, regions: subset(d.writers, REGION_IDS), instances: 1, calls: [], reads: [], writes: [ds.name], publishes: [] });
    return ds;
  });
  return {
    version: 1, name: 'generated', regions: REGIONS, requirements: { tolerate: { nodes: 0, zones: 0, regions: 0 } },
    datastores, datasets, services, messaging: [], workflows: [], locks: [], consumers: [], suppressions: [],
  };
}

function named(ds: Dataset, ruleId: string, f: { ruleId: string; path: string; related?: { path: string }[] }, requiresFrom: string): boolean {
  const on = (p: string): boolean => p === ds.path || p.startsWith(`${ds.path}.`);
  if (f.ruleId === 'invariant/coordination-required') return requiresFrom === 'invariants' && on(f.path);
  return f.ruleId === ruleId && (on(f.path) || (f.related ?? []).some((r) => r.path === ds.path));
}

describe('the consistency rules and the data-set classification agree', () => {
  it(`names a data set if and only if its classification is unmet, over ${RUNS} generated systems`, () => {
    let unmet = 0;
    let met = 0;
    const byWeakness = new Map<string, number>();
    fc.assert(
      fc.property(systemArb, (spec) => {
        const model = build(spec);
        expect(checkAccessSettings(model, (e) => kb.engines.get(e))).toEqual([]);
        const loaded: LoadedSystem = { file: 'generated.yaml', model, raw: {}, locate: () => ({ line: 1, column: 1 }) };
        const findings = runRules(loaded, rules);
        const c = classifySystem(model, kb);
        for (const ds of model.datasets) {
          const v = c.datasets.get(ds.name)!;
          const by = findings.filter((f) => CHECKED.some((id) => named(ds, id, f, v.requiresFrom)));
          if (v.satisfied) met++;
          else {
            unmet++;
            byWeakness.set(v.weakness!, (byWeakness.get(v.weakness!) ?? 0) + 1);
          }
          expect({ dataset: ds.name, namedBy: by.map((f) => f.ruleId), satisfied: v.satisfied, weakness: v.weakness })
            .toEqual({ dataset: ds.name, namedBy: v.satisfied ? [] : by.map((f) => f.ruleId), satisfied: v.satisfied, weakness: v.weakness });
          if (!v.satisfied) expect(by.length, `${ds.name} is unmet (${v.weakness}) but no rule names it: ${JSON.stringify({ ds, v })}`).toBeGreaterThan(0);
          // Exactly one rule reports the cause (a declared requirement may also get coordination-required for an invariant).
          if (!v.satisfied && v.requiresFrom === 'invariants') expect(new Set(by.map((f) => f.ruleId)).size).toBe(1);
          if (!v.satisfied && v.requiresFrom === 'declared') expect(by.filter((f) => f.ruleId.startsWith('consistency/'))).toHaveLength(1);
        }
      }),
      { seed: 20261207, numRuns: RUNS },
    );
    // The generator reaches every kind of verdict, so the property is not vacuous.
    expect(met).toBeGreaterThan(100);
    expect(unmet).toBeGreaterThan(100);
    for (const w of ['stale-reads', 'quorum', 'model', 'coordination']) expect(byWeakness.get(w) ?? 0, w).toBeGreaterThan(10);
  }, 120_000);

  it.each(readdirSync('examples').filter((f) => f.endsWith('.yaml')))('holds for examples/%s', async (file) => {
    const loaded = loadSystemFile(`examples/${file}`, await testDeps());
    const findings = runRules(loaded, rules);
    const c = classifySystem(loaded.model, kb);
    for (const ds of loaded.model.datasets) {
      const v = c.datasets.get(ds.name)!;
      const by = findings.filter((f) => CHECKED.some((id) => named(ds, id, f, v.requiresFrom)));
      expect({ dataset: ds.name, named: by.length > 0 }).toEqual({ dataset: ds.name, named: !v.satisfied });
    }
  });
});
