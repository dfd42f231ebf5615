/**
 * `archcap simulate`: what a set of failures does to the system. Pure: the model, its
 * classification and the knowledge base in, one ScenarioResult out.
 */
import type { KnowledgeBase } from '../../knowledge/types.js';
import { lookup } from '../../model/lookup.js';
import { formatDuration } from '../../model/units.js';
import { declaredRequirement, requirementLevels } from '../../model/requirements.js';
import type { Datastore, SystemModel, Topic } from '../../model/types.js';
import type { SystemClassification } from '../system.js';
import { scenarioId } from './failures.js';
import { simulateServices } from './services.js';
import { simulateStore, type StoreInput } from './stores.js';
import type { DatasetEffect, Failure, RequirementState, ScenarioResult, StoreEffect, TopicEffect } from './types.js';
import { allRegions, buildWorld, type World } from './world.js';
import { simulateWorkflows } from './workflows.js';

export type { Failure, ScenarioResult } from './types.js';

/** CockroachDB nodes shut themselves down when their clock is more than 80 % of max-offset (500 ms) off. */
const CLOCK_SHUTDOWN: Record<string, number> = { cockroachdb: 400 };

function disruption(failures: readonly Failure[]): ScenarioResult['disruption'] {
  const kinds = new Set(failures.map((f) => f.kind));
  if (kinds.size === 0) return 'none';
  if (kinds.has('region')) return 'region';
  if (kinds.has('partition')) return 'partition';
  if (kinds.has('zone')) return 'zone';
  if (kinds.has('node') || kinds.has('failover')) return 'node';
  return 'other';
}

/** Round-robin placement of a topic's replication factor over its regions. */
function topicPlacement(topic: Topic, rf: number): Record<string, number> {
  const regions = topic.regions.length ? topic.regions : [];
  const out: Record<string, number> = Object.fromEntries(regions.map((r) => [r, 0]));
  for (let i = 0; i < rf && regions.length; i++) out[regions[i % regions.length]!]! += 1;
  return out;
}

/** A per-store view of the world: regions whose nodes stop on clock skew count as lost for that store. */
function worldFor(world: World, engine: string): World {
  const limit = CLOCK_SHUTDOWN[engine];
  if (limit === undefined) return world;
  const skewed = [...world.skew].filter(([, ms]) => ms > limit).map(([r]) => r);
  if (skewed.length === 0) return world;
  const lostZones = new Map(world.lostZones);
  for (const r of skewed) lostZones.set(r, new Set([1, 2, 3, 4, 5, 6, 7, 8, 9]));
  return { ...world, lostZones };
}

function storeInput(model: SystemModel, s: Datastore, classification: SystemClassification, kb: KnowledgeBase): StoreInput | undefined {
  const c = classification.stores.get(s.name);
  if (!c) return undefined;
  const rto = declaredRequirement(requirementLevels(model, s), 'rto')?.value;
  return {
    name: s.name, path: s.path, type: 'store', engine: s.engine, regions: s.regions, placement: s.placement,
    ...(s.zones !== undefined ? { zones: s.zones } : {}),
    // The engine's own topology unless the store declares another (multi-leader PostgreSQL).
    topology: s.topology ?? kb.engines.get(s.engine)?.topology ?? 'single-leader',
    ...(s.failover ? { failover: s.failover } : {}), ...(s.conflictResolution ? { conflictResolution: s.conflictResolution } : {}),
    settings: s.settings, ...(rto !== undefined ? { rto } : {}), classification: c,
  };
}

function lwwSkew(s: Datastore, topology: string | undefined, world: World): string | undefined {
  if (s.conflictResolution === 'crdt' || s.conflictResolution === 'application') return undefined;
  if (s.conflictResolution !== 'lww' && !(topology === 'leaderless' || topology === 'multi-leader')) return undefined;
  const skewed = s.regions.filter((r) => (world.skew.get(r) ?? 0) > 0);
  if (skewed.length === 0 || (s.regions.length < 2 && topology !== 'leaderless')) return undefined;
  return `clocks in ${skewed.map((r) => `${r} (${world.skew.get(r)} ms)`).join(', ')} are off: last-writer-wins keeps the write with the later timestamp, not the later write, so a newer acknowledged write can be discarded`;
}

const usersCache = new WeakMap<SystemModel, Map<string, Set<string>>>();

/** Data set → regions of the services that read or write it; computed once per model. */
function datasetUsers(model: SystemModel): Map<string, Set<string>> {
  const known = usersCache.get(model);
  if (known) return known;
  const users = new Map<string, Set<string>>();
  for (const svc of model.services) for (const ds of [...svc.reads, ...svc.writes]) {
    const set = users.get(ds) ?? new Set<string>();
    for (const r of svc.regions) set.add(r);
    users.set(ds, set);
  }
  usersCache.set(model, users);
  return users;
}

