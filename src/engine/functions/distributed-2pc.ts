import type { Workflow } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { lookup } from '../../model/lookup.js';

/**
 * Two-phase commit is only at home inside one trust domain of homogeneous
 * participants (one database engine's own distributed transactions). Across
 * services, engines or external systems a coordinator failure after `prepare`
 * leaves every participant blocked, holding locks, until it comes back.
 */
export const distributed2pc: CheckFunction<Record<string, never>> = {
  name: 'distributed-2pc',
  description: 'Reports two-phase-commit workflows that span services, store engines or external systems.',
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const wf = node as Workflow;
    if (wf.protocol !== '2pc') return [];
    const services = [...new Set(wf.steps.map((s) => s.service))];
    const index = lookup(ctx.model);
    const engineOf = (store: string): string | undefined => index.datastores.get(store)?.engine;
    const stores = [...new Set(wf.steps.flatMap((s) => s.writes).map((d) => index.datasets.get(d)?.store).filter((s): s is string => s !== undefined))];
    const engines = [...new Set(stores.map(engineOf).filter((e): e is string => e !== undefined))];
    const external = wf.steps.filter((s) => s.external).map((s) => s.name);
    const spans: string[] = [];
    if (services.length > 1) spans.push(`services ${list(services)}`);
    if (engines.length > 1) spans.push(`stores of different engines (${stores.map((s) => `'${s}' ${engineOf(s)}`).join(', ')})`);
    if (external.length) spans.push(`external step${external.length > 1 ? 's' : ''} ${list(external)} outside our trust domain`);
    if (spans.length === 0) return [];
    return [{
      path: `${wf.path}.protocol`,
      message:
        `workflow '${wf.name}' uses two-phase commit across ${spans.join(' and ')}: if the coordinator fails after participants have prepared, ` +
        `they must hold their locks until it recovers, so one failure blocks every participant`,
    }];
  },
};

const list = (xs: string[]): string => xs.map((x) => `'${x}'`).join(', ');
