import { analyseFaultTolerance, type LossOutcome } from '../../analysis/fault-tolerance.js';
import type { Datastore } from '../../model/types.js';
import type { CheckFunction, CheckResult } from '../types.js';
import { majorityReason } from './support/coordination.js';
import { occupiedRegions } from './support/regions.js';
import { effectiveRequirements } from './support/requirements.js';

/**
 * Losing the worst `tolerate.regions` regions (or `tolerate.zones` zones) of a
 * store's placement must leave a majority (stores that need one) or at least a
 * copy (the rest).
 */
export const regionLoss: CheckFunction<Record<string, never>> = {
  name: 'region-loss',
  description: "Reports stores whose placement cannot survive the region or zone losses the requirements ask for.",
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const store = node as Datastore;
    const req = effectiveRequirements(ctx.model, [`store '${store.name}' requirement`, store.requirements]);
    const { regions, zones } = req.tolerate;
    if ((regions < 1 && zones < 1) || occupiedRegions(store.placement).length === 0) return [];
    const why = majorityReason(store);
    const report = analyseFaultTolerance(
      { placement: store.placement, ...(store.zones !== undefined ? { zones: store.zones } : {}) },
      { nodes: 1, regions: Math.max(1, regions), zones: Math.max(1, zones) },
    );
    const results: CheckResult[] = [];
    for (const [kind, k, outcome] of [['region', regions, report.region], ['zone', zones, report.zone]] as const) {
      if (k < 1) continue;
      const broken = why ? !outcome.survives : !outcome.copyRemains;
      if (!broken) continue;
      results.push({ path: `${store.path}.placement`, message: describe(store, kind, k, outcome, report.replicas, report.quorum, why, req.from.tolerate) });
    }
    return results;
  },
};

function describe(store: Datastore, kind: string, k: number, o: LossOutcome, n: number, quorum: number, why: string | undefined, from: string): string {
  const asked = `tolerate.${kind}s: ${k}, ${from}`;
  const lost = o.lost.join(' + ');
  if (!why || !o.copyRemains) {
    return `'${store.name}' keeps all ${n} replica${n === 1 ? '' : 's'} where losing ${lost} takes every copy with it, yet it must survive ${k} ${kind} loss${k === 1 ? '' : 'es'} (${asked})`;
  }
  const domains = kind === 'region' ? occupiedRegions(store.placement).length : undefined;
  const hint = domains === 2 ? '; two regions cannot keep a majority through the loss of either: use three (or two and a witness)' : '';
  const single = o.breaking.length ? ` (single ${kind}s whose loss breaks it: ${o.breaking.join(', ')})` : '';
  return `losing ${lost} leaves '${store.name}' ${o.remaining} of ${n} replicas, short of the majority of ${quorum} (${why})${single}, yet it must survive ${k} ${kind} loss${k === 1 ? '' : 'es'} (${asked})${hint}`;
}
