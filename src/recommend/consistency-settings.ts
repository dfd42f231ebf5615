/**
 * Finding the store settings that deliver what a store's data sets need: every
 * combination of the engine's own settings is classified with the knowledge base, and
 * the weakest guarantee that still satisfies every data set on the store wins. So a
 * recommended setting is, by construction, one the analysis itself accepts.
 */
import { accessRegions } from '../analysis/access-regions.js';
import { keyedMemo } from '../memo.js';
import { datasetPathFor } from '../analysis/classify-access.js';
import { classifyDataset, verdictOf } from '../analysis/classify-dataset.js';
import { rttFloorMs } from '../analysis/physics.js';
import { findRegion } from '../knowledge/regions.js';
import { consistencyLevelOverlap, CONSISTENCY_LEVELS, type ConsistencyLevel } from '../analysis/quorum.js';
import { classifyDatastore, type StoreClassification } from '../analysis/classify-store.js';
import type { EngineProfile, KnowledgeBase } from '../knowledge/types.js';
import type { Dataset, Datastore, SettingValue, SystemModel } from '../model/types.js';

const MAX_COMBINATIONS = 20_000;

export interface SettingsChoice {
  /** Only the settings that differ from the current (explicit or default) values. */
  changed: Record<string, SettingValue>;
  classification: StoreClassification;
}

/** Integer settings (synchronous standbys, WAIT replicas) only grow: fewer would weaken durability. */
function valuesOf(engine: EngineProfile, name: string, replicas: number, current: SettingValue | undefined): SettingValue[] {
  const spec = engine.settings[name]!;
  if (spec.type === 'boolean') return [false, true];
  if (spec.type === 'integer') {
    const from = Math.max(spec.minimum ?? 0, typeof current === 'number' ? current : 0);
    return Array.from({ length: Math.max(0, replicas - from + 1) }, (_, i) => from + i);
  }
  return (spec.values ?? []).filter((v) => typeof v !== 'number' || v <= replicas);
}

function combinations(engine: EngineProfile, replicas: number, current: (name: string) => SettingValue | undefined): Record<string, SettingValue>[] | undefined {
  let out: Record<string, SettingValue>[] = [{}];
  for (const name of Object.keys(engine.settings).sort()) {
    const values = valuesOf(engine, name, replicas, current(name));
    if (values.length === 0) continue;
    if (out.length * values.length > MAX_COMBINATIONS) return undefined;
    out = out.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
  }
  return out;
}

/** Values that stop serving when any one replica (ALL, or THREE at the usual replication factor of 3) or any one region (EACH_QUORUM) is down. */
const FRAGILE = new Set<SettingValue>(['ALL', 'THREE', 'EACH_QUORUM']);
const fragility = (settings: Record<string, SettingValue>): number => Object.values(settings).filter((v) => FRAGILE.has(v)).length;

const isLevel = (v: unknown): v is ConsistencyLevel => typeof v === 'string' && (CONSISTENCY_LEVELS as readonly string[]).includes(v);

/**
 * For Cassandra-style consistency levels: read and write replica sets must meet, and
 * meet in every datacentre when the store spans several (LOCAL_* levels meet only
 * locally, so a reader in another region can miss a write). Other engines: true.
 */
function levelsOverlap(store: Datastore): boolean {
  const read = store.settings['readConsistency'];
  const write = store.settings['writeConsistency'];
  if (!isLevel(read) || !isLevel(write)) return true;
  const scope = consistencyLevelOverlap(read, write, store.placement).scope;
  return scope === 'global' || (scope === 'local' && store.regions.length <= 1);
}

const strength = (kb: KnowledgeBase, c: StoreClassification): number => Math.max(...c.models.map((m) => kb.closure.get(m)?.size ?? 0));

/**
 * The real cost of a candidate, in milliseconds of round-trip floor it adds to an
 * operation: a configuration that waits for replicas in other regions (EC on a store
 * that spans regions) pays at least the round trip to the nearest other region; one
 * that answers in-region (EL) pays none. Used before "fewest changes", so LOCAL_QUORUM
 * with sessions pinned to their region beats QUORUM across continents when both satisfy.
 */
export function crossRegionCost(store: Datastore, c: StoreClassification): number {
  if (store.regions.length < 2 || c.pacelc.endsWith('EL')) return 0;
  const at = store.regions.map((r) => findRegion(r)?.location).filter((l): l is { lat: number; lon: number } => l !== undefined);
  let nearest = Infinity;
  for (let i = 0; i < at.length; i++) for (let j = 0; j < at.length; j++) if (i !== j) nearest = Math.min(nearest, rttFloorMs(at[i]!, at[j]!));
  return Number.isFinite(nearest) ? nearest : 1;
}

