/**
 * Replication: topology, replica count and placement for `tolerate` and `rpo`, and the
 * latency that costs (from the analysis' physics). Consensus and quorum stores need
 * 2f+1 replicas and, to survive a region, three regions with no majority in any one;
 * a single leader needs f standbys, synchronous ones when no acknowledged write may be lost.
 */
import { MESSAGING_KINDS } from '../knowledge/types.js';
import { modelRegionResolver } from '../engine/functions/support/regions.js';
import { loadKnowledge } from '../knowledge/load.js';
import type { Datastore } from '../model/types.js';
import { planReplication } from './replication-plan.js';
import { datasetsOf, effectiveRequirements, formatMs, list, recId, REF } from './shared.js';
import type { Recommendation, RecommendContext, StoreChange } from './types.js';

/** Managed services whose replicas the user does not size or place. */
const MANAGED = new Set(['dynamodb', 'cosmosdb', 'spanner']);

const SYNC_SETTINGS: Record<string, Record<string, string | number | boolean>> = {
  postgres: { synchronousCommit: 'on' },
  mysql: { semiSync: true },
  mongodb: { writeConcern: 'majority' },
};

function forStore(store: Datastore, ctx: RecommendContext): Recommendation | undefined {
  const engine = loadKnowledge().engines.get(store.engine);
  const cls = ctx.classification.stores.get(store.name);
  if (!engine || !cls || MESSAGING_KINDS.includes(engine.kind) || MANAGED.has(store.engine)) return undefined;
  const datasets = datasetsOf(ctx.model, store.name);
  const reqs = datasets.map((d) => effectiveRequirements(ctx.model, store.requirements, d.requirements));
  const req = effectiveRequirements(ctx.model, store.requirements);
  const rpos = reqs.map((r) => r.rpo).filter((r): r is number => r !== undefined);
  const rpo = rpos.length ? Math.min(...rpos) : req.rpo;
  const tolerate = { nodes: Math.max(req.tolerate.nodes, ...reqs.map((r) => r.tolerate.nodes)), zones: Math.max(req.tolerate.zones, ...reqs.map((r) => r.tolerate.zones)), regions: Math.max(req.tolerate.regions, ...reqs.map((r) => r.tolerate.regions)) };
  const topology = store.topology ?? engine.topology;
  const plan = planReplication(store, topology, { ...req, tolerate, ...(rpo === undefined ? {} : { rpo }) }, ctx.model.regions.map((r) => r.id), modelRegionResolver(ctx.model));
  const placementText = Object.entries(plan.placement).map(([r, n]) => `${n} in ${r}`).join(', ');
  const sync = plan.syncStandbys > 0 ? SYNC_SETTINGS[store.engine] : undefined;
  const lossy = rpo === 0 && cls.onPartition.ackedWritesLostOnFailover;
  const parts = [`Run ${store.name} as ${topology} with ${plan.replicas} replicas (${placementText})`];
  if (plan.addRegions.length) parts.push(`adding ${list(plan.addRegions)} so that losing one region leaves a ${plan.majority ? 'majority' : 'copy'}`);
  if (plan.zones !== store.zones && plan.zones !== undefined) parts.push(`spread over ${plan.zones} zones per region`);
  if (plan.syncStandbys > 0) parts.push(`with ${plan.syncStandbys} synchronous standby${plan.syncStandbys > 1 ? 's' : ''}${sync ? ` (${Object.entries({ ...sync, ...(store.engine === 'postgres' ? { syncReplicas: plan.syncStandbys } : {}) }).map(([k, v]) => `\`${k}: ${String(v)}\``).join(', ')})` : ''} so a failover never loses an acknowledged write`);
  if (lossy && !sync) parts.push(`and keep data that needs rpo 0 off ${store.engine} in this configuration: it can lose acknowledged writes on failover`);
  const cost = plan.latency ? ` Cost: ${plan.latency.explanation} — about ${formatMs(plan.latency.typicalMs)} added to every write${plan.latency.floorMs >= 1 ? ` (never less than ${formatMs(plan.latency.floorMs)}, the physical floor)` : ''}.` : '';
  const change: StoreChange = { store: store.name, ...(plan.replicas !== store.replicas ? { replicas: plan.replicas } : {}), ...(JSON.stringify(plan.placement) !== JSON.stringify(store.placement) ? { placement: plan.placement } : {}), ...(plan.zones !== store.zones && plan.zones !== undefined ? { zones: plan.zones } : {}), ...(sync ? { settings: { ...sync, ...(store.engine === 'postgres' ? { syncReplicas: plan.syncStandbys } : {}) }, replication: 'sync' as const } : {}) };
  const changed = Object.keys(change).length > 1;
  if (!changed && store.regions.length < 2) return undefined;
  return {
    id: recId('replication', topology, store.name),
    topic: 'replication',
    target: store.path,
    title: `Replicate ${store.name}: ${plan.replicas} ${topology} replicas`,
    recommendation: `${parts.join(', ')}.${cost}`,
    rationale: `The requirements ask to survive ${tolerate.nodes} node, ${tolerate.zones} zone and ${tolerate.regions} region failure${tolerate.regions === 1 ? '' : 's'}${rpo === undefined ? '' : ` with rpo ${formatMs(rpo)}`}. ${plan.majority ? `${store.name} needs a majority (${plan.majority}): 2f+1 replicas survive f failures, and only three or more failure domains with no majority in any one survive losing a domain.` : `A single leader with f standbys survives f failures; only a synchronous standby holds every acknowledged write at failover time.`}${plan.syncStandbys > 0 && plan.majority ? ' A synchronous standby keeps every acknowledged write through a failover.' : ''}`,
    tradeoffs: plan.majority
      ? 'More replicas and more regions cost money and put the majority further away: commit latency is the round trip to the nearest majority.'
      : 'Synchronous standbys add their round trip to every commit, and commits stall when no synchronous standby is reachable; asynchronous ones are fast but lose the tail of the log on failover.',
    references: [REF.raft, REF.ddia, ...cls.references.slice(0, 1)],
    patterns: [],
    ...(changed ? { changes: [change] } : {}),
  };
}

export function recommendReplication(ctx: RecommendContext): Recommendation[] {
  return ctx.model.datastores.flatMap((s) => forStore(s, ctx) ?? []);
}
