import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, formatters, isFormatName } from '../../../src/report/findings/index.js';
import { EMPTY, FAILED, MIXED, SPECIAL } from '../../fixtures/report/results.js';

const FIXTURES = { EMPTY, MIXED, FAILED, SPECIAL };

describe('the findings formatter registry', () => {
  it('has exactly the six lint formats', () => {
    expect(Object.keys(formatters).sort()).toEqual(['github', 'json', 'junit', 'markdown', 'sarif', 'stylish']);
    expect([...FORMAT_NAMES].sort()).toEqual(Object.keys(formatters).sort());
  });

  it('tells a format name from anything else', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('text')).toBe(false);
    expect(isFormatName('SARIF')).toBe(false);
  });

  for (const name of FORMAT_NAMES) {
    it(`${name} reports a file that failed to load as an error`, () => {
      const out = formatters[name](FAILED.findings, FAILED.ctx);
      expect(out).toContain('broken.yaml');
      expect(out).toContain('archcap/invalid-input');
      expect(out).toContain('plain scalar');
    });

    it(`${name} is pure: same output twice, inputs untouched, no trailing newline`, () => {
      for (const { findings, ctx } of Object.values(FIXTURES)) {
        const before = structuredClone({ findings, ctx });
        const first = formatters[name](findings, ctx);
        expect(formatters[name](findings, ctx)).toBe(first);
        expect({ findings, ctx }).toEqual(before);
        expect(first.endsWith('\n')).toBe(false);
      }
    });

    it(`${name} shows paths relative to the working folder`, () => {
      const out = formatters[name](MIXED.findings, MIXED.ctx);
      expect(out).toContain('services/payments.yaml');
      expect(out).not.toContain('/work/project/services');
    });
  }
});
