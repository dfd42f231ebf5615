/**
 * Failure handling for calls that are not request/response: a nightly batch transfer or
 * a file drop. They get a deadline for the whole run, retries spaced in minutes that
 * resume from a checkpoint, idempotent delivery and an alert when the window is missed -
 * not the per-request timeouts, retry budgets and circuit breakers of an RPC.
 */
import type { Call, Service } from '../model/types.js';
import { formatMs, recId, REF } from './shared.js';
import type { Recommendation } from './types.js';

/** A run-level default when none is declared: long enough for a bulk transfer, short enough to retry inside a nightly window. */
export const DEFAULT_RUN_DEADLINE_MS = 30 * 60_000;
const DEFAULT_BATCH_BASE_MS = 60_000;
const DEFAULT_BATCH_MAX_MS = 15 * 60_000;

export const isBatchCall = (c: Call): boolean => c.kind === 'batch' || c.kind === 'file-drop';

export function batchCallRecommendation(s: Service, c: Call): Recommendation {
  const deadline = c.timeout ?? DEFAULT_RUN_DEADLINE_MS;
  const attempts = Math.max(1, c.retries?.attempts ?? 3);
  const base = c.retries?.baseDelay ?? DEFAULT_BATCH_BASE_MS;
  const cap = c.retries?.maxDelay ?? DEFAULT_BATCH_MAX_MS;
  const what = c.kind === 'file-drop' ? 'file drop' : 'batch transfer';
  const safe = c.idempotent || c.idempotencyKey;
  return {
    id: recId('failure-handling', 'batch', `${s.name}-to-${c.service}`),
    topic: 'failure-handling',
    target: c.path,
    title: `Give ${s.name}'s ${what} to ${c.service} a deadline and resumable retries`,
    recommendation: `Treat ${s.name} → ${c.service} as a ${what}, not a request: give each run a deadline of ${formatMs(deadline)}${c.timeout === undefined ? ' (none is declared)' : ''}, retry a failed run up to ${attempts} times spaced from ${formatMs(base)} up to ${formatMs(cap)} with jitter, resuming from the last checkpoint (the last file or record acknowledged) instead of starting over, and alert when the run misses its window. ${safe ? 'Keep deliveries idempotent (a file named by its sequence number, which the receiver ignores when repeated).' : `Make deliveries idempotent first (name each file by a sequence number the receiver de-duplicates on); until then, retrying can deliver twice.`} No circuit breaker or per-request retry budget: there is one run at a time, and the next scheduled run is the back-off.`,
    rationale: `A ${what} moves a whole window of data at once: it takes minutes, not milliseconds, and fails as a unit. RPC defaults (timeouts of about a second, a 10% retry budget, a breaker that opens after 20 calls) would cut off every healthy run and never gather enough calls to trip; what bounds the harm is a deadline for the run, checkpoints, idempotent delivery and a missed-window alert.`,
    tradeoffs: 'A long run deadline detects a hung transfer late; checkpoints need the receiver (or a manifest) to say what arrived; retries inside the window can collide with the next scheduled run unless runs take a lock.',
    references: [REF.builders, REF.backoff],
    patterns: [],
    callPlan: { timeoutMs: deadline, maxAttempts: attempts, baseDelayMs: base, maxDelayMs: cap },
  };
}
