/**
 * Transactions: a pattern per workflow (transactions-workflow.ts), a transactional
 * outbox wherever a service writes and publishes, idempotency keys for retried calls
 * and at-least-once consumers, fencing tokens for locks that guard data.
 */
import type { Call, Consumer, Lock, Service, SystemModel } from '../model/types.js';
import { recId, REF, snake, sqlTable } from './shared.js';
import { workflowRecommendation } from './transactions-workflow.js';
import type { Recommendation, RecommendContext } from './types.js';
import { lookup } from '../model/lookup.js';

function outbox(s: Service): Recommendation | undefined {
  const direct = s.publishes.filter((p) => p.via === 'direct');
  if (s.writes.length === 0 || direct.length === 0) return undefined;
  const topics = direct.map((p) => p.topic);
  return {
    id: recId('transactions', 'outbox', s.name), topic: 'transactions', target: s.path,
    title: `Publish ${s.name}'s events through a transactional outbox`,
    recommendation: `Write ${topics.join(', ')} events into an outbox table in the same local transaction as ${s.name}'s changes to ${s.writes.join(', ')}, and let a relay (polling or change-data capture) publish them; consumers de-duplicate by message id.`,
    rationale: `${s.name} writes data and publishes events directly: a crash between the commit and the publish loses the event, and a publish before a rollback announces a change that never happened. One local transaction makes both happen or neither.`,
    tradeoffs: 'Delivery becomes at-least-once and slightly delayed (the relay\'s polling interval); the outbox table needs cleaning; consumers must be idempotent.',
    references: [REF.outbox], patterns: ['transactional-outbox'],
    patternInputs: { 'transactional-outbox': { outboxTable: sqlTable(s.name, '_outbox') } },
  };
}

function idempotentCall(s: Service, c: Call): Recommendation | undefined {
  if ((c.retries?.attempts ?? 1) <= 1 || c.idempotent || c.idempotencyKey) return undefined;
  const timeout = c.timeout ?? 30_000;
  return {
    id: recId('transactions', 'idempotency-key', `${s.name}-to-${c.service}`), topic: 'transactions', target: c.path,
    title: `Send an idempotency key from ${s.name} to ${c.service}`,
    recommendation: `Have ${s.name} send an idempotency key with every call to ${c.service} (the same key on each of its ${c.retries?.attempts} attempts), and have ${c.service} run each key once and replay the stored response to repeats.`,
    rationale: `The call is retried but not idempotent: a timeout says nothing about whether the first attempt ran, so a retry may run it twice (a second charge, a second order).`,
    tradeoffs: 'The callee stores a key and response per request for a retention window (24 h is common) and must bind the key to the request so a reused key with a different body is refused.',
    references: [REF.idempotency], patterns: ['idempotency-key'],
    patternInputs: { 'idempotency-key': { table: `${snake(c.service)}_idempotency_keys`, leaseMs: Math.max(1000, timeout), waitTimeoutMs: timeout } },
  };
}

function idempotentConsumer(c: Consumer, model: SystemModel): Recommendation | undefined {
  const topic = lookup(model).topics.get(c.topic);
  if (c.idempotent || topic?.delivery === 'at-most-once') return undefined;
  return {
    id: recId('transactions', 'idempotent-consumer', `${c.service}-from-${c.topic}`), topic: 'transactions', target: c.path,
    title: `De-duplicate ${c.topic} in ${c.service}`,
    recommendation: `Make ${c.service} an idempotent consumer of ${c.topic}: record each message id in an inbox table in the same transaction as its effect, and skip ids already recorded.`,
    rationale: `${c.topic} delivers at least once, so ${c.service} will see some messages twice (after a rebalance or a crash before the offset commit).`,
    tradeoffs: 'One more write per message, and the inbox needs a retention policy longer than the longest redelivery window.',
    references: [REF.outbox, REF.idempotency], patterns: ['transactional-outbox'],
    patternInputs: { 'transactional-outbox': { inboxTable: sqlTable(c.service, '_inbox'), consumer: c.service, orderedByAggregate: topic?.ordering !== 'none' } },
  };
}

function fencedLock(l: Lock, model: SystemModel): Recommendation | undefined {
  const store = l.store === undefined ? undefined : lookup(model).datastores.get(l.store);
  if (l.purpose !== 'correctness' || (l.fencing && l.algorithm === 'consensus')) return undefined;
  const consensus = store && ['etcd', 'zookeeper', 'consul'].includes(store.engine);
  return {
    id: recId('transactions', 'fenced-lock', l.name), topic: 'transactions', target: l.path,
    title: `Fence writes under ${l.name}`,
    recommendation: `Issue a monotonically increasing fencing token with every grant of ${l.name} and have ${l.guards ?? 'the guarded resource'} reject writes carrying an older token than it has seen${consensus ? '' : `; for a lock that guards correctness, take it from a consensus store (etcd, ZooKeeper) rather than ${store?.engine ?? l.store}`}.`,
    rationale: 'A lease holder can pause (GC, page fault, network delay) past its lease and write after another holder took the lock; only a check at the resource stops the stale write.',
    tradeoffs: 'The resource must store and compare the token on every write; a consensus store adds a round trip to each acquisition.',
    references: ['Kleppmann, "How to do distributed locking", 2016, https://martin.kleppmann.com/2016/02/08/how-to-do-distributed-locking.html'], patterns: ['fenced-lock'],
    patternInputs: { 'fenced-lock': { keyPrefix: `${l.name}:`, ...(l.leaseTtl ? { ttlMs: l.leaseTtl } : {}), resourceTable: l.guards !== undefined ? sqlTable(l.guards) : sqlTable(l.name, '_resources') } },
  };
}

export function recommendTransactions(ctx: RecommendContext): Recommendation[] {
  const m = ctx.model;
  return [
    ...m.workflows.map((wf) => workflowRecommendation(wf, m)),
    ...m.services.flatMap((s) => outbox(s) ?? []),
    ...m.services.flatMap((s) => s.calls.flatMap((c) => idempotentCall(s, c) ?? [])),
    ...m.consumers.flatMap((c) => idempotentConsumer(c, m) ?? []),
    ...m.locks.flatMap((l) => fencedLock(l, m) ?? []),
  ];
}
