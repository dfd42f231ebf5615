/**
 * What a scenario does to one store or topic: on each side of the world, whether
 * reads and writes are served (fresh, stale, or not at all), whether a failover
 * happens and loses acknowledged writes, and estimates of RPO and RTO.
 *
 * The partition behaviour comes from the store's classification (the engine profile
 * decides it per configuration); this module only applies it to replica counts.
 */
import type { StoreClassification } from '../classify-store.js';
import { majority } from '../quorum.js';
import { defaultFailover, failoverTimes } from '../../knowledge/failover-times.js';
import type { ConflictResolution, Failover, SettingValue, Topology } from '../../model/types.js';
import { formatDuration } from '../../model/units.js';
import { replicaState, type ReplicaState, type World } from './world.js';
import type { Estimate, OpState, SideEffect, StoreEffect } from './types.js';

export interface StoreInput {
  name: string;
  path: string;
  type: 'store' | 'topic';
  engine: string;
  regions: string[];
  placement: Record<string, number>;
  zones?: number;
  topology?: Topology;
  failover?: Failover;
  conflictResolution?: ConflictResolution;
  settings: Record<string, SettingValue>;
  /** Declared recovery target (the store's or the system's rto), used for manual failover. */
  rto?: number;
  classification: StoreClassification;
}

interface Context {
  input: StoreInput;
  state: ReplicaState;
  mode: Failover;
  /** Index of the side that elects a new leader, or -1. */
  electing: number;
  reasons: string[];
}

const reach = (state: ReplicaState, side: readonly string[]): number => side.reduce((n, r) => n + (state.up.get(r) ?? 0), 0);

function holdsLeader(ctx: Context, side: readonly string[]): boolean {
  return !ctx.state.leaderLost && ctx.state.leaderRegion !== undefined && side.includes(ctx.state.leaderRegion);
}

/** The side that promotes a new leader when the old one is lost or cut off, or -1. */
function electingSide(ctx: Omit<Context, 'electing'>, sides: string[][]): number {
  const { state, mode } = ctx;
  const quorum = majority(state.total);
  const leaderSide = sides.findIndex((s) => holdsLeader({ ...ctx, electing: -1 }, s));
  if (mode === 'manual') return -1;
  // A control plane outside the replicas (Patroni's etcd, a managed database's HA) acts
  // as the deciding vote: it promotes on a side holding at least half of the replicas,
  // and breaks a tie toward the side where the leader lives.
  if (mode === 'external') {
    const home = sides.findIndex((s) => state.leaderRegion !== undefined && s.includes(state.leaderRegion));
    for (let i = 0; i < sides.length; i++) {
      if (i === leaderSide) continue;
      const n = reach(state, sides[i]!);
      if (n > 0 && (2 * n > state.total || (2 * n === state.total && i === home))) return i;
    }
    return -1;
  }
  for (let i = 0; i < sides.length; i++) if (i !== leaderSide && reach(state, sides[i]!) >= quorum) return i;
  return -1;
}

/**
 * Single-leader writes: the leader's side serves, a side that promotes a new leader
 * serves after the failover. A consistent (CP) store with automatic failover fences an
 * old leader that is cut off from a majority (Patroni demotes it when its leader key
 * lapses, a MongoDB primary steps down), so two leaders never take writes at once.
 */
function leaderWrites(ctx: Context, side: string[], i: number, fenced: boolean): { state: OpState; afterFailover: boolean } {
  if (holdsLeader(ctx, side)) {
    const othersElect = ctx.electing >= 0 && ctx.electing !== i;
    const n = reach(ctx.state, side);
    const minority = ctx.mode === 'automatic' ? n < majority(ctx.state.total) : ctx.mode === 'external' && 2 * n < ctx.state.total;
    if (fenced && (othersElect || minority)) return { state: 'unavailable', afterFailover: false };
    return { state: 'available', afterFailover: false };
  }
  if (ctx.electing === i) return { state: 'available', afterFailover: true };
  return { state: 'unavailable', afterFailover: false };
}

