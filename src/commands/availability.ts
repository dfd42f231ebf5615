import { Args, Flags } from '@oclif/core';
import { atLeastK, downtimeMs, errorBudget, parallel, serial } from '../analysis/availability.js';
import { UsageError } from '../errors.js';
import { availabilityText, formatPercent, type AvailabilityResult, type Composition } from '../report/availability-text.js';
import { BaseCommand } from '../cli/base-command.js';

/** `99.95`, `99.95%` → 0.9995; `0.9995` (a number ≤ 1 without %) is already a fraction. */
export function parseAvailability(input: string): number {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(input);
  const value = match ? Number(match[1]) : NaN;
  // `e-2` shifts the decimal point exactly: 99.9 / 100 would give 0.9990000000000001.
  const fraction = match?.[2] === '%' || value > 1 ? Number(`${match![1]}e-2`) : value;
  if (!match || !Number.isFinite(fraction) || fraction > 1) {
    throw new UsageError(`'${input}' is not an availability: give a percentage (99.95 or 99.95%) or a fraction (0.9995)`);
  }
  return fraction;
}

export default class Availability extends BaseCommand {
  static override summary = 'Compose availabilities: serial, parallel or k-of-n; downtime and error budget.';
  static override description =
    'Serial (the default) multiplies: every part is needed. --parallel: any one part suffices, 1 − Π(1 − a). --k K: at least K of the parts must be up. Parallel and k-of-n assume independent failures, so they are upper bounds. A month is 30 days, a year 365.25.';
  static override examples = [
    '<%= config.bin %> availability 99.95 99.9 99.99',
    '<%= config.bin %> availability 99.9% 99.9% --parallel',
    '<%= config.bin %> availability 0.999 0.999 0.999 --k 2',
    '<%= config.bin %> availability 99.95 99.9 --json',
  ];
  static override enableJsonFlag = true;
  static override strict = false;
  static override args = { availabilities: Args.string({ description: 'one or more availabilities: 99.95, 99.95% or 0.9995' }) };
  static override flags = {
    parallel: Flags.boolean({ description: 'any one part suffices (redundant copies)', exclusive: ['k'] }),
    k: Flags.integer({ description: 'at least K of the parts must be up (k-of-n)', exclusive: ['parallel'] }),
  };

  async run(): Promise<AvailabilityResult> {
    const { argv, flags } = await this.parse(Availability);
    const inputs = inCommandLineOrder(argv as string[], this.argv);
    if (inputs.length === 0) throw new UsageError('give one or more availabilities, e.g. `archcap availability 99.95 99.9`');
    const values = inputs.map(parseAvailability);
    const composition: Composition = flags.k !== undefined ? 'k-of-n' : flags.parallel ? 'parallel' : 'serial';
    const availability =
      composition === 'serial' ? serial(values)
      : composition === 'parallel' ? parallel(values)
      : atLeastK(values, flags.k!);
    const result: AvailabilityResult = {
      composition,
      ...(flags.k !== undefined ? { k: flags.k } : {}),
      parts: inputs.map((input, i) => ({ input, availability: values[i]!, downtimePerMonthMs: downtimeMs(values[i]!, 'month') })),
      availability,
      percent: availability * 100,
      downtimePerMonthMs: downtimeMs(availability, 'month'),
      downtimePerYearMs: downtimeMs(availability, 'year'),
      errorBudget: errorBudget(availability),
      explanation: explain(composition, values.length, availability, flags.k),
    };
    if (!this.jsonEnabled()) process.stdout.write(availabilityText(result));
    return result;
  }
}

/** oclif groups repeated values together (it sorts argv by first occurrence); restore the order typed. */
function inCommandLineOrder(parsed: string[], raw: string[]): string[] {
  const left = new Map<string, number>();
  for (const a of parsed) left.set(a, (left.get(a) ?? 0) + 1);
  return raw.filter((a) => (left.get(a) ?? 0) > 0 && left.set(a, left.get(a)! - 1) !== undefined);
}

function explain(composition: Composition, n: number, a: number, k?: number): string {
  if (composition === 'serial') return `${n} part(s) in series: every one is needed, so the availabilities multiply to ${formatPercent(a)}; no chain is more available than its weakest part.`;
  if (composition === 'parallel') return `${n} redundant part(s): all must fail together, 1 − Π(1 − a) = ${formatPercent(a)}. Shared regions, deploys and control planes correlate failures, so treat this as an upper bound.`;
  return `${k} of ${n} parts must be up: ${formatPercent(a)}, assuming independent failures (an upper bound when failures correlate).`;
}
