/** Answers → the plain object of the system YAML, keys in the order a reader expects. */
import type { Answers, CallAnswers, ServiceAnswers, StoreAnswers } from './answers.js';

type Raw = Record<string, unknown>;

/** Drop what carries no information: undefined, empty lists, empty objects. */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value && typeof value === 'object') {
    const out: Raw = {};
    for (const [k, v] of Object.entries(value)) {
      const c = compact(v);
      const empty = c === undefined || (Array.isArray(c) && c.length === 0) || (c !== null && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0);
      if (!empty) out[k] = c;
    }
    return out;
  }
  return value;
}

const store = (s: StoreAnswers): Raw => ({
  name: s.name,
  engine: s.engine,
  regions: s.regions,
  replicas: s.replicas,
  topology: s.topology,
  replication: s.replication,
  failover: s.failover,
  conflictResolution: s.conflictResolution,
  settings: s.settings,
});

const call = (c: CallAnswers): Raw => ({
  service: c.service,
  timeout: c.timeout,
  retries: c.retries && c.retries.attempts > 1 ? { attempts: c.retries.attempts, backoff: c.retries.backoff, jitter: c.retries.jitter } : undefined,
  idempotent: c.idempotent,
  idempotencyKey: c.idempotencyKey || undefined,
});

const service = (s: ServiceAnswers): Raw => ({
  name: s.name,
  regions: s.regions,
  instances: s.instances,
  calls: s.calls?.map(call),
  reads: s.reads,
  writes: s.writes,
  publishes: s.publishes?.map((p) => ({ topic: p.topic, via: p.via })),
});

/** Findings accepted during the interview stay with their item. */
const IGNORE = 'x-archcap-ignore';
function keepIgnores(raw: Raw, a: Answers): Raw {
  const src = a as unknown as Raw;
  if (src[IGNORE] !== undefined) raw[IGNORE] = src[IGNORE];
  for (const list of ['datastores', 'datasets', 'messaging', 'services', 'workflows', 'locks', 'consumers']) {
    const from = src[list];
    const to = raw[list];
    if (!Array.isArray(from) || !Array.isArray(to)) continue;
    from.forEach((item, i) => {
      const ignore = (item as Raw)[IGNORE];
      if (ignore !== undefined && to[i]) (to[i] as Raw)[IGNORE] = ignore;
    });
  }
  return raw;
}

export function toRaw(a: Answers): Raw {
  return keepIgnores(toRawItems(a), a);
}

function toRawItems(a: Answers): Raw {
  const r = a.requirements ?? {};
  return compact({
    version: 1,
    name: a.name,
    description: a.description,
    regions: a.regions,
    requirements: {
      availability: r.availability,
      latency: r.latency,
      rpo: r.rpo,
      rto: r.rto,
      tolerate: r.tolerate,
      partitionPreference: r.partitionPreference,
    },
    datastores: a.datastores?.map(store),
    datasets: a.datasets?.map((d) => ({ name: d.name, store: d.store, consistency: d.consistency, invariants: d.invariants, access: d.access, size: d.size, residency: d.residency, requirements: d.requirements })),
    messaging: a.messaging?.map((t) => ({ name: t.name, engine: t.engine, delivery: t.delivery, ordering: t.ordering, settings: t.settings })),
    services: a.services?.map(service),
    workflows: a.workflows?.map((w) => ({
      name: w.name,
      atomicity: w.atomicity,
      protocol: w.protocol,
      steps: w.steps.map((s) => ({ name: s.name, service: s.service, external: s.external || undefined, compensation: s.compensation })),
    })),
    locks: a.locks?.map((l) => ({ name: l.name, store: l.store, guards: l.guards, leaseTtl: l.leaseTtl, fencing: l.fencing, purpose: l.purpose, algorithm: l.algorithm })),
    consumers: a.consumers?.map((c) => ({ service: c.service, topic: c.topic, idempotent: c.idempotent })),
  }) as Raw;
}
