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

function locationOf(model: SystemModel, id: string): { lat: number; lon: number } | undefined {
  return model.regions.find((r) => r.id === id)?.location ?? findRegion(id)?.location;
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
  const readers = model.services.filter((s) => s.reads.includes(ds.name)).flatMap((s) => s.regions);
  const stepServices = new Set(model.workflows.flatMap((w) => w.steps.filter((st) => st.writes.includes(ds.name)).map((st) => st.service)));
  const writers = model.services.filter((s) => s.writes.includes(ds.name) || stepServices.has(s.name)).flatMap((s) => s.regions);
  return {
    readRegions: mapped(model, store, ds.access.readRegions ?? readers),
    writeRegions: mapped(model, store, ds.access.writeRegions ?? writers),
    declared: { reads: ds.access.readRegions !== undefined, writes: ds.access.writeRegions !== undefined },
  };
}
