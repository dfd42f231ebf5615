/**
 * Consistency: per data set, the weakest model that keeps its invariants and meets its
 * declared requirement ("as weak as possible, as strong as necessary"), and the store
 * settings that deliver it. Settings come from settingsFor, which classifies every
 * combination with the knowledge base, so nothing weaker than needed is ever proposed.
 */
import type { DatasetClassification } from '../analysis/classify-dataset.js';
import { loadKnowledge } from '../knowledge/load.js';
import { requiredModelFor } from '../knowledge/queries.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Dataset, Invariant } from '../model/types.js';
import { accessAdvice, groupByCause } from './consistency-access.js';
import { describeSettings, settingsFor } from './consistency-settings.js';
import { datasetsOf, effectiveRequirements, list, recId, REF, storeNamed } from './shared.js';
import type { Recommendation, RecommendContext } from './types.js';

/** Invariants whose data merges as a CRDT (last-writer-wins data already merges by timestamp). */
const MERGEABLE: Partial<Record<Invariant, string>> = { counter: 'PN-counter', 'grow-only-set': 'OR-set' };

function requirementText(ds: Dataset, c: DatasetClassification, kb: KnowledgeBase): string {
  if (c.requiresFrom === 'declared') return `${ds.name} declares ${c.requires}${ds.invariants.length ? ` (its invariants: ${list(ds.invariants)})` : ''}.`;
  if (ds.invariants.length === 0) return `${ds.name} declares no invariants, so eventual consistency is enough.`;
  const need = requiredModelFor(ds.invariants, kb);
  const coord = need.needCoordination.length ? ` ${list(need.needCoordination)} ${need.needCoordination.length > 1 ? 'are' : 'is'} not confluent: concurrent writers can each keep it locally and break it together, so the writes must be coordinated.` : ' Every invariant is confluent, so replicas may accept writes independently and merge.';
  return `${c.requires} is the weakest model that keeps ${list(ds.invariants)}.${coord}`;
}

/** Engines whose profile can give a model that meets `required` in some configuration. */
function enginesOffering(required: DatasetClassification['requires'], kb: KnowledgeBase): string[] {
  return [...kb.engines.values()]
    .filter((e) => e.kind === 'database' && [e.base, ...e.rules.map((r) => ({ ...e.base, ...r.gives }))].some((g) => g.consistency !== undefined && (kb.closure.get(g.consistency)?.has(required) ?? false)))
    .map((e) => e.id)
    .sort();
}

function crdtNote(ds: Dataset, ctx: RecommendContext): Pick<Recommendation, 'patterns'> & { text: string } {
  const types = ds.invariants.map((i) => MERGEABLE[i]).filter((t): t is string => t !== undefined);
  const store = ctx.classification.stores.get(ds.store);
  if (types.length === 0 || store?.cap !== 'AP') return { text: '', patterns: [] };
  return { text: ` Model it as a CRDT (${list(types)}) so concurrent updates on different replicas merge without loss.`, patterns: ['crdt'] };
}

/**
 * Non-confluent invariants on a store whose replicas each accept writes (multi-leader,
 * leaderless) cannot be fixed by read/write settings: the writes themselves must be
 * routed through one coordinator.
 */
function needsCoordination(ds: Dataset, ctx: RecommendContext, kb: KnowledgeBase): boolean {
  const store = storeNamed(ctx.model, ds.store);
  const topology = store?.topology ?? (store ? kb.engines.get(store.engine)?.topology : undefined);
  const enforced = ctx.classification.stores.get(ds.store)?.enforcesInvariants ?? [];
  const open = requiredModelFor(ds.invariants, kb).needCoordination.filter((i) => !enforced.includes(i));
  return open.length > 0 && (topology === 'multi-leader' || topology === 'leaderless');
}

