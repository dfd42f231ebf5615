/**
 * The derivations an engine profile may ask for (`derive:` in its YAML): small
 * computations over the configuration whose results the profile's rules test as
 * `derived.<name>`. The names and the facts each produces are declared in
 * src/knowledge/types.ts (DERIVED_FACTS), so a profile naming an unknown one fails at load.
 */
import type { DerivationName } from '../knowledge/types.js';
import type { Datastore, SettingValue } from '../model/types.js';
import { quorumOverlap, quorumOverlapFor } from './classify-quorum.js';

export interface DeriveInput {
  store: Pick<Datastore, 'regions' | 'replicas' | 'placement' | 'replication'>;
  /** Settings with the engine's defaults filled in. */
  settings: Record<string, SettingValue | undefined>;
  /** Replica count per region, in region order. */
  perRegion: number[];
  /** Where one data set is written and read, as indices into the store's regions (absent: the store as a whole). */
  access?: { writers: number[]; readers: number[] };
}

type Derivation = (input: DeriveInput) => Record<string, SettingValue>;

const majority = (n: number): number => Math.floor(n / 2) + 1;

/** Riak `r`/`w` accept `one`, `quorum`, `all` or a number. */
function riakCount(value: SettingValue | undefined, n: number): number {
  if (value === 'one') return 1;
  if (value === 'all') return n;
  if (typeof value === 'number') return value;
  return majority(n);
}

export const DERIVE: Record<DerivationName, Derivation> = {
  'cassandra-quorum': ({ settings, perRegion, access }) => {
    const write = String(settings.writeConsistency ?? 'ONE');
    const read = String(settings.readConsistency ?? 'ONE');
    return { overlap: access ? quorumOverlapFor(write, read, perRegion, access.writers, access.readers) : quorumOverlap(write, read, perRegion) };
  },
  'riak-quorum': ({ settings, store }) => {
    const n = store.replicas;
    const r = riakCount(settings.r, n);
    const w = riakCount(settings.w, n);
    if (r + w <= n) return { overlap: 'none' };
    return { overlap: settings.sloppyQuorum === false ? 'strict' : 'sloppy' };
  },
  'mongo-write-concern': ({ settings, store }) => {
    const w = settings.writeConcern;
    return { writeMajority: w === 'majority' || (typeof w === 'number' && w >= majority(store.replicas)) };
  },
  'sync-standbys': ({ settings, store }) => {
    const declared = typeof settings.syncReplicas === 'number' ? settings.syncReplicas : 0;
    const implied = settings.semiSync === true || store.replication === 'sync' || store.replication === 'semi-sync' ? 1 : 0;
    const syncStandbys = Math.max(declared, implied);
    return { syncStandbys, allStandbysSync: syncStandbys > 0 && syncStandbys >= store.replicas - 1 };
  },
  'kafka-durability': ({ settings, store }) => {
    const replicationFactor = typeof settings.replicas === 'number' ? settings.replicas : store.replicas;
    const minIsr = typeof settings.minInsyncReplicas === 'number' ? settings.minInsyncReplicas : 1;
    const lossless = String(settings.acks) === 'all' && minIsr >= 2 && settings.uncleanLeaderElection !== true;
    return { replicationFactor, lossless };
  },
};
