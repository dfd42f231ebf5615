import { consistencyLevelOverlap, CONSISTENCY_LEVELS, type ConsistencyLevel } from '../../analysis/quorum.js';
import { classification } from '../analysis-context.js';
import type { Datastore } from '../../model/types.js';
import type { CheckFunction } from '../types.js';
import { datasetsOn, needsStrongReads } from './consistency-shared.js';

interface Options {
  /** Engines whose settings are Cassandra-style consistency levels: engine → [read setting, write setting]. */
  levelEngines: Record<string, [string, string]>;
  /** Engines with numeric/named r and w over n replicas, and an optional sloppy-quorum flag. */
  rwEngines: Record<string, { read: string; write: string; sloppy?: string }>;
  weakModels: string[];
}

function rwCount(value: unknown, n: number): number {
  if (typeof value === 'number') return value;
  if (value === 'one') return 1;
  if (value === 'all') return n;
  return Math.floor(n / 2) + 1; // quorum, the default
}

/** Leaderless reads and writes whose replica sets need not meet, where a data set needs fresh reads. */
export const quorumOverlap: CheckFunction<Options> = {
  name: 'quorum-overlap',
  description: 'Reports leaderless stores whose read and write quorums can miss each other (R + W ≤ N or sloppy quorums) under data sets that need fresh reads.',
  optionsSchema: {
    type: 'object',
    properties: {
      levelEngines: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 } },
      rwEngines: { type: 'object', additionalProperties: { type: 'object', properties: { read: { type: 'string' }, write: { type: 'string' }, sloppy: { type: 'string' } }, required: ['read', 'write'] } },
      weakModels: { type: 'array', items: { type: 'string' } },
    },
    required: ['levelEngines', 'rwEngines', 'weakModels'],
    additionalProperties: false,
  },
  run(node, options, ctx) {
    const store = node as Datastore;
    const c = classification(ctx);
    const strict = datasetsOn(ctx.model, store.name).filter((d) => needsStrongReads(c.datasets.get(d.name)?.requires, options.weakModels));
    if (strict.length === 0) return [];
    const names = strict.map((d) => `'${d.name}' (${c.datasets.get(d.name)?.requires})`).join(', ');
    const levels = options.levelEngines[store.engine];
    if (levels) {
      const [readKey, writeKey] = levels;
      const read = String(store.settings[readKey] ?? 'ONE') as ConsistencyLevel;
      const write = String(store.settings[writeKey] ?? 'ONE') as ConsistencyLevel;
      if (!CONSISTENCY_LEVELS.includes(read) || !CONSISTENCY_LEVELS.includes(write) || store.regions.length === 0) return [];
      const overlap = consistencyLevelOverlap(read, write, store.placement);
      // Datacentre-local levels keep a client's reads on its own writes while the client
      // stays in its datacentre (the classification assumes so); they break when a data
      // set is declared to be written in one region and read, or written, in another.
      const multiRegionUse = strict.some((d) => new Set([...(d.access.writeRegions ?? []), ...(d.access.readRegions ?? [])]).size > 1);
      if (overlap.scope === 'global' || (overlap.scope === 'local' && !multiRegionUse)) return [];
      const scope = overlap.scope === 'local' ? 'only within one datacentre, so a read in another region can miss a write acknowledged elsewhere' : 'not even within one datacentre';
      return [{ path: `${store.path}.settings`, message: `store '${store.name}' reads at ${read} and writes at ${write}: read and write replicas overlap ${scope} (${overlap.explanation}); ${names} need fresh reads` }];
    }
    const rw = options.rwEngines[store.engine];
    if (!rw) return [];
    const n = store.replicas;
    const r = rwCount(store.settings[rw.read], n);
    const w = rwCount(store.settings[rw.write], n);
    const sloppy = rw.sloppy !== undefined && store.settings[rw.sloppy] === true;
    if (r + w > n && !sloppy) return [];
    const why = r + w <= n ? `R + W = ${r} + ${w} ≤ N = ${n}, so a read can miss the latest write` : 'sloppy quorums may count fallback replicas outside the preference list, so R + W > N no longer guarantees overlap';
    return [{ path: `${store.path}.settings`, message: `store '${store.name}': ${why}; ${names} need fresh reads` }];
  },
};
