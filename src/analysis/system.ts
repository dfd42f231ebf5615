/**
 * Classifying a whole system once: every store, topic and data set. Rules and
 * reports share this result (rules reach it through the check context's memo).
 */
import { loadKnowledge } from '../knowledge/index.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { SystemModel } from '../model/types.js';
import { classifyDataset, type DatasetClassification } from './classify-dataset.js';
import { classifyDatastore, classifyTopic, type StoreClassification } from './classify-store.js';

export interface SystemClassification {
  stores: Map<string, StoreClassification>;
  topics: Map<string, StoreClassification>;
  datasets: Map<string, DatasetClassification>;
}

export function classifySystem(model: SystemModel, kb: KnowledgeBase = loadKnowledge()): SystemClassification {
  const stores = new Map(model.datastores.map((s) => [s.name, classifyDatastore(s, kb)]));
  const topics = new Map(model.messaging.filter((t) => kb.engines.has(t.engine) || t.declared).map((t) => [t.name, classifyTopic(t, kb)]));
  const datasets = new Map<string, DatasetClassification>();
  for (const ds of model.datasets) {
    const store = stores.get(ds.store);
    if (store) datasets.set(ds.name, classifyDataset(ds, store, kb));
  }
  return { stores, topics, datasets };
}
