import type { Leg } from '../../analysis/physics.js';
import type { Datastore } from '../../model/types.js';
import type { CheckFunction, CheckResult } from '../types.js';
import { coordinatesSynchronously } from './support/coordination.js';
import { modelRegionResolver, occupiedRegions } from './support/regions.js';
import { effectiveRequirements, tightest } from './support/requirements.js';
import { writeLatency } from './support/write-latency.js';
import { lookup } from '../../model/lookup.js';

type Bound = 'floor' | 'typical';

/**
 * The write latency SLA against the round trips a store's synchronous,
 * cross-region coordination needs. `bound: floor` reports what physics rules out
 * (the fibre floor alone is above the SLA); `bound: typical` what measured or
 * estimated round trips make unlikely while the floor still fits.
 */
export const quorumLatencyCheck: CheckFunction<{ bound: Bound }> = {
  name: 'quorum-latency',
  description: 'Reports multi-region stores whose write coordination needs more round-trip time than the write latency SLA allows.',
  optionsSchema: { type: 'object', properties: { bound: { enum: ['floor', 'typical'] } }, required: ['bound'], additionalProperties: false },
  run(node, options, ctx) {
    const store = node as Datastore;
    const regions = occupiedRegions(store.placement);
    if (regions.length < 2 || !coordinatesSynchronously(store)) return [];
    const resolve = modelRegionResolver(ctx.model);
    const storeReq: [string, Datastore['requirements']] = [`store '${store.name}' requirement`, store.requirements];
    const datasets = lookup(ctx.model).datasetsByStore.get(store.name) ?? [];
    const cases = datasets.length
      ? datasets.map((d) => ({ who: `data set '${d.name}'`, origins: d.access.writeRegions ?? [regions[0]!], req: effectiveRequirements(ctx.model, [`data set '${d.name}' requirement`, d.requirements], storeReq), own: d.requirements?.latency?.write ? `${d.path}.requirements.latency.write` : undefined }))
      : [{ who: `'${store.name}'`, origins: [regions[0]!], req: effectiveRequirements(ctx.model, storeReq), own: undefined }];
    const results: CheckResult[] = [];
    const seen = new Set<string>();
    for (const c of cases) {
      const sla = c.req.latency?.write ? tightest(c.req.latency.write) : undefined;
      if (!sla) continue;
      for (const from of c.origins) {
        const est = writeLatency(store, from, resolve);
        if (!est) continue;
        const over = options.bound === 'floor' ? est.floorMs > sla.ms : est.typicalMs > sla.ms && est.floorMs <= sla.ms;
        if (!over) continue;
        const path = c.own ?? `${store.path}.regions`;
        const all = options.bound === 'floor' ? est.dominant.floor : est.dominant.typical;
        const remote = all.filter((l) => l.from !== l.to);
        const legs = remote.length ? remote : all;
        const message =
          `a write to '${store.name}' (${c.who}) from ${from} needs ${est.waitsFor}, so it waits on ${legs.map(say).join(', then ')}; ` +
          `at least ${ms(est.floorMs)} by physics, ~${ms(est.typicalMs)} typical, against the write ${sla.percentile} SLA of ${ms(sla.ms)} (${c.req.from.write})` +
          (options.bound === 'floor' ? ': physics rules this out' : ': the SLA fits the fibre floor but not the typical round trips between these regions');
        const key = `${path}|${from}|${sla.ms}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const measured = est.dominant.typical.find((l) => l.typicalKind === 'measured');
        results.push({ path, message, ...(measured ? { references: [measured.typicalSource] } : {}) });
      }
    }
    return results;
  },
};

const ms = (x: number): string => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`;
const say = (l: Leg): string => `${l.from === l.to ? `a replica in ${l.to}` : `${l.from} → ${l.to}`} (floor ${ms(l.floorMs)}, typical ${ms(l.typicalMs)}${l.typicalKind === 'estimated' ? ' estimated' : ''})`;
