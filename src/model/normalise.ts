/**
 * Normalisation: a schema-valid document becomes the typed model. Units become
 * numbers, region ids are resolved, replicas are placed, defaults are filled in.
 * Problems that the schema cannot see (unknown regions, placement that does
 * not add up) are returned as issues with the path they concern.
 */
import { parseDuration, parsePercent, parseRate, parseSize } from './units.js';
import type * as M from './types.js';

export interface EngineDefaults {
  /** `replicas` counts per region (Cassandra's per-DC replication factor, for example). */
  replicasPerRegion: boolean;
  replicas: number;
}

export interface ModelContext {
  findRegion(id: string): M.Region | undefined;
  knownRegionIds(): string[];
  engineDefaults(engine: string): EngineDefaults;
}

export interface Issue {
  path: string;
  message: string;
  code: string;
}

type Raw = Record<string, unknown>;
const list = <T = Raw>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
const strings = (v: unknown): string[] => list<unknown>(v).map(String);
const obj = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
const opt = <T>(v: unknown, f: (x: string) => T): T | undefined => (typeof v === 'string' ? f(v) : undefined);
const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

export function normalise(raw: Raw, ctx: ModelContext): { model: M.SystemModel; issues: Issue[] } {
  const issues: Issue[] = [];
  const regions = resolveRegions(raw, ctx, issues);
  const systemRegionIds = regions.map((r) => r.id);
  const model: M.SystemModel = {
    version: 1,
    name: String(raw['name']),
    ...(typeof raw['description'] === 'string' ? { description: raw['description'] } : {}),
    regions,
    requirements: { tolerate: { nodes: 0, zones: 0, regions: 0 }, ...requirements(raw['requirements']) },
    datastores: list(raw['datastores']).map((d, i) => datastore(d, `datastores[${i}]`, ctx, systemRegionIds, issues)),
    datasets: list(raw['datasets']).map((d, i) => dataset(d, `datasets[${i}]`)),
    services: list(raw['services']).map((s, i) => service(s, `services[${i}]`, systemRegionIds)),
    messaging: list(raw['messaging']).map((t, i) => topic(t, `messaging[${i}]`, systemRegionIds)),
    workflows: list(raw['workflows']).map((w, i) => workflow(w, `workflows[${i}]`)),
    locks: list(raw['locks']).map((l, i) => lock(l, `locks[${i}]`)),
    consumers: list(raw['consumers']).map((c, i) => ({
      path: `consumers[${i}]`,
      service: String(c['service']),
      topic: String(c['topic']),
      idempotent: bool(c['idempotent'], false),
    })),
    suppressions: collectSuppressions(raw, ''),
  };
  return { model, issues };
}

function resolveRegions(raw: Raw, ctx: ModelContext, issues: Issue[]): M.Region[] {
  const out: M.Region[] = [];
  list<unknown>(raw['regions']).forEach((entry, i) => {
    const path = `regions[${i}]`;
    if (typeof entry === 'string') {
      const region = ctx.findRegion(entry);
      if (region) out.push(region);
      else issues.push({ path, code: 'unknown-region', message: unknownRegion(entry, ctx) });
    } else {
      const e = obj(entry);
      const loc = obj(e['location']);
      out.push({
        id: String(e['id']),
        name: String(e['id']),
        location: { lat: Number(loc['lat']), lon: Number(loc['lon']) },
        jurisdictions: strings(e['jurisdictions']),
      });
    }
  });
  return out;
}

export function unknownRegion(id: string, ctx: ModelContext): string {
  const provider = id.includes(':') ? id.split(':')[0] : undefined;
  const known = ctx.knownRegionIds().filter((k) => !provider || k.startsWith(`${provider}:`));
  const shown = known.slice(0, 12).join(', ') + (known.length > 12 ? `, … (${known.length} in all; see \`archcap latency --list\`)` : '');
  return `unknown region '${id}'${known.length ? `; known${provider ? ` ${provider}` : ''} regions: ${shown}` : ''}; a custom region needs { id, location: { lat, lon } } in the top-level regions`;
}

