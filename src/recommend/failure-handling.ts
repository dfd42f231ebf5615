/**
 * Failure handling per call: a timeout that covers the callee's own work and fits
 * inside the caller's, a capped number of attempts with exponential backoff and full
 * jitter under a retry budget, a circuit breaker on synchronous calls, and back-pressure
 * (a bounded queue and rate limit) where work is queued.
 */
import type { Call, Service } from '../model/types.js';
import { MARGIN, MAX_AMPLIFICATION, planCalls, type CallPlan } from './failure-budget.js';
import { batchCallRecommendation, isBatchCall } from './batch-calls.js';
import { formatMs, recId, REF } from './shared.js';
import type { Recommendation, RecommendContext } from './types.js';

const RETRY_BUDGET = 0.1;
const BREAKER = { failureRatio: 0.5, minimumRequests: 20, openMs: 30_000 } as const;

function callRecommendation(s: Service, c: Call, p: CallPlan): Recommendation {
  const retriable = c.idempotent || c.idempotencyKey;
  const sync = c.mode === 'sync';
  const why: Record<NonNullable<CallPlan['limitedBy']>, string> = {
    idempotency: 'no retries until the call is idempotent or carries an idempotency key',
    amplification: `no more retries here (the layers below already multiply a request ${p.amplification / p.attempts}× at worst; more would push the chain past ${MAX_AMPLIFICATION}×)`,
    budget: `fewer retries than declared (more would not fit in the ${formatMs(p.budgetMs ?? 0)} that ${s.name} has)`,
  };
  const backoff = `exponential backoff and full jitter (sleep a random time between 0 and min(${formatMs(p.maxDelayMs)}, ${formatMs(p.baseDelayMs)} × 2^attempt)), and stop retrying when retries exceed ${RETRY_BUDGET * 100}% of ${s.name}'s calls to ${c.service}`;
  const retryText = p.limitedBy ? `${p.attempts > 1 ? `${p.attempts} attempts with ${backoff}: ` : ''}${why[p.limitedBy]}` : p.attempts > 1 ? `at most ${p.attempts} attempts with ${backoff}` : 'a single attempt';
  const guard = sync
    ? `Wrap it in a circuit breaker that opens when ${BREAKER.failureRatio * 100}% of at least ${BREAKER.minimumRequests} recent calls fail and probes again after ${formatMs(BREAKER.openMs)}, failing fast meanwhile.`
    : `It is queued: bound the queue and rate-limit the consumer (a token bucket), and answer 429 with Retry-After when full, so a slow ${c.service} pushes back instead of piling up work.`;
  const patterns = sync ? ['retry-policy', 'circuit-breaker'] : ['retry-policy', 'rate-limiter'];
  const callName = `${s.name}-to-${c.service}`;
  return {
    id: recId('failure-handling', 'call', `${s.name}-to-${c.service}`),
    topic: 'failure-handling',
    target: c.path,
    title: `Bound ${s.name}'s calls to ${c.service}`,
    recommendation: `Give ${s.name} → ${c.service} a ${formatMs(p.timeoutMs)} timeout per attempt${c.timeout === undefined ? ' (none is declared)' : c.timeout !== p.timeoutMs ? ` (now ${formatMs(c.timeout)})` : ''} and ${retryText}; the whole call then takes at most ${formatMs(p.totalMs)}. ${guard}`,
    rationale: `${p.budgetMs !== undefined ? `${s.name}'s own callers give it ${formatMs(p.budgetMs * MARGIN)}; with a ${Math.round((MARGIN - 1) * 100)}% margin its calls must finish within ${formatMs(p.budgetMs)}${p.budgetMs < (c.timeout ?? 0) * (c.retries?.attempts ?? 1) ? `, so this call cannot keep its declared ${formatMs(c.timeout ?? 0)} × ${c.retries?.attempts ?? 1} (if ${c.service} really needs that long, raise the budget upstream instead)` : ''}. ` : ''}${p.calleeMs > 0 ? `${c.service} itself may spend up to ${formatMs(p.calleeMs)} in its own calls, which the timeout covers. ` : ''}Retries multiply along a call chain; capped attempts, jitter and a budget keep a brief failure from turning into a retry storm.`,
    tradeoffs: 'Tight timeouts and few retries turn slow successes into failures the caller must handle; a breaker rejects some requests that would have succeeded while it is open.',
    references: [REF.builders, REF.backoff, REF.sreOverload, ...(sync ? [REF.breaker] : [])],
    patterns,
    patternInputs: {
      'retry-policy': { maxAttempts: p.attempts, baseDelayMs: p.baseDelayMs, maxDelayMs: p.maxDelayMs, deadlineMs: p.totalMs, budgetRatio: RETRY_BUDGET },
      ...(sync
        ? { 'circuit-breaker': { breakerName: `${s.name}-to-${c.service}`, failureRateThreshold: BREAKER.failureRatio, minimumCalls: BREAKER.minimumRequests, openDurationMs: BREAKER.openMs } }
        : { 'rate-limiter': { queueTimeoutMs: p.timeoutMs } }),
    },
    patternListItems: {
      'retry-policy': { calls: [{ name: callName, attemptTimeoutMs: p.timeoutMs, maxAttempts: p.attempts, baseDelayMs: p.baseDelayMs, maxDelayMs: p.maxDelayMs, deadlineMs: p.totalMs }] },
      ...(sync ? { 'circuit-breaker': { calls: [{ name: callName, callTimeoutMs: p.timeoutMs }] } } : {}),
    },
    callPlan: { timeoutMs: p.timeoutMs, maxAttempts: p.attempts, baseDelayMs: p.baseDelayMs, maxDelayMs: p.maxDelayMs },
  };
}

export function recommendFailureHandling(ctx: RecommendContext): Recommendation[] {
  const plans = planCalls(ctx.model);
  return ctx.model.services.flatMap((s) => s.calls.flatMap((c) => {
    if (isBatchCall(c)) return [batchCallRecommendation(s, c)];
    const plan = plans.get(c);
    return plan ? [callRecommendation(s, c, plan)] : [];
  }));
}
