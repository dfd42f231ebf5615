/** Generated systems and failures for the simulation's property tests. */
import fc from 'fast-check';
import type { Failure } from '../../../src/analysis/simulate/types.js';
import { loadKnowledge } from '../../../src/knowledge/index.js';
import type { SystemModel } from '../../../src/model/types.js';

export const kb = loadKnowledge();
const REGIONS = ['aws:us-east-1', 'aws:us-west-2', 'aws:eu-west-1', 'aws:ap-southeast-1'];
const STORE_ENGINES = [...kb.engines.values()].filter((e) => e.kind !== 'log').map((e) => e.id).sort();
export const RUNS = Number(process.env["SIM_RUNS"] ?? 250);

/** A random value of each of an engine's settings (or none). */
const settingsArb = (engine: string): fc.Arbitrary<Record<string, unknown>> => {
  const specs = Object.entries(kb.engines.get(engine)?.settings ?? {});
  const entries = specs.map(([name, spec]) => {
    // Numbered consistency levels above the replica count fail even without a failure (a misconfiguration, not a scenario).
    const values: unknown[] = spec.type === 'boolean' ? [true, false] : spec.type === 'enum' ? (spec.values ?? []).filter((v) => v !== 'TWO' && v !== 'THREE') : [Math.max(spec.minimum ?? 0, 1), 2, 3];
    return fc.option(fc.constantFrom(...values), { nil: undefined }).map((v) => [name, v] as const);
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)));
};

const storeArb = (regions: string[], i: number) => fc.constantFrom(...STORE_ENGINES).chain((engine) => fc.record({
  name: fc.constant(`s${i}`),
  engine: fc.constant(engine),
  regions: fc.subarray(regions, { minLength: 1 }),
  counts: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 }),
  zones: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  failover: fc.option(fc.constantFrom('automatic', 'manual', 'external'), { nil: undefined }),
  settings: settingsArb(engine),
}).map(({ counts, ...s }) => ({ ...s, placement: Object.fromEntries(s.regions.map((r, k) => [r, counts[k]!])) })));

export const systemArb = fc.subarray(REGIONS, { minLength: 1 }).chain((regions) => fc.integer({ min: 1, max: 3 }).chain((nStores) =>
  fc.tuple(...Array.from({ length: nStores }, (_, i) => storeArb(regions, i))).chain((stores) => {
    const datasetNames = stores.map((s) => `d-${s.name}`);
    const models = ['strict-serializable', 'serializable', 'snapshot-isolation', 'repeatable-read', 'read-committed', 'linearizable', 'sequential', 'causal', 'read-your-writes', 'monotonic-reads', 'consistent-prefix', 'eventual'];
    return fc.record({
      datasets: fc.tuple(...stores.map((s) => fc.record({ name: fc.constant(`d-${s.name}`), store: fc.constant(s.name), consistency: fc.constantFrom(...models) }))),
      services: fc.integer({ min: 1, max: 4 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => fc.record({
        name: fc.constant(`svc${i}`),
        regions: fc.subarray(regions, { minLength: 1 }),
        instances: fc.integer({ min: 1, max: 3 }),
        reads: fc.subarray(datasetNames),
        writes: fc.subarray(datasetNames),
        calls: fc.subarray(Array.from({ length: n - i - 1 }, (_, k) => `svc${i + k + 1}`)).chain((callees) => fc.tuple(...callees.map((c) => fc.record({ service: fc.constant(c), mode: fc.constantFrom('sync', 'async'), timeout: fc.constantFrom('1s', undefined) })))).map((cs) => cs.map((c) => (c.timeout ? c : { service: c.service, mode: c.mode }))),
      })))),
      topic: fc.option(fc.record({ replicas: fc.integer({ min: 1, max: 3 }), acks: fc.constantFrom('all', 1) }).chain((t) => fc.integer({ min: 1, max: t.replicas }).map((minInsyncReplicas) => ({ ...t, minInsyncReplicas }))), { nil: undefined }),
    }).map(({ datasets, services, topic }) => ({
      version: 1, name: 'gen', regions,
      datastores: stores,
      datasets,
      services: services.map((s) => ({ ...s, ...(topic ? { publishes: [{ topic: 't', via: 'direct' }] } : {}) })),
      ...(topic ? { messaging: [{ name: 't', engine: 'kafka', delivery: 'at-least-once', regions, settings: topic }] } : {}),
      workflows: [{ name: 'wf', atomicity: 'all-or-nothing', steps: services.map((s, i) => ({ name: `step${i}`, service: s.name, compensation: `undo${i}` })) }],
    }));
  })));

export function failureArb(model: SystemModel): fc.Arbitrary<Failure> {
  const regions = [...new Set([...model.regions.map((r) => r.id)])];
  const names = [...model.datastores.map((s) => s.name), ...model.services.map((s) => s.name), ...model.messaging.map((t) => t.name)];
  const partition = regions.length < 2 ? [] : [fc.subarray(regions, { minLength: 1, maxLength: regions.length - 1 }).map((a): Failure => ({ kind: 'partition', sides: [a, regions.filter((r) => !a.includes(r))] }))];
  return fc.oneof(
    ...partition,
    fc.constantFrom(...regions).map((region): Failure => ({ kind: 'region', region })),
    fc.tuple(fc.constantFrom(...regions), fc.integer({ min: 1, max: 3 })).map(([region, zone]): Failure => ({ kind: 'zone', region, zone })),
    fc.constantFrom(...names).map((target): Failure => ({ kind: 'node', target })),
    fc.constantFrom(...model.datastores.map((s) => s.name)).map((store): Failure => ({ kind: 'failover', store })),
    fc.constantFrom(...model.services.map((s) => s.name)).map((service): Failure => ({ kind: 'down', service })),
    fc.tuple(fc.constantFrom(...regions), fc.integer({ min: 1, max: 1000 })).map(([region, ms]): Failure => ({ kind: 'skew', region, ms })),
  );
}

