/** Paths into plain objects, in the model's notation: `datastores[0].settings.acks`. */
import type { Draft } from './types.js';

export type Segment = string | number;

export function segments(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] === undefined ? m[1]! : Number(m[2]));
  return out;
}

export function joinPath(base: string, id: string | number): string {
  if (typeof id === 'number') return `${base}[${id}]`;
  return base ? `${base}.${id}` : id;
}

const isDraft = (v: unknown): v is Draft => typeof v === 'object' && v !== null && !Array.isArray(v);

export function getPath(root: unknown, path: string): unknown {
  let node = root;
  for (const seg of segments(path)) {
    if (typeof seg === 'number') node = Array.isArray(node) ? (node as unknown[])[seg] : undefined;
    else node = isDraft(node) && Object.hasOwn(node, seg) ? node[seg] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/** Set a dotted id (no indexes) inside `item`, creating the objects on the way. */
export function setIn(item: Draft, id: string, value: unknown): void {
  const keys = id.split('.');
  let node = item;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = isDraft(next) ? next : (node[key] = {});
  }
  node[keys[keys.length - 1]!] = value;
}

export function getIn(item: Draft, id: string): unknown {
  return getPath(item, id);
}

/** Every leaf of a plain value: scalars, and non-empty arrays of scalars as one leaf; empty containers have none. */
export function leafPaths(value: unknown, base = ''): string[] {
  if (Array.isArray(value)) {
    if (value.length && value.every((v) => typeof v !== 'object' || v === null)) return [base];
    return value.flatMap((v, i) => leafPaths(v, joinPath(base, i)));
  }
  if (isDraft(value)) return Object.keys(value).flatMap((k) => leafPaths(value[k], joinPath(base, k)));
  return [base];
}
