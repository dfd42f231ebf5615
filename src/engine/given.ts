/**
 * `given` selects the nodes a rule looks at, with a small path language over the
 * normalised model: `services[*].calls[*]`, `datastores[?engine=redis]`,
 * `workflows[?atomicity!=best-effort]`, or `$` for the whole model.
 */
import { RuleError } from '../errors.js';

export interface Selected {
  node: unknown;
  parent: unknown;
  /** The model path of the node, e.g. `services[2].calls[0]`. */
  path: string;
}

type Step = { kind: 'key'; key: string } | { kind: 'all' } | { kind: 'filter'; field: string; op: '=' | '!='; value: string };

/** Compiled paths by their text: every file of a run selects with the same few dozen. */
const compiled = new Map<string, readonly Step[]>();

export function compileGiven(given: string): readonly Step[] {
  let steps = compiled.get(given);
  if (!steps) compiled.set(given, (steps = Object.freeze(parseGiven(given))));
  return steps;
}

function parseGiven(given: string): Step[] {
  if (given === '$') return [];
  const steps: Step[] = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[\*\]|\[\?([A-Za-z0-9_.]+)(!=|=)([^\]]*)\]|\./gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = re.exec(given)) !== null) {
    consumed = re.lastIndex;
    if (m[0] === '.') continue;
    if (m[1]) steps.push({ kind: 'key', key: m[1] });
    else if (m[0] === '[*]') steps.push({ kind: 'all' });
    else steps.push({ kind: 'filter', field: m[2] ?? '', op: m[3] as '=' | '!=', value: (m[4] ?? '').trim() });
  }
  if (consumed !== given.length || steps.length === 0) {
    throw new RuleError(`given '${given}' is not a path such as services[*].calls[*] or datastores[?engine=redis]`);
  }
  return steps;
}

export function field(node: unknown, dotted: string): unknown {
  // Most fields are one key: no split.
  if (!dotted.includes('.')) return node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[dotted] : undefined;
  let cur = node;
  for (const k of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

export function select(root: unknown, steps: readonly Step[]): Selected[] {
  let current: Selected[] = [{ node: root, parent: undefined, path: '' }];
  for (const step of steps) {
    const next: Selected[] = [];
    for (const s of current) {
      if (step.kind === 'key') {
        const value = field(s.node, step.key);
        if (value !== undefined) next.push({ node: value, parent: s.node, path: s.path ? `${s.path}.${step.key}` : step.key });
      } else if (Array.isArray(s.node)) {
        s.node.forEach((item, i) => {
          if (step.kind === 'filter' && String(field(item, step.field)) === step.value !== (step.op === '=')) return;
          const path = item && typeof item === 'object' && typeof (item as { path?: unknown }).path === 'string' ? (item as { path: string }).path : `${s.path}[${i}]`;
          next.push({ node: item, parent: s.parent, path });
        });
      }
    }
    current = next;
  }
  return current;
}
