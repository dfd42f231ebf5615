/** Expanding the FILES/GLOBS of `archcap lint` into YAML files, in a stable order. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const YAML = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build']);

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(path, out);
    } else if (e.isFile()) out.push(path);
  }
}

/**
 * A plain path is kept as it is (a missing file is reported by the loader), a
 * directory becomes the YAML files below it, a glob the files it matches.
 * Returns unique paths in argument order, each glob's matches sorted.
 */
export function expandFiles(patterns: string[], cwd: string): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (!/[*?]/.test(pattern)) {
      let isDir = false;
      try {
        isDir = statSync(join(cwd, pattern)).isDirectory();
      } catch {
        /* not there: the loader reports it */
      }
      if (!isDir) {
        out.push(pattern);
        continue;
      }
      const found: string[] = [];
      walk(join(cwd, pattern), found);
      out.push(...found.filter((f) => YAML.test(f)).map((f) => relative(cwd, f)).sort());
      continue;
    }
    const normalized = pattern.split(sep).join('/');
    const base = normalized.slice(0, normalized.search(/[*?]/)).replace(/[^/]*$/, '') || '.';
    const re = globToRegExp(normalized.replace(/^\.\//, ''));
    const found: string[] = [];
    walk(join(cwd, base), found);
    out.push(...found.map((f) => relative(cwd, f).split(sep).join('/')).filter((f) => re.test(f)).sort());
  }
  return [...new Set(out)];
}
