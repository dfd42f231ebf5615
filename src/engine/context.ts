/**
 * What checks may know beyond the model: the knowledge base and the analysis.
 * The analysis stages (issue-by-issue) plug their results in here; checks ask
 * for what they need and each result is computed once per file.
 */
import type { SystemModel } from '../model/types.js';

export interface KnowledgeView {
  /** Memoised per file: `memo('classification', () => classifyAll(model))`. */
  memo<T>(key: string, compute: () => T): T;
}

export function createKnowledgeView(_model: SystemModel): KnowledgeView {
  const cache = new Map<string, unknown>();
  return {
    memo<T>(key: string, compute: () => T): T {
      if (!cache.has(key)) cache.set(key, compute());
      return cache.get(key) as T;
    },
  };
}
