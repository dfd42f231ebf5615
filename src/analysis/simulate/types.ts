/**
 * Failure scenarios and their effects (`archcap simulate`). A scenario is a set of
 * failures happening together; its effects are derived from the model, the
 * classification of every store and topic, and the knowledge base.
 */

/** One failure. Regions are region ids of the model; zones are numbered 1..n within a region. */
export type Failure =
  | { kind: 'region'; region: string }
  | { kind: 'zone'; region: string; zone: number }
  /** A network partition: `sides[0]` cannot reach `sides[1]`; every other region sits with `sides[1]`. */
  | { kind: 'partition'; sides: [string[], string[]] }
  /** One node of a store (its leader, the worst case) or one instance of a service crashes. */
  | { kind: 'node'; target: string }
  /** A store's primary / leader fails over (planned or not). */
  | { kind: 'failover'; store: string }
  /** The clocks of one region's nodes are off by `ms`. */
  | { kind: 'skew'; region: string; ms: number }
  /** A service (or the outside system behind it) is down everywhere. */
  | { kind: 'down'; service: string };

export type FailureKind = Failure['kind'];

/** What one side of the world can do with a store or topic. */
export type OpState = 'available' | 'stale' | 'unavailable';

export interface Estimate {
  /** Milliseconds; null when no bound can be given (a manual runbook without a target, a partition that must heal). */
  ms: number | null;
  basis: string;
}

export interface SideEffect {
  /** The regions of this side (clients and replicas there can talk to each other). */
  regions: string[];
  /** Replicas of the store reachable on this side, of all its replicas. */
  replicas: number;
  reads: OpState;
  writes: OpState;
  /** Writes on this side wait for a failover (a new leader elected on this side). */
  afterFailover: boolean;
}

export interface StoreEffect {
  name: string;
  path: string;
  /** `store` or `topic`. */
  type: 'store' | 'topic';
  affected: boolean;
  sides: SideEffect[];
  /** Two sides accept writes at the same time (writes that may conflict). */
  splitBrain: boolean;
  ackedWritesLost: boolean;
  rpo: Estimate;
  rto: Estimate;
  reasons: string[];
  references: string[];
}

export type RequirementState = 'met' | 'degraded' | 'violated';

export interface DatasetEffect {
  name: string;
  path: string;
  store: string;
  requires: string;
  state: RequirementState;
  reasons: string[];
}

export type ServiceState = 'up' | 'degraded' | 'down';

export interface ServiceEffect {
  name: string;
  path: string;
  state: ServiceState;
  /** How callers meet a down dependency: `fails-fast` (timeouts and a breaker) or `piles-up`. */
  failureMode?: 'fails-fast' | 'piles-up';
  /** Regions where the service still serves fully. */
  servingRegions: string[];
  reasons: string[];
}

export interface WorkflowEffect {
  name: string;
  path: string;
  canStart: boolean;
  canComplete: boolean;
  /** The step where it stops, when it cannot complete. */
  stuckAt?: string;
  /** Steps undone, latest first, when an all-or-nothing saga stops before its pivot. */
  compensates: string[];
  /** Compensations that cannot run now (their service is down too). */
  compensationBlocked: string[];
  reasons: string[];
}

export interface TopicEffect {
  name: string;
  path: string;
  canPublish: boolean;
  canConsume: boolean;
  orderKept: boolean;
  reasons: string[];
}

export interface ScenarioResult {
  /** Canonical text of the scenario, e.g. `region=aws:us-east-1 + skew=aws:eu-west-1:500ms`. */
  id: string;
  failures: Failure[];
  /** The disruption class for recovery policies: the widest failure in the scenario. */
  disruption: 'none' | 'node' | 'zone' | 'region' | 'partition' | 'other';
  stores: StoreEffect[];
  topics: StoreEffect[];
  datasets: DatasetEffect[];
  services: ServiceEffect[];
  workflows: WorkflowEffect[];
  messaging: TopicEffect[];
}
