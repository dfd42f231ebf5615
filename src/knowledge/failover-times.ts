/**
 * Documented failover times per engine (rules/knowledge/failover-times.yaml), for the
 * RTO estimates of `archcap simulate`. Read on first use: only simulate needs it.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Failover, SettingValue } from '../model/types.js';
import { KnowledgeError } from './shape.js';
import { packagePath } from '../paths.js';

export interface FailoverTime {
  default?: Failover;
  defaultBySetting?: { setting: string; values: Record<string, Failover> };
  automaticMs?: number;
  basis: string;
  source: string;
}

const FILE = packagePath('rules/knowledge/failover-times.yaml');
let cached: Map<string, FailoverTime> | undefined;

export function failoverTimes(file = FILE): Map<string, FailoverTime> {
  if (cached && file === FILE) return cached;
  const doc = parse(readFileSync(file, 'utf8')) as { engines?: Record<string, FailoverTime> } | null;
  const map = new Map<string, FailoverTime>();
  for (const [engine, entry] of Object.entries(doc?.engines ?? {})) {
    if (typeof entry?.basis !== 'string' || typeof entry.source !== 'string') throw new KnowledgeError(file, `engines.${engine} needs a basis and a source`);
    if (entry.automaticMs !== undefined && !(Number.isFinite(entry.automaticMs) && entry.automaticMs >= 0)) throw new KnowledgeError(file, `engines.${engine}.automaticMs must be a non-negative number`);
    map.set(engine, entry);
  }
  if (file === FILE) cached = map;
  return map;
}

/** The failover mode a store gets when it declares none. */
export function defaultFailover(engine: string, settings: Record<string, SettingValue>, topology: string | undefined): Failover {
  const entry = failoverTimes().get(engine);
  const by = entry?.defaultBySetting;
  if (by) return by.values[String(settings[by.setting])] ?? 'manual';
  if (entry?.default) return entry.default;
  return topology === 'consensus' || topology === 'leaderless' ? 'automatic' : 'manual';
}
