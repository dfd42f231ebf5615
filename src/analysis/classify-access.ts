/**
 * A data set's own path: its store's configuration, overridden by the settings the data
 * set's reads and writes choose (`reads:` / `writes:`, names from the engine profile's
 * `operations:`), and evaluated for the regions it is actually read and written from.
 * When unmet, it also says why (the profile rule's `cause`, checked by applying the
 * cause's fix) and where in the YAML that cause sits, so exactly one rule reports it.
 */
import type { EngineProfile, KnowledgeBase } from '../knowledge/types.js';
import type { Dataset, Datastore, SettingValue, SystemModel } from '../model/types.js';
import { accessRegions, type AccessRegions } from './access-regions.js';
import { type DatasetClassification, type DecidedBy, explain, type Verdict, verdictOf, type Weakness } from './classify-dataset.js';
import { classifyDatastore, classifyShape, classifyUnnamedShape, engineOf, optInSettings, type StoreClassification } from './classify-store.js';

type Settings = Record<string, SettingValue>;

/** The data set's `reads.*` / `writes.*` as the store settings they override, with the YAML path of each. */
export function accessOverrides(ds: Dataset, engine: EngineProfile): { settings: Settings; paths: Record<string, string> } {
  const settings: Settings = {};
  const paths: Record<string, string> = {};
  for (const kind of ['reads', 'writes'] as const) {
    for (const [name, value] of Object.entries(ds[kind] ?? {})) {
      const op = engine.operations[kind][name];
      if (!op) continue;
      settings[op.setting] = value;
      paths[op.setting] = `${ds.path}.${kind}.${name}`;
    }
  }
  return { settings, paths };
}

function regionIndices(store: Datastore, regions: AccessRegions): { writers: number[]; readers: number[] } | undefined {
  if (store.regions.length < 2 || regions.readRegions.length === 0 || regions.writeRegions.length === 0) return undefined;
  const at = (list: string[]): number[] => list.map((r) => store.regions.indexOf(r)).filter((i) => i >= 0);
  return { writers: at(regions.writeRegions), readers: at(regions.readRegions) };
}

function decided(store: string, withSettings: string, full: string): DecidedBy {
  const bySettings = withSettings !== store;
  const byRegions = full !== withSettings;
  if (bySettings && byRegions) return 'access-settings-and-regions';
  if (bySettings) return 'access-settings';
  if (byRegions) return 'access-regions';
  return 'store';
}

interface Path {
  ds: Dataset;
  store: Datastore;
  engine: EngineProfile;
  settings: Settings;
  overridePaths: Record<string, string>;
  access: { writers: number[]; readers: number[] } | undefined;
  regions: AccessRegions;
  decidedBy: DecidedBy;
}

/** The YAML path of a cause: the data set's own setting, its regions, one store setting that alone fixes it, or the store's settings as a whole. */
function whereCaused(p: Path, fix: Settings, fixes: (partial: Settings) => boolean): string {
  const current = (k: string): SettingValue | undefined => p.settings[k] ?? p.engine.settings[k]?.default;
  const differing = Object.keys(fix).filter((k) => String(current(k)) !== String(fix[k]));
  const alone = differing.filter((k) => fixes({ [k]: fix[k]! }));
  const own = [...alone, ...differing].find((k) => p.overridePaths[k] !== undefined);
  if (own) return p.overridePaths[own]!;
  if (p.decidedBy === 'access-regions' || p.decidedBy === 'access-settings-and-regions') {
    if (p.regions.declared.reads) return `${p.ds.path}.access.readRegions`;
    if (p.regions.declared.writes) return `${p.ds.path}.access.writeRegions`;
    return p.ds.path;
  }
  const key = alone.find((k) => p.store.settings[k] !== undefined) ?? alone[0] ?? (differing.length === 1 ? differing[0] : undefined);
  return key === undefined ? `${p.store.path}.settings` : `${p.store.path}.settings.${key}`;
}

