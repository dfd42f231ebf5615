/** The closed vocabulary of check functions that rule files may name in `then.function`. */
import { consumerIdempotence } from './consumer-idempotence.js';
import { datasetConsistency } from './dataset-consistency.js';
import { invariantCoordination } from './invariant-coordination.js';
import { lockSafety } from './lock-safety.js';
import { lwwSkew } from './lww-skew.js';
import { partitionPreference } from './partition-preference.js';
import { quorumOverlap } from './quorum-overlap.js';
import { replicaReads } from './replica-reads.js';
import { writeLoss } from './write-loss.js';
import { dualWrite } from './dual-write.js';
import { match } from './match.js';
import { sagaSteps } from './saga-steps.js';
import { quorumSize } from './quorum-size.js';
import { regionLoss } from './region-loss.js';
import { quorumLatencyCheck } from './quorum-latency.js';
import { compositeAvailability } from './composite-availability.js';
import { singleInstance } from './single-instance.js';
import { retryAmplification } from './retry-amplification.js';
import { timeoutInversion } from './timeout-inversion.js';
import { distributed2pc } from './distributed-2pc.js';
import { partitioningFit } from './partitioning-fit.js';
import { residency } from './residency.js';
import { declaredClassification } from './declared-classification.js';
import { brokerGuarantees } from './broker-guarantees.js';
import { recoveryPolicy } from './recovery-policy.js';
import type { CheckFunction } from '../types.js';

const registry = new Map<string, CheckFunction<never>>();

export function registerFunction(fn: CheckFunction<never>): void {
  registry.set(fn.name, fn);
}

for (const fn of [match, sagaSteps, dualWrite, consumerIdempotence, datasetConsistency, quorumOverlap, replicaReads, invariantCoordination, writeLoss, partitionPreference, lwwSkew, lockSafety, quorumSize, regionLoss, quorumLatencyCheck, compositeAvailability, singleInstance, retryAmplification, timeoutInversion, distributed2pc, residency, partitioningFit, declaredClassification, brokerGuarantees, recoveryPolicy]) registerFunction(fn as CheckFunction<never>);

export function getFunction(name: string): CheckFunction<Record<string, unknown>> | undefined {
  return registry.get(name) as CheckFunction<Record<string, unknown>> | undefined;
}

export function functionNames(): string[] {
  return [...registry.keys()].sort();
}
