/** Services: where they run and what they read, write and publish; then, once all are known, their calls. */
import { items, asChoices, label, listNames, systemRegions } from './scope-helpers.js';
import { schemaChoices } from './schema-choices.js';
import type { Choice, Draft, Each, Repeat, Scope } from './types.js';
import { atLeast, matches, nonEmpty, uniqueName } from './validators.js';

export const serviceSection: Repeat = {
  repeat: 'services',
  noun: 'Service',
  add: 'Add a service?',
  more: 'Add another service?',
  steps: [
    { id: 'name', kind: 'input', message: 'Name of the service (e.g. order-service)', validate: uniqueName('services') },
    {
      id: 'regions',
      kind: 'checkbox',
      message: (s) => `Regions ${label(s, 'it')} runs in`,
      choices: (s) => asChoices(systemRegions(s)),
      default: (s) => systemRegions(s).slice(0, 1),
      validate: nonEmpty('region'),
    },
    { id: 'instances', kind: 'number', message: 'Instances in each region', default: 2, validate: atLeast(1) },
    { id: 'reads', kind: 'checkbox', message: 'Data sets it reads', when: (s) => listNames(s, 'datasets').length > 0, choices: (s) => asChoices(listNames(s, 'datasets')), optional: true },
    { id: 'writes', kind: 'checkbox', message: 'Data sets it writes', when: (s) => listNames(s, 'datasets').length > 0, choices: (s) => asChoices(listNames(s, 'datasets')), optional: true },
    {
      repeat: 'publishes',
      noun: 'Publishes to',
      add: (s) => `Does ${label(s, 'it')} publish to a topic?`,
      more: 'Does it publish to another topic?',
      when: (s) => listNames(s, 'messaging').length > 0,
      steps: [
        { id: 'topic', kind: 'select', message: 'Topic', choices: (s) => asChoices(listNames(s, 'messaging')) },
        {
          id: 'via',
          kind: 'select',
          message: 'How events leave the service',
          choices: (s) =>
            schemaChoices(s.schema, 'services.publishes.via', {
              outbox: 'written in the same transaction as the data, relayed afterwards',
              cdc: 'read from the database log',
              direct: 'sent to the broker beside the database write',
            }),
          default: 'outbox',
        },
      ],
    },
  ],
};

/** Services `name` calls, directly or not (a call back to any of them would close a cycle). */
function reachableFrom(s: Scope, name: string): Set<string> {
  const calls = new Map(items(s, 'services').map((svc) => [String(svc['name']), (Array.isArray(svc['calls']) ? (svc['calls'] as Draft[]) : []).map((c) => String(c['service']))]));
  const seen = new Set<string>();
  const visit = (n: string): void => {
    for (const next of calls.get(n) ?? []) if (!seen.has(next)) (seen.add(next), visit(next));
  };
  visit(name);
  return seen;
}

/** Services `caller` may call: every other one, those that already reach it shown but disabled. */
function callees(s: Scope, caller: string): Choice[] {
  return listNames(s, 'services')
    .filter((n) => n !== caller)
    .map((n) => ({ value: n, name: n, ...(reachableFrom(s, n).has(caller) ? { disabled: `${n} already calls ${caller}, directly or not: a cycle of calls` } : {}) }));
}

const callerOf = (s: Scope): string => String((s.parents[s.parents.length - 1] as Draft)['name']);

const attempts = (s: Scope): number => Number((s.item['retries'] as Draft | undefined)?.['attempts'] ?? 1);

export const callSection: Each = {
  each: 'services',
  when: (s) => listNames(s, 'services').length > 1,
  steps: [
    {
      repeat: 'calls',
      noun: 'Call to',
      add: (s) => `Does ${label(s, 'this service')} call another service synchronously?`,
      more: (s) => `Does ${label(s, 'it')} call yet another service?`,
      when: (s) => callees(s, label(s, '')).some((c) => !c.disabled),
      steps: [
        { id: 'service', kind: 'select', message: 'Service it calls', choices: (s) => callees(s, callerOf(s)) },
        { id: 'timeout', kind: 'input', message: 'Timeout of one attempt (e.g. 2s; empty for none)', default: '1s', optional: true, validate: matches('services.calls.timeout', 'duration') },
        { id: 'retries.attempts', kind: 'number', message: 'Attempts in all, the first included (1: no retries)', default: 1, validate: atLeast(1) },
        { id: 'retries.backoff', kind: 'select', message: 'Backoff between attempts', when: (s) => attempts(s) > 1, choices: (s) => schemaChoices(s.schema, 'services.calls.retries.backoff'), default: 'exponential' },
        { id: 'retries.jitter', kind: 'select', message: 'Jitter on the delay', when: (s) => attempts(s) > 1, choices: (s) => schemaChoices(s.schema, 'services.calls.retries.jitter'), default: 'full' },
        { id: 'idempotent', kind: 'confirm', message: 'Is the call idempotent (repeating it has the effect of one call)?', default: false },
        { id: 'idempotencyKey', kind: 'confirm', message: 'Does it carry an idempotency key the callee de-duplicates on?', when: (s) => s.item['idempotent'] !== true && attempts(s) > 1, default: false },
      ],
    },
  ],
};
