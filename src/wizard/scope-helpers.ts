/** Small look-ups over the answers so far, shared by the question files. */
import { getPath } from './paths.js';
import type { Choice, Draft, Scope } from './types.js';

export const asChoices = (values: readonly string[]): Choice[] => values.map((v) => ({ value: v, name: v }));

export function items(s: Scope, list: string): Draft[] {
  const found = getPath(s.answers, list);
  return Array.isArray(found) ? (found as Draft[]) : [];
}

export const listNames = (s: Scope, list: string): string[] => items(s, list).map((i) => String(i['name']));

export const findItem = (s: Scope, list: string, name: unknown): Draft | undefined => items(s, list).find((i) => i['name'] === name);

export const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export const systemRegions = (s: Scope): string[] => stringList(s.answers['regions']);

/** The item's name for prompt text, or a fallback before it has one. */
export const label = (s: Scope, fallback: string): string => (typeof s.item['name'] === 'string' ? s.item['name'] : fallback);
