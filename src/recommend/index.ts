/**
 * Recommendations from the analysed model, one recommender per topic (one file each).
 * Each is a pure function; their results are concatenated in topic order, so the order
 * and the ids are stable for the same input.
 */
import type { SystemClassification } from '../analysis/system.js';
import type { Finding } from '../engine/finding.js';
import type { SystemModel } from '../model/types.js';
import { recommendConsistency } from './consistency.js';
import { recommendFailureHandling } from './failure-handling.js';
import { recommendOrdering } from './ordering.js';
import { recommendPartitioning } from './partitioning.js';
import { recommendReplication } from './replication.js';
import { recommendTransactions } from './transactions.js';
import type { Recommendation, Recommender } from './types.js';

export type { Recommendation, Recommender, RecommendContext, StoreChange, Topic } from './types.js';
export { TOPICS } from './types.js';

export const RECOMMENDERS: readonly Recommender[] = [
  recommendConsistency,
  recommendPartitioning,
  recommendReplication,
  recommendTransactions,
  recommendOrdering,
  recommendFailureHandling,
];

export function recommend(model: SystemModel, classification: SystemClassification, findings: Finding[]): Recommendation[] {
  const ctx = { model, classification, findings };
  const out = RECOMMENDERS.flatMap((r) => r(ctx));
  const seen = new Set<string>();
  return out.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
