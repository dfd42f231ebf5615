/**
 * Linting many files: each file is loaded and checked on its own, so one bad
 * file is reported (as diagnostics) without hiding the findings of the others.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import { loadSystemFile, loadSystemText, type LoadDeps } from '../model/load.js';
import type { LoadedSystem } from '../model/types.js';
import { relativePath } from '../report/findings/shared.js';
import { DETECTION_RULE, looksLikeSystemDescription } from './files/detect.js';
import { STDIN } from './files/select.js';
import { compareFindings, type Diagnostic, type Finding } from './finding.js';
import { runRules } from './run.js';
import { applyBaseline, applySuppressions, type Baseline } from './suppress.js';
import type { Rule } from './types.js';

export interface LintOptions {
  cwd: string;
  /** Fingerprints (and so baselines) use paths relative to this folder; default cwd. */
  root?: string;
  inlineIgnore: boolean;
  baseline?: Baseline;
  today: string;
  /** Files named on the command line: one that is not a system description gets one clear message. */
  explicit?: ReadonlySet<string>;
  /** Standard input, for the file `-`. */
  stdin?: { text: string; name: string };
  /** Called after each file (for progress on a TTY). */
  onFile?: (done: number, total: number) => void;
}

export interface LintResult {
  files: string[];
  /** Every finding, suppressed ones included (marked); formatters and exit codes skip those. */
  findings: Finding[];
  diagnostics: Diagnostic[];
  /**
   * Files with problems whose other items were still checked: the items left out, and
   * the kept items next to them whose findings are held back (paths in the file).
   */
  partial?: Record<string, { removed: string[]; heldBack: string[] }>;
  /** Seconds spent loading and checking each file, by the path reports show. */
  timings?: Record<string, number>;
}

/** A named file that fails the schema and does not look like a system description was probably named by mistake. */
function notADescription(file: string, display: string, error: InputError): Diagnostic[] {
  if (!error.diagnostics.every((d) => d.code === 'schema')) return error.diagnostics;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return error.diagnostics;
  }
  if (looksLikeSystemDescription(text)) return error.diagnostics;
  const message = `not an archcap system description (it has no ${DETECTION_RULE}); lint system descriptions only, or leave this file out with --ignore-pattern or .archcapignore`;
  return [{ code: 'not-a-system-description', file: display, line: 1, column: 1, message }];
}

/** Relative to the working folder when inside it, else absolute (as ESLint shows files). */
function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return !rel || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? file : rel;
}

function load(file: string, deps: LoadDeps, options: LintOptions): LoadedSystem {
  if (file === STDIN) return loadSystemText(options.stdin?.name ?? '<stdin>', options.stdin?.text ?? '', deps);
  return loadSystemFile(file, deps);
}

/** What one file gave: everything `lintFiles` gathers, for that file alone. */
export interface FileResult {
  display: string;
  findings: Finding[];
  diagnostics: Diagnostic[];
  seconds: number;
  partial?: { removed: string[]; heldBack: string[] };
}

/** Loads and checks one file. Pure but for reading it; the same in a worker as here. */
export function lintFile(file: string, rules: Rule[], deps: LoadDeps, options: LintOptions): FileResult {
  const started = performance.now();
  const root = options.root ?? options.cwd;
  const display = file === STDIN ? (options.stdin?.name ?? '<stdin>') : displayPath(file, options.cwd);
  const done = (rest: Omit<FileResult, 'display' | 'seconds'>): FileResult => ({ display, seconds: (performance.now() - started) / 1000, ...rest });
  const check = (loaded: LoadedSystem): Finding[] => {
    const suppressed = applySuppressions(runRules(loaded, rules), loaded, { inline: options.inlineIgnore, today: options.today });
    return applyBaseline(suppressed, options.baseline).map((f) => ({ ...f, file: display }));
  };
  // Fingerprints and suppressions see the path from the project root; reports show it from here.
  const fingerprintPath = file === STDIN ? display : relativePath(file, root);
  let loaded: LoadedSystem;
  try {
    loaded = { ...load(file, deps, options), file: fingerprintPath };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const found = options.explicit?.has(file) ? notADescription(file, display, error) : error.diagnostics;
    const diagnostics = found.map((d) => ({ ...d, file: display }));
    // The rest of a description still gets its findings (not for a file that is not one).
    const part = found === error.diagnostics ? error.salvage?.() : undefined;
    if (!part) return done({ findings: [], diagnostics });
    const near = (path: string): boolean => part.touched.some((unit) => path === unit || path.startsWith(`${unit}.`) || path.startsWith(`${unit}[`));
    const findings = check({ ...part, file: fingerprintPath })
      .map((f) => relocate(f, part.originalPath))
      .filter((f) => !near(f.path) && !f.related?.some((r) => near(r.path)));
    return done({ findings, diagnostics, partial: { removed: part.removed.map(part.label), heldBack: part.touched.map(part.label) } });
  }
  return done({ findings: check(loaded), diagnostics: [] });
}

/** The run's result from its files' results, in the order the files were given. */
export function mergeFileResults(results: FileResult[]): LintResult {
  const partial: NonNullable<LintResult['partial']> = {};
  const timings: Record<string, number> = {};
  for (const r of results) {
    timings[r.display] = r.seconds;
    if (r.partial) partial[r.display] = r.partial;
  }
  return {
    files: results.map((r) => r.display),
    findings: results.flatMap((r) => r.findings).sort(compareFindings),
    diagnostics: results.flatMap((r) => r.diagnostics),
    timings,
    ...(Object.keys(partial).length ? { partial } : {}),
  };
}

export function lintFiles(files: string[], rules: Rule[], deps: LoadDeps, options: LintOptions): LintResult {
  return mergeFileResults(
    files.map((file, i) => {
      const result = lintFile(file, rules, deps, options);
      options.onFile?.(i + 1, files.length);
      return result;
    }),
  );
}

/** A finding on a salvaged document, addressed by its paths in the file. */
function relocate(f: Finding, originalPath: (path: string) => string): Finding {
  return { ...f, path: originalPath(f.path), ...(f.related ? { related: f.related.map((r) => ({ ...r, path: originalPath(r.path) })) } : {}) };
}

export function activeFindings(findings: Finding[]): Finding[] {
  return findings.filter((f) => !f.suppressed);
}
