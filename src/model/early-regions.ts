/**
 * Region ids checked even when the schema check failed, so a mistyped region is
 * reported in the same run as the schema errors rather than only after they are
 * fixed: the top-level regions, and the regions of stores and services.
 */
import type { Issue, ModelContext } from './normalise.js';
import { unknownRegion } from './normalise.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function regionTypos(value: unknown, ctx: ModelContext): Issue[] {
  if (!isObject(value)) return [];
  const issues: Issue[] = [];
  const custom = new Set<string>();
  const top = Array.isArray(value['regions']) ? value['regions'] : [];
  top.forEach((entry, i) => {
    if (isObject(entry) && typeof entry['id'] === 'string') custom.add(entry['id']);
    else if (typeof entry === 'string' && !ctx.findRegion(entry)) issues.push({ path: `regions[${i}]`, code: 'unknown-region', message: unknownRegion(entry, ctx) });
  });
  for (const section of ['datastores', 'services'] as const) {
    const items = Array.isArray(value[section]) ? value[section] : [];
    items.forEach((item, i) => {
      const regions = isObject(item) && Array.isArray(item['regions']) ? item['regions'] : [];
      regions.forEach((r, j) => {
        if (typeof r === 'string' && !custom.has(r) && !ctx.findRegion(r)) issues.push({ path: `${section}[${i}].regions[${j}]`, code: 'unknown-region', message: unknownRegion(r, ctx) });
      });
    });
  }
  return issues;
}
