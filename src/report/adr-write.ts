/** Writing planned ADRs, each through generate's safe writer: edited records are conflicts unless `force`. */
import { writeFileSafely, type SafeWriteOptions } from '../generate/index.js';
import type { PlannedAdr } from './adr-plan.js';

export interface AdrWriteResult {
  created: string[];
  updated: string[];
  unchanged: string[];
  /** Files the user edited since archcap wrote them (or wrote themselves): left alone. */
  conflicts: { path: string; reason: string; diff: string }[];
  dryRun: boolean;
}

export function writeAdrs(outDir: string, adrs: PlannedAdr[], opts: SafeWriteOptions = {}): AdrWriteResult {
  const result: AdrWriteResult = { created: [], updated: [], unchanged: [], conflicts: [], dryRun: opts.dryRun ?? false };
  for (const adr of adrs) {
    const r = writeFileSafely(outDir, adr.path, adr.content, opts);
    for (const c of r.changes) (c.action === 'create' ? result.created : result.updated).push(c.path);
    result.unchanged.push(...r.unchanged);
    result.conflicts.push(...r.conflicts);
  }
  return result;
}

export function describeAdrWrite(r: AdrWriteResult, outDir: string): string {
  const verb = r.dryRun ? 'would ' : '';
  const lines = [
    ...r.created.map((p) => `${verb}create  ${p}`),
    ...r.updated.map((p) => `${verb}update  ${p}`),
    ...r.unchanged.map((p) => `unchanged  ${p}`),
    ...r.conflicts.map((c) => `kept       ${c.path} (${c.reason}; --force overwrites it)`),
  ];
  lines.push(`${r.created.length + r.updated.length} ${r.dryRun ? 'to write' : 'written'}, ${r.unchanged.length} unchanged, ${r.conflicts.length} kept as edited, in ${outDir}`);
  return `${lines.join('\n')}\n`;
}
