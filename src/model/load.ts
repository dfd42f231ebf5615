/**
 * load → validate → normalise → check references: from a file to a typed model.
 * Every problem becomes a Diagnostic with file:line:col; the first stage that
 * fails stops the file (later stages would only repeat the same problem).
 */
import { InputError } from '../errors.js';
import type { Diagnostic } from '../engine/finding.js';
import { normalise, type Issue, type ModelContext } from './normalise.js';
import { checkAccessSettings } from './access-settings.js';
import { regionTypos } from './early-regions.js';
import { checkRanges } from './ranges.js';
import { readInputFile } from './read-input.js';
import { checkReferences } from './references.js';
import type { JsonSchema } from './schema.js';
import { decodeText, LIMITS, locateIn, parseYaml } from './source.js';
import type { LoadedSystem } from './types.js';
import { schemaDiagnostics, type ValidateFn } from './validate.js';

export interface LoadDeps {
  context: ModelContext;
  validate: ValidateFn;
  schema: JsonSchema;
}

export function loadSystemFile(file: string, deps: LoadDeps): LoadedSystem {
  const bytes = readInputFile(file, LIMITS.maxBytes);
  return loadSystemText(file, decodeText(file, bytes), deps);
}

export function loadSystemText(file: string, text: string, deps: LoadDeps): LoadedSystem {
  const parsed = parseYaml(file, text);
  const { positions, value } = parsed;
  const toDiagnostics = (issues: Issue[]): Diagnostic[] =>
    issues.map((i) => ({ code: i.code, message: `${i.path}: ${i.message}`, file, path: i.path, ...locateIn(positions, i.path) }));
  if (!deps.validate(value)) {
    const schema = schemaDiagnostics(file, deps.validate.errors ?? [], positions, value, deps.schema);
    // Mistyped regions too, in the same run (the schema only checks their shape).
    const regions = toDiagnostics(regionTypos(value, deps.context)).filter((r) => !schema.some((d) => d.path === r.path));
    throw new InputError([...schema, ...regions].sort((a, b) => a.line - b.line || a.column - b.column));
  }
  const { model, issues } = normalise(value as Record<string, unknown>, deps.context);
  const declared = new Set(model.regions.map((r) => r.id));
  const regionDeclared = (id: string): boolean => (declared.size ? declared.has(id) : deps.context.findRegion(id) !== undefined);
  const profileOf = deps.context.engineProfile;
  const all = [...issues, ...checkRanges(model), ...checkReferences(model, regionDeclared), ...(profileOf ? checkAccessSettings(model, profileOf) : [])];
  if (all.length) {
    const diagnostics = toDiagnostics(all).sort((a, b) => a.line - b.line || a.column - b.column);
    throw new InputError(diagnostics);
  }
  return { file, model, raw: value, locate: (path) => locateIn(positions, path) };
}
