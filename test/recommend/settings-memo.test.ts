/**
 * The settings search is memoised by everything it reads but names: two stores of the same
 * shape with the same needs share one search, and each gets its own name back.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { settingsFor } from '../../src/recommend/consistency-settings.js';
import { analyseText, byId, loadText } from './helpers.js';

const store = (name: string): string => `  - name: ${name}
    engine: cassandra
    regions: [aws:us-east-1]
    replicas: 3
    settings: { readConsistency: ONE, writeConsistency: ONE }`;
const dataset = (name: string, on: string): string => `  - name: ${name}
    store: ${on}
    consistency: linearizable`;

/** Two stores of one shape, each with a data set that needs more than the store gives. */
const TWINS = `version: 1
name: twins
regions: [aws:us-east-1]
datastores:
${store('left-db')}
${store('right-db')}
datasets:
${dataset('left', 'left-db')}
${dataset('right', 'right-db')}
`;

describe('the memoised settings search', () => {
  it('gives each of two identical stores its own fix, under its own name', async () => {
    const report = await analyseText(TWINS);
    const changes = byId(report, 'consistency').flatMap((r) => r.changes ?? []);
    expect(changes.map((c) => c.store).sort()).toEqual(['left-db', 'right-db']);
    const [left, right] = ['left-db', 'right-db'].map((s) => changes.find((c) => c.store === s)!);
    expect(left!.settings).toEqual(right!.settings);
    expect(Object.keys(left!.settings ?? {}).length).toBeGreaterThan(0);
    // Nothing said of one store names the other.
    for (const r of byId(report, 'consistency').filter((r) => r.changes?.length)) {
      const own = r.changes![0]!.store;
      const other = own === 'left-db' ? 'right-db' : 'left-db';
      expect(JSON.stringify(r), own).not.toContain(other);
    }
  });

  it('answers the second store from the search made for the first, with the second store name and path', async () => {
    const loaded = await loadText(TWINS);
    const [leftDb, rightDb] = loaded.model.datastores;
    const [left, right] = loaded.model.datasets;
    const kb = loadKnowledge();
    const a = settingsFor(leftDb!, [left!], kb, false, loaded.model)!;
    const b = settingsFor(rightDb!, [right!], kb, false, loaded.model)!;
    expect([a.classification.name, a.classification.path]).toEqual(['left-db', 'datastores[0]']);
    expect([b.classification.name, b.classification.path]).toEqual(['right-db', 'datastores[1]']);
    expect(b.changed).toEqual(a.changed);
    expect(b.changed).not.toBe(a.changed);
  });
});
