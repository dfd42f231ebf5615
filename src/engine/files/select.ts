/**
 * Which files `archcap lint` checks, the way ESLint chooses them:
 * - a file named on the command line is linted whatever its name (as ruff
 *   does); with `--force-exclude` (what a pre-commit hook wants, since it names
 *   every changed YAML file) ignore patterns and detection apply to it as well,
 *   and a file they leave out is skipped with a note;
 * - a folder (and no arguments at all, which means the working folder) is walked
 *   for the files matching `files:` in `.archcap.yaml` (default: every `.yaml`
 *   and `.yml`), and a glob for the files it matches; of those, only system
 *   descriptions (see detect.ts) are linted, and ignored paths are skipped:
 *   node_modules, dot-files and dot-folders, dist, build and coverage by default,
 *   plus `.archcapignore`, `ignores:` in the config and `--ignore-pattern`.
 * Paths come back absolute, in argument order, each folder's or glob's sorted.
 */
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { posix, resolve, sep } from 'node:path';
import { absoluteGlob, globSource, hasGlob, splitGlob } from './glob.js';
import { DEFAULT_IGNORES, isIgnored, parseIgnore, type IgnoreRule } from './ignore.js';
import { looksLikeSystemDescription } from './detect.js';

/** The convention when `.archcap.yaml` names no `files:`. */
export const DEFAULT_FILE_GLOBS = ['**/*.yaml', '**/*.yml'];
/** Standing for standard input on the command line. */
export const STDIN = '-';

export interface SelectOptions {
  cwd: string;
  /** The project root: `files:` globs and `.archcapignore` are relative to it. */
  root: string;
  /** `files:` from the config (default DEFAULT_FILE_GLOBS). */
  files?: readonly string[];
  /** User ignore rules (`.archcapignore`, config `ignores:`, `--ignore-pattern`). */
  ignores: readonly IgnoreRule[];
  /** false with `--no-ignore`: no pattern applies, the defaults neither. */
  useIgnore: boolean;
  /** Apply ignore patterns and detection to files named on the command line too. */
  forceExclude?: boolean;
}

export interface Selection {
  /** Absolute paths (or `-`), explicit ones included whatever they contain. */
  files: string[];
  /** Files named explicitly, as typed: these are linted even when they do not look like system descriptions. */
  explicit: Set<string>;
  /** Files named explicitly that --force-exclude left out, and why. */
  ignored: { file: string; source: string }[];
  /** YAML files found by a folder or glob that are not system descriptions. */
  skipped: string[];
}

const slash = (p: string): string => p.split(sep).join('/');
const HEAD_BYTES = 64 * 1024;

function head(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function walk(dir: string, rules: readonly IgnoreRule[], out: string[], depth = Infinity): void {
  if (depth <= 0) return;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = `${dir === '/' ? '' : dir}/${e.name}`;
    if (e.isDirectory()) {
      if (!isIgnored(rules, path, true).ignored) walk(path, rules, out, depth - 1);
    } else if (e.isFile() && !isIgnored(rules, path, false).ignored) out.push(path);
  }
}

export function selectFiles(patterns: readonly string[], options: SelectOptions): Selection {
  const cwd = slash(resolve(options.cwd));
  const root = slash(resolve(options.root));
  const user = options.useIgnore ? options.ignores : [];
  const selection: Selection = { files: [], explicit: new Set(), ignored: [], skipped: [] };
  const fileGlobs = (options.files ?? DEFAULT_FILE_GLOBS).map((g) => new RegExp(`^${globSource(g)}$`));
  const keep = (found: string[], match: (f: string) => boolean): void => {
    for (const f of found.filter(match).sort()) {
      if (looksLikeSystemDescription(head(f))) selection.files.push(f);
      else selection.skipped.push(f);
    }
  };
  const withDefaults = (base: string): IgnoreRule[] =>
    options.useIgnore ? [...parseIgnore(DEFAULT_IGNORES, base, 'default ignores'), ...user] : [];

  for (const pattern of patterns.length ? patterns : ['.']) {
    if (pattern === STDIN) {
      selection.files.push(STDIN);
      continue;
    }
    const absolute = slash(resolve(cwd, pattern));
    if (!hasGlob(pattern)) {
      let isDir = false;
      try {
        isDir = statSync(absolute).isDirectory();
      } catch {
        /* not there: the loader reports it */
      }
      if (isDir) {
        const found: string[] = [];
        walk(absolute, withDefaults(absolute), found);
        // `files:` globs are relative to the project root; a folder outside it matches by its own relative paths.
        const relTo = absolute === root || absolute.startsWith(`${root}/`) ? root : absolute;
        keep(found, (f) => fileGlobs.some((re) => re.test(posix.relative(relTo, f))));
        continue;
      }
      const m = options.forceExclude && options.useIgnore ? isIgnored(withDefaults(cwd), absolute, false) : { ignored: false };
      if (m.ignored) selection.ignored.push({ file: pattern, source: `matched by ${m.source ?? 'an ignore pattern'}` });
      else if (options.forceExclude && !looksLikeSystemDescription(head(absolute))) selection.ignored.push({ file: pattern, source: 'not a system description' });
      else {
        selection.files.push(absolute);
        selection.explicit.add(absolute);
      }
      continue;
    }
    const { base, rest } = splitGlob(slash(pattern));
    const baseDir = slash(resolve(cwd, base || '.'));
    const re = absoluteGlob(baseDir, rest.replace(/^\.\//, ''));
    const found: string[] = [];
    // Without `**` a glob reaches only as deep as its segments.
    walk(baseDir, withDefaults(baseDir), found, rest.includes('**') ? Infinity : rest.split('/').length);
    keep(found, (f) => re.test(f));
  }
  selection.files = [...new Set(selection.files)];
  return selection;
}
