/** Checking the values given for a pattern's inputs against their declared types. */
import { GenerateError } from '../errors.js';
import type { ItemType, PatternInput, PatternManifest } from './types.js';
import { describe } from './shape.js';
import { words } from './identifiers.js';

function checkScalar(type: ItemType, value: unknown): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : `expected a string, got ${describe(value)}`;
    case 'identifier':
      if (typeof value !== 'string') return `expected a name (string), got ${describe(value)}`;
      return words(value).length > 0 ? undefined : `expected a name with at least one letter or digit, got ${describe(value)}`;
    case 'integer':
      return Number.isSafeInteger(value) ? undefined : `expected an integer, got ${describe(value)}`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : `expected a number, got ${describe(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `expected true or false, got ${describe(value)}`;
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : `expected a mapping, got ${describe(value)}`;
  }
}

/** The problem with `value` for `input`, or undefined when it is acceptable. */
export function checkInputValue(input: PatternInput, value: unknown): string | undefined {
  if (input.type === 'list') {
    if (!Array.isArray(value)) return `expected a list, got ${describe(value)}`;
    if (input.items === undefined) return undefined;
    for (const [i, item] of value.entries()) {
      const problem = checkScalar(input.items, item);
      if (problem) return `item ${i}: ${problem}`;
    }
    return undefined;
  }
  const problem = checkScalar(input.type, value);
  if (problem) return problem;
  if (input.enum && !input.enum.some((v) => v === value)) return `expected one of ${input.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`;
  if (typeof value === 'number') {
    if (input.minimum !== undefined && value < input.minimum) return `must be at least ${input.minimum}, got ${value}`;
    if (input.maximum !== undefined && value > input.maximum) return `must be at most ${input.maximum}, got ${value}`;
  }
  return undefined;
}

/** Defaults overlaid with the given values; unknown names and wrong types are refused. */
export function resolveInputs(manifest: PatternManifest, given: Record<string, unknown> = {}): Record<string, unknown> {
  const known = new Map(manifest.inputs.map((input) => [input.name, input]));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) {
      const list = manifest.inputs.map((i) => i.name).join(', ') || '(none)';
      throw new GenerateError('unknown-input', `pattern ${manifest.name} has no input "${name}"; its inputs: ${list}`);
    }
  }
  const resolved: Record<string, unknown> = {};
  for (const input of manifest.inputs) {
    const value = Object.hasOwn(given, input.name) && given[input.name] !== undefined ? given[input.name] : input.default;
    const problem = checkInputValue(input, value);
    if (problem) throw new GenerateError('invalid-input', `pattern ${manifest.name}, input ${input.name} (${input.type}): ${problem}`);
    resolved[input.name] = structuredClone(value);
  }
  return resolved;
}
