/**
 * Which requirement applies to a node: the most specific declaration wins (a data
 * set's or service's over its store's over the system's), field by field. Rules
 * and recommendations all resolve requirements here, so they agree on precedence.
 */
import type { Requirements, SystemModel } from './types.js';

/** One place requirements are declared, most specific first in a list of levels. */
export interface RequirementLevel {
  /** For messages: `system requirement`, `store 'ledger' requirement`, … */
  label: string;
  /** The YAML path of the node's `requirements`, for findings. */
  path: string;
  requirements: Partial<Requirements> | undefined;
}

interface Declaring {
  path: string;
  requirements?: Partial<Requirements>;
}

/** The levels for a node: each of `nodes` (most specific first), then the system. */
export function requirementLevels(model: SystemModel, ...nodes: Array<(Declaring & { label?: string }) | undefined>): RequirementLevel[] {
  const levels: RequirementLevel[] = [];
  for (const n of nodes) if (n) levels.push({ label: n.label ?? `${n.path} requirement`, path: `${n.path}.requirements`, requirements: n.requirements });
  levels.push({ label: 'system requirement', path: 'requirements', requirements: model.requirements });
  return levels;
}

/** The first level that declares `key`, with where it was declared. */
export function declaredRequirement<K extends keyof Requirements>(levels: RequirementLevel[], key: K): { value: Requirements[K]; label: string; path: string } | undefined {
  for (const level of levels) {
    const value = level.requirements?.[key];
    if (value !== undefined) return { value: value as Requirements[K], label: level.label, path: `${level.path}.${key}` };
  }
  return undefined;
}

/** Every field from its most specific level; `tolerate` field by field. */
export function mergedRequirements(levels: RequirementLevel[]): Requirements {
  const out: Requirements = { tolerate: { nodes: 0, zones: 0, regions: 0 } };
  for (const level of [...levels].reverse()) {
    const r = level.requirements;
    if (!r) continue;
    Object.assign(out, { ...r, tolerate: { ...out.tolerate, ...r.tolerate } });
  }
  return out;
}
