/**
 * Small shape checks for the knowledge-base YAML. Each failure throws a
 * KnowledgeError naming the file and the path inside it, so a broken fact is
 * found at load time, not when a classification happens to use it.
 */
import { ArchcapError } from '../errors.js';
import type { SettingValue } from '../model/types.js';

export class KnowledgeError extends ArchcapError {
  readonly file: string;
  /** Path inside the file (`rules[0].gives.pacelc`), when the failure concerns one node. */
  readonly where: string | undefined;
  /** The message without the file and path. */
  readonly detail: string;
  constructor(file: string, message: string, where?: string, detail?: string) {
    super('knowledge', `${file}: ${message}`);
    this.file = file;
    this.where = where;
    this.detail = detail ?? message;
  }
}

export type Obj = Record<string, unknown>;

export class Shape {
  constructor(readonly file: string) {}

  fail(where: string, message: string): never {
    throw new KnowledgeError(this.file, where ? `${where}: ${message}` : message, where || undefined, message);
  }

  obj(value: unknown, where: string): Obj {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(where, 'expected a mapping');
    return value as Obj;
  }

  str(value: unknown, where: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(where, 'expected a non-empty string');
    return value;
  }

  optStr(value: unknown, where: string): string | undefined {
    return value === undefined ? undefined : this.str(value, where);
  }

  bool(value: unknown, where: string): boolean {
    if (typeof value !== 'boolean') this.fail(where, 'expected true or false');
    return value;
  }

  int(value: unknown, where: string, minimum = 0): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < minimum) this.fail(where, `expected an integer >= ${minimum}`);
    return value;
  }

  scalar(value: unknown, where: string): SettingValue {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    return this.fail(where, 'expected a string, number or boolean');
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(where, `expected one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`);
    }
    return value as T;
  }

  list(value: unknown, where: string): unknown[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) this.fail(where, 'expected a list');
    return value;
  }

  strList(value: unknown, where: string): string[] {
    return this.list(value, where).map((v, i) => this.str(v, `${where}[${i}]`));
  }

  /** Reject keys the format does not define (catches typos such as `implys`). */
  keys(o: Obj, allowed: readonly string[], where: string): void {
    for (const key of Object.keys(o)) {
      if (!allowed.includes(key)) this.fail(where, `unknown key "${key}" (expected ${allowed.join(', ')})`);
    }
  }
}
