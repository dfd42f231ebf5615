/** Comments on the choices in services, workflows, locks and consumers that are easy to get wrong. */
import type { Call, SystemModel } from '../model/types.js';
import type { Note } from './notes-system.js';
import { segments } from './paths.js';

function callNote(call: Call): string | undefined {
  const parts: string[] = [];
  if (call.mode === 'sync' && call.timeout === undefined) parts.push('no timeout: a slow callee holds this caller until its own callers give up');
  const retried = (call.retries?.attempts ?? 1) > 1;
  if (retried && !call.idempotent && !call.idempotencyKey) parts.push('retried but not idempotent and without an idempotency key: a retry can apply the request twice');
  if (retried && call.retries?.backoff === 'exponential' && call.retries.jitter === 'none') parts.push('exponential backoff without jitter: clients that failed together retry together');
  return parts.length ? `${parts.join('; ')}.` : undefined;
}

export function serviceNotes(model: SystemModel): Note[] {
  const notes: Note[] = [];
  for (const svc of model.services) {
    for (const call of svc.calls) {
      const text = callNote(call);
      if (text) notes.push({ path: segments(call.path), text, where: 'before' });
    }
    for (const p of svc.publishes) {
      if (p.via === 'direct' && svc.writes.length) {
        notes.push({ path: segments(p.path), text: `published directly beside writes to ${svc.writes.join(', ')}: a dual write; a crash between the two loses the event or publishes one for a write that never committed (an outbox makes them atomic).`, where: 'before' });
      }
    }
  }
  for (const wf of model.workflows) {
    if (wf.atomicity !== 'all-or-nothing') continue;
    wf.steps.slice(0, -1).forEach((step) => {
      if (step.compensation === undefined) notes.push({ path: segments(step.path), text: `no compensation: if a later step fails, ${step.name} cannot be undone.`, where: 'before' });
    });
  }
  for (const lock of model.locks) {
    if (!lock.fencing && lock.purpose === 'correctness') {
      notes.push({ path: [...segments(lock.path), 'fencing'], text: 'without fencing tokens a holder whose lease ran out (a GC pause, a slow network) can still write', where: 'after' });
    }
  }
  const delivery = new Map(model.messaging.map((t) => [t.name, t.delivery]));
  for (const c of model.consumers) {
    if (!c.idempotent && delivery.get(c.topic) === 'at-least-once') notes.push({ path: segments(c.path), text: `at-least-once delivery: ${c.service} will see some messages of ${c.topic} twice.`, where: 'before' });
  }
  return notes;
}
