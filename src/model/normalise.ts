/**
 * Normalisation: a schema-valid document becomes the typed model. Units become
 * numbers, region ids are resolved, replicas are placed, defaults are filled in.
 * Problems that the schema cannot see (unknown regions, placement that does
 * not add up) are returned as issues with the path they concern.
 */
import { bool, list, obj, requirements, strings, type Raw } from './normalise-values.js';
import { datastore } from './normalise-stores.js';
import { collectSuppressions, dataset, lock, service, topic, workflow } from './normalise-nodes.js';
import type * as M from './types.js';
import type { EngineProfile } from '../knowledge/types.js';

export interface EngineDefaults {
  /** `replicas` counts per region (Cassandra's per-DC replication factor, for example). */
  replicasPerRegion: boolean;
  replicas: number;
}

export interface ModelContext {
  findRegion(id: string): M.Region | undefined;
  knownRegionIds(): string[];
  engineDefaults(engine: string): EngineDefaults;
  /** The engine's profile, to check data sets' own read/write settings; absent: not checked. */
  engineProfile?(engine: string): EngineProfile | undefined;
}

export interface Issue {
  path: string;
  message: string;
  code: string;
}

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
    messaging: list(raw['messaging']).map((t, i) => topic(t, `messaging[${i}]`, systemRegionIds, issues)),
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
