import { callGraphComposer, downtimeMs, formatAvailability, formatDuration, type GraphService, type ServiceAvailability } from '../../analysis/availability.js';
import type { Service, SystemModel } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { calledServices } from './support/call-graph.js';

/**
 * A service's availability composed with everything it needs synchronously
 * (services it calls, stores behind the data sets it reads and writes, each
 * counted once) against its target. A service's own `requirements.availability`
 * is checked for that service; the system's target is checked at the entry
 * points (services no other service calls), since every service
 * below them is part of their figure.
 */
export const compositeAvailability: CheckFunction<Record<string, never>> = {
  name: 'composite-availability',
  description: 'Reports services whose composed availability is below their target or the system target.',
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const svc = node as Service;
    const own = svc.requirements?.availability;
    const target = own ?? (!calledServices(ctx).has(svc.name) ? ctx.model.requirements.availability : undefined);
    if (target === undefined) return [];
    const composed = ctx.knowledge.memo('availability/call-graph', () => callGraphComposer(graph(ctx.model))).of(svc.name);
    if (!composed || composed.effective >= target) return [];
    const gap = downtimeMs(composed.effective) - downtimeMs(target);
    return [{
      message:
        `'${svc.name}' composes to ${formatAvailability(composed.effective)} (${formatDuration(downtimeMs(composed.effective))} down per 30-day month) ` +
        `against ${own !== undefined ? 'its' : 'the system'} target of ${formatAvailability(target)} (${formatDuration(downtimeMs(target))}): ` +
        `${formatDuration(gap)} more downtime a month. ${weakestLink(composed)}`,
    }];
  },
};


/** The services as a call graph; a store counts only where its availability is declared. */
export function graph(model: SystemModel): GraphService[] {
  const storeOf = new Map(model.datasets.map((d) => [d.name, d.store]));
  const stores = new Map(model.datastores.map((s) => [s.name, s]));
  return model.services.map((s) => {
    const used = [...new Set([...s.reads, ...s.writes].map((d) => storeOf.get(d)).filter((n): n is string => n !== undefined))];
    return {
      name: s.name,
      ...(s.availability !== undefined ? { availability: s.availability } : {}),
      calls: s.calls.map((c) => ({ service: c.service, mode: c.mode })),
      stores: used.flatMap((n) => { const a = stores.get(n)?.availability; return a === undefined ? [] : [{ name: n, availability: a }]; }),
    };
  });
}

function weakestLink(c: ServiceAvailability): string {
  const weakest = c.weakest;
  const path = c.weakestPath.names.length > 1 ? `; weakest serial path ${c.weakestPath.names.join(' → ')} = ${formatAvailability(c.weakestPath.availability)}` : '';
  return `Weakest link: ${weakest.kind} '${weakest.name}' at ${formatAvailability(weakest.availability)}${path}`;
}
