/**
 * The `--fail` vocabulary: parsing a failure from its text, checking it against the
 * model, and printing it back in one canonical form.
 *
 *   region=aws:us-east-1              the whole region is lost
 *   zone=aws:us-east-1/2              zone 2 of the region is lost (zones are numbered from 1)
 *   partition=A,B|C                   regions A and B cannot reach C; unnamed regions sit with C
 *   node=NAME                         one node of a store (its leader) or one instance of a service crashes
 *   failover=STORE                    the store's leader fails over
 *   skew=aws:eu-west-1:500ms          the region's clocks are off by 500 ms
 *   down=SERVICE                      a service (or the outside system behind it) is down everywhere
 */
import { UsageError } from '../../errors.js';
import { lookup } from '../../model/lookup.js';
import type { SystemModel } from '../../model/types.js';
import { parseDuration } from '../../model/units.js';
import type { Failure } from './types.js';

export const FAILURE_SYNTAX = [
  'region=REGION', 'zone=REGION/N', 'partition=REGION,…|REGION,…', 'node=STORE|SERVICE',
  'failover=STORE', 'skew=REGION:DURATION', 'down=SERVICE',
];

function regionsOf(model: SystemModel): Set<string> {
  const all = new Set(model.regions.map((r) => r.id));
  for (const s of model.datastores) for (const r of s.regions) all.add(r);
  for (const s of model.services) for (const r of s.regions) all.add(r);
  for (const t of model.messaging) for (const r of t.regions) all.add(r);
  return all;
}

function fail(spec: string, why: string): never {
  throw new UsageError(`--fail ${spec}: ${why} (accepted: ${FAILURE_SYNTAX.join(', ')})`);
}

export function parseFailure(spec: string, model: SystemModel): Failure {
  const eq = spec.indexOf('=');
  if (eq < 1) fail(spec, 'expected KIND=TARGET');
  const kind = spec.slice(0, eq).trim();
  const value = spec.slice(eq + 1).trim();
  if (value === '') fail(spec, 'the target is empty');
  const regions = regionsOf(model);
  const region = (id: string): string => {
    if (!regions.has(id)) fail(spec, `unknown region '${id}' (this system uses ${[...regions].sort().join(', ')})`);
    return id;
  };
  const index = lookup(model);
  switch (kind) {
    case 'region':
      return { kind, region: region(value) };
    case 'zone': {
      const m = /^(.+)\/(\d+)$/.exec(value);
      if (!m) fail(spec, 'a zone is REGION/N, e.g. aws:us-east-1/1');
      const zone = Number(m[2]);
      if (zone < 1 || zone > 9) fail(spec, 'zones are numbered 1 to 9');
      return { kind, region: region(m[1]!), zone };
    }
    case 'partition': {
      const groups = value.split('|').map((g) => g.split(',').map((r) => r.trim()).filter(Boolean));
      if (groups.length !== 2 || groups[0]!.length === 0) fail(spec, 'a partition is REGION,…|REGION,… (the second group may be empty: the rest)');
      const a = groups[0]!.map(region);
      const named = groups[1]!.map(region);
      const overlap = a.filter((r) => named.includes(r));
      if (overlap.length) fail(spec, `region ${overlap.join(', ')} is on both sides`);
      const b = [...named, ...[...regions].filter((r) => !a.includes(r) && !named.includes(r)).sort()];
      if (b.length === 0) fail(spec, 'every region is on the first side, so nothing is cut off');
      return { kind, sides: [[...a].sort(), b.sort()] };
    }
    case 'node':
      if (!index.datastores.has(value) && !index.services.has(value) && !index.topics.has(value)) fail(spec, `no store, topic or service is named '${value}'`);
      return { kind, target: value };
    case 'failover':
      if (!index.datastores.has(value) && !index.topics.has(value)) fail(spec, `no store or topic is named '${value}'`);
      return { kind, store: value };
    case 'skew': {
      const at = value.lastIndexOf(':');
      let ms: number | undefined;
      try {
        ms = at > 0 ? parseDuration(value.slice(at + 1)) : undefined;
      } catch {
        ms = undefined;
      }
      if (ms === undefined || !Number.isFinite(ms)) fail(spec, 'a skew is REGION:DURATION, e.g. aws:eu-west-1:500ms');
      return { kind, region: region(value.slice(0, at)), ms };
    }
    case 'down':
      if (!index.services.has(value)) fail(spec, `no service is named '${value}'`);
      return { kind, service: value };
    default:
      return fail(spec, `unknown failure kind '${kind}'`);
  }
}

export function failureText(f: Failure): string {
  switch (f.kind) {
    case 'region': return `region=${f.region}`;
    case 'zone': return `zone=${f.region}/${f.zone}`;
    case 'partition': return `partition=${f.sides[0].join(',')}|${f.sides[1].join(',')}`;
    case 'node': return `node=${f.target}`;
    case 'failover': return `failover=${f.store}`;
    case 'skew': return `skew=${f.region}:${f.ms}ms`;
    case 'down': return `down=${f.service}`;
  }
}

export function scenarioId(failures: readonly Failure[]): string {
  return failures.length === 0 ? 'none' : failures.map(failureText).join(' + ');
}
