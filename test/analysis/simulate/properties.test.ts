/**
 * Properties of the simulation over generated systems (fast-check, seeded):
 * - failing more never makes anything more available;
 * - a scenario with no failure equals the plain analysis;
 * - a partition's two sides never both take writes on a store the analysis calls CP.
 */
import fc from 'fast-check';
import { failureArb, kb, RUNS, systemArb } from './generate.js';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { simulate } from '../../../src/analysis/simulate/index.js';
import type { Failure, OpState, ScenarioResult } from '../../../src/analysis/simulate/types.js';
import { classifySystem } from '../../../src/analysis/system.js';
import { loadSystemText, type LoadDeps } from '../../../src/model/load.js';
import type { SystemModel } from '../../../src/model/types.js';
import { testDeps } from '../../helpers/deps.js';

let deps: LoadDeps;
const load = (raw: unknown): SystemModel => loadSystemText('gen.yaml', stringify(raw), deps).model;

const RANK: Record<OpState, number> = { unavailable: 0, stale: 1, available: 2 };
const SERVICE_RANK = { down: 0, degraded: 1, up: 2 } as const;

/** The state of an operation on a store as seen from `region`. */
function opAt(r: ScenarioResult, store: string, region: string, op: 'reads' | 'writes'): number {
  const effect = [...r.stores, ...r.topics].find((s) => s.name === store);
  const side = effect?.sides.find((s) => s.regions.includes(region));
  return side ? RANK[side[op]] : 0;
}

function run(model: SystemModel, failures: Failure[]): ScenarioResult {
  return simulate(model, classifySystem(model, kb), kb, failures);
}

describe('simulation properties over generated systems', () => {
  it('failing more never makes anything more available', async () => {
    deps = await testDeps();
    fc.assert(fc.property(systemArb.map(load).chain((model) => fc.tuple(fc.constant(model), fc.array(failureArb(model), { maxLength: 3 }), failureArb(model))), ([model, fewer, extra]) => {
      const a = run(model, fewer);
      const b = run(model, [...fewer, extra]);
      const lost = new Set([...fewer, extra].flatMap((f) => (f.kind === 'region' ? [f.region] : [])));
      for (const s of [...model.datastores.map((x) => x.name), ...model.messaging.map((t) => t.name)]) {
        for (const region of model.regions.map((x) => x.id).filter((x) => !lost.has(x))) {
          for (const op of ['reads', 'writes'] as const) {
            expect(opAt(b, s, region, op), `${s} ${op} in ${region}: ${a.id} → ${b.id}`).toBeLessThanOrEqual(opAt(a, s, region, op));
          }
        }
      }
      for (const svc of a.services) expect(SERVICE_RANK[b.services.find((x) => x.name === svc.name)!.state], svc.name).toBeLessThanOrEqual(SERVICE_RANK[svc.state]);
      for (const wf of a.workflows) {
        const after = b.workflows.find((x) => x.name === wf.name)!;
        if (!wf.canComplete) expect(after.canComplete).toBe(false);
        if (!wf.canStart) expect(after.canStart).toBe(false);
      }
      for (const t of a.messaging) {
        const after = b.messaging.find((x) => x.name === t.name)!;
        if (!t.canPublish) expect(after.canPublish).toBe(false);
        if (!t.canConsume) expect(after.canConsume).toBe(false);
      }
    }), { seed: 20261207, numRuns: RUNS, endOnFailure: true });
  });

  it('a scenario with no failure equals the plain analysis', async () => {
    deps = await testDeps();
    fc.assert(fc.property(systemArb.map(load), (model) => {
      const classification = classifySystem(model, kb);
      const r = simulate(model, classification, kb, []);
      expect(r.id).toBe('none');
      for (const s of [...r.stores, ...r.topics]) {
        expect(s.affected, s.name).toBe(false);
        expect(s.ackedWritesLost).toBe(false);
        expect(s.sides.every((x) => x.reads === 'available' && x.writes === 'available'), `${s.name}: ${JSON.stringify(s.sides)}`).toBe(true);
      }
      for (const d of r.datasets) {
        const c = classification.datasets.get(d.name)!;
        expect(d.requires).toBe(c.requires);
        expect(d.state).toBe(c.satisfied ? 'met' : 'violated');
      }
      expect(r.services.every((s) => s.state === 'up')).toBe(true);
      expect(r.workflows.every((w) => w.canComplete)).toBe(true);
      expect(r.messaging.every((t) => t.canPublish && t.canConsume && t.orderKept)).toBe(true);
    }), { seed: 7, numRuns: RUNS, endOnFailure: true });
  });

  it("a partition's two sides never both take writes on a store the analysis calls CP", async () => {
    deps = await testDeps();
    const withPartition = systemArb.map(load).filter((m) => m.regions.length >= 2).chain((model) => {
      const regions = model.regions.map((r) => r.id);
      return fc.tuple(fc.constant(model), fc.subarray(regions, { minLength: 1, maxLength: regions.length - 1 }), fc.array(failureArb(model), { maxLength: 2 }));
    });
    fc.assert(fc.property(withPartition, ([model, cut, others]) => {
      const regions = model.regions.map((r) => r.id);
      const classification = classifySystem(model, kb);
      const r = simulate(model, classification, kb, [{ kind: 'partition', sides: [cut, regions.filter((x) => !cut.includes(x))] }, ...others]);
      for (const s of [...r.stores, ...r.topics]) {
        const c = classification.stores.get(s.name) ?? classification.topics.get(s.name);
        if (c?.cap !== 'CP') continue;
        // Writes that no side can read back until the partition heals (Cassandra LOCAL_QUORUM
        // writes with ALL reads) merge afterwards as concurrent writes do without a partition;
        // two sides that both take writes and serve reads would be a split brain.
        const writers = s.sides.filter((x) => x.writes !== 'unavailable' && x.reads !== 'unavailable');
        expect(writers.length, `${s.name} (${c.rule}, ${c.onPartition.writes}) in ${r.id}: ${JSON.stringify(s.sides)}`).toBeLessThanOrEqual(1);
      }
    }), { seed: 42, numRuns: RUNS, endOnFailure: true });
  });
});
