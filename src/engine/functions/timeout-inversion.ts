import type { Call, Service } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { fmt, serviceTime } from './support/call-graph.js';

/**
 * A caller that gives up before its callee can: the callee's own synchronous calls
 * (timeout × attempts + backoff, along its slowest dependency) may take longer than
 * the caller's timeout, so the caller abandons work that is still running.
 */
export const timeoutInversion: CheckFunction<Record<string, never>> = {
  name: 'timeout-inversion',
  description: "Reports calls whose timeout is shorter than the callee's worst-case time through its own calls and retries.",
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const call = node as Call;
    const caller = ctx.parent as Service;
    if (call.mode !== 'sync' || call.timeout === undefined) return [];
    const worst = serviceTime(ctx.model, call.service);
    if (!worst?.call || call.timeout >= worst.ms) return [];
    return [{
      message:
        `'${caller.name}' gives '${call.service}' ${fmt(call.timeout)}, but '${call.service}' can take ${fmt(worst.ms)} before it answers: ` +
        `its call to '${worst.call.service}' allows ${worst.how}. '${caller.name}' gives up while '${call.service}' is still working` +
        ((call.retries?.attempts ?? 1) > 1 ? `, and its own retries pile new work on top of the abandoned one` : ''),
    }];
  },
};
