/**
 * Ignore patterns in the gitignore syntax (the subset people use): `#` comments,
 * `!` to re-include, a trailing `/` for folders only, a pattern with a `/` in it
 * anchored to its base folder, one without matched at any depth. As in git, a
 * file below an ignored folder cannot be re-included.
 */
import { posix } from 'node:path';
import { globSource } from './glob.js';

interface IgnoreRule {
  base: string;
  negated: boolean;
  dirOnly: boolean;
  re: RegExp;
  source: string;
}

/** Patterns that apply everywhere unless `--no-ignore`: dependencies, build output, and dot-files and dot-folders. */
export const DEFAULT_IGNORES = ['node_modules/', '.*', 'dist/', 'build/', 'coverage/'];

export function parseIgnore(lines: readonly string[], base: string, source: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of lines) {
    let line = raw.replace(/\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    const dirOnly = line.endsWith('/');
    if (dirOnly) line = line.slice(0, -1);
    const anchored = line.includes('/');
    if (line.startsWith('/')) line = line.slice(1);
    const body = globSource(line);
    rules.push({ base, negated, dirOnly, source, re: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`) });
  }
  return rules;
}

export interface IgnoreMatch {
  ignored: boolean;
  /** Where the deciding pattern came from. */
  source?: string;
}

function decide(rules: readonly IgnoreRule[], absolute: string, isDir: boolean): IgnoreMatch {
  let result: IgnoreMatch = { ignored: false };
  for (const rule of rules) {
    if (rule.dirOnly && !isDir) continue;
    const rel = posix.relative(rule.base, absolute);
    if (!rel || rel.startsWith('../') || rel === '..') continue;
    if (rule.re.test(rel)) result = rule.negated ? { ignored: false } : { ignored: true, source: rule.source };
  }
  return result;
}

/** Whether an absolute path (forward slashes) is ignored, looking at each folder above it first. */
export function isIgnored(rules: readonly IgnoreRule[], absolute: string, isDir: boolean, stopAt = '/'): IgnoreMatch {
  const parts = absolute.split('/');
  for (let i = 2; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (dir.length <= stopAt.length) continue;
    const m = decide(rules, dir, true);
    if (m.ignored) return m;
  }
  return decide(rules, absolute, isDir);
}

export type { IgnoreRule };
