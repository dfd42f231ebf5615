/**
 * `.archcap.yaml`: found by walking up from the working folder (or named with
 * `--config`). It is a ruleset (`extends`, `rules`) plus defaults for lint's flags.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';
import type { Severity } from './finding.js';
import { readYamlDocument, type RulesetDocument } from './ruleset.js';

export const CONFIG_NAMES = ['.archcap.yaml', '.archcap.yml'];
const KEYS = ['extends', 'rules', 'failOn', 'formats', 'baseline', 'inlineIgnore', 'engines', 'files', 'ignores', 'maxWarnings'];
export const FAIL_ON = ['error', 'warning', 'info', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface Config {
  file: string;
  document: RulesetDocument;
  failOn?: FailOn;
  formats?: { format: string; output?: string }[];
  /** Resolved against the config file's folder. */
  baseline?: string;
  inlineIgnore?: boolean;
  /** The project's own engine profile files, resolved against the config file's folder. */
  engines?: string[];
  /** Globs (relative to the config's folder) of the files a folder run considers. */
  files?: string[];
  /** Ignore patterns (gitignore syntax, relative to the config's folder). */
  ignores?: string[];
  maxWarnings?: number;
}

export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function loadConfig(file: string): Config {
  const document = readYamlDocument(file);
  const v = document.value;
  const fail = (path: string, message: string): InputError => {
    const at = document.locate(path);
    return InputError.at('invalid-config', file, message, at.line, at.column, path);
  };
  // A config comes with the repository, so the files it names stay inside the repository:
  // relative to the config's folder, never absolute and never up out of it.
  const inside = (path: string, at: string): string => {
    const target = resolve(dirname(file), path);
    if (path.includes('\0') || isAbsolute(path) || !isInsidePath(dirname(resolve(file)), target)) {
      throw fail(at, `'${path}' must be a relative path inside the folder of the config file (${dirname(file)}); a repository's config cannot send files elsewhere (name such a file on the command line instead)`);
    }
    return target;
  };
  for (const key of Object.keys(v)) if (!KEYS.includes(key)) throw fail(key, `unknown key '${key}' in the config; accepted keys: ${KEYS.join(', ')}`);
  const config: Config = { file, document };
  if (v['failOn'] !== undefined) {
    if (!FAIL_ON.includes(v['failOn'] as FailOn)) throw fail('failOn', `failOn must be one of ${FAIL_ON.join(', ')}`);
    config.failOn = v['failOn'] as FailOn;
  }
  if (v['formats'] !== undefined) {
    if (!Array.isArray(v['formats'])) throw fail('formats', 'formats must be a list of { format, output }');
    config.formats = (v['formats'] as unknown[]).map((f, i) => {
      const entry = typeof f === 'string' ? { format: f } : f !== null && typeof f === 'object' ? (f as Record<string, unknown>) : {};
      if (typeof entry['format'] !== 'string') throw fail(`formats[${i}]`, 'each format needs a `format` name');
      if (typeof entry['output'] !== 'string') return { format: entry['format'] };
      return { format: entry['format'], output: inside(entry['output'], `formats[${i}].output`) };
    });
  }
  if (v['baseline'] !== undefined) {
    if (typeof v['baseline'] !== 'string') throw fail('baseline', 'baseline must be a file path');
    config.baseline = inside(v['baseline'], 'baseline');
  }
  if (v['inlineIgnore'] !== undefined) {
    if (typeof v['inlineIgnore'] !== 'boolean') throw fail('inlineIgnore', 'inlineIgnore must be true or false');
    config.inlineIgnore = v['inlineIgnore'];
  }
  if (v['engines'] !== undefined) {
    const list = typeof v['engines'] === 'string' ? [v['engines']] : v['engines'];
    if (!Array.isArray(list) || !list.every((f) => typeof f === 'string')) throw fail('engines', 'engines must be a list of engine profile files (YAML)');
    config.engines = list.map((f) => resolve(dirname(file), f as string));
  }
  for (const key of ['files', 'ignores'] as const) {
    const list = v[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.some((g) => typeof g !== 'string' || g === '')) throw fail(key, `${key} must be a list of glob patterns`);
    config[key] = list as string[];
  }
  if (v['maxWarnings'] !== undefined) {
    const n = v['maxWarnings'];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw fail('maxWarnings', 'maxWarnings must be a whole number, 0 or more');
    config.maxWarnings = n;
  }
  return config;
}

/** The engine profile files of the project config found from `cwd` (none without a config). */
export function projectEngineFiles(cwd: string): string[] {
  const file = findConfig(cwd);
  return file ? (loadConfig(file).engines ?? []) : [];
}

/** Is `path` the folder `dir` or inside it (lexically; links are checked when writing)? */
function isInsidePath(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && rel.split(sep)[0] !== '..' && !isAbsolute(rel);
}

export function failsAt(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const order = { info: 1, warning: 2, error: 3 };
  return order[severity] >= order[failOn];
}
