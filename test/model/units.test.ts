import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration, parsePercent, parseRate, parseSize } from '../../src/model/units.js';

describe('units', () => {
  it('parses durations to milliseconds', () => {
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('2s')).toBe(2000);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration('0s')).toBe(0);
  });

  it('parses rates to events per second', () => {
    expect(parseRate('500/s')).toBe(500);
    expect(parseRate('30/m')).toBeCloseTo(0.5);
    expect(parseRate('3600 / h')).toBeCloseTo(1);
  });

  it('parses sizes with decimal and binary units', () => {
    expect(parseSize('200GB')).toBe(2e11);
    expect(parseSize('1KiB')).toBe(1024);
    expect(parseSize('2TB')).toBe(2e12);
  });

  it('parses percentages to fractions', () => {
    expect(parsePercent('99.95%')).toBeCloseTo(0.9995, 10);
    expect(parsePercent('100%')).toBe(1);
  });

  it('round-trips whole durations through formatDuration', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.constantFrom('ms', 's', 'm', 'h'), (n, unit) => {
        const ms = parseDuration(`${n}${unit}`);
        expect(parseDuration(formatDuration(ms))).toBe(ms);
      }),
    );
  });

  it('refuses a form the schema would have refused', () => {
    expect(() => parseDuration('2')).toThrow(RangeError);
    expect(() => parseSize('2 bananas')).toThrow(RangeError);
  });
});