function requirements(v: unknown): Partial<M.Requirements> {
  if (v === undefined) return {};
  const r = obj(v);
  const lat = obj(r['latency']);
  const percentiles = (p: unknown): M.Percentiles => {
    const o = obj(p);
    const out: M.Percentiles = {};
    for (const k of ['p50', 'p90', 'p95', 'p99', 'p999'] as const) if (typeof o[k] === 'string') out[k] = parseDuration(o[k]);
    return out;
  };
  const out: Partial<M.Requirements> = {};
  const availability = opt(r['availability'], parsePercent);
  if (availability !== undefined) out.availability = availability;
  if (r['latency'] !== undefined) {
    out.latency = {};
    if (lat['read'] !== undefined) out.latency.read = percentiles(lat['read']);
    if (lat['write'] !== undefined) out.latency.write = percentiles(lat['write']);
  }
  const rpo = opt(r['rpo'], parseDuration);
  if (rpo !== undefined) out.rpo = rpo;
  const rto = opt(r['rto'], parseDuration);
  if (rto !== undefined) out.rto = rto;
  if (r['tolerate'] !== undefined) {
    const t = obj(r['tolerate']);
    out.tolerate = { nodes: Number(t['nodes'] ?? 0), zones: Number(t['zones'] ?? 0), regions: Number(t['regions'] ?? 0) };
  }
  if (typeof r['partitionPreference'] === 'string') out.partitionPreference = r['partitionPreference'] as M.PartitionPreference;
  return out;
}

function withRequirements<T extends object>(node: T, v: unknown): T & { requirements?: Partial<M.Requirements> } {
  return v === undefined ? node : { ...node, requirements: requirements(v) };
}

