/** Parsing the units of a system description. The schema has already checked the form. */

const DURATION_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PER_SECOND: Record<string, number> = { s: 1, m: 1 / 60, h: 1 / 3600, d: 1 / 86_400 };
const BYTES: Record<string, number> = {
  B: 1,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
  PB: 1e15,
  KiB: 2 ** 10,
  MiB: 2 ** 20,
  GiB: 2 ** 30,
  TiB: 2 ** 40,
  PiB: 2 ** 50,
};

/** One pattern per unit list, compiled once (every duration, rate and size of a file goes through here). */
const patterns = new Map<string, RegExp>();

function split(text: string, units: string): [number, string] {
  let pattern = patterns.get(units);
  if (!pattern) patterns.set(units, (pattern = new RegExp(`^([0-9]+(?:\\.[0-9]+)?)\\s*(${units})$`)));
  const m = pattern.exec(text.trim());
  if (!m) throw new RangeError(`cannot parse '${text}'`);
  return [Number(m[1]), m[2] ?? ''];
}

/** `250ms` → 250, `2s` → 2000, `5m` → 300000 */
export function parseDuration(text: string): number {
  const [n, unit] = split(text, 'ms|s|m|h|d');
  return n * (DURATION_MS[unit] ?? NaN);
}

/** `500/s` → 500, `30/m` → 0.5 */
export function parseRate(text: string): number {
  const [n, unit] = split(text.replace(/\s*\/\s*/, '/'), '/s|/m|/h|/d');
  return n * (PER_SECOND[unit.slice(1)] ?? NaN);
}

/** `200GB` → 2e11 bytes (decimal units; KiB/MiB/GiB are binary) */
export function parseSize(text: string): number {
  const [n, unit] = split(text, 'B|KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB|PiB');
  return n * (BYTES[unit] ?? NaN);
}

/** `99.95%` → 0.9995 */
export function parsePercent(text: string): number {
  const [n] = split(text, '%');
  return n / 100;
}

export function formatDuration(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms >= 1000 && ms % 1000 === 0) return `${ms / 1000}s`;
  return `${Math.round(ms * 10) / 10}ms`;
}

export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  return `${Number(p.toFixed(p >= 99.9 ? 4 : 2))}%`;
}
