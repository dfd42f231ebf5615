/**
 * Querying the region knowledge base: where a region is, which jurisdictions it
 * lies in, and the measured round trip between two regions where one is published.
 */
import { regionsKnowledge } from './regions-load.js';
import type { CustomRegion, RegionInfo, TypicalRtt } from './regions-types.js';

export type { CustomRegion, LatLon, RegionInfo, TypicalRtt } from './regions-types.js';

/**
 * A known region by id (`aws:us-east-1`), or a custom one when `custom` gives its
 * location. A known id wins over `custom`. Undefined when neither applies.
 */
export function findRegion(id: string, custom?: CustomRegion): RegionInfo | undefined {
  const known = regionsKnowledge().regions.get(id);
  if (known) return known;
  if (!custom) return undefined;
  return {
    id,
    name: custom.name ?? id,
    displayName: custom.name ?? id,
    location: { lat: custom.location.lat, lon: custom.location.lon },
    jurisdictions: custom.jurisdictions ?? [],
    source: 'given in the system description',
  };
}

/** Every known region id, sorted. */
export function knownRegionIds(): string[] {
  return [...regionsKnowledge().regions.keys()].sort();
}

/**
 * The measured median round trip between two regions of the same provider, where
 * published (AWS only, today). The matrix is directional; the two directions are
 * averaged, since a round trip is the same path both ways. For `a === b` it is the
 * round trip between the region's zones.
 */
export function typicalRtt(a: string, b: string): TypicalRtt | undefined {
  const { regions, rtt } = regionsKnowledge();
  const ra = regions.get(a);
  const rb = regions.get(b);
  if (!ra || !rb || ra.provider === undefined || ra.provider !== rb.provider) return undefined;
  const matrix = rtt.get(ra.provider);
  if (!matrix) return undefined;
  const there = matrix.data[ra.name]?.[rb.name];
  const back = matrix.data[rb.name]?.[ra.name];
  const both = [there, back].filter((ms): ms is number => ms !== undefined);
  if (both.length === 0) return undefined;
  const ms = both.reduce((s, x) => s + x, 0) / both.length;
  return { ms: Math.round(ms * 100) / 100, source: matrix.source };
}

/** A region as a system description declares it: an id, and a location for a custom one. */
export interface DeclaredRegion {
  id: string;
  name?: string;
  location?: { lat: number; lon: number };
  jurisdictions?: string[];
}

/**
 * A lookup for the analysis functions: known regions, plus the custom regions a
 * system declares with a location. A declared location never moves a known region.
 */
export function regionResolver(declared: readonly DeclaredRegion[] = []): (id: string) => RegionInfo | undefined {
  const custom = new Map(declared.filter((r) => r.location).map((r) => [r.id, r]));
  return (id) => {
    const d = custom.get(id);
    return findRegion(id, d?.location ? { location: d.location, ...(d.jurisdictions ? { jurisdictions: d.jurisdictions } : {}), ...(d.name ? { name: d.name } : {}) } : undefined);
  };
}
