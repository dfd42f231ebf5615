/**
 * Consistency advice where the cause sits on the data set itself - its own read/write
 * settings, or the regions it is read and written in - and the grouping that gives one
 * store-wide cause one recommendation (and so one ADR) naming every data set it fails.
 */
import { accessOverrides } from '../analysis/classify-access.js';
import type { DatasetClassification } from '../analysis/classify-dataset.js';
import { rttFloorMs } from '../analysis/physics.js';
import { findRegion } from '../knowledge/regions.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { Dataset, Datastore } from '../model/types.js';
import { list, recId, REF } from './shared.js';
import type { Recommendation, RecommendContext } from './types.js';

const own = (ds: Dataset, at: string | undefined): boolean => at !== undefined && (at.startsWith(`${ds.path}.reads.`) || at.startsWith(`${ds.path}.writes.`));
const byRegions = (ds: Dataset, at: string | undefined): boolean => at !== undefined && (at === ds.path || at.startsWith(`${ds.path}.access`));

/** The data set's own setting that causes it, turned to the value the profile's cause says removes it. */
function ownSettingAdvice(ds: Dataset, store: Datastore, c: DatasetClassification, ctx: RecommendContext, kb: KnowledgeBase): Recommendation | undefined {
  const engine = kb.engines.get(store.engine);
  const given = ctx.classification.datasetPaths.get(ds.name);
  const rule = engine?.rules.find((r) => `${engine.id}/${r.id}` === given?.rule);
  if (!engine || !rule?.cause || !given) return undefined;
  const overrides = accessOverrides(ds, engine);
  const changes = Object.entries(rule.cause.fix).flatMap(([setting, value]) => {
    const path = overrides.paths[setting];
    return path && String(overrides.settings[setting]) !== String(value) ? [`\`${path.slice(ds.path.length + 1)}: ${String(value)}\``] : [];
  });
  if (changes.length === 0) return undefined;
  return {
    id: recId('consistency', 'access', ds.name), topic: 'consistency', target: c.weakAt ?? ds.path,
    title: `Read and write ${ds.name} the way it needs`,
    recommendation: `Set ${list(changes)} on ${ds.name} (its own ${rule.cause.kind === 'stale-reads' ? 'read path' : 'levels'}): the store-wide settings of ${store.name} already give what it needs, and no other data set changes.`,
    rationale: `${ds.name} needs ${c.requires}; its own settings give ${c.provided}: ${given.explanation}`,
    tradeoffs: rule.cause.kind === 'stale-reads'
      ? 'Its reads go back to the leader / primary: a round trip to the leaseholder or primary region instead of the nearest replica, and no reads from the minority side of a partition.'
      : 'Overlapping quorums wait for more replicas per operation (higher tail latency) and refuse operations that cannot reach them.',
    references: [REF.jepsen, ...given.references], patterns: [],
  };
}

/** The nearest other region's round-trip floor, ms (what a quorum spanning regions pays at least). */
function crossRegionFloor(store: Datastore): number | undefined {
  const at = store.regions.map((r) => findRegion(r)?.location).filter((l): l is { lat: number; lon: number } => l !== undefined);
  let best: number | undefined;
  for (let i = 0; i < at.length; i++) for (let j = i + 1; j < at.length; j++) best = Math.min(best ?? Infinity, rttFloorMs(at[i]!, at[j]!));
  return best === undefined ? undefined : Math.round(best);
}

/** Reads in regions that do not write, on datacentre-local levels: compare the options by what they cost. */
function regionAdvice(ds: Dataset, store: Datastore, c: DatasetClassification, ctx: RecommendContext): Recommendation | undefined {
  const given = ctx.classification.datasetPaths.get(ds.name);
  if (!given) return undefined;
  const readOnly = (c.readRegions ?? []).filter((r) => !(c.writeRegions ?? []).includes(r));
  const floor = crossRegionFloor(store);
  const cost = floor === undefined ? 'a cross-region round trip' : `at least ${floor} ms (the round-trip floor to the nearest other region)`;
  return {
    id: recId('consistency', 'regions', ds.name), topic: 'consistency', target: c.weakAt ?? ds.path,
    title: `Read ${ds.name} where it is written`,
    recommendation: `Serve ${ds.name}'s reads from the region that wrote them: pin each client session to one region and route ${list(readOnly)}'s reads of it to ${list(c.writeRegions ?? [])} (or write it from ${list(readOnly)} as well). That keeps ${store.name}'s datacentre-local levels, the cheapest option: no operation waits on another region. Only if readers must stay where they are, write ${ds.name} at EACH_QUORUM (each write pays ${cost}) rather than QUORUM both ways (every read and write pays it).`,
    rationale: `${ds.name} needs ${c.requires}, but it is written in ${list(c.writeRegions ?? [])} and read in ${list(c.readRegions ?? [])}: ${given.explanation} A read in a region that never writes the data set can miss a write acknowledged elsewhere.`,
    tradeoffs: 'Pinned sessions fail over to another region only by re-reading through a quorum there; EACH_QUORUM writes stop when any region lacks a quorum; QUORUM across continents adds a cross-region round trip to every read and write.',
    references: [REF.jepsen, ...given.references], patterns: [],
  };
}

export function accessAdvice(ds: Dataset, store: Datastore, c: DatasetClassification, ctx: RecommendContext, kb: KnowledgeBase): Recommendation | undefined {
  if (c.satisfied) return undefined;
  if (own(ds, c.weakAt)) return ownSettingAdvice(ds, store, c, ctx, kb);
  if (byRegions(ds, c.weakAt) && c.weakness === 'quorum') return regionAdvice(ds, store, c, ctx);
  return undefined;
}

/**
 * One store-wide cause (the same setting) failing several data sets gets one
 * recommendation, at that setting, naming them all: the first data set's advice (whose
 * settings search already covers every data set on the store) widened to the group.
 */
export function groupByCause(recs: { rec: Recommendation; verdict?: DatasetClassification }[], ctx: RecommendContext): Recommendation[] {
  const out: Recommendation[] = [];
  const groups = new Map<string, { rec: Recommendation; names: string[] }>();
  for (const { rec, verdict } of recs) {
    const at = verdict && !verdict.satisfied && verdict.weakness !== 'model' && verdict.weakness !== 'coordination' ? verdict.weakAt : undefined;
    if (!at?.startsWith('datastores[')) {
      out.push(rec);
      continue;
    }
    const group = groups.get(at);
    if (group) {
      group.names.push(verdict!.name);
      continue;
    }
    const entry = { rec: { ...rec }, names: [verdict!.name] };
    groups.set(at, entry);
    out.push(entry.rec);
  }
  for (const [at, { rec, names }] of groups) {
    if (names.length < 2) continue;
    const store = ctx.model.datastores.find((s) => at.startsWith(`${s.path}.`) || at === s.path);
    rec.id = recId('consistency', 'cause', `${store?.name ?? 'store'}${at.slice(at.indexOf('.settings') >= 0 ? at.indexOf('.settings') : at.length)}`);
    rec.target = at;
    rec.title = `Configure ${store?.name ?? 'the store'} for ${list(names)}`;
    rec.recommendation = `${rec.recommendation} One setting causes it for ${names.length} data sets (${list(names)}); this one change fixes them all.`;
  }
  return out;
}
