/**
 * From lint's flags and the config file to what a lint run needs: the rules
 * (built-ins + config + rulesets), the baseline, the formats and the threshold.
 * Flags win over the config file; the config file wins over defaults.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { useProjectEngines } from '../model/deps.js';
import { readInputFile } from '../model/read-input.js';
import { decodeText, LIMITS, locateIn, parseYaml } from '../model/source.js';
import { builtinRules } from './builtin.js';
import { FAIL_ON, findConfig, loadConfig, type Config, type FailOn } from './config.js';
import { parseIgnore, type IgnoreRule } from './files/ignore.js';
import { findProjectRoot, readIgnoreFile } from './files/root.js';
import { applyRuleset, readYamlDocument } from './ruleset.js';
import type { Baseline } from './suppress.js';
import type { Rule } from './types.js';

import { FORMAT_NAMES, isFormatName, type FormatName } from '../report/findings/index.js';

export { FORMAT_NAMES, type FormatName };

export interface LintFlags {
  format?: string[];
  output?: string;
  failOn?: string;
  ruleset?: string[];
  config?: string;
  noConfig?: boolean;
  baseline?: string;
  inlineIgnore?: boolean;
  ignorePattern?: string[];
  /** false with --no-ignore. */
  ignore?: boolean;
  maxWarnings?: number;
}

export interface LintSetup {
  /** The project root: reports' paths are relative to it (see files/root.ts). */
  root: string;
  /** `files:` from the config, if any. */
  files?: string[];
  /** `.archcapignore`, config `ignores:` and `--ignore-pattern`, in that order. */
  ignores: IgnoreRule[];
  useIgnore: boolean;
  /** More warnings than this fail the run (exit 1), whatever --fail-on says. */
  maxWarnings?: number;
  rules: Rule[];
  config?: Config;
  failOn: FailOn;
  /**
   * Each format with its output file; at most one without a file (standard output).
   * `root`: the folder a file named by the config must stay inside (its own folder).
   */
  outputs: { format: FormatName; file?: string; root?: string }[];
  baselineFile?: string;
  /** Set when the baseline file comes from the config: writing it stays inside this folder. */
  baselineRoot?: string;
  baseline?: Baseline;
  inlineIgnore: boolean;
}

export function parseFormatSpec(spec: string, cwd: string): { format: FormatName; file?: string } {
  const [name, file] = spec.split(/=(.*)/s, 2) as [string, string | undefined];
  if (!isFormatName(name)) throw new UsageError(`unknown format '${name}'; accepted: ${FORMAT_NAMES.join(', ')}`);
  return { format: name, ...(file ? { file: resolve(cwd, file) } : {}) };
}

export function setupLint(flags: LintFlags, cwd: string): LintSetup {
  const configFile = flags.noConfig ? undefined : flags.config ? resolve(cwd, flags.config) : findConfig(cwd);
  if (flags.config && !existsSync(resolve(cwd, flags.config))) throw InputError.at('unreadable', flags.config, 'cannot read config file: no such file');
  const config = configFile ? loadConfig(configFile) : undefined;
  useProjectEngines(config?.engines ?? []);
  let rules = builtinRules();
  if (config) rules = applyRuleset(rules, config.document);
  for (const file of flags.ruleset ?? []) rules = applyRuleset(rules, readYamlDocument(resolve(cwd, file)));

  const failOn = (flags.failOn ?? config?.failOn ?? 'error') as FailOn;
  if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}`);

  let outputs = (flags.format ?? []).map((spec) => parseFormatSpec(spec, cwd));
  if (outputs.length === 0 && config?.formats) {
    const root = dirname(config.file);
    outputs = config.formats.map((f) => ({ ...parseFormatSpec(f.output ? `${f.format}=${f.output}` : f.format, cwd), ...(f.output ? { root } : {}) }));
  }
  if (outputs.length === 0) outputs = [{ format: 'stylish' }];
  if (flags.output) {
    const bare = outputs.filter((o) => !o.file);
    if (bare.length !== 1) throw new UsageError('--output needs exactly one --format without its own =FILE');
    bare[0]!.file = resolve(cwd, flags.output);
  }
  if (outputs.filter((o) => !o.file).length > 1) throw new UsageError('only one format can go to standard output; give the others a file: --format sarif=archcap.sarif');

  const baselineFile = flags.baseline ? resolve(cwd, flags.baseline) : config?.baseline;
  const root = findProjectRoot(cwd, configFile);
  const slashed = (p: string): string => p.split('\\').join('/');
  const ignores = [
    ...readIgnoreFile(root),
    ...parseIgnore(config?.ignores ?? [], slashed(configFile ? dirname(configFile) : root), 'ignores in .archcap.yaml'),
    ...parseIgnore(flags.ignorePattern ?? [], slashed(resolve(cwd)), '--ignore-pattern'),
  ];
  const maxWarnings = flags.maxWarnings ?? config?.maxWarnings;
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings must be a whole number, 0 or more');
  const setup: LintSetup = {
    root,
    ignores,
    useIgnore: flags.ignore ?? true,
    ...(config?.files ? { files: config.files } : {}),
    ...(maxWarnings === undefined ? {} : { maxWarnings }),
    rules,
    failOn,
    outputs,
    inlineIgnore: flags.inlineIgnore ?? config?.inlineIgnore ?? true,
  };
  if (config) setup.config = config;
  if (baselineFile) {
    setup.baselineFile = baselineFile;
    if (!flags.baseline && config) setup.baselineRoot = dirname(config.file);
    if (existsSync(baselineFile)) setup.baseline = readBaseline(baselineFile);
  }
  return setup;
}

/** Baselines list every accepted finding, so they may be larger than a system description. */
const MAX_BASELINE_BYTES = 8 * LIMITS.maxBytes;

function readBaseline(file: string): Baseline {
  const text = decodeText(file, readInputFile(file, MAX_BASELINE_BYTES, 'the baseline'), MAX_BASELINE_BYTES);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw InputError.at('invalid-baseline', file, `baseline is not valid JSON: ${(error as Error).message}`);
  }
  const v = value as Partial<Baseline> | null;
  if (v === null || typeof v !== 'object' || v.version !== 1 || !Array.isArray(v.findings)) {
    throw InputError.at('invalid-baseline', file, 'not an archcap baseline (expected { "version": 1, "findings": [...] }); recreate it with --update-baseline');
  }
  const bad = v.findings.findIndex((f: unknown) => f === null || typeof f !== 'object' || typeof (f as { fingerprint?: unknown }).fingerprint !== 'string');
  if (bad !== -1) {
    // JSON is YAML, so the YAML reader can say where the entry is.
    const at = locateIn(parseYaml(file, text).positions, `findings[${bad}]`);
    throw InputError.at('invalid-baseline', file, `findings[${bad}] is not a baseline entry (an object with a "fingerprint" string); recreate the baseline with --update-baseline`, at.line, at.column, `findings[${bad}]`);
  }
  return v as Baseline;
}
