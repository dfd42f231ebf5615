/**
 * Finding the store settings that deliver what a store's data sets need: every
 * combination of the engine's own settings is classified with the knowledge base, and
 * the weakest guarantee that still satisfies every data set on the store wins. So a
 * recommended setting is, by construction, one the analysis itself accepts.
 */
import { classifyDataset } from '../analysis/classify-dataset.js';
import { consistencyLevelOverlap, CONSISTENCY_LEVELS, type ConsistencyLevel } from '../analysis/quorum.js';
import { classifyDatastore, type StoreClassification } from '../analysis/classify-store.js';
import type { EngineProfile, KnowledgeBase } from '../knowledge/types.js';
import type { Dataset, Datastore, SettingValue } from '../model/types.js';

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
 * The weakest settings under which every one of `datasets` is satisfied, or undefined
 * when none exist. Settings that can lose acknowledged writes rank last when the store
 * does not lose them today or `noLoss` asks for it (rpo 0): a fix never trades durability.
 */
export function settingsFor(store: Datastore, datasets: Dataset[], kb: KnowledgeBase, noLoss = false): SettingsChoice | undefined {
  const engine = kb.engines.get(store.engine);
  if (!engine) return undefined;
  const current = (name: string): SettingValue | undefined => store.settings[name] ?? engine.settings[name]?.default;
  const all = combinations(engine, store.replicas, current);
  if (!all) return undefined;
  const keepDurable = noLoss || !classifyDatastore(store, kb).onPartition.ackedWritesLostOnFailover;
  const scored = all.flatMap((settings) => {
    const candidate = { ...store, settings };
    const classification = classifyDatastore(candidate, kb);
    const checked = datasets.map((d) => classifyDataset(d, classification, kb));
    if (!checked.every((d) => d.satisfied)) return [];
    if (checked.some((d) => d.requires !== 'eventual') && !levelsOverlap(candidate)) return [];
    const changed = Object.fromEntries(Object.entries(settings).filter(([k, v]) => current(k) !== v));
    const key = JSON.stringify(Object.entries(changed).sort(([a], [b]) => a.localeCompare(b)));
    return [{ changed, classification, loss: keepDurable && classification.onPartition.ackedWritesLostOnFailover ? 1 : 0, strength: strength(kb, classification), fragile: fragility(settings), changes: Object.keys(changed).length, key }];
  });
  // Fewest changes first (the least disruptive fix), then the weakest guarantee among them (the lowest latency).
  scored.sort((a, b) => a.loss - b.loss || a.fragile - b.fragile || a.changes - b.changes || a.strength - b.strength || a.key.localeCompare(b.key));
  const best = scored[0];
  return best && { changed: best.changed, classification: best.classification };
}

export function describeSettings(settings: Record<string, SettingValue>): string {
  return Object.entries(settings).map(([k, v]) => `\`${k}: ${String(v)}\``).join(', ');
}
