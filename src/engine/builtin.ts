/**
 * The built-in rules: `rules/<category>/<name>.yaml`. The build bundles them
 * into `build/rules.json` so start-up parses one JSON file; sources are read
 * directly when the bundle is missing (and always under test, so edits count).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '../model/source.js';
import { locateIn } from '../model/source.js';
import { problemsToError, ruleProblems, toRule } from './rule-file.js';
import type { Rule } from './types.js';
import { packagePath } from '../paths.js';

export const RULES_DIR = packagePath('rules/');
const BUNDLE = packagePath('build/rules.json');

let cached: Rule[] | undefined;

export function builtinRules(): Rule[] {
  if (cached) return cached;
  if (!process.env['VITEST'] && existsSync(BUNDLE)) {
    cached = JSON.parse(readFileSync(BUNDLE, 'utf8')) as Rule[];
  } else {
    cached = readRuleSources({ checkOptions: true });
  }
  return cached;
}

/** Every rule file under rules/ (except the knowledge base), validated. */
export function readRuleSources(options: { checkOptions: boolean }): Rule[] {
  const rules: Rule[] = [];
  for (const category of readdirSync(RULES_DIR, { withFileTypes: true })) {
    if (!category.isDirectory() || category.name === 'knowledge') continue;
    for (const file of readdirSync(join(RULES_DIR, category.name)).filter((f) => f.endsWith('.yaml')).sort()) {
      const path = join(RULES_DIR, category.name, file);
      const relative = `rules/${category.name}/${file}`;
      const parsed = parseYaml(relative, readFileSync(path, 'utf8'));
      const def = parsed.value as Record<string, unknown>;
      const problems = ruleProblems(def, '', options);
      if (problems.length) throw problemsToError(relative, problems, (p) => locateIn(parsed.positions, p));
      rules.push(toRule(def, relative));
    }
  }
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}
