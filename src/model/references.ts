/**
 * Cross-reference checks over the normalised model: every name points at
 * something declared, names are unique, regions are declared, and service
 * calls form no cycle.
 */
import { depthFirst } from './graph-order.js';
import type { Issue } from './normalise.js';
import type { SystemModel } from './types.js';

interface Named {
  name: string;
  path: string;
}

export function checkReferences(model: SystemModel, regionDeclared: (id: string) => boolean): Issue[] {
  const issues: Issue[] = [];
  const index = <T extends Named>(section: string, items: T[]): Map<string, T> => {
    const seen = new Map<string, T>();
    for (const item of items) {
      const first = seen.get(item.name);
      if (first) issues.push({ path: `${item.path}.name`, code: 'duplicate-name', message: `duplicate ${section} name '${item.name}' (first declared at ${first.path})` });
      else seen.set(item.name, item);
    }
    return seen;
  };
  const stores = index('datastore', model.datastores);
  const datasets = index('dataset', model.datasets);
  const services = index('service', model.services);
  const topics = index('topic', model.messaging);
  index('workflow', model.workflows);
  index('lock', model.locks);

  const ref = (kind: string, known: Map<string, unknown>, name: string, path: string): void => {
    if (!known.has(name)) issues.push({ path, code: `unknown-${kind}`, message: `unknown ${kind} '${name}'${suggest([...known.keys()])}` });
  };
  const regions = (list: string[], path: string): void => {
    list.forEach((r, i) => {
      if (!regionDeclared(r)) issues.push({ path: `${path}.regions[${i}]`, code: 'unknown-region', message: `region '${r}' is not among the system's regions (${model.regions.map((x) => x.id).join(', ') || 'none declared'})` });
    });
    duplicateRegions(list, `${path}.regions`);
  };
  // A region listed twice would count its replicas twice (and multiplies the work of
  // every per-region analysis), so it is refused where it repeats.
  const duplicateRegions = (list: string[], path: string): void => {
    const first = new Map<string, number>();
    list.forEach((r, i) => {
      const at = first.get(r);
      if (at === undefined) first.set(r, i);
      else issues.push({ path: `${path}[${i}]`, code: 'duplicate-region', message: `region '${r}' is listed twice (first at ${path}[${at}])` });
    });
  };
  duplicateRegions(model.regions.map((r) => r.id), 'regions');

  for (const s of model.datastores) regions(s.regions, s.path);
  for (const t of model.messaging) regions(t.regions, t.path);
  for (const d of model.datasets) {
    ref('datastore', stores, d.store, `${d.path}.store`);
    for (const [key, list] of [['writeRegions', d.access.writeRegions], ['readRegions', d.access.readRegions]] as const) {
      (list ?? []).forEach((r, i) => {
        if (!regionDeclared(r)) issues.push({ path: `${d.path}.access.${key}[${i}]`, code: 'unknown-region', message: `region '${r}' is not among the system's regions` });
      });
      duplicateRegions(list ?? [], `${d.path}.access.${key}`);
    }
  }
  for (const s of model.services) {
    regions(s.regions, s.path);
    s.calls.forEach((c) => ref('service', services, c.service, `${c.path}.service`));
    s.reads.forEach((d, i) => ref('dataset', datasets, d, `${s.path}.reads[${i}]`));
    s.writes.forEach((d, i) => ref('dataset', datasets, d, `${s.path}.writes[${i}]`));
    s.publishes.forEach((p) => ref('topic', topics, p.topic, p.path));
  }
  for (const w of model.workflows) {
    for (const step of w.steps) {
      ref('service', services, step.service, `${step.path}.service`);
      step.writes.forEach((d, i) => ref('dataset', datasets, d, `${step.path}.writes[${i}]`));
    }
  }
  for (const l of model.locks) {
    ref('datastore', stores, l.store, `${l.path}.store`);
    if (l.guards !== undefined) ref('dataset', datasets, l.guards, `${l.path}.guards`);
  }
  for (const c of model.consumers) {
    ref('service', services, c.service, `${c.path}.service`);
    ref('topic', topics, c.topic, `${c.path}.topic`);
  }
  issues.push(...callCycles(model));
  return issues;
}

function suggest(known: string[]): string {
  if (known.length === 0) return '; none are declared';
  return `; declared: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ', …' : ''}`;
}

/** Each cycle of synchronous calls once, reported at the call that closes it. */
export function callCycles(model: SystemModel): Issue[] {
  const byName = new Map(model.services.map((s) => [s.name, s]));
  const issues: Issue[] = [];
  // A queued (async) call back up the chain is ordinary event-driven design; a
  // synchronous loop waits on itself.
  const out = (name: string) =>
    (byName.get(name)?.calls ?? []).filter((c) => c.mode !== 'async' && byName.has(c.service)).map((c) => ({ to: c.service, edge: c }));
  depthFirst(byName.keys(), out, (call, path, to) => {
    const cycle = [...path.slice(path.indexOf(to)), to];
    issues.push({ path: `${call.path}.service`, code: 'call-cycle', message: `calls form a cycle: ${cycle.join(' → ')}` });
  });
  return issues;
}