function localQuorum(ctx: Context, side: readonly string[]): boolean {
  return side.some((r) => (ctx.input.placement[r] ?? 0) > 0 && (ctx.state.up.get(r) ?? 0) >= majority(ctx.input.placement[r] ?? 0));
}

function everyRegionQuorum(ctx: Context, side: readonly string[]): boolean {
  return ctx.input.regions.every((r) => (ctx.input.placement[r] ?? 0) === 0 || (side.includes(r) && (ctx.state.up.get(r) ?? 0) >= majority(ctx.input.placement[r] ?? 0)));
}

/** Replicas a numbered consistency level (Cassandra's TWO, THREE) must reach, whatever the behaviour. */
const LEVEL_REPLICAS: Record<string, number> = { TWO: 2, THREE: 3 };

/** One operation on one side, under the behaviour the classification names. */
function operation(ctx: Context, behaviour: string, side: string[], i: number, op: 'reads' | 'writes'): { state: OpState; afterFailover: boolean } {
  const reachable = reach(ctx.state, side);
  const none = { state: 'unavailable' as OpState, afterFailover: false };
  if (reachable === 0) return none;
  const level = ctx.input.settings[op === 'reads' ? 'readConsistency' : 'writeConsistency'];
  if (reachable < (LEVEL_REPLICAS[String(level)] ?? 1)) return none;
  const cp = ctx.input.classification.cap === 'CP';
  const singleLeader = (ctx.input.topology ?? 'single-leader') === 'single-leader';
  const consensusRestart = ctx.state.leaderLost && ctx.input.topology === 'consensus';
  switch (behaviour) {
    case 'available':
      // A single-leader store that keeps its primary writable on a minority side (Redis with Sentinel).
      return singleLeader ? leaderWrites(ctx, side, i, false) : { state: 'available', afterFailover: false };
    case 'available-stale':
      return { state: holdsLeader(ctx, side) || ctx.electing === i || !singleLeader && reachable >= majority(ctx.state.total) ? 'available' : 'stale', afterFailover: false };
    case 'available-local-quorum':
      return localQuorum(ctx, side) ? { state: 'available', afterFailover: false } : none;
    case 'unavailable-minority':
      return reachable >= majority(ctx.state.total) ? { state: 'available', afterFailover: consensusRestart || (singleLeader && !holdsLeader(ctx, side)) } : none;
    case 'unavailable-without-leader':
      return leaderWrites(ctx, side, i, cp);
    case 'unavailable-if-any-region-down':
      return everyRegionQuorum(ctx, side) ? { state: 'available', afterFailover: false } : none;
    case 'unavailable-if-any-replica-down':
      return reachable === ctx.state.total ? { state: 'available', afterFailover: ctx.state.leaderLost } : none;
    case 'unavailable-without-quorum-of-isr': {
      const minIsr = typeof ctx.input.settings['minInsyncReplicas'] === 'number' ? ctx.input.settings['minInsyncReplicas'] : 1;
      const acksAll = String(ctx.input.settings['acks'] ?? 'all') === 'all';
      const leader = leaderWrites(ctx, side, i, true);
      return leader.state === 'available' && reachable >= (acksAll ? minIsr : 1) ? leader : none;
    }
    default:
      ctx.reasons.push(`the partition behaviour '${behaviour}' is not modelled by the simulation; taken as ${cp ? 'majority-only (CP)' : 'any-replica (AP)'}`);
      return cp ? (reachable >= majority(ctx.state.total) ? { state: 'available', afterFailover: ctx.state.leaderLost } : none) : { state: 'available', afterFailover: false };
  }
}

function failoverEstimate(input: StoreInput, mode: Failover): Estimate {
  const entry = failoverTimes().get(input.engine);
  if (mode === 'manual') {
    return input.rto !== undefined
      ? { ms: input.rto, basis: `manual failover: the declared recovery target (${formatDuration(input.rto)}) is the runbook's promise, not a measurement` }
      : { ms: null, basis: 'manual failover: until an operator promotes a replica' };
  }
  if (entry?.automaticMs !== undefined) return { ms: entry.automaticMs, basis: `${entry.basis} (${entry.source})` };
  return { ms: null, basis: `${mode} failover: the engine documents no failover time` };
}

