/**
 * How many failures a replica group survives. Crash-fault consensus (Paxos, Raft)
 * needs n ≥ 2f + 1 replicas for f failures; Byzantine agreement needs n ≥ 3f + 1
 * (Lamport, Shostak, Pease 1982; facts.md §6.1). With majority quorums, no split
 * over two failure domains survives losing the larger one: three domains (or two
 * plus a witness) are needed (facts.md §6.1, confirmed by CockroachDB, FoundationDB
 * and DynamoDB MRSC documentation).
 */
import { UsageError } from '../errors.js';
import { majority } from './quorum.js';

export const crashReplicasNeeded = (f: number): number => 2 * f + 1;
export const byzantineReplicasNeeded = (f: number): number => 3 * f + 1;
export const crashFaultsTolerated = (n: number): number => Math.max(0, Math.floor((n - 1) / 2));
export const byzantineFaultsTolerated = (n: number): number => Math.max(0, Math.floor((n - 1) / 3));

export interface PlacementInput {
  /** Replicas per region. */
  placement: Readonly<Record<string, number>>;
  /** Zones the replicas of each region are spread over, round-robin (default: replicas in the region, at most 3). */
  zones?: number | Readonly<Record<string, number>>;
  /** Replicas that must remain for writes to go on (default: a majority of all replicas). */
  quorum?: number;
}

export interface LossOutcome {
  /** Failure domains lost together (the worst choice). */
  lost: string[];
  remaining: number;
  /** A quorum remains after the worst loss. */
  survives: boolean;
  /** At least one copy remains after the worst loss (what async replication needs to avoid total loss). */
  copyRemains: boolean;
  /** Each single domain whose loss alone leaves no quorum. */
  breaking: string[];
}

export interface FaultToleranceReport {
  replicas: number;
  quorum: number;
  node: LossOutcome;
  zone: LossOutcome;
  region: LossOutcome;
  explanation: string;
}

/** Failure domains and the replicas each holds. */
type Domains = Array<[string, number]>;

function zoneDomains(input: PlacementInput): Domains {
  const out: Domains = [];
  for (const [region, count] of Object.entries(input.placement)) {
    const given = typeof input.zones === 'number' ? input.zones : input.zones?.[region];
    const zones = Math.max(1, Math.min(count, given ?? Math.min(count, 3)));
    for (let z = 0; z < zones; z++) {
      const held = Math.floor(count / zones) + (z < count % zones ? 1 : 0);
      if (held > 0) out.push([`${region}/zone-${z + 1}`, held]);
    }
  }
  return out;
}

/** The worst loss of `k` domains: the k that hold the most replicas. */
export function worstLoss(domains: Domains, total: number, quorum: number, k = 1): LossOutcome {
  const sorted = [...domains].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const lostDomains = sorted.slice(0, k);
  const remaining = total - lostDomains.reduce((s, [, n]) => s + n, 0);
  return {
    lost: lostDomains.map(([name]) => name),
    remaining,
    survives: remaining >= quorum,
    copyRemains: remaining > 0,
    breaking: domains.filter(([, n]) => total - n < quorum).map(([name]) => name),
  };
}

/** Whether losing one node, one zone or one region leaves a quorum, and which loss breaks it. */
export function analyseFaultTolerance(input: PlacementInput, tolerate: { nodes?: number; zones?: number; regions?: number } = {}): FaultToleranceReport {
  const entries = Object.entries(input.placement);
  if (entries.length === 0 || entries.some(([, n]) => !Number.isInteger(n) || n < 0)) {
    throw new UsageError('a placement gives a non-negative whole number of replicas per region');
  }
  const replicas = entries.reduce((s, [, n]) => s + n, 0);
  const quorum = input.quorum ?? majority(replicas);
  const nodes: Domains = entries.flatMap(([region, n]) => Array.from({ length: n }, (_, i): [string, number] => [`${region}#${i + 1}`, 1]));
  const node = worstLoss(nodes, replicas, quorum, tolerate.nodes ?? 1);
  const zone = worstLoss(zoneDomains(input), replicas, quorum, tolerate.zones ?? 1);
  const region = worstLoss(entries.filter(([, n]) => n > 0), replicas, quorum, tolerate.regions ?? 1);
  const say = (kind: string, o: LossOutcome) =>
    o.survives ? `losing ${o.lost.join(' + ')} leaves ${o.remaining} of ${replicas}, still a quorum of ${quorum}`
      : `losing ${o.lost.join(' + ')} leaves ${o.remaining} of ${replicas}, short of a quorum of ${quorum}` +
        (o.breaking.length ? ` (${kind} losses that break it: ${o.breaking.join(', ')})` : '');
  return {
    replicas, quorum, node, zone, region,
    explanation: [say('node', node), say('zone', zone), say('region', region)].join('; '),
  };
}
