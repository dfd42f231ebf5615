import type { Diagnostic } from './engine/finding.js';
import type { Salvaged } from './model/salvage.js';
import { escapeControl } from './report/escape-control.js';

/**
 * Every failure archcap expects is an ArchcapError with a stable `code`.
 * Commands convert them to a message and exit code 2 in one place
 * (`src/commands/base.ts`); anything else is a bug and is reported as one.
 */
export class ArchcapError extends Error {
  readonly code: string;
  readonly exitCode: number = 2;
  constructor(code: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Wrong flags or arguments. */
export class UsageError extends ArchcapError {
  constructor(message: string) {
    super('usage', message);
  }
}

/** One input file could not be used: each diagnostic names file:line:col. */
export class InputError extends ArchcapError {
  readonly diagnostics: Diagnostic[];
  /**
   * For a system description: the part of the file that loads without the items the
   * diagnostics are about (see `model/salvage.ts`), for `lint` to run its rules on.
   * Computed on request; undefined when nothing could be kept.
   */
  salvage?: () => Salvaged | undefined;
  constructor(diagnostics: Diagnostic[]) {
    const first = diagnostics[0];
    super(first?.code ?? 'input', first ? formatDiagnostic(first) : 'invalid input');
    this.diagnostics = diagnostics;
  }

  static at(code: string, file: string, message: string, line = 1, column = 1, path?: string): InputError {
    return new InputError([{ code, file, message, line, column, ...(path === undefined ? {} : { path }) }]);
  }
}

/** A rule file or ruleset that cannot be used. */
export class RuleError extends ArchcapError {
  readonly file: string | undefined;
  constructor(message: string, file?: string) {
    super('rule', file ? `${file}: ${message}` : message);
    this.file = file;
  }
}

/** Generation refused (unsafe path, conflict without --force, ...). */
export class GenerateError extends ArchcapError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  return escapeControl(`${d.file}:${d.line}:${d.column}: ${d.message}`);
}
