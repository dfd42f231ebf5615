/**
 * Fixed vocabularies (access patterns, delivery guarantees, backoff kinds …) come from
 * the system JSON Schema, so the wizard offers exactly what the validator accepts.
 */
import type { JsonSchema } from '../model/schema.js';
import type { Choice } from './types.js';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function resolve(root: Node, node: Node): Node {
  const ref = node['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return node;
  const defs = root['$defs'];
  const target = isNode(defs) ? defs[ref.slice('#/$defs/'.length)] : undefined;
  return isNode(target) ? target : node;
}

/** Step into arrays and into the object branch of a `oneOf`. */
function unwrap(root: Node, node: Node): Node {
  let n = resolve(root, node);
  for (;;) {
    if (n['type'] === 'array' && isNode(n['items'])) n = resolve(root, n['items']);
    else if (Array.isArray(n['oneOf'])) n = resolve(root, (n['oneOf'] as unknown[]).find((b): b is Node => isNode(b) && isNode(b['properties'])) ?? {});
    else return n;
  }
}

/** The schema node of a model path without indexes: `datasets.access.pattern`. */
export function schemaNode(schema: JsonSchema, path: string): Node | undefined {
  let node: Node = schema;
  for (const key of path.split('.')) {
    const props = unwrap(schema, node)['properties'];
    const next = isNode(props) ? props[key] : undefined;
    if (!isNode(next)) return undefined;
    node = next;
  }
  return unwrap(schema, node);
}

/** The accepted values at `path` as choices; throws when the schema has no enum there (a wizard bug). */
export function schemaChoices(schema: JsonSchema, path: string, describe: Record<string, string> = {}): Choice[] {
  const values = schemaNode(schema, path)?.['enum'];
  if (!Array.isArray(values)) throw new Error(`the system schema has no list of values at ${path}`);
  return values.map((v) => {
    const value = v as string;
    const description = describe[value];
    return { value, name: value, ...(description ? { description } : {}) };
  });
}

/** The schema's pattern for a string at `path` (names, durations, rates), if any. */
export function schemaPattern(schema: JsonSchema, path: string): RegExp | undefined {
  const p = schemaNode(schema, path)?.['pattern'];
  return typeof p === 'string' ? new RegExp(p) : undefined;
}