function datastore(d: Raw, path: string, ctx: ModelContext, systemRegions: string[], issues: Issue[]): M.Datastore {
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

function dataset(d: Raw, path: string): M.Dataset {
  const a = obj(d['access']);
  const access: M.Access = {};
  const reads = opt(a['reads'], parseRate);
  if (reads !== undefined) access.reads = reads;
  const writes = opt(a['writes'], parseRate);
  if (writes !== undefined) access.writes = writes;
  if (typeof a['pattern'] === 'string') access.pattern = a['pattern'] as M.AccessPattern;
  if (typeof a['hotKeys'] === 'boolean') access.hotKeys = a['hotKeys'];
  if (a['writeRegions'] !== undefined) access.writeRegions = strings(a['writeRegions']);
  if (a['readRegions'] !== undefined) access.readRegions = strings(a['readRegions']);
  const ds: M.Dataset = { path, name: String(d['name']), store: String(d['store']), invariants: strings(d['invariants']) as M.Invariant[], access, residency: strings(d['residency']) };
  if (typeof d['consistency'] === 'string') ds.consistency = d['consistency'] as M.ConsistencyModel;
  const size = opt(d['size'], parseSize);
  if (size !== undefined) ds.size = size;
  return withRequirements(ds, d['requirements']);
}

function service(s: Raw, path: string, systemRegions: string[]): M.Service {
  const svc: M.Service = {
    path,
    name: String(s['name']),
    regions: s['regions'] !== undefined ? strings(s['regions']) : systemRegions.slice(0, 1),
    instances: typeof s['instances'] === 'number' ? s['instances'] : 1,
    calls: list(s['calls']).map((c, i) => call(c, `${path}.calls[${i}]`)),
    reads: strings(s['reads']),
    writes: strings(s['writes']),
    publishes: list<unknown>(s['publishes']).map((p, i) => {
      const at = `${path}.publishes[${i}]`;
      return typeof p === 'string' ? { path: at, topic: p, via: 'direct' as const } : { path: at, topic: String(obj(p)['topic']), via: (obj(p)['via'] ?? 'direct') as M.PublishVia };
    }),
  };
  if (typeof s['zones'] === 'number') svc.zones = s['zones'];
  const availability = opt(s['availability'], parsePercent);
  if (availability !== undefined) svc.availability = availability;
  return withRequirements(svc, s['requirements']);
}

function call(c: Raw, path: string): M.Call {
  const out: M.Call = {
    path,
    service: String(c['service']),
    idempotent: bool(c['idempotent'], false),
    idempotencyKey: bool(c['idempotencyKey'], false),
    mode: c['mode'] === 'async' ? 'async' : 'sync',
    circuitBreaker: bool(c['circuitBreaker'], false),
  };
  const timeout = opt(c['timeout'], parseDuration);
  if (timeout !== undefined) out.timeout = timeout;
  if (c['retries'] !== undefined) {
    const r = obj(c['retries']);
    const retries: M.Retries = {
      attempts: Number(r['attempts']),
      backoff: (r['backoff'] ?? 'none') as M.Backoff,
      jitter: (r['jitter'] ?? 'none') as M.Jitter,
    };
    const base = opt(r['baseDelay'], parseDuration);
    if (base !== undefined) retries.baseDelay = base;
    const max = opt(r['maxDelay'], parseDuration);
    if (max !== undefined) retries.maxDelay = max;
    const budget = opt(r['budget'], parsePercent);
    if (budget !== undefined) retries.budget = budget;
    out.retries = retries;
  }
  return out;
}

function topic(t: Raw, path: string, systemRegions: string[]): M.Topic {
  return {
    path,
    name: String(t['name']),
    engine: String(t['engine']),
    delivery: (t['delivery'] ?? 'at-least-once') as M.Delivery,
    ordering: (t['ordering'] ?? 'none') as M.Ordering,
    regions: t['regions'] !== undefined ? strings(t['regions']) : systemRegions.slice(0, 1),
    settings: obj(t['settings']) as M.Topic['settings'],
  };
}

function workflow(w: Raw, path: string): M.Workflow {
  const wf: M.Workflow = {
    path,
    name: String(w['name']),
    atomicity: (w['atomicity'] ?? 'all-or-nothing') as M.Workflow['atomicity'],
    steps: list(w['steps']).map((s, i) => {
      const step: M.WorkflowStep = {
        path: `${path}.steps[${i}]`,
        name: String(s['name']),
        service: String(s['service']),
        writes: strings(s['writes']),
        external: bool(s['external'], false),
        retriable: bool(s['retriable'], false),
        pivot: bool(s['pivot'], false),
      };
      if (typeof s['compensation'] === 'string') step.compensation = s['compensation'];
      return step;
    }),
  };
  if (typeof w['protocol'] === 'string') wf.protocol = w['protocol'] as M.WorkflowProtocol;
  return wf;
}

function lock(l: Raw, path: string): M.Lock {
  const out: M.Lock = {
    path,
    name: String(l['name']),
    store: String(l['store']),
    fencing: bool(l['fencing'], false),
    purpose: (l['purpose'] ?? 'correctness') as M.Lock['purpose'],
    algorithm: (l['algorithm'] ?? 'single-instance') as M.Lock['algorithm'],
  };
  if (typeof l['guards'] === 'string') out.guards = l['guards'];
  const ttl = opt(l['leaseTtl'], parseDuration);
  if (ttl !== undefined) out.leaseTtl = ttl;
  return out;
}

/** Every `x-archcap-ignore` in the document, with the path of the node it sits on. */
function collectSuppressions(node: unknown, path: string): M.Suppression[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => collectSuppressions(item, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const out: M.Suppression[] = [];
  for (const [key, value] of Object.entries(node as Raw)) {
    if (key === 'x-archcap-ignore') {
      for (const s of list(value)) {
        out.push({ rule: String(s['rule']), reason: String(s['reason']), path, ...(typeof s['until'] === 'string' ? { until: s['until'] } : {}) });
      }
    } else if (!key.startsWith('x-')) {
      out.push(...collectSuppressions(value, path ? `${path}.${key}` : key));
    }
  }
  return out;
}
