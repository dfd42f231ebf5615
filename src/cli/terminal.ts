/**
 * What the terminal wants: colour and width. Colour follows, in order, the
 * `--color`/`--no-color` flag, `FORCE_COLOR` (as Node itself reads it: `0` or
 * `false` turns colour off, anything else on, and it wins over `NO_COLOR`),
 * `NO_COLOR` (no-color.org: any non-empty value turns colour off) and finally
 * whether the stream is a TTY. Output is wrapped to the terminal's width only on
 * a TTY; piped output is never wrapped, so tools and `grep` see one finding a line.
 */
export interface Stream {
  isTTY?: boolean;
  columns?: number;
}

export function useColor(flag: boolean | undefined, stream: Stream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env['NO_COLOR']) return false;
  return Boolean(stream.isTTY);
}

/** Columns to wrap at, or undefined (no wrapping) when the stream is not a terminal. */
export function wrapWidth(stream: Stream): number | undefined {
  if (!stream.isTTY) return undefined;
  return stream.columns && stream.columns > 0 ? stream.columns : 80;
}
