/**
 * load → validate → normalise → check references: from a file to a typed model.
 * Every problem becomes a Diagnostic with file:line:col; the first stage that
 * fails stops the file (later stages would only repeat the same problem).
 */
import { InputError } from '../errors.js';
import type { Diagnostic } from '../engine/finding.js';
import type { Issue, ModelContext } from './normalise.js';
import { regionTypos } from './early-regions.js';
import { readInputFile } from './read-input.js';
import { modelIssues, salvage } from './salvage.js';
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
  const failed = (diagnostics: Diagnostic[]): InputError => {
    const error = new InputError(diagnostics.sort((a, b) => a.line - b.line || a.column - b.column));
    error.salvage = () => salvage(file, value, positions, diagnostics.map((d) => d.path ?? ''), deps);
    return error;
  };
  if (!deps.validate(value)) {
    const schema = schemaDiagnostics(file, deps.validate.errors ?? [], positions, value, deps.schema);
    // Mistyped regions too, in the same run (the schema only checks their shape).
    const regions = toDiagnostics(regionTypos(value, deps.context)).filter((r) => !schema.some((d) => d.path === r.path));
    throw failed([...schema, ...regions]);
  }
  const { model, issues } = modelIssues(value as Record<string, unknown>, deps.context);
  if (issues.length) throw failed(toDiagnostics(issues));
  return { file, model, raw: value, locate: (path) => locateIn(positions, path) };
}
