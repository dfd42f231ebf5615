/**
 * Workflow structure, after Garcia-Molina & Salem's sagas (SIGMOD 1987) and the
 * compensatable / pivot / retriable step taxonomy: an all-or-nothing workflow
 * is safe when every step before the pivot can be compensated and every step
 * after it can only be retried until it succeeds.
 */
import type { SystemModel, Workflow, WorkflowStep } from '../model/types.js';
import { lookup } from '../model/lookup.js';

export type StepKind = 'compensatable' | 'pivot' | 'retriable';

export interface StepAnalysis {
  step: WorkflowStep;
  index: number;
  kind: StepKind;
  /** Can fail for good (so the steps before it may need undoing). */
  canFail: boolean;
  /** Data sets it commits, and the stores they live in. */
  commits: { dataset: string; store: string | undefined }[];
}

export interface WorkflowAnalysis {
  workflow: Workflow;
  steps: StepAnalysis[];
  /** Index of the pivot: the first step that cannot be compensated (declared or implied), if any. */
  pivot: number | undefined;
  /** Distinct services and stores the workflow writes through. */
  services: string[];
  stores: string[];
}

export function analyseWorkflow(workflow: Workflow, model: SystemModel): WorkflowAnalysis {
  const datasets = lookup(model).datasets;
  const steps = workflow.steps.map((step, index): StepAnalysis => {
    const kind: StepKind = step.compensation !== undefined && !step.pivot ? 'compensatable' : step.retriable ? 'retriable' : 'pivot';
    return {
      step,
      index,
      kind,
      canFail: !step.retriable,
      commits: step.writes.map((dataset) => ({ dataset, store: datasets.get(dataset)?.store })),
    };
  });
  const pivot = steps.find((s) => s.kind === 'pivot')?.index;
  const stores = [...new Set(steps.flatMap((s) => s.commits.map((c) => c.store)).filter((s): s is string => s !== undefined))];
  return { workflow, steps, pivot, services: [...new Set(workflow.steps.map((s) => s.service))], stores };
}

/** Steps after `index` that can still fail for good. */
export function failingStepsAfter(analysis: WorkflowAnalysis, index: number): StepAnalysis[] {
  return analysis.steps.slice(index + 1).filter((s) => s.canFail);
}
