/**
 * From recommendations to generator requests: every pattern the recommendations
 * call for, once, with the inputs they carry (later recommendations add to, never
 * override, what earlier ones set; list inputs, such as one saga per workflow, are
 * joined, and list items declared in `patternListItems` are collected from all of them, in order).
 */
import type { Recommendation } from './types.js';

export interface PatternRequestLike {
  pattern: string;
  inputs: Record<string, unknown>;
}

export function patternRequests(recommendations: Recommendation[], only?: string[]): PatternRequestLike[] {
  const byPattern = new Map<string, Record<string, unknown>>();
  for (const r of recommendations) {
    for (const pattern of r.patterns) {
      const inputs = byPattern.get(pattern) ?? {};
      for (const [key, value] of Object.entries(r.patternInputs?.[pattern] ?? {})) {
        const earlier = inputs[key];
        if (!(key in inputs)) inputs[key] = value;
        else if (Array.isArray(earlier) && Array.isArray(value)) inputs[key] = [...earlier, ...value];
      }
      for (const [key, items] of Object.entries(r.patternListItems?.[pattern] ?? {})) {
        const collected = inputs[key];
        inputs[key] = [...(Array.isArray(collected) ? collected : []), ...items];
      }
      byPattern.set(pattern, inputs);
    }
  }
  const requests = [...byPattern.entries()].map(([pattern, inputs]) => ({ pattern, inputs }));
  return only ? requests.filter((r) => only.includes(r.pattern)) : requests;
}
