/**
 * Evaluates an engine profile's ordered rules against one configuration:
 * builds the facts (settings with defaults, derived values, topology, counts),
 * picks the first rule whose `when` holds and merges it over the profile's base.
 */
import type { Condition, EngineProfile, EngineRule, GuaranteeSpec, Matcher } from '../knowledge/types.js';
import type { Datastore, SettingValue } from '../model/types.js';
import { DERIVE } from './classify-derive.js';

export type Facts = Record<string, SettingValue | undefined>;

export type StoreShape = Pick<Datastore, 'regions' | 'replicas' | 'placement' | 'replication' | 'topology' | 'failover' | 'conflictResolution' | 'settings'> & {
  /** One data set's access regions, as indices into `regions` (absent: the store as a whole). */
  access?: { writers: number[]; readers: number[] };
};

/** Replicas per region in region order: `placement` when given, else an even round-robin spread. */
export function replicasPerRegion(store: Pick<Datastore, 'regions' | 'replicas' | 'placement'>): number[] {
  const regions = store.regions.length > 0 ? store.regions : ['default'];
  const placed = regions.map((r) => store.placement?.[r]);
  if (placed.every((n) => typeof n === 'number')) return placed as number[];
  return regions.map((_, i) => Math.floor(store.replicas / regions.length) + (i < store.replicas % regions.length ? 1 : 0));
}

export function buildFacts(engine: EngineProfile, store: StoreShape): Facts {
  const settings: Record<string, SettingValue | undefined> = {};
  for (const [name, spec] of Object.entries(engine.settings)) settings[name] = store.settings[name] ?? spec.default;
  const facts: Facts = {
    topology: store.topology ?? engine.topology,
    replication: store.replication ?? engine.replication,
    failover: store.failover,
    conflictResolution: store.conflictResolution,
    regions: Math.max(1, store.regions.length),
    replicas: store.replicas,
  };
  for (const [name, value] of Object.entries(settings)) facts[`settings.${name}`] = value;
  const perRegion = replicasPerRegion(store);
  for (const d of engine.derive) {
    for (const [name, value] of Object.entries(DERIVE[d]({ store, settings, perRegion, ...(store.access ? { access: store.access } : {}) }))) facts[`derived.${name}`] = value;
  }
  return facts;
}

function same(a: SettingValue | undefined, b: SettingValue): boolean {
  // YAML may say `acks: 1` or `acks: "1"`; compare loosely between numbers and their spelling.
  return a === b || (a !== undefined && String(a) === String(b));
}

export function matches(value: SettingValue | undefined, m: Matcher): boolean {
  if (typeof m !== 'object') return same(value, m);
  if (m.in && !m.in.some((v) => same(value, v))) return false;
  if (m.notIn && m.notIn.some((v) => same(value, v))) return false;
  if (m.not !== undefined && same(value, m.not)) return false;
  const n = typeof value === 'number' ? value : undefined;
  if (m.gt !== undefined && !(n !== undefined && n > m.gt)) return false;
  if (m.gte !== undefined && !(n !== undefined && n >= m.gte)) return false;
  if (m.lt !== undefined && !(n !== undefined && n < m.lt)) return false;
  if (m.lte !== undefined && !(n !== undefined && n <= m.lte)) return false;
  return true;
}

export function holds(when: Condition[] | undefined, facts: Facts): boolean {
  if (!when) return true;
  return when.some((cond) => Object.entries(cond).every(([key, m]) => matches(facts[key], m)));
}

export interface Matched {
  rule: EngineRule;
  guarantee: GuaranteeSpec;
  facts: Facts;
}

/** The first rule that holds, merged over the base (the loader guarantees the result is complete). */
export function matchRule(engine: EngineProfile, store: StoreShape): Matched {
  const facts = buildFacts(engine, store);
  const rule = engine.rules.find((r) => holds(r.when, facts)) ?? engine.rules[engine.rules.length - 1];
  if (!rule) throw new Error(`${engine.file}: no rules`);
  const g = { ...engine.base, ...rule.gives };
  const pacelc = g.pacelc ?? 'PA/EL';
  const guarantee: GuaranteeSpec = {
    pacelc,
    cap: g.cap ?? (pacelc.startsWith('PA') ? 'AP' : 'CP'),
    consistency: g.consistency ?? 'eventual',
    alsoProvides: g.alsoProvides ?? [],
    onPartition: g.onPartition ?? { reads: 'available', writes: 'available', ackedWritesLostOnFailover: true },
    explanation: g.explanation ?? '',
    references: [...(engine.base.references ?? []), ...(rule.gives.references ?? [])].filter((r, i, all) => all.indexOf(r) === i),
    caveats: [...(engine.base.caveats ?? []), ...(rule.gives.caveats ?? [])],
    enforcesInvariants: g.enforcesInvariants ?? [],
    ...(g.messaging ? { messaging: g.messaging } : {}),
  };
  return { rule, guarantee, facts };
}
