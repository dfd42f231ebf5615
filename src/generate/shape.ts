/** A small reader for hand-written YAML manifests: each mistake names the file and the key. */
import { GenerateError } from '../errors.js';

export type Obj = Record<string, unknown>;

export class ShapeReader {
  constructor(readonly file: string) {}

  fail(path: string, message: string): never {
    throw new GenerateError('template-manifest', `${this.file}: ${path}: ${message}`);
  }

  object(value: unknown, path: string): Obj {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, `expected a mapping, got ${describe(value)}`);
    return value as Obj;
  }

  /** Refuse keys outside `allowed` (keys starting with `x-` are free for notes). */
  keys(obj: Obj, path: string, allowed: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key) && !key.startsWith('x-')) this.fail(path, `unknown key "${key}"; accepted: ${allowed.join(', ')}`);
    }
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(path, `expected a non-empty string, got ${describe(value)}`);
    return value;
  }

  optionalString(value: unknown, path: string, fallback: string): string {
    return value === undefined ? fallback : this.string(value, path);
  }

  strings(value: unknown, path: string): string[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(path, `expected a list of strings, got ${describe(value)}`);
    return value.map((item, i) => this.string(item, `${path}[${i}]`));
  }

  oneOf<T extends string>(value: unknown, path: string, accepted: readonly T[]): T {
    if (typeof value !== 'string' || !(accepted as readonly string[]).includes(value)) {
      this.fail(path, `expected one of ${accepted.join(' | ')}, got ${describe(value)}`);
    }
    return value as T;
  }

  stringMap(value: unknown, path: string): Record<string, string> {
    if (value === undefined || value === null) return {};
    const obj = this.object(value, path);
    const out: Record<string, string> = {};
    for (const [key, v] of Object.entries(obj)) out[key] = this.string(v, `${path}.${key}`);
    return out;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${String(value)}`;
}
