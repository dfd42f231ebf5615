/** Regions as the system declares them: known cloud regions and custom ones with a location. */
import type { RegionResolver } from '../../../analysis/physics.js';
import { findRegion } from '../../../knowledge/regions.js';
import type { SystemModel } from '../../../model/types.js';

/** Resolves known ids from the knowledge base and custom ids from the model's `regions`. */
export function modelRegionResolver(model: SystemModel): RegionResolver {
  const custom = new Map(model.regions.filter((r) => r.location && !findRegion(r.id)).map((r) => [r.id, r]));
  return (id) => {
    const c = custom.get(id);
    return c?.location ? findRegion(id, { location: c.location, jurisdictions: c.jurisdictions }) : findRegion(id);
  };
}

/** Jurisdictions of a region (custom regions: as declared); empty when unknown. */
export function jurisdictionsOf(model: SystemModel, id: string): string[] {
  return model.regions.find((r) => r.id === id)?.jurisdictions ?? findRegion(id)?.jurisdictions ?? [];
}

/** Regions that hold at least one replica, in placement order. */
export function occupiedRegions(placement: Readonly<Record<string, number>>): string[] {
  return Object.entries(placement).filter(([, n]) => n > 0).map(([r]) => r);
}
