import type { Service } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { calledServices, multiplier, worstRetryChain } from './support/call-graph.js';

/**
 * Retries at every layer multiply: a request entering a chain of services each
 * making `a` attempts can reach the last one aⁿ times. Checked from entry points
 * (services no other service calls), whose worst chain covers every sub-chain.
 */
export const retryAmplification: CheckFunction<{ maxFactor: number }> = {
  name: 'retry-amplification',
  description: 'Reports call chains whose product of retry attempts exceeds a bound.',
  optionsSchema: {
    type: 'object',
    properties: { maxFactor: { type: 'number', exclusiveMinimum: 1 } },
    required: ['maxFactor'],
    additionalProperties: false,
  },
  run(node, options, ctx) {
    const svc = node as Service;
    if (calledServices(ctx).has(svc.name)) return [];
    const chain = worstRetryChain(ctx.model, svc.name);
    if (chain.factor <= options.maxFactor) return [];
    const last = chain.calls[chain.calls.length - 1]!.call.service;
    const steps = chain.calls.map(({ call }) => `→ ${call.service} (${factor(multiplier(call.retries))})`).join(' ');
    return [{
      path: chain.calls[0]!.call.path,
      message: `one request to '${svc.name}' can reach '${last}' ${factor(chain.factor)}: ${svc.name} ${steps}, above the bound of ${factor(options.maxFactor)}; during an outage of '${last}' its callers multiply the load on it by that much`,
    }];
  },
};

const factor = (x: number): string => `${Number.isInteger(x) ? x : x.toFixed(2)}×`;
