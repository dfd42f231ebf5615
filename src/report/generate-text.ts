/** What `archcap generate` did (or would do, with --dry-run), for a terminal. */
import type { ApplyResult } from '../generate/index.js';

export function generationSummary(result: ApplyResult, color: boolean): string {
  const green = (s: string): string => (color ? `\u001b[32m${s}\u001b[39m` : s);
  const yellow = (s: string): string => (color ? `\u001b[33m${s}\u001b[39m` : s);
  const out: string[] = [];
  const verb = result.dryRun ? 'would ' : '';
  for (const c of result.changes) {
    out.push(`${green(`${verb}${c.action}`)}  ${c.path}`);
    if (result.dryRun && c.diff) out.push(c.diff.trimEnd());
  }
  for (const c of result.conflicts) {
    out.push(`${yellow('conflict')}  ${c.path}: ${c.reason} (kept; --force overwrites it)`);
    if (c.diff) out.push(c.diff.trimEnd());
  }
  if (result.changes.length === 0 && result.conflicts.length === 0) out.push(`nothing to do: ${result.unchanged.length} files already up to date in ${result.outDir}`);
  else out.push('', `${result.changes.length} ${verb ? 'to write' : 'written'}, ${result.conflicts.length} conflicts, ${result.unchanged.length} unchanged — ${result.outDir}`);
  return `${out.join('\n')}\n`;
}