/**
 * The weakest settings under which every one of `datasets` is satisfied, or undefined
 * when none exist. Settings that can lose acknowledged writes rank last when the store
 * does not lose them today or `noLoss` asks for it (rpo 0): a fix never trades durability.
 */
/**
 * Choices already made, per knowledge base, by everything the search reads: the store and
 * its data sets (all but their names and paths) and, with the model, the regions each data
 * set is read and written from. An estate repeats the same store with the same needs many
 * times over, and each search classifies every setting combination (hundreds for MongoDB or
 * Cassandra). Whatever else differs only makes a miss.
 */
const choices = keyedMemo<KnowledgeBase, SettingsChoice | undefined>(10_000);

function choiceKey(store: Datastore, datasets: Dataset[], noLoss: boolean, model: SystemModel | undefined): string {
  const { name: _name, path: _path, ...shape } = store;
  const needs = datasets.map(({ name: _n, path: _p, store: _s, ...rest }) => rest);
  const regions = model ? datasets.map((d) => accessRegions(d, store, model)) : null;
  return JSON.stringify([shape, needs, regions, noLoss, model !== undefined]);
}

export function settingsFor(store: Datastore, datasets: Dataset[], kb: KnowledgeBase, noLoss = false, model?: SystemModel): SettingsChoice | undefined {
  const choice = choices.get(kb, choiceKey(store, datasets, noLoss, model), () => searchSettings(store, datasets, kb, noLoss, model));
  // The same choice for another store of the same shape: its own name and path.
  return choice && { changed: { ...choice.changed }, classification: { ...choice.classification, name: store.name, path: store.path } };
}

function searchSettings(store: Datastore, datasets: Dataset[], kb: KnowledgeBase, noLoss: boolean, model?: SystemModel): SettingsChoice | undefined {
  const engine = kb.engines.get(store.engine);
  if (!engine) return undefined;
  const current = (name: string): SettingValue | undefined => store.settings[name] ?? engine.settings[name]?.default;
  const all = combinations(engine, store.replicas, current);
  if (!all) return undefined;
  const keepDurable = noLoss || !classifyDatastore(store, kb).onPartition.ackedWritesLostOnFailover;
  // With the model, each data set is judged on its own path (its settings and regions), which
  // already decides where datacentre-local levels suffice; without it, local levels count only in one region.
  const paths = model ? datasets.map((d) => ({ d, path: datasetPathFor(d, store, model, kb) })) : undefined;
  const scored = all.flatMap((settings) => {
    // With the model, the data sets' own verdicts reject most candidates before the
    // store's classification (which only ranks the ones left) is worth computing.
    if (paths && !paths.every(({ d, path }) => verdictOf(d, path(settings), kb).satisfied)) return [];
    const candidate = { ...store, settings };
    const classification = classifyDatastore(candidate, kb);
    if (!paths) {
      const checked = datasets.map((d) => classifyDataset(d, classification, kb));
      if (!checked.every((d) => d.satisfied)) return [];
      if (checked.some((d) => d.requires !== 'eventual') && !levelsOverlap(candidate)) return [];
    }
    const changed = Object.fromEntries(Object.entries(settings).filter(([k, v]) => current(k) !== v));
    const key = JSON.stringify(Object.entries(changed).sort(([a], [b]) => a.localeCompare(b)));
    return [{ changed, classification, loss: keepDurable && classification.onPartition.ackedWritesLostOnFailover ? 1 : 0, cost: model ? crossRegionCost(store, classification) : 0, strength: strength(kb, classification), fragile: fragility(settings), changes: Object.keys(changed).length, key }];
  });
  // Never trade durability; then the cheapest in real latency (cross-region round trips), then fewest
  // changes (the least disruptive fix), then the weakest guarantee among them.
  scored.sort((a, b) => a.loss - b.loss || a.fragile - b.fragile || a.cost - b.cost || a.changes - b.changes || a.strength - b.strength || a.key.localeCompare(b.key));
  const best = scored[0];
  return best && { changed: best.changed, classification: best.classification };
}

export function describeSettings(settings: Record<string, SettingValue>): string {
  return Object.entries(settings).map(([k, v]) => `\`${k}: ${String(v)}\``).join(', ');
}
