/**
 * The scenarios `simulate --all` runs: the loss of each zone, of each region, and each
 * partition that cuts one region off from the rest (for two regions, the one partition
 * between them), as far as the system's placement has them.
 */
import type { SystemModel } from '../../model/types.js';
import type { Failure } from './types.js';
import { allRegions, zonesIn } from './world.js';

/** Zones used in each region: the most any store or service there spreads over. */
function zonesByRegion(model: SystemModel): Map<string, number> {
  const zones = new Map<string, number>();
  const note = (region: string, n: number): void => { zones.set(region, Math.max(zones.get(region) ?? 0, n)); };
  for (const s of model.datastores) for (const r of s.regions) if ((s.placement[r] ?? 0) > 0) note(r, zonesIn(s.placement[r] ?? 0, s.zones));
  for (const s of model.services) for (const r of s.regions) note(r, zonesIn(s.instances, s.zones));
  return zones;
}

export function scenarioMatrix(model: SystemModel): Failure[][] {
  const regions = allRegions(model);
  const out: Failure[][] = [];
  for (const [region, n] of [...zonesByRegion(model)].sort(([a], [b]) => a.localeCompare(b))) {
    for (let z = 1; z <= n; z++) out.push([{ kind: 'zone', region, zone: z }]);
  }
  for (const region of regions) out.push([{ kind: 'region', region }]);
  if (regions.length === 2) out.push([{ kind: 'partition', sides: [[regions[0]!], [regions[1]!]] }]);
  else if (regions.length > 2) {
    for (const region of regions) out.push([{ kind: 'partition', sides: [[region], regions.filter((r) => r !== region)] }]);
  }
  return out;
}
