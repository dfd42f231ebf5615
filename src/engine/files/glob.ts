/**
 * The glob syntax of `archcap lint` arguments, `files:` in `.archcap.yaml` and
 * ignore patterns: `*` (within one folder), `**` (any number of folders), `?`
 * (one character) and `{a,b}` (alternatives). Paths use forward slashes.
 */

export const hasGlob = (pattern: string): boolean => /[*?{]/.test(pattern);

const escape = (text: string): string => text.replace(/[.+^$()|[\]\\{}*?]/g, '\\$&');

/** The regular-expression source of a glob (no anchors). */
export function globSource(glob: string): string {
  let re = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:[^/]*/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{' && !inBraces) {
      inBraces = true;
      re += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces = false;
      re += ')';
    } else if (c === ',' && inBraces) re += '|';
    else re += escape(c);
  }
  return inBraces ? escape(glob) : re;
}

export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${globSource(glob)}$`);
}

/** Splits a glob into the folder before its first wildcard and the rest: `a/b/*.yaml` → [`a/b`, `*.yaml`]. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const first = pattern.search(/[*?{]/);
  const cut = pattern.lastIndexOf('/', first);
  return cut < 0 ? { base: '', rest: pattern } : { base: pattern.slice(0, cut) || '/', rest: pattern.slice(cut + 1) };
}

/** An absolute glob as a regular expression over absolute paths; `base` is matched literally. */
export function absoluteGlob(base: string, rest: string): RegExp {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return new RegExp(`^${escape(prefix)}${globSource(rest)}$`);
}
