/**
 * Workflows in a scenario: the first step whose service is down (or whose writes
 * cannot be taken) stops it. An all-or-nothing saga that stops at or before its pivot
 * compensates the steps already done, latest first; after the pivot it can only be
 * retried forward until the service recovers; a two-phase commit blocks with its
 * participants' locks held.
 */
import { lookup } from '../../model/lookup.js';
import type { SystemModel, Workflow } from '../../model/types.js';
import type { ServiceEffect, StoreEffect, WorkflowEffect } from './types.js';

/** The pivot: the declared one, else the last step that cannot be compensated and is not declared retriable. */
export function pivotIndex(wf: Workflow): number {
  const declared = wf.steps.findIndex((s) => s.pivot);
  if (declared >= 0) return declared;
  let pivot = -1;
  wf.steps.forEach((s, i) => { if (!s.compensation && !s.retriable && i < wf.steps.length - 1) pivot = i; });
  return pivot >= 0 ? pivot : wf.steps.length - 1;
}

export function simulateWorkflows(model: SystemModel, services: Map<string, ServiceEffect>, stores: Map<string, StoreEffect>): WorkflowEffect[] {
  const index = lookup(model);
  return model.workflows.map((wf) => {
    const reasons: string[] = [];
    let failing = -1;
    wf.steps.forEach((step, i) => {
      if (failing >= 0) return;
      const svc = services.get(step.service);
      if (svc && svc.state === 'down') {
        failing = i;
        reasons.push(`step ${step.name}: ${step.service} is down${svc.reasons[0] ? ` (${svc.reasons[0]})` : ''}`);
        return;
      }
      for (const ds of step.writes) {
        const store = index.datasets.get(ds)?.store;
        const effect = store ? stores.get(store) : undefined;
        const regions = svc?.servingRegions.length ? svc.servingRegions : index.services.get(step.service)?.regions ?? [];
        const writable = !effect || effect.sides.some((s) => s.writes !== 'unavailable' && s.regions.some((r) => regions.includes(r)));
        if (!writable) {
          failing = i;
          reasons.push(`step ${step.name}: ${ds} takes no writes where ${step.service} runs`);
          return;
        }
      }
    });
    if (failing < 0) return { name: wf.name, path: wf.path, canStart: true, canComplete: true, compensates: [], compensationBlocked: [], reasons };
    const stuck = wf.steps[failing]!;
    const pivot = pivotIndex(wf);
    const done = wf.steps.slice(0, failing);
    let compensates: string[] = [];
    let blocked: string[] = [];
    if (wf.protocol === '2pc') {
      reasons.push('two-phase commit: the coordinator waits and the participants keep their locks until the step recovers');
    } else if (wf.atomicity === 'all-or-nothing' && failing <= pivot) {
      const undo = [...done].reverse().filter((s) => s.compensation);
      compensates = undo.map((s) => s.name);
      blocked = undo.filter((s) => services.get(s.service)?.state === 'down').map((s) => s.name);
      const without = done.filter((s) => !s.compensation).map((s) => s.name);
      if (compensates.length) reasons.push(`the saga compensates ${compensates.join(', ')}`);
      if (without.length) reasons.push(`no compensation for ${without.join(', ')}: their effects stay`);
    } else if (failing > pivot) {
      reasons.push(`past the pivot (${wf.steps[pivot]?.name ?? 'none'}): the saga retries ${stuck.name} until ${stuck.service} recovers`);
    }
    return { name: wf.name, path: wf.path, canStart: failing > 0, canComplete: false, stuckAt: stuck.name, compensates, compensationBlocked: blocked, reasons };
  });
}