function weaknessOf(p: Path, given: StoreClassification, v: Verdict, kb: KnowledgeBase): { weakness: Weakness; weakAt: string } {
  const ruleId = given.rule.slice(p.engine.id.length + 1);
  const cause = p.engine.rules.find((r) => r.id === ruleId)?.cause;
  const fixes = (partial: Settings): boolean =>
    verdictOf(p.ds, classifyShape(p.engine, { ...p.store, settings: { ...p.settings, ...partial }, ...(p.access ? { access: p.access } : {}) }), kb).satisfied;
  if (cause && fixes(cause.fix)) return { weakness: cause.kind, weakAt: whereCaused(p, cause.fix, fixes) };
  const topology = p.store.topology ?? p.engine.topology;
  const uncoordinated = given.cap === 'AP' || topology === 'multi-leader' || topology === 'leaderless';
  const first = v.unmetInvariants[0];
  if (v.requiresFrom === 'invariants' && uncoordinated && first !== undefined) {
    return { weakness: 'coordination', weakAt: `${p.ds.path}.invariants[${p.ds.invariants.indexOf(first)}]` };
  }
  return { weakness: 'model', weakAt: v.requiresFrom === 'declared' ? `${p.ds.path}.consistency` : `${p.ds.path}.invariants` };
}

/** The classification of one data set on its own path (store × its settings × its regions). */
export function classifyDatasetAccess(ds: Dataset, store: Datastore, storeClass: StoreClassification, model: SystemModel, kb: KnowledgeBase): { row: DatasetClassification; given: StoreClassification } {
  const engine = engineOf(store.engine, kb);
  const optIn = optInSettings(engine);
  const base = Object.fromEntries(Object.entries(store.settings).filter(([k]) => !optIn.has(k)));
  const overrides = accessOverrides(ds, engine);
  const settings = { ...base, ...overrides.settings };
  const regions = accessRegions(ds, store, model);
  const access = regionIndices(store, regions);
  const target = { ...store, settings };
  // Without settings of its own the data set's settings path is the store's default path (already classified).
  const withSettings = Object.keys(overrides.settings).length === 0 ? storeClass : classifyShape(engine, target);
  const given = access ? classifyShape(engine, { ...target, access }) : withSettings;
  const decidedBy = decided(storeClass.rule, withSettings.rule, given.rule);
  const v = verdictOf(ds, given, kb);
  const path: Path = { ds, store, engine, settings, overridePaths: overrides.paths, access, regions, decidedBy };
  const own = decidedBy === 'store' ? '' : ` On its own path (${decidedBy.replace(/-/g, ' ')}): ${given.explanation}`;
  const row: DatasetClassification = {
    name: ds.name,
    path: ds.path,
    store: ds.store,
    requires: v.requires,
    requiresFrom: v.requiresFrom,
    provided: given.consistency,
    satisfied: v.satisfied,
    explanation: `${explain(ds, { name: decidedBy === 'store' ? given.name : `its own path on ${given.name}`, consistency: given.consistency }, v)}${own}`,
    models: given.models,
    decidedBy,
    rule: given.rule,
    storeRule: storeClass.rule,
    accessSettings: overrides.settings,
    readRegions: regions.readRegions,
    writeRegions: regions.writeRegions,
    unmetInvariants: v.unmetInvariants,
    ...(v.satisfied ? {} : weaknessOf(path, given, v, kb)),
  };
  return { row, given };
}

/**
 * A data set's path with the store settings left open: everything that does not depend on
 * them (its own overrides, its regions) is worked out once, so searching many candidate
 * store settings (the recommender) classifies each candidate only once per data set.
 */
export function datasetPathFor(ds: Dataset, store: Datastore, model: SystemModel, kb: KnowledgeBase): (settings: Settings) => Readonly<Omit<StoreClassification, 'name' | 'path'>> {
  // A declared (engine: custom) store: no settings can change what it declares.
  if (!kb.engines.has(store.engine)) return () => classifyDatastore(store, kb);
  const engine = engineOf(store.engine, kb);
  const optIn = optInSettings(engine);
  const overrides = accessOverrides(ds, engine).settings;
  const access = regionIndices(store, accessRegions(ds, store, model));
  const { regions, replicas, placement, replication, topology, failover, conflictResolution } = store;
  const shape = { regions, replicas, placement, replication, topology, failover, conflictResolution, ...(access ? { access } : {}) };
  return (settings) => {
    const chosen: Settings = {};
    for (const k of Object.keys(settings)) if (!optIn.has(k)) chosen[k] = settings[k]!;
    return classifyUnnamedShape(engine, { ...shape, settings: Object.assign(chosen, overrides) });
  };
}
