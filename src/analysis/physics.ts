/**
 * Latency physics: how far apart two regions are and the least time a round trip
 * between them can take.
 *
 * The floor uses 200 km per ms for light in fibre (DESIGN.md): a group index of
 * about 1.5. Silica's 1.467 (facts.md §5.1: ≈204,190 km/s) would lower every floor
 * by 2%; real routes are never great circles, and over the 496 AWS region pairs
 * in the cloudping matrix the measured median RTT is at least 1.14× this floor,
 * so the floor stays a true lower bound. A rule may call an SLA "impossible" only
 * against the floor; the typical value (measured where published, else estimated)
 * is for warnings.
 */
import { UsageError } from '../errors.js';
import { findRegion, typicalRtt, type LatLon, type RegionInfo } from '../knowledge/regions.js';
import { regionsKnowledge } from '../knowledge/regions-load.js';

export const EARTH_RADIUS_KM = 6371;
/** Distance light covers in fibre per millisecond. */
export const FIBRE_KM_PER_MS = 200;

export type RegionResolver = (id: string) => RegionInfo | undefined;
export const knownRegions: RegionResolver = (id) => findRegion(id);

/**
 * Great-circle distance in km on a sphere of radius 6,371 km. The atan2 (Vincenty,
 * sphere) form stays accurate for every pair, nearly antipodal ones included, where
 * haversine's asin loses precision (a property test found it breaking the triangle
 * inequality there).
 */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const [p1, p2, dl] = [a.lat * rad, b.lat * rad, (b.lon - a.lon) * rad];
  const y = Math.hypot(Math.cos(p2) * Math.sin(dl), Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl));
  const x = Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl);
  return EARTH_RADIUS_KM * Math.atan2(y, x);
}

/** The least round-trip time, ms: 2 × distance / (200 km/ms). */
export function rttFloorMs(a: LatLon, b: LatLon): number {
  return (2 * greatCircleKm(a, b)) / FIBRE_KM_PER_MS;
}

/** One round trip between two regions, with the floor and the typical value. */
export interface Leg {
  from: string;
  to: string;
  distanceKm: number;
  floorMs: number;
  typicalMs: number;
  /** `measured`: a published median; `estimated`: floor × the median measured/floor ratio. */
  typicalKind: 'measured' | 'estimated';
  typicalSource: string;
}

interface Stretch {
  ratio: number;
  intraMs: number;
  pairs: number;
}
let stretch: Stretch | undefined;

