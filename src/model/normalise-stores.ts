/** Normalising data stores: engine defaults, regions and replica placement. */
import type { EngineDefaults, Issue, ModelContext } from './normalise.js';
import { obj, opt, strings, withRequirements, type Raw } from './normalise-values.js';
import { parsePercent } from './units.js';
import * as M from './types.js';

export function datastore(d: Raw, path: string, ctx: ModelContext, systemRegions: string[], issues: Issue[]): M.Datastore {
  const engine = String(d['engine']);
  const defaults = ctx.engineDefaults(engine);
  const regions = d['regions'] !== undefined ? strings(d['regions']) : systemRegions.slice(0, 1);
  const placement = place(d, path, regions, defaults, issues);
  const placed = Object.values(placement).reduce((a, b) => a + b, 0);
  const declared = typeof d['replicas'] === 'number' ? d['replicas'] : defaults.replicas;
  const replicas = regions.length ? placed : declared;
  const store: M.Datastore = { path, name: String(d['name']), engine, regions, replicas, placement, settings: obj(d['settings']) as M.Datastore['settings'] };
  for (const key of ['replication', 'topology', 'failover', 'conflictResolution'] as const) {
    if (typeof d[key] === 'string') (store as unknown as Raw)[key] = d[key];
  }
  const guarantee = declaredGuarantee(d, path, issues);
  if (guarantee) store.declared = guarantee;
  if (typeof d['zones'] === 'number') store.zones = d['zones'];
  const availability = opt(d['availability'], parsePercent);
  if (availability !== undefined) store.availability = availability;
  if (d['partitioning'] !== undefined) {
    const p = obj(d['partitioning']);
    store.partitioning = { strategy: p['strategy'] as M.PartitionStrategy };
    if (typeof p['key'] === 'string') store.partitioning.key = p['key'];
    if (typeof p['shards'] === 'number') store.partitioning.shards = p['shards'];
    if (typeof p['hotKeyMitigation'] === 'string') store.partitioning.hotKeyMitigation = p['hotKeyMitigation'];
    if (typeof p['monotonicKey'] === 'boolean') store.partitioning.monotonicKey = p['monotonicKey'];
  }
  return withRequirements(store, d['requirements']);
}

/** Replicas per region: explicit `placement`, the engine's per-region factor, or round-robin. */
function place(d: Raw, path: string, regions: string[], defaults: EngineDefaults, issues: Issue[]): Record<string, number> {
  const declared = typeof d['replicas'] === 'number' ? d['replicas'] : undefined;
  if (d['placement'] !== undefined) {
    const placement = Object.fromEntries(Object.entries(obj(d['placement'])).map(([k, v]) => [k, Number(v)]));
    for (const region of Object.keys(placement)) {
      if (!regions.includes(region)) issues.push({ path: `${path}.placement.${region}`, code: 'unknown-region', message: `placement names region '${region}', which is not in this store's regions (${regions.join(', ')})` });
    }
    const total = Object.values(placement).reduce((a, b) => a + b, 0);
    const expected = declared === undefined ? total : defaults.replicasPerRegion ? declared * regions.length : declared;
    if (total !== expected) issues.push({ path: `${path}.placement`, code: 'placement-mismatch', message: `placement adds up to ${total} replicas but replicas says ${expected}` });
    return placement;
  }
  const placement: Record<string, number> = Object.fromEntries(regions.map((r) => [r, 0]));
  if (regions.length === 0) return placement;
  if (defaults.replicasPerRegion) {
    for (const r of regions) placement[r] = declared ?? defaults.replicas;
    return placement;
  }
  const total = declared ?? Math.max(defaults.replicas, regions.length);
  for (let i = 0; i < total; i++) {
    const region = regions[i % regions.length]!;
    placement[region] = (placement[region] ?? 0) + 1;
  }
  return placement;
}


/**
 * `engine: custom` needs a `declared` block, and only `custom` may have one (a profiled
 * engine's class is derived from its settings, never declared over them).
 */
export function declaredGuarantee(d: Raw, path: string, issues: Issue[]): M.DeclaredGuarantee | undefined {
  const custom = d['engine'] === M.CUSTOM_ENGINE;
  if (d['declared'] === undefined) {
    if (custom) issues.push({ path: `${path}.engine`, code: 'custom-undeclared', message: 'engine: custom needs a `declared` block: pacelc, consistency and onPartition { reads, writes, ackedWritesLostOnFailover }' });
    return undefined;
  }
  if (!custom) {
    issues.push({ path: `${path}.declared`, code: 'declared-with-profile', message: `'${String(d['engine'])}' has a profile, so its classification is derived from its settings; \`declared\` is only for engine: custom` });
    return undefined;
  }
  const raw = obj(d['declared']);
  const p = obj(raw['onPartition']);
  const pacelc = raw['pacelc'] as M.DeclaredGuarantee['pacelc'];
  return {
    pacelc,
    ...(typeof raw['cap'] === 'string' ? { cap: raw['cap'] as 'AP' | 'CP' } : {}),
    consistency: raw['consistency'] as M.ConsistencyModel,
    onPartition: { reads: String(p['reads']), writes: String(p['writes']), ackedWritesLostOnFailover: p['ackedWritesLostOnFailover'] === true },
  };
}
