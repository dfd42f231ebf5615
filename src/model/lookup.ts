/**
 * Name → node maps of a model, built once per model: large systems look names up
 * from every rule, and a linear `find` per look-up makes analysis quadratic.
 */
import type { Datastore, Dataset, Service, SystemModel, Topic } from './types.js';

export interface ModelIndex {
  services: Map<string, Service>;
  datastores: Map<string, Datastore>;
  datasets: Map<string, Dataset>;
  topics: Map<string, Topic>;
  /** Data sets by the store that holds them. */
  datasetsByStore: Map<string, Dataset[]>;
  /** Names of the services that publish to each topic, in model order. */
  publishers: Map<string, string[]>;
}

const cache = new WeakMap<SystemModel, ModelIndex>();

export function lookup(model: SystemModel): ModelIndex {
  let index = cache.get(model);
  if (!index) {
    const datasetsByStore = new Map<string, Dataset[]>();
    for (const d of model.datasets) {
      const list = datasetsByStore.get(d.store);
      if (list) list.push(d);
      else datasetsByStore.set(d.store, [d]);
    }
    const publishers = new Map<string, string[]>();
    for (const s of model.services) {
      for (const topic of new Set(s.publishes.map((p) => p.topic))) {
        const list = publishers.get(topic);
        if (list) list.push(s.name);
        else publishers.set(topic, [s.name]);
      }
    }
    index = {
      services: new Map(model.services.map((s) => [s.name, s])),
      datastores: new Map(model.datastores.map((s) => [s.name, s])),
      datasets: new Map(model.datasets.map((d) => [d.name, d])),
      topics: new Map(model.messaging.map((t) => [t.name, t])),
      datasetsByStore,
      publishers,
    };
    cache.set(model, index);
  }
  return index;
}
