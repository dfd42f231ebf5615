/**
 * The requirements that apply to one node: the most specific declaration wins
 * (a data set's over its store's over the system's), field by field.
 */
import { declaredRequirement, requirementLevels } from '../../../model/requirements.js';
import type { Percentiles, Requirements, SystemModel } from '../../../model/types.js';

type Partial_ = Partial<Requirements> | undefined;

export interface Effective extends Requirements {
  /** Where each field came from, for messages: `system`, `store 'ledger'`, … */
  from: { availability?: string; tolerate: string; write?: string };
}

/** Merge `specific` (most specific first, each labelled) over the system's requirements. */
export function effectiveRequirements(model: SystemModel, ...specific: Array<[string, Partial_]>): Effective {
  const levels = requirementLevels(model, ...specific.map(([label, requirements]) => ({ label, path: '', requirements })));
  const tolerate = declaredRequirement(levels, 'tolerate') ?? { label: 'system requirement', value: { nodes: 0, zones: 0, regions: 0 } };
  const availability = declaredRequirement(levels, 'availability');
  // The write SLA comes from the first level that gives a write percentile at all.
  const write = levels.find((l) => l.requirements?.latency?.write !== undefined && tightest(l.requirements.latency.write));
  const out: Effective = { tolerate: tolerate.value, from: { tolerate: tolerate.label } };
  if (availability) [out.from.availability, out.availability] = [availability.label, availability.value];
  if (write) {
    out.latency = { write: write.requirements!.latency!.write! };
    out.from.write = write.label;
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
