import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, writeJson } from '../../src/report/write-in-pieces.js';

const whole = (value: unknown): string => [...jsonChunks(value)].join('');

describe('JSON in pieces', () => {
  it('is JSON.stringify(value, null, 2) byte for byte', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(whole(value)).toBe(JSON.stringify(value, null, 2));
      }),
      { seed: 42, numRuns: 2000 },
    );
  });

  it('treats undefined, functions, toJSON and Dates as JSON.stringify does, at every level', () => {
    const when = new Date(Date.UTC(2026, 11, 7));
    const odd = { a: undefined, b: () => 1, c: [undefined, () => 2, when], d: { toJSON: () => ({ e: [1, { f: undefined }] }) }, g: { h: { i: { j: [undefined] } } }, k: [], l: {} };
    expect(whole(odd)).toBe(JSON.stringify(odd, null, 2));
    expect(whole([[[{ a: 'x\ny' }]]])).toBe(JSON.stringify([[[{ a: 'x\ny' }]]], null, 2));
    expect(whole('top')).toBe('"top"');
  });

  it('cuts batches of a long array at the right places, at the top level and one level down', () => {
    const items = Array.from({ length: 1234 }, (_, i) => (i % 3 ? { i, nested: { deep: [i, { x: undefined, y: 'a\nb' }] } } : i % 2 ? [i, null] : `s${i}`));
    expect(whole(items)).toBe(JSON.stringify(items, null, 2));
    expect(whole({ a: items, b: [], c: {}, d: 'x' })).toBe(JSON.stringify({ a: items, b: [], c: {}, d: 'x' }, null, 2));
    expect(whole([])).toBe('[]');
    expect(whole({})).toBe('{}');
  });

  it('writes in pieces of about the size asked, ending with a newline', () => {
    const big = { items: Array.from({ length: 5000 }, (_, i) => ({ i, name: `item-${i}`, tags: ['a', 'b'] })) };
    const pieces: string[] = [];
    writeJson(big, (t) => pieces.push(t), 10_000);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(`${JSON.stringify(big, null, 2)}\n`);
  });
});

describe('lines in pieces', () => {
  it('writes what joining them would, a batch at a time', async () => {
    const { writeLines } = await import('../../src/report/write-in-pieces.js');
    const lines = Array.from({ length: 10_001 }, (_, i) => (i % 7 ? `line ${i}` : ''));
    const pieces: string[] = [];
    writeLines(lines, (t) => pieces.push(t), 1000);
    expect(pieces).toHaveLength(11);
    expect(pieces.join('')).toBe(`${lines.join('\n')}\n`);
  });
});