export function simulateStore(input: StoreInput, world: World): StoreEffect {
  const state = replicaState(world, input.name, input);
  const mode = input.failover ?? defaultFailover(input.engine, input.settings, input.topology);
  const base = { input, state, mode, reasons: [] as string[] };
  const sides = world.sides.filter((s) => s.length > 0);
  const ctx: Context = { ...base, electing: electingSide(base, sides) };
  const { onPartition, references } = input.classification;
  const sideEffects: SideEffect[] = sides.map((side, i) => {
    const w = operation(ctx, onPartition.writes, side, i, 'writes');
    const r = operation(ctx, onPartition.reads, side, i, 'reads');
    // A side whose writes go to a different leader than the reads' still reads what it can reach.
    return { regions: side, replicas: reach(state, side), reads: r.state, writes: w.state, afterFailover: w.afterFailover || r.afterFailover };
  });
  const lostReplicas = state.total - [...state.up.values()].reduce((a, b) => a + b, 0);
  const affected = lostReplicas > 0 || state.leaderLost || sides.filter((s) => s.some((r) => input.regions.includes(r))).length > 1;
  const writers = sideEffects.filter((s) => s.writes !== 'unavailable');
  const splitBrain = writers.length > 1;
  const failedOver = sideEffects.some((s) => s.afterFailover);
  const reasons = ctx.reasons;
  if (lostReplicas > 0) reasons.push(`${lostReplicas} of ${state.total} replicas are down`);
  if (state.leaderLost) reasons.push(`the leader (in ${state.leaderRegion ?? 'its first region'}) is down`);
  // Leaderless and consensus stores elect nothing a reader should hear about: their sides simply serve or not.
  if (ctx.electing >= 0 && (input.topology ?? 'single-leader') === 'single-leader') reasons.push(`${mode} failover promotes a replica in ${sides[ctx.electing]!.join(', ')}`);
  else if ((state.leaderLost || sides.length > 1) && mode === 'manual' && onPartition.writes === 'unavailable-without-leader') reasons.push('failover is manual: writes wait for an operator');
  let lost = false;
  let rpo: Estimate = { ms: 0, basis: 'every acknowledged write is on a replica that survives' };
  const totalUp = sideEffects.reduce((n, s) => n + s.replicas, 0);
  if (state.total > 0 && totalUp === 0) {
    lost = true;
    rpo = { ms: null, basis: 'every replica is lost: what is not in a backup outside the lost places is gone' };
    reasons.push('no replica survives');
  } else if (onPartition.ackedWritesLostOnFailover && (failedOver || (state.leaderLost && mode === 'manual'))) {
    lost = true;
    rpo = { ms: null, basis: 'the promoted replica lacks the writes the old leader acknowledged but had not yet replicated (asynchronous replication: bounded only by the replication lag at the moment of failure)' };
    reasons.push(failedOver ? 'the failover loses acknowledged writes that had not reached the promoted replica' : 'promoting a replica by hand will lose the acknowledged writes it had not received');
  } else if (splitBrain && input.conflictResolution !== 'crdt') {
    lost = true;
    rpo = { ms: null, basis: `both sides accept writes while the partition lasts; where they wrote the same key, ${input.conflictResolution === 'lww' || input.conflictResolution === undefined ? 'last-writer-wins keeps one write and discards the other' : 'conflict resolution may discard one of them'} on healing` };
    reasons.push('both sides accept writes (split brain)');
  }
  let rto: Estimate;
  const fresh = sideEffects.some((s) => s.writes === 'available' && !s.afterFailover);
  if (!affected || fresh) rto = { ms: 0, basis: 'writes go on without a failover' };
  else if (failedOver) rto = failoverEstimate(input, mode);
  else if (state.leaderLost && mode === 'manual') rto = failoverEstimate(input, mode);
  else if (sides.length > 1) rto = { ms: null, basis: 'no side can serve writes until the partition heals' };
  else rto = { ms: null, basis: 'no surviving replica can take over writes' };
  return {
    name: input.name, path: input.path, type: input.type, affected, sides: sideEffects,
    splitBrain, ackedWritesLost: lost, rpo, rto, reasons,
    references: [...references],
  };
}
