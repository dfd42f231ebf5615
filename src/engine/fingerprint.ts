/**
 * Fingerprints that survive line moves and reordering: the rule id, the file
 * and the path with list indices replaced by the names of the items
 * (`services[name=order-service].calls[service=payment]`).
 */
import * as crypto from 'node:crypto';
import type { LoadedSystem } from '../model/types.js';

const NAME_KEYS = ['name', 'service', 'topic', 'rule'];

export function stablePath(raw: unknown, path: string): string {
  let node: unknown = raw;
  let out = '';
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[1] !== undefined) {
      out += out ? `.${m[1]}` : m[1];
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[m[1]] : undefined;
      continue;
    }
    const index = Number(m[2]);
    const item: unknown = Array.isArray(node) ? node[index] : undefined;
    const key = item && typeof item === 'object' ? NAME_KEYS.find((k) => typeof (item as Record<string, unknown>)[k] === 'string') : undefined;
    out += key ? `[${key}=${String((item as Record<string, unknown>)[key])}]` : typeof item === 'string' ? `[=${item}]` : `[${index}]`;
    node = item;
  }
  return out;
}

/** SHA-256 in hex: Node's one-shot `crypto.hash` (20.12 and later) where it exists, a Hash object otherwise. */
const sha256 = (text: string): string =>
  typeof crypto.hash === 'function' ? crypto.hash('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');

export function fingerprint(ruleId: string, loaded: LoadedSystem, path: string, _message: string): string {
  const file = loaded.file.replace(/\\/g, '/');
  return sha256(`${ruleId}\u0000${file}\u0000${stablePath(loaded.raw, path)}`).slice(0, 24);
}
