import { downtimeMs, formatAvailability, formatDuration } from '../../analysis/availability.js';
import type { SystemModel } from '../../model/types.js';
import type { CheckFunction, CheckResult } from '../types.js';
import { effectiveRequirements, type Effective } from './support/requirements.js';

/**
 * A service with a single instance in a single region, or a store with a single
 * replica, while the requirements ask for high availability (≥ `minAvailability`)
 * or for surviving node failures: one crash, deploy or zone outage stops it.
 */
export const singleInstance: CheckFunction<{ minAvailability: number }> = {
  name: 'single-instance',
  description: 'Reports services with one instance and stores with one replica when availability or node-failure tolerance is required.',
  optionsSchema: {
    type: 'object',
    properties: { minAvailability: { type: 'number', minimum: 0, maximum: 1 } },
    required: ['minAvailability'],
    additionalProperties: false,
  },
  run(node, options) {
    const model = node as SystemModel;
    const results: CheckResult[] = [];
    for (const s of model.services) {
      if (s.instances > 1 || s.regions.length > 1) continue;
      const why = demand(effectiveRequirements(model, [`service '${s.name}' requirement`, s.requirements]), options.minAvailability);
      if (why) results.push({ path: `${s.path}.instances`, message: `service '${s.name}' runs a single instance${s.regions[0] ? ` in ${s.regions[0]}` : ''} (instances: 1, also the default): one crash, deploy or zone outage stops it, ${why}` });
    }
    for (const d of model.datastores) {
      if (d.replicas > 1) continue;
      const why = demand(effectiveRequirements(model, [`store '${d.name}' requirement`, d.requirements]), options.minAvailability);
      if (why) results.push({ path: `${d.path}.replicas`, message: `store '${d.name}' (${d.engine}) keeps a single replica: losing that node stops every reader and writer and may lose its data, ${why}` });
    }
    return results;
  },
};

function demand(req: Effective, min: number): string | undefined {
  const asks: string[] = [];
  if (req.availability !== undefined && req.availability >= min) {
    asks.push(`${formatAvailability(req.availability)} availability (${formatDuration(downtimeMs(req.availability))} of downtime a month, ${req.from.availability})`);
  }
  if (req.tolerate.nodes >= 1) asks.push(`surviving ${req.tolerate.nodes} node failure${req.tolerate.nodes === 1 ? '' : 's'} (${req.from.tolerate})`);
  return asks.length ? `yet the requirements ask for ${asks.join(' and ')}` : undefined;
}
