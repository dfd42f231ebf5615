import { simulate } from '../../analysis/simulate/index.js';
import { scenarioMatrix } from '../../analysis/simulate/matrix.js';
import type { Failure, ScenarioResult } from '../../analysis/simulate/types.js';
import { loadKnowledge } from '../../knowledge/index.js';
import { lookup } from '../../model/lookup.js';
import { requirementLevels } from '../../model/requirements.js';
import { formatDuration } from '../../model/units.js';
import { DISRUPTIONS, type Dataset, type Disruption, type RecoveryTarget } from '../../model/types.js';
import { classification } from '../analysis-context.js';
import type { CheckContext, CheckFunction, CheckResult } from '../types.js';

/** The scenarios of one disruption type for a data set's store (node failures: its own leader). */
function scenarios(ctx: CheckContext, kind: Disruption, store: string): Failure[][] {
  if (kind === 'node') return [[{ kind: 'node', target: store }]];
  const matrix = ctx.knowledge.memo('simulate/matrix', () => scenarioMatrix(ctx.model));
  return matrix.filter((s) => s[0]?.kind === kind);
}

function run(ctx: CheckContext, failures: Failure[]): ScenarioResult {
  const key = `simulate/${JSON.stringify(failures)}`;
  return ctx.knowledge.memo(key, () => simulate(ctx.model, classification(ctx), loadKnowledge(), failures));
}

/** The most specific recovery target per disruption type (the data set's, its store's, the system's). */
function policy(ctx: CheckContext, ds: Dataset): Map<Disruption, { target: RecoveryTarget; label: string }> {
  const store = lookup(ctx.model).datastores.get(ds.store);
  const levels = requirementLevels(ctx.model, { ...ds, label: `data set '${ds.name}' requirement` }, store ? { ...store, label: `store '${store.name}' requirement` } : undefined);
  const out = new Map<Disruption, { target: RecoveryTarget; label: string }>();
  for (const kind of DISRUPTIONS) {
    const level = levels.find((l) => l.requirements?.recovery?.[kind] !== undefined);
    const target = level?.requirements?.recovery?.[kind];
    if (level && target) out.set(kind, { target, label: level.label });
  }
  return out;
}

const fmt = (ms: number): string => (ms === 0 ? '0s' : formatDuration(ms));

/**
 * Runs the simulation's scenarios of each disruption type the recovery policy names and
 * reports a data set whose estimated RTO or RPO in some scenario exceeds the target.
 */
export const recoveryPolicy: CheckFunction<Record<string, never>> = {
  name: 'recovery-policy',
  description: 'Reports data sets whose estimated recovery time or data loss in a simulated failure exceeds the recovery policy.',
  optionsSchema: { type: 'object', additionalProperties: false },
  run(node, _options, ctx) {
    const ds = node as Dataset;
    const results: CheckResult[] = [];
    for (const [kind, { target, label }] of policy(ctx, ds)) {
      for (const measure of ['rto', 'rpo'] as const) {
        const limit = target[measure];
        if (limit === undefined) continue;
        const broken: Array<{ id: string; ms: number | null; basis: string }> = [];
        for (const failures of scenarios(ctx, kind, ds.store)) {
          const result = run(ctx, failures);
          const effect = result.stores.find((s) => s.name === ds.store);
          if (!effect) continue;
          if (measure === 'rto' && (effect.rto.ms === null || effect.rto.ms > limit)) broken.push({ id: result.id, ms: effect.rto.ms, basis: effect.rto.basis });
          if (measure === 'rpo' && effect.ackedWritesLost && (effect.rpo.ms === null || effect.rpo.ms > limit)) broken.push({ id: result.id, ms: effect.rpo.ms, basis: effect.rpo.basis });
        }
        const first = broken[0];
        if (!first) continue;
        const more = broken.length > 1 ? ` (and ${broken.length - 1} more ${kind} scenario${broken.length === 2 ? '' : 's'}: ${broken.slice(1, 4).map((b) => b.id).join(', ')}${broken.length > 4 ? ', …' : ''})` : '';
        results.push({
          path: ds.path,
          message: `in scenario '${first.id}', '${ds.name}' on '${ds.store}' has ${first.ms === null ? `no bound on its ${measure.toUpperCase()}` : `an estimated ${measure.toUpperCase()} of ${fmt(first.ms)}`}, above the ${kind} ${measure} target of ${fmt(limit)} (${label}): ${first.basis}${more}`,
        });
      }
    }
    return results;
  },
};