function forDataset(ds: Dataset, ctx: RecommendContext, kb: KnowledgeBase): Recommendation | undefined {
  const c = ctx.classification.datasets.get(ds.name);
  const store = storeNamed(ctx.model, ds.store);
  if (!c || !store) return undefined;
  const base = { id: recId('consistency', 'model', ds.name), topic: 'consistency' as const, target: ds.path, references: [REF.jepsen, REF.bailis2015] };
  const why = requirementText(ds, c, kb);
  if (c.satisfied) {
    // Nothing to change: say so only when the data could merge as a CRDT instead of relying on the store.
    const crdt = crdtNote(ds, ctx);
    if (crdt.patterns.length === 0) return undefined;
    return { ...base, title: `Merge ${ds.name} as a CRDT`, recommendation: `Keep ${ds.name} at ${c.requires} on ${store.name}.${crdt.text}`, rationale: `${why} ${store.name} gives ${c.provided} and accepts writes on several replicas; a CRDT makes their merge deterministic and lossless instead of last-writer-wins.`, tradeoffs: 'CRDT state grows with the number of replicas (and, for sets, with removed elements until garbage-collected); reads see a converging, not a linearizable, value.', patterns: crdt.patterns, references: [...base.references, REF.crdt] };
  }
  const own = accessAdvice(ds, store, c, ctx, kb);
  if (own) return own;
  const onStore = datasetsOf(ctx.model, store.name).filter((d) => !needsCoordination(d, ctx, kb));
  const noLoss = onStore.some((d) => effectiveRequirements(ctx.model, store.requirements, d.requirements).rpo === 0);
  const satisfiedNow = onStore.filter((d) => d !== ds && ctx.classification.datasets.get(d.name)?.satisfied);
  // Settings are store-wide: meet every data set on the store if possible, else this one without breaking those met today.
  const choice = needsCoordination(ds, ctx, kb) ? undefined : settingsFor(store, onStore, kb, noLoss, ctx.model) ?? settingsFor(store, [ds, ...satisfiedNow], kb, noLoss, ctx.model);
  if (choice) {
    const coordinated = requiredModelFor(ds.invariants, kb).needCoordination.filter((i) => !(ctx.classification.stores.get(store.name)?.enforcesInvariants ?? []).includes(i));
    return { ...base, title: `Configure ${store.name} for ${c.requires} on ${ds.name}`, recommendation: `Set ${describeSettings(choice.changed)} on ${store.name}: it then gives ${choice.classification.models.join(" and ")} (${choice.classification.pacelc}), the least change to ${store.engine} that meets ${c.requires} for ${ds.name} without weakening the other data sets it keeps.${store.regions.length > 1 && Object.values(choice.changed).some((v) => String(v).startsWith('LOCAL_')) ? ' Datacentre-local levels are the cheapest choice (no operation waits on another region); they hold for clients whose sessions stay in the region they write in.' : ''}${coordinated.length ? ` This makes writes coordinate, which ${list(coordinated)} ${coordinated.length > 1 ? 'need' : 'needs'}.` : ''}`, rationale: `${why} As configured, ${store.name} gives only ${c.provided}. With the change: ${choice.classification.explanation}`, tradeoffs: `Stronger settings wait for more replicas: higher latency, and on a partition the minority side stops serving what it can no longer guarantee (${choice.classification.onPartition.reads} reads, ${choice.classification.onPartition.writes} writes).`, references: [...base.references, ...choice.classification.references], patterns: [], changes: [{ store: store.name, settings: choice.changed }] };
  }
  // A store that spans regions, or must survive losing one, is replaced only by a
  // consensus-replicated engine: a single-leader database would trade one gap for another.
  const req = effectiveRequirements(ctx.model, store.requirements, ds.requirements);
  const multiRegion = store.regions.length > 1 || req.tolerate.regions >= 1;
  const consensusEngine = (e: string): boolean => kb.engines.get(e)?.topology === 'consensus' && kb.engines.get(e)?.kind === 'database';
  const offering = enginesOffering(c.requires, kb).filter((e) => !multiRegion || consensusEngine(e));
  if (needsCoordination(ds, ctx, kb)) {
    const need = requiredModelFor(ds.invariants, kb).needCoordination;
    const consensus = offering.filter(consensusEngine).slice(0, 3);
    return { ...base, title: `Coordinate writes to ${ds.name}`, recommendation: `Coordinate the writes that can break ${list(need)}: give every key a single-leader home region that all its writes go to (or move ${ds.name} to a consensus store such as ${list(consensus) || 'a consensus-replicated database'}); keep only confluent data on ${store.name}.`, rationale: `${why} ${store.name} gives ${c.provided}, and its replicas accept writes independently.`, tradeoffs: 'A home region adds a cross-region round trip to writes from elsewhere and makes that region a dependency for them; a consensus store pays a majority round trip on every write. Both keep the invariant through partitions by refusing writes that cannot coordinate.', patterns: [] };
  }
  return { ...base, title: `Move ${ds.name} to a store that gives ${c.requires}`, recommendation: `No configuration of ${store.engine} gives ${c.requires}: move ${ds.name} to a store that does (${list(offering.slice(0, 5)) || 'none in the knowledge base'}), or relax its requirement if it was declared stronger than its invariants need.`, rationale: `${why} ${c.explanation}`, tradeoffs: 'A second store for one data set adds operations and a boundary that transactions cannot cross without a saga; relaxing the requirement needs the application to tolerate the weaker model.', patterns: [] };
}

/**
 * A unique key on a store whose engine has its own compare-and-set (Cassandra lightweight
 * transactions, DynamoDB condition expressions) is claimed with it - one partition, no
 * scatter-gather over shards and no second store.
 */
function withConditionalWrite(rec: Recommendation | undefined, ds: Dataset, ctx: RecommendContext, kb: KnowledgeBase): Recommendation | undefined {
  const c = ctx.classification.datasets.get(ds.name);
  const store = storeNamed(ctx.model, ds.store);
  const cw = store ? kb.engines.get(store.engine)?.conditionalWrite : undefined;
  if (!rec || !c || c.satisfied || !store || !cw || !ds.invariants.includes('unique-key')) return rec;
  const manyWriters = store.regions.length > 1 || store.settings['globalTables'] === true;
  if (cw.singleRegionOnly && manyWriters) return rec;
  const source = kb.engines.get(store.engine)?.references[cw.source] ?? cw.source;
  return { ...rec, recommendation: `Claim each new ${ds.name} key with ${cw.text}: the engine checks and writes it in one step on the key's own partition, so two writers cannot both create it (no scatter-gather over shards, no second store). ${rec.recommendation}`, references: [...rec.references, source] };
}

export function recommendConsistency(ctx: RecommendContext): Recommendation[] {
  const kb = loadKnowledge();
  const recs = ctx.model.datasets.flatMap((ds) => {
    const rec = withConditionalWrite(forDataset(ds, ctx, kb), ds, ctx, kb);
    const verdict = ctx.classification.datasets.get(ds.name);
    return rec ? [{ rec, ...(verdict ? { verdict } : {}) }] : [];
  });
  return groupByCause(recs, ctx);
}
