import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { drainingWriter, jsonChunks, writeJson } from '../../src/report/write-in-pieces.js';

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

  it('writes in pieces of about the size asked, ending with a newline', async () => {
    const big = { items: Array.from({ length: 5000 }, (_, i) => ({ i, name: `item-${i}`, tags: ['a', 'b'] })) };
    const pieces: string[] = [];
    await writeJson(big, (t) => void pieces.push(t), 10_000);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(`${JSON.stringify(big, null, 2)}\n`);
  });
});

describe('lines in pieces', () => {
  it('writes what joining them would, a batch at a time', async () => {
    const { writeLines } = await import('../../src/report/write-in-pieces.js');
    const lines = Array.from({ length: 10_001 }, (_, i) => (i % 7 ? `line ${i}` : ''));
    const pieces: string[] = [];
    await writeLines(lines, (t) => void pieces.push(t), 1000);
    expect(pieces).toHaveLength(11);
    expect(pieces.join('')).toBe(`${lines.join('\n')}\n`);
  });
});

describe('writing to a slow reader', () => {
  const big = { items: Array.from({ length: 20_000 }, (_, i) => ({ i, name: `item-${i}`, tags: ['a', 'b'] })) };

  it('waits for the stream to drain: no more than one piece is ever queued beyond its buffer', async () => {
    let most = 0;
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 16_384,
      decodeStrings: false,
      write(chunk: string, _encoding, callback) {
        received.push(chunk);
        setTimeout(callback, 1);
      },
    });
    const write = drainingWriter(slow);
    await writeJson(big, (text) => {
      const waiting = write(text);
      most = Math.max(most, slow.writableLength);
      return waiting;
    }, 20_000);
    await new Promise<void>((resolve) => slow.end(resolve));
    expect(received.join('')).toBe(`${JSON.stringify(big, null, 2)}\n`);
    expect(most).toBeLessThan(16_384 + 2 * 20_000 + 1000);
  });

  it('stops, instead of waiting for ever, when the reader goes away', async () => {
    let writes = 0;
    const closing = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        writes += 1;
        if (writes === 3) {
          callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
          return;
        }
        setTimeout(callback, 1);
      },
    });
    closing.on('error', () => {});
    await writeJson(big, drainingWriter(closing), 5_000);
    expect(writes).toBeLessThan(10);
  });
});
