/**
 * Cassandra / ScyllaDB consistency-level arithmetic: must the replicas that
 * acknowledged a write intersect the replicas that answer a read?
 *
 * Each level is a requirement on how many replicas answer, anywhere, in the
 * coordinator's region only (LOCAL_*), or in every region (EACH_QUORUM, ALL).
 * An adversary picks which replicas acknowledge the write and which answer the
 * read; if some choice meets both levels with no replica in common, the read can
 * miss the write (decided in closed form in `canMiss`, not by enumerating choices).
 * Source: DataStax, "How is the consistency level configured?" (Cassandra 2.2 docs).
 */

type Requirement =
  | { kind: 'count'; n: number; local: boolean }
  | { kind: 'each'; need: (rf: number) => number };

const majority = (n: number): number => Math.floor(n / 2) + 1;

function requirement(level: string, rfs: number[], home: number): Requirement {
  const total = rfs.reduce((a, b) => a + b, 0);
  switch (level) {
    case 'ANY': return { kind: 'count', n: 0, local: false };
    case 'ONE': return { kind: 'count', n: 1, local: false };
    case 'TWO': return { kind: 'count', n: 2, local: false };
    case 'THREE': return { kind: 'count', n: 3, local: false };
    case 'QUORUM':
    case 'SERIAL': return { kind: 'count', n: majority(total), local: false };
    case 'LOCAL_ONE': return { kind: 'count', n: 1, local: true };
    case 'LOCAL_QUORUM':
    case 'LOCAL_SERIAL': return { kind: 'count', n: majority(rfs[home] ?? 0), local: true };
    case 'EACH_QUORUM': return { kind: 'each', need: majority };
    case 'ALL': return { kind: 'each', need: (rf) => rf };
    default: throw new Error(`unknown consistency level ${level}`);
  }
}

/**
 * Can a read in region `reader` miss a write coordinated in region `writer`?
 * Say the write reaches w[d] replicas in region d and the read the other
 * rf[d] − w[d] (answering from more replicas only helps a read, so the adversary's
 * best read uses all of them). Every level bounds w: per region (LOCAL_*, EACH_QUORUM,
 * ALL) or in total (the others). So a miss is possible exactly when the per-region
 * bounds lo[d] ≤ w[d] ≤ hi[d] are consistent and their sums reach the total bounds:
 * linear in regions, where enumerating the splits was exponential.
 */
function canMiss(writeLevel: string, readLevel: string, rfs: number[], writer: number, reader: number): boolean {
  const wr = requirement(writeLevel, rfs, writer);
  const rr = requirement(readLevel, rfs, reader);
  const total = rfs.reduce((a, b) => a + b, 0);
  const lo = rfs.map(() => 0);
  const hi = [...rfs];
  let atLeast = 0;
  let atMost = total;
  // The write's replicas meet its level.
  if (wr.kind === 'each') rfs.forEach((rf, d) => { lo[d] = Math.max(lo[d]!, wr.need(rf)); });
  else if (wr.local) lo[writer] = Math.max(lo[writer] ?? 0, wr.n);
  else atLeast = wr.n;
  // The rest of the replicas meet the read's level.
  if (rr.kind === 'each') rfs.forEach((rf, d) => { hi[d] = Math.min(hi[d]!, rf - rr.need(rf)); });
  else if (rr.local) hi[reader] = Math.min(hi[reader] ?? 0, (rfs[reader] ?? 0) - rr.n);
  else atMost = total - rr.n;
  if (lo.some((l, d) => l > hi[d]!)) return false;
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  return Math.max(atLeast, sum(lo)) <= Math.min(atMost, sum(hi));
}

export type Overlap = 'global' | 'local' | 'none';

/** `global`: every read sees every acknowledged write; `local`: only reads in the writer's region do; `none`: neither. */
export function quorumOverlap(writeLevel: string, readLevel: string, replicasPerRegion: number[]): Overlap {
  const regions = replicasPerRegion.map((_, i) => i);
  const sameRegion = regions.every((d) => !canMiss(writeLevel, readLevel, replicasPerRegion, d, d));
  if (!sameRegion) return 'none';
  const anyPair = regions.every((w) => regions.every((r) => !canMiss(writeLevel, readLevel, replicasPerRegion, w, r)));
  return anyPair ? 'global' : 'local';
}

/**
 * The overlap a data set gets from where it is actually written (`writers`) and read
 * (`readers`), as indices into the per-region replica counts: `global` when no read in
 * a reading region can miss a write from a writing region; `local` when every reading
 * region also writes and a read there sees that region's writes (a client pinned to its
 * region reads its own writes); `none` otherwise - a region that only reads gets
 * other regions' writes with no guaranteed overlap.
 */
export function quorumOverlapFor(writeLevel: string, readLevel: string, replicasPerRegion: number[], writers: number[], readers: number[]): Overlap {
  if (writers.every((w) => readers.every((r) => !canMiss(writeLevel, readLevel, replicasPerRegion, w, r)))) return 'global';
  const pinned = readers.every((r) => writers.includes(r) && !canMiss(writeLevel, readLevel, replicasPerRegion, r, r));
  return pinned ? 'local' : 'none';
}
