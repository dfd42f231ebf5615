/**
 * Recommendations from the analysed model, one recommender per topic. Each is a
 * pure function; their results are concatenated in topic order.
 */
import type { SystemClassification } from '../analysis/system.js';
import type { Finding } from '../engine/finding.js';
import type { SystemModel } from '../model/types.js';
import type { Recommendation, Recommender } from './types.js';

export type { Recommendation, Recommender, RecommendContext, Topic } from './types.js';

const recommenders: Recommender[] = [];

export function recommend(model: SystemModel, classification: SystemClassification, findings: Finding[]): Recommendation[] {
  const ctx = { model, classification, findings };
  return recommenders.flatMap((r) => r(ctx));
}
