import { crashReplicasNeeded } from '../../analysis/fault-tolerance.js';
import { majority } from '../../analysis/quorum.js';
import type { Datastore } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { majorityReason } from './support/coordination.js';
import { effectiveRequirements } from './support/requirements.js';

/**
 * A store that needs a majority to make progress (consensus, quorums, automatic
 * failover by election) must hold 2f + 1 replicas to survive f node failures.
 */
export const quorumSize: CheckFunction<Record<string, never>> = {
  name: 'quorum-size',
  description: 'Reports majority-based stores with fewer than 2f+1 replicas for the node failures they must tolerate.',
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const store = node as Datastore;
    const req = effectiveRequirements(ctx.model, [`store '${store.name}' requirement`, store.requirements]);
    const f = req.tolerate.nodes;
    const why = majorityReason(store);
    if (f < 1 || why === undefined) return [];
    const needed = crashReplicasNeeded(f);
    const n = store.replicas;
    if (n >= needed) return [];
    const q = majority(n);
    return [{
      path: `${store.path}.replicas`,
      message:
        `'${store.name}' (${store.engine}) has ${n} replica${n === 1 ? '' : 's'} but must survive ${f} node failure${f === 1 ? '' : 's'} ` +
        `(tolerate.nodes: ${f}, ${req.from.tolerate}); ${why}, so it needs 2f+1 = ${needed}: ` +
        `losing ${f} of ${n} leaves ${Math.max(0, n - f)}, short of the majority of ${q}`,
    }];
  },
};
