/**
 * The requirements that apply to one node: the most specific declaration wins
 * (a data set's over its store's over the system's), field by field.
 */
import type { Percentiles, Requirements, SystemModel } from '../../../model/types.js';

type Partial_ = Partial<Requirements> | undefined;

export interface Effective extends Requirements {
  /** Where each field came from, for messages: `system`, `store 'ledger'`, … */
  from: { availability?: string; tolerate: string; write?: string };
}

/** Merge `specific` (most specific first, each labelled) over the system's requirements. */
export function effectiveRequirements(model: SystemModel, ...specific: Array<[string, Partial_]>): Effective {
  const levels: Array<[string, Partial_]> = [...specific, ['system requirement', model.requirements]];
  const first = <K extends keyof Requirements>(key: K): [string, Requirements[K]] | undefined => {
    for (const [label, r] of levels) if (r?.[key] !== undefined) return [label, r[key] as Requirements[K]];
    return undefined;
  };
  const firstWrite = (): [string, Percentiles] | undefined => {
    for (const [label, r] of levels) if (r?.latency?.write !== undefined && tightest(r.latency.write)) return [label, r.latency.write];
    return undefined;
  };
  const availability = first('availability');
  const tolerate = first('tolerate') ?? ['system requirement', { nodes: 0, zones: 0, regions: 0 }];
  const write = firstWrite();
  const out: Effective = { tolerate: tolerate[1], from: { tolerate: tolerate[0] } };
  if (availability) [out.from.availability, out.availability] = availability;
  if (write) {
    out.latency = { write: write[1] };
    out.from.write = write[0];
  }
  return out;
}

/** The tightest bound among the percentiles given: every write must meet it, so it is the one physics can rule out. */
export function tightest(p: Percentiles): { percentile: string; ms: number } | undefined {
  let best: { percentile: string; ms: number } | undefined;
  for (const [percentile, ms] of Object.entries(p) as Array<[string, number | undefined]>) {
    if (ms !== undefined && (best === undefined || ms < best.ms)) best = { percentile, ms };
  }
  return best;
}
