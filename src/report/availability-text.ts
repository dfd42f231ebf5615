/**
 * `archcap availability` for a terminal: the parts, how they compose, the composed
 * availability with its downtime, and the error budget that leaves.
 */
import type { ErrorBudget } from '../analysis/availability.js';
import { formatDuration } from '../analysis/availability.js';
import { textTable } from './text-table.js';

export type Composition = 'serial' | 'parallel' | 'k-of-n';

export interface AvailabilityPart {
  /** As given on the command line. */
  input: string;
  availability: number;
  downtimePerMonthMs: number;
}

export interface AvailabilityResult {
  composition: Composition;
  /** For k-of-n: replicas that must be up. */
  k?: number;
  parts: AvailabilityPart[];
  availability: number;
  /** The composed availability in percent, e.g. 99.8001. */
  percent: number;
  downtimePerMonthMs: number;
  downtimePerYearMs: number;
  errorBudget: ErrorBudget;
  explanation: string;
}

const trim = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
/** Decimals that keep four significant digits of x (> 0). */
const decimalsFor = (x: number): number => Math.min(20, Math.max(0, 3 - Math.floor(Math.log10(x))));

/**
 * A percentage with four significant digits of the unavailability, so
 * 0.998001 reads 99.8001% and 0.9995 reads 99.95%.
 */
export function formatPercent(a: number): string {
  const missing = 100 - a * 100;
  return missing <= 0 ? '100%' : `${trim((a * 100).toFixed(decimalsFor(missing)))}%`;
}

/** A small percentage to four significant digits: 0.1999%, 0.000000005%. */
function smallPercent(fraction: number): string {
  const pct = fraction * 100;
  return pct <= 0 ? '0%' : `${trim(pct.toFixed(decimalsFor(pct)))}%`;
}

/** Like formatDuration, but sub-second downtimes stay readable: `120 ms`, `0.0043 ms`. */
export function formatDowntime(ms: number): string {
  if (ms >= 1000) return formatDuration(ms);
  if (ms <= 0) return '0 s';
  return ms >= 1 ? `${ms.toFixed(0)} ms` : `${trim(ms.toFixed(decimalsFor(ms) - 2))} ms`;
}

export function availabilityText(result: AvailabilityResult): string {
  const title =
    result.composition === 'serial' ? 'Serial composition (every part is needed)'
    : result.composition === 'parallel' ? 'Parallel composition (any one part suffices, failures independent)'
    : `${result.k} of ${result.parts.length} (at least ${result.k} parts must be up, failures independent)`;
  const out = [title, ''];
  out.push(...textTable(['part', 'availability', 'down / month'], result.parts.map((p, i) => [`${i + 1}`, formatPercent(p.availability), formatDowntime(p.downtimePerMonthMs)]), ['right', 'right', 'right']));
  out.push('');
  const b = result.errorBudget;
  out.push(
    ...textTable(
      ['composed', 'value'],
      [
        ['availability', formatPercent(result.availability)],
        ['downtime per month (30 d)', formatDowntime(result.downtimePerMonthMs)],
        ['downtime per year (365.25 d)', formatDowntime(result.downtimePerYearMs)],
        ['error budget (failed fraction)', `${smallPercent(b.fraction)} of requests or time`],
        ['error budget per week', formatDowntime(b.perWeekMs)],
        ['error budget per month', formatDowntime(b.perMonthMs)],
      ],
      ['left', 'right'],
    ),
  );
  out.push('', result.explanation);
  return `${out.join('\n')}\n`;
}
