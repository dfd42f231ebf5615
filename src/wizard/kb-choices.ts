/** Choices that come from the knowledge base: engines, regions, jurisdictions, models, invariants. */
import { findRegion, knownRegionIds } from '../knowledge/regions.js';
import { MESSAGING_KINDS, type EngineProfile, type KnowledgeBase } from '../knowledge/types.js';
import type { Choice, Scope } from './types.js';
import { schemaChoices } from './schema-choices.js';

const engineChoice = (e: EngineProfile): Choice => ({ value: e.id, name: e.id, description: `${e.name}: ${e.kind}, ${e.topology} by default` });

/** Engines for data stores: everything but brokers (logs and queues are topics). */
export function storeEngines(kb: KnowledgeBase): Choice[] {
  return [...kb.engines.values()].filter((e) => !MESSAGING_KINDS.includes(e.kind)).sort((a, b) => a.id.localeCompare(b.id)).map(engineChoice);
}

export function topicEngines(kb: KnowledgeBase): Choice[] {
  return [...kb.engines.values()].filter((e) => MESSAGING_KINDS.includes(e.kind)).sort((a, b) => a.id.localeCompare(b.id)).map(engineChoice);
}

export function regionChoices(): Choice[] {
  return knownRegionIds().map((id) => {
    const r = findRegion(id);
    return { value: id, name: id, ...(r && r.displayName !== id ? { description: r.displayName } : {}) };
  });
}

/** Jurisdictions (`eu`, `us`, `de` …) the known regions lie in. */
export function jurisdictionChoices(): Choice[] {
  const all = new Set<string>();
  for (const id of knownRegionIds()) for (const j of findRegion(id)?.jurisdictions ?? []) all.add(j);
  return [...all].sort().map((j) => ({ value: j, name: j }));
}

/** Consistency models the knowledge base describes and the schema accepts for a data set. */
export function consistencyChoices(s: Scope): Choice[] {
  return schemaChoices(s.schema, 'datasets.consistency')
    .filter((c) => s.kb.models.has(c.value as never))
    .map((c) => ({ ...c, description: s.kb.models.get(c.value as never)?.description ?? '' }));
}

export function invariantChoices(s: Scope): Choice[] {
  return [...s.kb.invariants.values()].map((i) => ({
    value: i.id,
    name: i.id,
    description: `${i.summary} (${i.confluent ? 'confluent: safe without coordination' : 'needs coordination'})`,
  }));
}

/** Values the profile's rules test for a store key (`topology: multi-leader`). */
function ruleValues(profile: EngineProfile, key: 'topology' | 'replication' | 'failover'): string[] {
  const values = new Set<string>();
  for (const rule of profile.rules) {
    for (const cond of rule.when ?? []) {
      const m = cond[key];
      if (typeof m === 'string') values.add(m);
      else if (m && typeof m === 'object' && Array.isArray(m.in)) for (const v of m.in) values.add(String(v));
    }
  }
  return [...values];
}

const withDefault = (first: string, rest: string[]): string[] => [first, ...rest.filter((v) => v !== first)];

/** Topologies the engine can run in, as far as its profile tells them apart. */
export function engineTopologies(profile: EngineProfile): string[] {
  return withDefault(profile.topology, ruleValues(profile, 'topology'));
}

/**
 * Replication modes worth asking about: the default, any the rules test, and for engines
 * whose sync-standby derivation reads `replication`, the leader-follower modes.
 */
export function engineReplications(profile: EngineProfile): string[] {
  const values = withDefault(profile.replication, ruleValues(profile, 'replication'));
  if (profile.derive.includes('sync-standbys')) for (const mode of ['async', 'semi-sync', 'sync']) if (!values.includes(mode)) values.push(mode);
  return values;
}

/** Whether the profile's rules distinguish automatic from manual failover. */
export function engineAsksFailover(profile: EngineProfile): boolean {
  return ruleValues(profile, 'failover').length > 0;
}
