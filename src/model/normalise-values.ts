/** Reading raw (schema-valid) YAML values into typed ones: the small helpers every normaliser uses. */
import { parseDuration, parsePercent } from './units.js';
import type * as M from './types.js';

export type Raw = Record<string, unknown>;
export const list = <T = Raw>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);
export const strings = (v: unknown): string[] => list<unknown>(v).map(String);
export const obj = (v: unknown): Raw => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {});
export const opt = <T>(v: unknown, f: (x: string) => T): T | undefined => (typeof v === 'string' ? f(v) : undefined);
export const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

export function requirements(v: unknown): Partial<M.Requirements> {
  if (v === undefined) return {};
  const r = obj(v);
  const lat = obj(r['latency']);
  const percentiles = (p: unknown): M.Percentiles => {
    const o = obj(p);
    const out: M.Percentiles = {};
    for (const k of ['p50', 'p90', 'p95', 'p99', 'p999'] as const) if (typeof o[k] === 'string') out[k] = parseDuration(o[k]);
    return out;
  };
  const out: Partial<M.Requirements> = {};
  const availability = opt(r['availability'], parsePercent);
  if (availability !== undefined) out.availability = availability;
  if (r['latency'] !== undefined) {
    out.latency = {};
    if (lat['read'] !== undefined) out.latency.read = percentiles(lat['read']);
    if (lat['write'] !== undefined) out.latency.write = percentiles(lat['write']);
  }
  const rpo = opt(r['rpo'], parseDuration);
  if (rpo !== undefined) out.rpo = rpo;
  const rto = opt(r['rto'], parseDuration);
  if (rto !== undefined) out.rto = rto;
  if (r['tolerate'] !== undefined) {
    const t = obj(r['tolerate']);
    out.tolerate = { nodes: Number(t['nodes'] ?? 0), zones: Number(t['zones'] ?? 0), regions: Number(t['regions'] ?? 0) };
  }
  if (typeof r['partitionPreference'] === 'string') out.partitionPreference = r['partitionPreference'] as M.PartitionPreference;
  if (r['recovery'] !== undefined) out.recovery = recovery(obj(r['recovery']));
  return out;
}

function recovery(r: Raw): M.RecoveryPolicy {
  const out: M.RecoveryPolicy = {};
  for (const kind of ['node', 'zone', 'region', 'partition'] as const) {
    if (r[kind] === undefined) continue;
    const t = obj(r[kind]);
    const target: M.RecoveryTarget = {};
    const rto = opt(t['rto'], parseDuration);
    const rpo = opt(t['rpo'], parseDuration);
    if (rto !== undefined) target.rto = rto;
    if (rpo !== undefined) target.rpo = rpo;
    out[kind] = target;
  }
  return out;
}

export function withRequirements<T extends object>(node: T, v: unknown): T & { requirements?: Partial<M.Requirements> } {
  return v === undefined ? node : { ...node, requirements: requirements(v) };
}

