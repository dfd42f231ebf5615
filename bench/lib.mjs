// What every benchmark script shares: the package root, its command-line options and
// the median of a list of timings. Plain figures, no pass/fail.
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const args = process.argv.slice(2);
/** The value after `name` on the command line, or `fallback`. */
export const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
export const flag = (name) => args.includes(name);

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The load average now, for the header line of a result. */
export const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
