import { describe, expect, it } from 'vitest';
import { stylish } from '../../../src/report/findings/stylish.js';
import { EMPTY, FAILED, MIXED, SPECIAL, context } from '../../fixtures/report/results.js';

// eslint-disable-next-line no-control-regex
const stripAnsi = (text: string): string => text.replace(/\u001b\[\d+m/g, '');

describe('stylish', () => {
  it('prints nothing at all when there is nothing to report', () => {
    expect(stylish(EMPTY.findings, EMPTY.ctx)).toBe('');
  });

  it('groups findings by file, sorted by position, with aligned columns and no padding after the message', () => {
    const lines = stylish(MIXED.findings, MIXED.ctx).split('\n');
    expect(lines[0]).toBe('checkout.yaml');
    expect(lines.slice(1, 5).map((l) => l.trim().split(/\s+/)[0])).toEqual(['12:5', '30:9', '31:9', '48:5']);
    expect(lines[1]).toMatch(/^ {2}12:5 {2}error {4}Commit needs 151 ms/);
    expect(lines[6]).toBe('services/payments.yaml');
    expect(lines[7]).toMatch(/^ {2}7:3 {4}error {4}Kafka acks/);
    for (const block of [lines.slice(1, 5), lines.slice(7, 10)]) {
      // The rule id follows its message after two spaces: no run of padding to the longest message.
      for (const line of block) expect(line.trimStart()).not.toMatch(/\S {3,}\S+$/);
      const messageColumns = block.map((l) => l.search(/(error|warning|info) +\S/) + l.match(/(error|warning|info) +/)![0].length);
      expect(new Set(messageColumns).size).toBe(1);
    }
    expect(lines[2]!.endsWith('retry/no-jitter')).toBe(true);
  });

  it('ends with a summary of problems by severity', () => {
    const out = stylish(MIXED.findings, MIXED.ctx);
    expect(out.split('\n').at(-1)).toBe('✖ 6 problems (2 errors, 3 warnings, 1 info, 1 suppressed)');
    const errorsAndWarnings = MIXED.findings.filter((f) => f.severity !== 'info' && !f.suppressed);
    expect(stylish(errorsAndWarnings, MIXED.ctx).split('\n').at(-1)).toBe('✖ 5 problems (2 errors, 3 warnings, 0 infos)');
  });

  it('marks a suppressed finding and does not count it as a problem', () => {
    const suppressed = MIXED.findings.filter((f) => f.suppressed);
    const out = stylish(suppressed, MIXED.ctx);
    expect(out).toContain('(suppressed: inventory-service answers from memory)');
    expect(out.split('\n').at(-1)).toBe('✔ 0 problems (0 errors, 0 warnings, 0 infos, 1 suppressed)');
  });

  it('uses no escape codes without colour, and red, yellow and blue with it', () => {
    const plain = stylish(MIXED.findings, MIXED.ctx);
    expect(plain).not.toContain('\u001b[');
    const coloured = stylish(MIXED.findings, context({ color: true }));
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    expect(coloured).toContain('\u001b[34minfo   \u001b[39m');
    expect(coloured).toContain('\u001b[4mcheckout.yaml\u001b[24m');
    expect(stripAnsi(coloured)).toBe(plain);
  });

  it('reports a file that failed to load under its own name', () => {
    const out = stylish(FAILED.findings, FAILED.ctx);
    expect(out.split('\n').slice(0, 2)).toEqual(['broken.yaml', '  3:7  error  Unexpected ":" in a plain scalar  archcap/invalid-input']);
    expect(out.split('\n').at(-1)).toBe('✖ 2 problems (2 errors, 0 warnings, 0 infos)');
  });

  it('wraps messages to the terminal width under their column, the rule id last', () => {
    const out = stylish(MIXED.findings, context({ width: 60 }));
    const lines = out.split('\n');
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(60);
    const plain = stylish(MIXED.findings, MIXED.ctx).split('\n');
    const firstFinding = plain[1]!.replace(/\s+/g, ' ').trim();
    const wrapped = lines.slice(1, lines.findIndex((l, i) => i > 1 && /^ {2}\d/.test(l))).join(' ').replace(/\s+/g, ' ').trim();
    expect(wrapped).toBe(firstFinding);
    const messageColumn = lines[1]!.search(/Commit/);
    expect(lines[2]!.search(/\S/)).toBe(messageColumn);
  });

  it('does not wrap when the output is not a terminal (no width)', () => {
    const lines = stylish(MIXED.findings, MIXED.ctx).split('\n');
    expect(lines.filter((l) => /^ {2}\d/.test(l))).toHaveLength(7);
  });

  it('keeps each finding on one line and lets no control character reach the terminal', () => {
    const out = stylish(SPECIAL.findings, SPECIAL.ctx);
    const lines = out.split('\n');
    expect(lines[0]).toBe('données/système #1.yaml');
    expect(lines[1]).toContain('東京 ≤ 50% latency, p99: 200ms second line third \\u0007bell');
    expect(out).not.toMatch(/[\r\u0007]/);
    expect(lines.at(-1)).toBe('✖ 1 problem (0 errors, 1 warning, 0 infos)');
  });
});
