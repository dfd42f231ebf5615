/** Two different names that would become one identifier or file name are refused, not merged. */
import { GenerateError } from '../errors.js';
import { camel, constant, kebab, pascal, snake } from './identifiers.js';
import type { PatternManifest } from './types.js';

const FORMS = { pascal, camel, kebab, snake, constant };

/** Names in the inputs of type `identifier` (or lists of them), each with where it came from. */
function identifierValues(manifest: PatternManifest, inputs: Record<string, unknown>): { value: string; at: string }[] {
  const out: { value: string; at: string }[] = [];
  for (const input of manifest.inputs) {
    const value = inputs[input.name];
    if (input.type === 'identifier' && typeof value === 'string') out.push({ value, at: input.name });
    if (input.type === 'list' && input.items === 'identifier' && Array.isArray(value)) {
      value.forEach((v, i) => typeof v === 'string' && out.push({ value: v, at: `${input.name}[${i}]` }));
    }
  }
  return out;
}

/** Within one list input, distinct names must stay distinct in every case form. */
export function checkIdentifierCollisions(manifest: PatternManifest, inputs: Record<string, unknown>): void {
  const values = identifierValues(manifest, inputs);
  for (const [form, fn] of Object.entries(FORMS)) {
    const seen = new Map<string, { value: string; at: string }>();
    for (const v of values) {
      const list = v.at.replace(/\[\d+\]$/, '');
      const key = `${list}\u0000${fn(v.value)}`;
      const other = seen.get(key);
      if (other && other.value !== v.value) {
        throw new GenerateError('name-collision', `pattern ${manifest.name}: ${JSON.stringify(other.value)} (${other.at}) and ${JSON.stringify(v.value)} (${v.at}) both become ${form} name "${fn(v.value)}"; rename one`);
      }
      seen.set(key, v);
    }
  }
}

/**
 * Two planned files must not land on one path (compared case-insensitively, for macOS and
 * Windows). The same content at the same path (a pattern requested twice sharing a
 * migration) is written once.
 */
export function dedupePaths<T extends { path: string; source: string; content: string }>(files: T[]): T[] {
  const seen = new Map<string, T>();
  const out: T[] = [];
  for (const f of files) {
    const key = f.path.toLowerCase();
    const other = seen.get(key);
    if (other && other.path === f.path && other.content === f.content) continue;
    if (other) throw new GenerateError('path-collision', `${other.source} and ${f.source} both write ${f.path}${other.path === f.path ? ' with different content' : ` (as ${other.path})`}`);
    seen.set(key, f);
    out.push(f);
  }
  return out;
}
