/**
 * Where a data set is read and written from, as regions of its store: declared
 * (`access.readRegions` / `access.writeRegions`), or else the regions of the services
 * (and workflow steps) that read or write it. A client region without a replica is
 * served by the store's nearest region, as drivers route to the closest data centre.
 */
import { findRegion } from '../knowledge/regions.js';
import type { Dataset, Datastore, SystemModel } from '../model/types.js';
import { greatCircleKm } from './physics.js';

export interface AccessRegions {
  /** Store regions the reads are served in; empty when nothing says. */
  readRegions: string[];
  writeRegions: string[];
  /** Whether each list was declared on the data set (else derived from the services). */
  declared: { reads: boolean; writes: boolean };
}

interface Users {
  readers: Map<string, string[]>;
  writers: Map<string, string[]>;
  locations: Map<string, { lat: number; lon: number } | undefined>;
}

/** Who reads and writes each data set, indexed once per model (look-ups per data set stay linear overall). */
const usersCache = new WeakMap<SystemModel, Users>();
function users(model: SystemModel): Users {
  let u = usersCache.get(model);
  if (u) return u;
  const readers = new Map<string, string[]>();
  const writers = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, ds: string, regions: string[]): void => {
    m.set(ds, [...(m.get(ds) ?? []), ...regions]);
  };
  const byName = new Map(model.services.map((s) => [s.name, s]));
  for (const s of model.services) {
    for (const d of s.reads) add(readers, d, s.regions);
    for (const d of s.writes) add(writers, d, s.regions);
  }
  for (const w of model.workflows) for (const st of w.steps) for (const d of st.writes) add(writers, d, byName.get(st.service)?.regions ?? []);
  u = { readers, writers, locations: new Map(model.regions.map((r) => [r.id, r.location])) };
  usersCache.set(model, u);
  return u;
}

function locationOf(model: SystemModel, id: string): { lat: number; lon: number } | undefined {
  return users(model).locations.get(id) ?? findRegion(id)?.location;
}

/** The store region that serves a client in `region`: the region itself, else the nearest by great-circle distance. */
function servedBy(model: SystemModel, store: Datastore, region: string): string | undefined {
  if (store.regions.includes(region)) return region;
  const from = locationOf(model, region);
  if (!from) return undefined;
  let best: { id: string; km: number } | undefined;
  for (const candidate of store.regions) {
    const at = locationOf(model, candidate);
    if (!at) continue;
    const km = greatCircleKm(from, at);
    if (!best || km < best.km) best = { id: candidate, km };
  }
  return best?.id;
}

function mapped(model: SystemModel, store: Datastore, regions: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const r of regions) {
    const s = servedBy(model, store, r);
    if (s) out.add(s);
  }
  return store.regions.filter((r) => out.has(r));
}

export function accessRegions(ds: Dataset, store: Datastore, model: SystemModel): AccessRegions {
  const u = users(model);
  const readers = u.readers.get(ds.name) ?? [];
  const writers = u.writers.get(ds.name) ?? [];
  return {
    readRegions: mapped(model, store, ds.access.readRegions ?? readers),
    writeRegions: mapped(model, store, ds.access.writeRegions ?? writers),
    declared: { reads: ds.access.readRegions !== undefined, writes: ds.access.writeRegions !== undefined },
  };
}
