// Hand-built data stores for classification tests.
import type { Datastore, SettingValue } from '../../src/model/types.js';

export function store(engine: string, over: Partial<Datastore> & { settings?: Record<string, SettingValue> } = {}): Datastore {
  const regions = over.regions ?? ['aws:us-east-1'];
  return {
    name: `${engine}-store`,
    path: 'datastores[0]',
    engine,
    regions,
    replicas: 3,
    placement: {},
    settings: {},
    ...over,
  };
}
