/** Comments from the classification: what each store and topic gives as configured, and whether each data set gets what it needs. */
import type { SystemClassification } from '../analysis/system.js';
import type { StoreClassification } from '../analysis/classify-store.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { SystemModel } from '../model/types.js';
import type { Note } from './notes-system.js';
import { segments } from './paths.js';

function storeText(c: StoreClassification): string {
  const loss = c.onPartition.ackedWritesLostOnFailover ? 'acknowledged writes can be lost on failover' : 'acknowledged writes survive failover';
  return `As configured: ${c.pacelc} (${c.cap}), ${c.consistency}; ${loss}.\n${c.explanation}`;
}

export function dataNotes(model: SystemModel, classes: SystemClassification, kb: KnowledgeBase): Note[] {
  const notes: Note[] = [];
  for (const store of model.datastores) {
    const c = classes.stores.get(store.name);
    if (c) notes.push({ path: segments(store.path), text: storeText(c), where: 'before' });
    const profile = kb.engines.get(store.engine);
    if (profile?.replicasPerRegion && store.regions.length > 1) {
      notes.push({ path: [...segments(store.path), 'replicas'], text: `per region: ${store.regions.length} regions hold ${store.replicas} copies in all`, where: 'after' });
    }
  }
  for (const topic of model.messaging) {
    const c = classes.topics.get(topic.name);
    if (c) notes.push({ path: segments(topic.path), text: storeText(c), where: 'before' });
  }
  for (const ds of model.datasets) {
    const c = classes.datasets.get(ds.name);
    if (c) {
      const needs = `${c.requires}${c.requiresFrom === 'invariants' ? ' (derived from its invariants)' : ''}`;
      const verdict = c.satisfied ? 'met' : 'NOT met - see the findings of `archcap analyze`';
      notes.push({ path: segments(ds.path), text: `Needs ${needs}; ${ds.store} gives ${c.provided}: ${verdict}.`, where: 'before' });
    }
    const coordinated = ds.invariants.filter((i) => kb.invariants.get(i)?.confluent === false);
    if (coordinated.length) {
      notes.push({ path: [...segments(ds.path), 'invariants'], text: `${coordinated.join(', ')}: not confluent, need coordination (Bailis et al. 2015)`, where: 'after' });
    }
  }
  return notes;
}
