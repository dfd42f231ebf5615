/**
 * Classifying a whole system once: every store, topic and data set. Rules and
 * reports share this result (rules reach it through the check context's memo).
 */
import { loadKnowledge } from '../knowledge/index.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { SystemModel } from '../model/types.js';
import { classifyDatasetAccess } from './classify-access.js';
import { classifyDataset, type DatasetClassification } from './classify-dataset.js';
import { classifyDatastore, classifyTopic, type StoreClassification } from './classify-store.js';

export interface SystemClassification {
  stores: Map<string, StoreClassification>;
  topics: Map<string, StoreClassification>;
  datasets: Map<string, DatasetClassification>;
  /** Each data set's own path (store × its settings × its regions), classified like a store. */
  datasetPaths: Map<string, StoreClassification>;
}

export function classifySystem(model: SystemModel, kb: KnowledgeBase = loadKnowledge()): SystemClassification {
  const stores = new Map(model.datastores.map((s) => [s.name, classifyDatastore(s, kb)]));
  const topics = new Map(model.messaging.filter((t) => kb.engines.has(t.engine) || t.declared).map((t) => [t.name, classifyTopic(t, kb)]));
  const datasets = new Map<string, DatasetClassification>();
  const datasetPaths = new Map<string, StoreClassification>();
  const storeNodes = new Map(model.datastores.map((s) => [s.name, s]));
  for (const ds of model.datasets) {
    const store = stores.get(ds.store);
    const node = storeNodes.get(ds.store);
    if (!store || !node) continue;
    // A declared (engine: custom) store has no profile to take per-operation settings or
    // regions from: its declaration is every data set's path.
    const { row, given } = kb.engines.has(node.engine)
      ? classifyDatasetAccess(ds, node, store, model, kb)
      : { row: declaredRow(classifyDataset(ds, store, kb), store), given: store };
    datasets.set(ds.name, row);
    datasetPaths.set(ds.name, given);
  }
  return { stores, topics, datasets, datasetPaths };
}

/** A data set on a declared store: judged against the declaration; an unmet one is weak in its own requirement. */
function declaredRow(row: DatasetClassification, store: StoreClassification): DatasetClassification {
  const out: DatasetClassification = { ...row, decidedBy: 'store', rule: store.rule, storeRule: store.rule };
  if (!row.satisfied) Object.assign(out, { weakness: 'model', weakAt: `${row.path}.${row.requiresFrom === 'declared' ? 'consistency' : 'invariants'}` });
  return out;
}
