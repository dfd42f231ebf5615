import { analyseWorkflow, failingStepsAfter } from '../../analysis/workflow.js';
import type { Workflow } from '../../model/types.js';
import type { CheckFunction, CheckResult } from '../types.js';

/**
 * Checks the step order of an all-or-nothing workflow (compensatable steps, then
 * the pivot, then retriable steps). `check: missing-compensation` reports steps
 * of our own with no compensation that later steps can still undo the need for;
 * `check: pivot-order` reports a step that cannot be compensated by nature
 * (external, or declared pivot) placed before steps that can fail.
 */
export const sagaSteps: CheckFunction<{ check: 'missing-compensation' | 'pivot-order' }> = {
  name: 'saga-steps',
  description: 'Checks compensations and pivot placement in an all-or-nothing workflow.',
  optionsSchema: {
    type: 'object',
    properties: { check: { enum: ['missing-compensation', 'pivot-order'] } },
    required: ['check'],
    additionalProperties: false,
  },
  run(node, options, ctx) {
    const workflow = node as Workflow;
    // Atomic commit (2PC) and one local transaction undo by rollback, not by compensation.
    if (workflow.atomicity !== 'all-or-nothing' || workflow.protocol === '2pc' || workflow.protocol === 'local') return [];
    const analysis = analyseWorkflow(workflow, ctx.model);
    const results: CheckResult[] = [];
    for (const s of analysis.steps) {
      if (s.kind !== 'pivot') continue;
      const failing = failingStepsAfter(analysis, s.index);
      if (failing.length === 0) continue;
      const byNature = s.step.external || s.step.pivot;
      const names = failing.map((f) => `'${f.step.name}'`).join(', ');
      if (options.check === 'pivot-order' && byNature) {
        results.push({
          path: s.step.path,
          message: `step '${s.step.name}' of workflow '${workflow.name}' cannot be compensated${s.step.external ? ' (it calls an external system)' : ''}, yet ${names} after it can still fail; a failure there leaves the workflow neither done nor undone`,
        });
      } else if (options.check === 'missing-compensation' && !byNature) {
        results.push({
          path: s.step.path,
          message: `step '${s.step.name}' of all-or-nothing workflow '${workflow.name}' has no compensation, but ${names} after it can fail; nothing would undo '${s.step.name}'`,
        });
      }
    }
    return results;
  },
};
