import { describe, expect, it } from 'vitest';
import { archcap, STACK_TRACE } from '../helpers/cli.js';

interface AvailabilityJson {
  composition: string;
  k?: number;
  parts: Array<{ input: string; availability: number }>;
  availability: number;
  percent: number;
  downtimePerMonthMs: number;
  downtimePerYearMs: number;
  errorBudget: { fraction: number; perMonthMs: number };
}

const json = (args: string[]): AvailabilityJson => {
  const r = archcap(['availability', ...args, '--json']);
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as AvailabilityJson;
};

describe('archcap availability', () => {
  it('multiplies serial parts: 99.9% twice is 99.8001%, 1.44 h down in a 30-day month', () => {
    const r = archcap(['availability', '99.9', '99.9']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^availability\s+99\.8001%$/m);
    expect(r.stdout).toMatch(/^downtime per month \(30 d\)\s+1\.44 h$/m);
    expect(r.stdout).toMatch(/^downtime per year \(365\.25 d\)\s+17\.52 h$/m);
    const result = json(['99.9', '99.9']);
    expect(result.composition).toBe('serial');
    expect(result.availability).toBeCloseTo(0.998001, 12);
    expect(result.downtimePerMonthMs).toBeCloseTo(0.001999 * 30 * 24 * 3_600_000, 3);
    expect(result.errorBudget.fraction).toBeCloseTo(0.001999, 12);
  });

  it('reads 99.95, 99.95% and 0.9995 as the same availability', () => {
    const result = json(['99.95', '99.95%', '0.9995']);
    expect(result.parts.map((p) => p.availability)).toEqual([0.9995, 0.9995, 0.9995]);
    expect(result.availability).toBeCloseTo(0.9995 ** 3, 12);
  });

  it('keeps the parts in the order they were typed, repeated values included', () => {
    expect(json(['99.9', '99.5', '99.9']).parts.map((p) => p.input)).toEqual(['99.9', '99.5', '99.9']);
  });

  it('composes redundant parts in parallel: two 99% copies give 99.99%', () => {
    const result = json(['99', '99', '--parallel']);
    expect(result.composition).toBe('parallel');
    expect(result.availability).toBeCloseTo(0.9999, 12);
    expect(archcap(['availability', '99', '99', '--parallel']).stdout).toMatch(/^availability\s+99\.99%$/m);
  });

  it('computes k-of-n: 2 of 3 at 99.9% is 3a²(1 − a) + a³', () => {
    const a = 0.999;
    const result = json(['99.9', '99.9', '99.9', '--k', '2']);
    expect(result.composition).toBe('k-of-n');
    expect(result.k).toBe(2);
    expect(result.availability).toBeCloseTo(3 * a * a * (1 - a) + a ** 3, 12);
  });

  it('computes k-of-n over unequal parts exactly (Poisson-binomial)', () => {
    const [a, b, c] = [0.999, 0.995, 0.99];
    const twoOfThree = a * b * c + (1 - a) * b * c + a * (1 - b) * c + a * b * (1 - c);
    expect(json(['99.9', '99.5', '99', '--k', '2']).availability).toBeCloseTo(twoOfThree, 12);
    expect(json(['99.9', '99.5', '99', '--k', '3']).availability).toBeCloseTo(a * b * c, 12);
  });

  const bad: Array<[string, string[], string]> = [
    ['a number above 100', ['101'], "'101' is not an availability"],
    ['a word', ['ninety'], "'ninety' is not an availability"],
    ['a negative number', ['--', '-5'], "'-5' is not an availability"],
    ['no numbers at all', [], 'give one or more availabilities'],
    ['k larger than the number of parts', ['99', '99', '--k', '3'], 'k must be between 1 and the number of parts (2)'],
  ];
  for (const [name, args, message] of bad) {
    it(`refuses ${name} with exit code 2 and no stack trace`, () => {
      const r = archcap(['availability', ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(STACK_TRACE);
    });
  }
});