function datasetEffects(model: SystemModel, classification: SystemClassification, kb: KnowledgeBase, stores: Map<string, StoreEffect>, world: World): DatasetEffect[] {
  const index = lookup(model);
  const users = datasetUsers(model);
  const out: DatasetEffect[] = [];
  for (const ds of model.datasets) {
    const dc = classification.datasets.get(ds.name);
    const effect = stores.get(ds.store);
    const store = index.datastores.get(ds.store);
    if (!dc || !effect || !store) continue;
    const reasons: string[] = [];
    let state: RequirementState = dc.satisfied ? 'met' : 'violated';
    if (!dc.satisfied) reasons.push(`${ds.store} does not give ${dc.requires} even without failures`);
    const access = new Set([...(ds.access.readRegions ?? []), ...(ds.access.writeRegions ?? []), ...(users.get(ds.name) ?? [])]);
    const sides = effect.sides.filter((s) => access.size === 0 || s.regions.some((r) => access.has(r)));
    const lostAccess = [...access].filter((r) => world.lostRegions.has(r));
    const totallyAvailable = kb.models.get(dc.requires)?.availability === 'total';
    const rpo = declaredRequirement(requirementLevels(model, ds, store), 'rpo')?.value;
    const bump = (to: RequirementState, why: string): void => {
      reasons.push(why);
      if (to === 'violated' || state === 'met') state = to;
    };
    if (effect.ackedWritesLost && (rpo === undefined || rpo === 0 || effect.rpo.ms === null || effect.rpo.ms > rpo)) {
      bump('violated', `acknowledged writes are lost (${effect.rpo.basis})${rpo !== undefined ? `, beyond the rpo of ${rpo === 0 ? '0s' : formatDuration(rpo)}` : ''}`);
    } else if (effect.ackedWritesLost) {
      bump('degraded', `up to ${formatDuration(effect.rpo.ms ?? 0)} of acknowledged writes are lost, within the rpo of ${formatDuration(rpo ?? 0)}`);
    }
    if (effect.splitBrain && !totallyAvailable) bump('violated', `two sides accept writes at once, which ${dc.requires} forbids`);
    const skew = lwwSkew(store, store.topology ?? kb.engines.get(store.engine)?.topology, world);
    if (skew && !totallyAvailable) bump('violated', skew);
    else if (skew) bump('degraded', skew);
    for (const side of sides) {
      const where = side.regions.join(', ');
      if (side.reads === 'unavailable' || side.writes === 'unavailable') {
        bump('degraded', `${side.reads === 'unavailable' ? (side.writes === 'unavailable' ? 'reads and writes' : 'reads') : 'writes'} are unavailable in ${where}`);
      } else if (side.reads === 'stale' && dc.requires !== 'eventual') {
        bump('degraded', `reads in ${where} may be stale (cut off from the writer)`);
      }
    }
    if (lostAccess.length > 0) bump('degraded', `${lostAccess.length === access.size ? 'every region that uses it is lost' : `regions that use it are lost`} (${lostAccess.join(', ')})`);
    out.push({ name: ds.name, path: ds.path, store: ds.store, requires: dc.requires, state, reasons });
  }
  return out;
}

function topicEffects(model: SystemModel, topics: Map<string, StoreEffect>): TopicEffect[] {
  return model.messaging.flatMap((t) => {
    const e = topics.get(t.name);
    if (!e) return [];
    const reasons = [...e.reasons];
    const canPublish = e.sides.some((s) => s.writes !== 'unavailable');
    const canConsume = e.sides.some((s) => s.reads !== 'unavailable');
    let orderKept = true;
    if (t.ordering !== 'none' && e.splitBrain) { orderKept = false; reasons.push('two leaders take messages for the same key: their order is lost'); }
    if (t.ordering !== 'none' && e.ackedWritesLost) { orderKept = false; reasons.push('acknowledged messages are lost: consumers see gaps in the sequence'); }
    return [{ name: t.name, path: t.path, canPublish, canConsume, orderKept, reasons }];
  });
}

export function simulate(model: SystemModel, classification: SystemClassification, kb: KnowledgeBase, failures: readonly Failure[]): ScenarioResult {
  const regions = allRegions(model);
  const world = buildWorld(model, failures, regions);
  const stores = new Map<string, StoreEffect>();
  for (const s of model.datastores) {
    const input = storeInput(model, s, classification, kb);
    if (input) stores.set(s.name, simulateStore(input, worldFor(world, s.engine)));
  }
  const topics = new Map<string, StoreEffect>();
  for (const t of model.messaging) {
    const c = classification.topics.get(t.name);
    if (!c) continue;
    const rf = typeof t.settings['replicas'] === 'number' ? t.settings['replicas'] : kb.engines.get(t.engine)?.defaultReplicas ?? 3;
    const regionsOf = t.regions.length ? t : { ...t, regions: model.regions.slice(0, 1).map((r) => r.id) };
    topics.set(t.name, simulateStore({
      name: t.name, path: t.path, type: 'topic', engine: t.engine, regions: regionsOf.regions, placement: topicPlacement(regionsOf, rf),
      settings: t.settings, topology: kb.engines.get(t.engine)?.topology ?? 'single-leader', classification: c,
    }, world));
  }
  const caches = new Set(model.datastores.filter((s) => kb.engines.get(s.engine)?.kind === 'cache').map((s) => s.name));
  const services = simulateServices({ model, world, stores, topics, caches });
  const byName = new Map(services.map((s) => [s.name, s]));
  return {
    id: scenarioId(failures),
    failures: [...failures],
    disruption: disruption(failures),
    stores: [...stores.values()],
    topics: [...topics.values()],
    datasets: datasetEffects(model, classification, kb, stores, world),
    services,
    workflows: simulateWorkflows(model, byName, stores),
    messaging: topicEffects(model, topics),
  };
}