/** Median measured/floor ratio and median intra-region RTT over the AWS matrix (derived once). */
export function measuredStretch(): Stretch {
  if (stretch) return stretch;
  const ids = [...regionsKnowledge().regions.values()].filter((r) => r.provider === 'aws').map((r) => r.id);
  const ratios: number[] = [];
  const intra: number[] = [];
  for (const [i, a] of ids.entries()) {
    for (const b of ids.slice(i)) {
      const measured = typicalRtt(a, b)?.ms;
      const floor = rttFloorMs(findRegion(a)!.location, findRegion(b)!.location);
      if (measured === undefined) continue;
      if (a === b) intra.push(measured);
      else if (floor > 0) ratios.push(measured / floor);
    }
  }
  stretch = { ratio: median(ratios), intraMs: median(intra), pairs: ratios.length };
  return stretch;
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function resolveRegion(id: string, resolve: RegionResolver = knownRegions): RegionInfo {
  const region = resolve(id);
  if (!region) throw new UsageError(`unknown region '${id}': use a known id such as aws:us-east-1, or give a custom region a location`);
  return region;
}

/** The round trip between two regions: floor, and typical (measured, else estimated). */
export function legBetween(from: string, to: string, resolve: RegionResolver = knownRegions): Leg {
  const a = resolveRegion(from, resolve);
  const b = resolveRegion(to, resolve);
  const distanceKm = greatCircleKm(a.location, b.location);
  const floorMs = (2 * distanceKm) / FIBRE_KM_PER_MS;
  const measured = typicalRtt(a.id, b.id);
  if (measured) return { from, to, distanceKm, floorMs, typicalMs: measured.ms, typicalKind: 'measured', typicalSource: measured.source };
  const s = measuredStretch();
  return {
    from, to, distanceKm, floorMs,
    typicalMs: round2(Math.max(floorMs * s.ratio, s.intraMs)),
    typicalKind: 'estimated',
    typicalSource: `estimated: ${round2(s.ratio)} × floor, the median measured/floor ratio over ${s.pairs} AWS region pairs (cloudping.co, p50 over one year, captured 2025-05-29)`,
  };
}

export const round2 = (x: number): number => Math.round(x * 100) / 100;

/** A latency with the legs that set it, so a rule can explain itself. */
export interface LatencyEstimate {
  floorMs: number;
  typicalMs: number;
  /** The legs that set the floor and the typical value (they may differ). */
  dominant: { floor: Leg[]; typical: Leg[] };
  explanation: string;
}

const ZERO: LatencyEstimate = { floorMs: 0, typicalMs: 0, dominant: { floor: [], typical: [] }, explanation: 'no network round trip is needed' };

export interface NearestOptions {
  /** The region that sends and waits (leader, coordinator). */
  from: string;
  /** Replicas per region. */
  placement: Readonly<Record<string, number>>;
  /** Acknowledgements needed, counting the sender's own when `selfIsReplica`. */
  acks: number;
  /** The sender is itself one of the replicas in its region and acks at once. */
  selfIsReplica?: boolean;
  resolve?: RegionResolver;
}

/** The round trip to the k-th nearest replica: what a quorum of k replicas waits for. */
export function kthNearestReplica(o: NearestOptions): LatencyEstimate {
  const total = Object.values(o.placement).reduce((s, n) => s + n, 0);
  if (!Number.isInteger(o.acks) || o.acks < 1 || o.acks > total) {
    throw new UsageError(`a quorum of ${o.acks} cannot be met by ${total} replicas`);
  }
  const self = o.selfIsReplica === true && (o.placement[o.from] ?? 0) > 0 ? 1 : 0;
  const needed = o.acks - self;
  if (needed === 0) return ZERO;
  const legs: Leg[] = [];
  for (const [region, count] of Object.entries(o.placement)) {
    const leg = legBetween(o.from, region, o.resolve);
    for (let i = 0; i < count - (region === o.from ? self : 0); i++) legs.push(leg);
  }
  const byFloor = [...legs].sort((a, b) => a.floorMs - b.floorMs)[needed - 1]!;
  const byTypical = [...legs].sort((a, b) => a.typicalMs - b.typicalMs)[needed - 1]!;
  return {
    floorMs: byFloor.floorMs,
    typicalMs: byTypical.typicalMs,
    dominant: { floor: [byFloor], typical: [byTypical] },
    explanation:
      `${o.acks} of ${total} replicas must acknowledge` + (self ? ` (the sender's own counts)` : '') +
      `; the ${ordinal(needed)} nearest other replica is ${byTypical.to}: ` +
      `round trip ≥ ${fmt(byFloor.floorMs)} ms by physics, ~${fmt(byTypical.typicalMs)} ms typical (${byTypical.typicalKind})`,
  };
}

/** A single leader waiting for the nearest majority of its replicas (Raft, Paxos, sync quorum commit). */
export function leaderCommitLatency(leader: string, placement: Readonly<Record<string, number>>, resolve?: RegionResolver): LatencyEstimate {
  const total = Object.values(placement).reduce((s, n) => s + n, 0);
  return kthNearestReplica({ from: leader, placement, acks: Math.floor(total / 2) + 1, selfIsReplica: true, ...(resolve ? { resolve } : {}) });
}

/** A coordinator in `from` waiting for `acks` replicas anywhere (Dynamo-style quorum, Cassandra QUORUM). */
export function quorumLatency(from: string, placement: Readonly<Record<string, number>>, acks: number, resolve?: RegionResolver): LatencyEstimate {
  return kthNearestReplica({ from, placement, acks, ...(resolve ? { resolve } : {}) });
}

/** A client in `client` making one request to a leader in `leader`. */
export function clientToLeader(client: string, leader: string, resolve?: RegionResolver): LatencyEstimate {
  const leg = legBetween(client, leader, resolve);
  return {
    floorMs: leg.floorMs, typicalMs: leg.typicalMs, dominant: { floor: [leg], typical: [leg] },
    explanation: `a request from ${client} to the leader in ${leader}: ≥ ${fmt(leg.floorMs)} ms, ~${fmt(leg.typicalMs)} ms typical (${leg.typicalKind})`,
  };
}

/** A client's write: the trip to the leader plus the leader's majority commit. */
export function clientWriteLatency(client: string, leader: string, placement: Readonly<Record<string, number>>, resolve?: RegionResolver): LatencyEstimate {
  const trip = clientToLeader(client, leader, resolve);
  const commit = leaderCommitLatency(leader, placement, resolve);
  return {
    floorMs: trip.floorMs + commit.floorMs,
    typicalMs: round2(trip.typicalMs + commit.typicalMs),
    dominant: { floor: [...trip.dominant.floor, ...commit.dominant.floor], typical: [...trip.dominant.typical, ...commit.dominant.typical] },
    explanation: `${trip.explanation}; then ${commit.explanation}`,
  };
}

/**
 * Read-your-writes across regions: a write accepted in `writeRegion`, read back in
 * `readRegion`. Either the read waits for replication (at least a one-way trip,
 * half the round trip) or it is sent back to the write's region (a full round trip).
 */
export function readYourWritesLatency(writeRegion: string, readRegion: string, resolve?: RegionResolver): { replicationLag: LatencyEstimate; readAtWriter: LatencyEstimate } {
  const leg = legBetween(writeRegion, readRegion, resolve);
  const half = { floorMs: leg.floorMs / 2, typicalMs: round2(leg.typicalMs / 2) };
  const dominant = { floor: [leg], typical: [leg] };
  return {
    replicationLag: { ...half, dominant, explanation: `a replica in ${readRegion} holds a write from ${writeRegion} no sooner than a one-way trip: ≥ ${fmt(half.floorMs)} ms, ~${fmt(half.typicalMs)} ms typical` },
    readAtWriter: { floorMs: leg.floorMs, typicalMs: leg.typicalMs, dominant, explanation: `reading in ${writeRegion} from ${readRegion} costs a round trip: ≥ ${fmt(leg.floorMs)} ms, ~${fmt(leg.typicalMs)} ms typical` },
  };
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));
const ordinal = (n: number): string => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
