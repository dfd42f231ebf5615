/** Normalising data sets, services, topics, workflows and locks. */
import { bool, list, obj, opt, strings, withRequirements, type Raw } from './normalise-values.js';
import { parseDuration, parsePercent, parseRate, parseSize } from './units.js';
import type * as M from './types.js';
import type { Issue } from './normalise.js';
import { declaredGuarantee } from './normalise-stores.js';

export function dataset(d: Raw, path: string): M.Dataset {
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
  if (d['reads'] !== undefined) ds.reads = obj(d['reads']) as NonNullable<M.Dataset['reads']>;
  if (d['writes'] !== undefined) ds.writes = obj(d['writes']) as NonNullable<M.Dataset['writes']>;
  if (typeof d['consistency'] === 'string') ds.consistency = d['consistency'] as M.ConsistencyModel;
  const size = opt(d['size'], parseSize);
  if (size !== undefined) ds.size = size;
  return withRequirements(ds, d['requirements']);
}

export function service(s: Raw, path: string, systemRegions: string[]): M.Service {
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
    ...(c['kind'] === 'batch' || c['kind'] === 'file-drop' || c['kind'] === 'request' ? { kind: c['kind'] } : {}),
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

export function topic(t: Raw, path: string, systemRegions: string[], issues: Issue[] = []): M.Topic {
  const declared = declaredGuarantee(t, path, issues);
  return {
    ...(declared ? { declared } : {}),
    path,
    name: String(t['name']),
    engine: String(t['engine']),
    delivery: (t['delivery'] ?? 'at-least-once') as M.Delivery,
    ordering: (t['ordering'] ?? 'none') as M.Ordering,
    regions: t['regions'] !== undefined ? strings(t['regions']) : systemRegions.slice(0, 1),
    settings: obj(t['settings']) as M.Topic['settings'],
  };
}

export function workflow(w: Raw, path: string): M.Workflow {
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

export function lock(l: Raw, path: string): M.Lock {
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
export function collectSuppressions(node: unknown, path: string): M.Suppression[] {
  const out: M.Suppression[] = [];
  // The path as pieces, joined only where a suppression is found: most nodes have none,
  // and building every node's path string was most of this walk.
  const pieces: string[] = path ? [path] : [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        pieces.push(`[${i}]`);
        walk(value[i]);
        pieces.pop();
      }
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const key of Object.keys(value)) {
      const child = (value as Raw)[key];
      if (key === 'x-archcap-ignore') {
        const here = pieces.join('');
        for (const entry of list<unknown>(child)) {
          if (typeof entry === 'string') {
            const cut = entry.indexOf(':');
            out.push({ rule: entry.slice(0, cut).trim(), reason: entry.slice(cut + 1).trim(), path: here });
            continue;
          }
          const s = obj(entry);
          out.push({ rule: String(s['rule']), reason: String(s['reason']), path: here, ...(typeof s['until'] === 'string' ? { until: s['until'] } : {}) });
        }
      } else if (!key.startsWith('x-')) {
        pieces.push(pieces.length ? `.${key}` : key);
        walk(child);
        pieces.pop();
      }
    }
  };
  walk(node);
  return out;
}

