/**
 * One recommendation per workflow: a local ACID transaction when one service and one
 * store own every write; 2PC only when one service owns several stores that all speak
 * XA / prepared transactions (one trust domain); otherwise a saga — orchestrated for three
 * or more services — with compensatable steps first, then the single pivot, then
 * retriable steps. Never 2PC across services.
 */
import { analyseWorkflow, type StepAnalysis, type WorkflowAnalysis } from '../analysis/workflow.js';
import type { SystemModel, Workflow } from '../model/types.js';
import { list, recId, REF, snake, sqlTable, storeNamed } from './shared.js';
import type { Recommendation } from './types.js';

/** Engines whose participants can prepare a transaction for an external coordinator. */
const XA = new Set(['postgres', 'mysql']);

function pivotOf(a: WorkflowAnalysis): StepAnalysis | undefined {
  const candidates = a.steps.filter((s) => s.kind === 'pivot');
  return candidates.find((s) => s.step.pivot) ?? candidates[candidates.length - 1];
}

interface SagaPlan { order: string[]; fixes: string[]; pivot: string | undefined; steps: StepAnalysis[] }

function sagaPlan(a: WorkflowAnalysis): SagaPlan {
  const pivot = pivotOf(a);
  const fixes: string[] = [];
  const rank = (s: StepAnalysis): number => {
    if (s === pivot) return 1;
    if (s.kind === 'retriable') return 2;
    if (s.kind === 'pivot') fixes.push(`give ${s.step.name} a compensation (undo-${s.step.name}) or make it retriable (idempotent and retried until it succeeds)`);
    return pivot && s.index > pivot.index && s.kind === 'pivot' ? 2 : 0;
  };
  const ranked = a.steps.map((s) => ({ s, r: rank(s) })).sort((x, y) => x.r - y.r || x.s.index - y.s.index);
  const label = (s: StepAnalysis, r: number): string => `${s.step.name} (${r === 1 ? 'pivot' : s.kind === 'pivot' ? 'needs a compensation' : r === 0 ? 'compensatable' : 'retriable'})`;
  return { order: ranked.map(({ s, r }) => label(s, r)), fixes, pivot: pivot?.step.name, steps: ranked.map(({ s }) => s) };
}

/** Inputs of templates/saga-orchestrator: tables named after the workflow, and its steps in the planned order. */
function sagaInputs(wf: Workflow, plan: SagaPlan): Record<string, unknown> {
  const steps = plan.steps.map(({ step }) => ({
    name: step.name, service: step.service, compensation: step.compensation ?? '', pivot: step.name === plan.pivot, retriable: step.retriable, external: step.external,
  }));
  return { sagaTable: sqlTable(wf.name, '_sagas'), stepTable: sqlTable(wf.name, '_saga_steps'), workflows: [{ name: wf.name, steps }] };
}

export function workflowRecommendation(wf: Workflow, model: SystemModel): Recommendation {
  const a = analyseWorkflow(wf, model);
  const base = { topic: 'transactions' as const, target: wf.path, references: [REF.sagas, REF.sagaPattern] };
  const engines = a.stores.map((s) => storeNamed(model, s)?.engine ?? '');
  if (a.services.length === 1 && a.stores.length <= 1) {
    return { ...base, id: recId('transactions', 'local', wf.name), title: `Run ${wf.name} as one local transaction`, recommendation: `Run ${wf.name} as one local ACID transaction in ${a.services[0]}${a.stores[0] ? ` on ${a.stores[0]}` : ''}: one store owns every write, so no saga or distributed commit is needed.`, rationale: 'A single database transaction is atomic and isolated with no coordination protocol between parties.', tradeoffs: 'The steps must stay in one service and one store; splitting them later turns this into a saga.', patterns: [] };
  }
  if (a.services.length === 1 && a.stores.length > 1 && engines.every((e) => XA.has(e)) && !wf.steps.some((s) => s.external)) {
    return { ...base, id: recId('transactions', '2pc', wf.name), title: `Commit ${wf.name} with two-phase commit inside ${a.services[0]}`, recommendation: `${a.services[0]} alone writes ${list(a.stores)}, all ${list([...new Set(engines)])} in one trust domain: commit them with two-phase commit (prepared transactions / XA), or better, move the data into one store and use a local transaction.`, rationale: 'Every participant supports prepare/commit and one service coordinates them, so atomicity needs no compensations.', tradeoffs: 'A coordinator crash between prepare and commit leaves participants holding locks until it recovers (2PC blocks); prepared transactions must be monitored and resolved.', patterns: [], references: [...base.references, 'Gray & Reuter, "Transaction Processing: Concepts and Techniques", 1993, ch. 10'] };
  }
  const plan = sagaPlan(a);
  const orchestrated = a.services.length >= 3 || wf.protocol !== 'saga-choreographed';
  const style = orchestrated ? 'orchestrated' : 'choreographed';
  const replace = wf.protocol === '2pc' ? ' Replace the declared two-phase commit: it would hold locks across services and block them all when the coordinator fails.' : '';
  const fixes = plan.fixes.length ? ` Before that, ${plan.fixes.join('; ')}.` : '';
  return {
    ...base,
    id: recId('transactions', 'saga', wf.name),
    title: `Run ${wf.name} as an ${style} saga`,
    recommendation: `Run ${wf.name} as an ${style} saga${orchestrated ? ` driven by ${wf.steps[0]?.service ?? 'one orchestrator'}` : ''}, never two-phase commit across its ${a.services.length} services. Step order: ${plan.order.join(' → ')}.${plan.pivot ? ` ${plan.pivot} is the pivot: once it commits the saga only moves forward.` : ''}${fixes}${replace} Every step and compensation takes an idempotency key, since the orchestrator retries them.`,
    rationale: `${wf.name} writes through ${list(a.services)}${a.stores.length ? ` and ${list(a.stores)}` : ''}: no single transaction spans them. A saga commits each step locally and undoes earlier ones with compensations; it is safe when every step before the pivot can be compensated and every step after it can only be retried.`,
    tradeoffs: 'A saga gives up isolation: other requests can see intermediate states (use semantic locks or pending states), and compensations are business logic that must be written and tested. An orchestrator is one more component to run, but keeps the flow in one place.',
    patterns: ['saga-orchestrator', 'idempotency-key'],
    patternInputs: { 'saga-orchestrator': sagaInputs(wf, plan) },
  };
}
