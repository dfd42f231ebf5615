/**
 * `.archcap.yaml`: found by walking up from the working folder (or named with
 * `--config`). It is a ruleset (`extends`, `rules`) plus defaults for lint's flags.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import type { Severity } from './finding.js';
import { readYamlDocument, type RulesetDocument } from './ruleset.js';

export const CONFIG_NAMES = ['.archcap.yaml', '.archcap.yml'];
const KEYS = ['extends', 'rules', 'failOn', 'formats', 'baseline', 'inlineIgnore'];
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
      return { format: entry['format'], ...(typeof entry['output'] === 'string' ? { output: resolve(dirname(file), entry['output']) } : {}) };
    });
  }
  if (v['baseline'] !== undefined) {
    if (typeof v['baseline'] !== 'string') throw fail('baseline', 'baseline must be a file path');
    config.baseline = resolve(dirname(file), v['baseline']);
  }
  if (v['inlineIgnore'] !== undefined) {
    if (typeof v['inlineIgnore'] !== 'boolean') throw fail('inlineIgnore', 'inlineIgnore must be true or false');
    config.inlineIgnore = v['inlineIgnore'];
  }
  return config;
}

export function failsAt(severity: Severity, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  const order = { info: 1, warning: 2, error: 3 };
  return order[severity] >= order[failOn];
}
