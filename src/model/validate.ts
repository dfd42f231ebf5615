/**
 * Schema validation: run the compiled validator and turn its errors into
 * diagnostics that name the key, the line and the accepted values.
 */
import type { Diagnostic } from '../engine/finding.js';
import { locateIn, type PositionLookup } from './source.js';
import type { JsonSchema } from './schema.js';

/** The subset of an ajv error object we use (standalone validators produce the same shape). */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  schemaPath: string;
}

export type ValidateFn = ((data: unknown) => boolean) & { errors?: SchemaError[] | null };

/** `/datastores/0/settings` → `datastores[0].settings` */
export function pointerToPath(pointer: string): string {
  let out = '';
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  }
  return out;
}

export function schemaDiagnostics(
  file: string,
  errors: SchemaError[],
  positions: PositionLookup,
  data: unknown,
  schema: JsonSchema,
): Diagnostic[] {
  const byPath = new Map<string, Diagnostic>();
  for (const error of prune(errors)) {
    const base = pointerToPath(error.instancePath);
    const { path, message } = describe(error, base, data, schema);
    const key = `${path}\u0000${message}`;
    if (byPath.has(key)) continue;
    byPath.set(key, { code: 'schema', file, message, path, ...locateIn(positions, path) });
  }
  return [...byPath.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Keep the errors that say something: drop `if`/`allOf` wrappers, and for a
 * `oneOf` keep only the branch errors when one branch matched the type.
 */
function prune(errors: SchemaError[]): SchemaError[] {
  const kept = errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'allOf');
  const oneOfPaths = new Set(kept.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  return kept.filter((e) => {
    if (e.keyword === 'oneOf') return true;
    // Inside a oneOf, a bare `type` mismatch of one branch is noise; the oneOf message covers it.
    return !(oneOfPaths.has(e.instancePath) && ['type', 'required', 'additionalProperties', 'pattern'].includes(e.keyword));
  });
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return cur;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

function describe(e: SchemaError, path: string, data: unknown, schema: JsonSchema): { path: string; message: string } {
  const where = path || 'the top level';
  const got = valueAt(data, e.instancePath);
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params['additionalProperty']);
      const accepted = acceptedKeys(schema, e.instancePath);
      const suggestion = closest(key, accepted);
      return {
        path: path ? `${path}.${key}` : key,
        message: `unknown key '${key}' in ${where}${suggestion ? ` (did you mean '${suggestion}'?)` : ''}${accepted.length ? `; accepted keys: ${accepted.join(', ')}` : ''}`,
      };
    }
    case 'enum': {
      const allowed = (e.params['allowedValues'] as unknown[]).map((v) => String(v));
      const suggestion = typeof got === 'string' ? closest(got, allowed) : undefined;
      return {
        path,
        message: `${where}: ${show(got)} is not accepted${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; accepted values: ${allowed.join(', ')}${engineHint(path, allowed)}`,
      };
    }
    case 'const':
      return { path, message: `${where}: must be ${show(e.params['allowedValue'])}, got ${show(got)}` };
    case 'required': {
      const key = String(e.params['missingProperty']);
      return { path, message: `${where}: missing required key '${key}'` };
    }
    case 'type': {
      const pattern = schemaAt(schema, schema, e.instancePath.split('/').slice(1))?.['pattern'];
      if (typeof pattern === 'string' && e.params['type'] === 'string') return { path, message: `${where}: ${show(got)} ${patternHint(pattern)}` };
      return { path, message: `${where}: must be ${article(String(e.params['type']))}, got ${show(got)}` };
    }
    case 'pattern':
      return { path, message: `${where}: ${show(got)} ${patternHint(String(e.params['pattern']))}` };
    case 'oneOf':
      return { path, message: `${where}: ${show(got)} matches none of the accepted forms${hintFor(path)}` };
    default:
      return { path, message: `${where}: ${e.message ?? e.keyword}` };
  }
}

/** An unknown engine is not a dead end: point at `custom` and at profile files. */
function engineHint(path: string, allowed: string[]): string {
  if (!/^(datastores|messaging)\[\d+\]\.engine$/.test(path) || !allowed.includes('custom')) return '';
  return ". For an engine without a profile, write engine: custom and declare what it gives under 'declared' (pacelc, consistency, onPartition), or add a profile file under 'engines:' in .archcap.yaml (`archcap engines` lists the profiles)";
}

function article(type: string): string {
  return type === 'integer' || type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`;
}

function hintFor(path: string): string {
  if (/publishes\[\d+\]$/.test(path)) return ' (a topic name, or { topic, via: outbox | cdc | direct })';
  if (/regions\[\d+\]$/.test(path)) return ' (a region id such as aws:us-east-1, or { id, location: { lat, lon } })';
  if (/x-archcap-ignore\[\d+\]$/.test(path)) return " (a suppression needs a reason: 'rule-id: reason', or { rule, reason, until })";
  return '';
}

function patternHint(pattern: string): string {
  if (pattern.includes('(ms|s|m|h|d)$')) return 'is not a duration; write a number with a unit: 250ms, 2s, 5m, 1h';
  if (pattern.includes('/\\s*(s|m|h|d)')) return 'is not a rate; write a number per unit of time: 500/s, 30/m';
  if (pattern.includes('KB|MB|GB')) return 'is not a size; write a number with a unit: 512MB, 200GB, 2TB';
  if (pattern.endsWith('%$')) return 'is not a percentage; write it with a % sign: 99.95%';
  if (pattern.includes('[0-9]{4}-')) return 'is not a date; write YYYY-MM-DD';
  if (pattern.includes('a-z0-9-]+/[a-z0-9-]')) return 'is not a rule id; write category/name, e.g. lock/missing-fencing';
  return 'is not a valid name: use letters, digits and - _ . : (starting with a letter or digit)';
}

/** The keys the schema accepts for the object at a JSON pointer (extensions `x-…` left out). */
export function acceptedKeys(schema: JsonSchema, pointer: string): string[] {
  const node = schemaAt(schema, schema, pointer.split('/').slice(1));
  const props = node?.['properties'];
  return props && typeof props === 'object' ? Object.keys(props).filter((k) => !k.startsWith('x-') && k !== '$schema') : [];
}

function schemaAt(root: JsonSchema, node: JsonSchema | undefined, parts: string[]): JsonSchema | undefined {
  const resolved = resolve(root, node);
  if (!resolved || parts.length === 0) return resolved;
  const [head, ...rest] = parts;
  const props = resolved['properties'] as Record<string, JsonSchema> | undefined;
  if (props && head !== undefined && props[head]) return schemaAt(root, props[head], rest);
  if (resolved['items'] && /^\d+$/.test(head ?? '')) return schemaAt(root, resolved['items'] as JsonSchema, rest);
  for (const branch of (resolved['oneOf'] as JsonSchema[] | undefined) ?? []) {
    const found = schemaAt(root, branch, parts);
    if (found) return found;
  }
  return undefined;
}

function resolve(root: JsonSchema, node: JsonSchema | undefined): JsonSchema | undefined {
  const ref = node?.['$ref'];
  if (typeof ref !== 'string') {
    const branches = node?.['oneOf'] as JsonSchema[] | undefined;
    const objectBranch = branches?.map((b) => resolve(root, b)).find((b) => b?.['type'] === 'object');
    return objectBranch ?? node;
  }
  const target = ref.replace(/^#\//, '').split('/').reduce<unknown>((cur, k) => (cur as Record<string, unknown> | undefined)?.[k], root);
  return target as JsonSchema | undefined;
}

/** The closest candidate by edit distance, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(input.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
