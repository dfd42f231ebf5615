import { describe, expect, it, vi } from 'vitest';
import { keyedMemo } from '../src/memo.js';

describe('keyedMemo', () => {
  it('computes once per owner and key, keeps undefined, and empties an owner table at its limit', () => {
    const memo = keyedMemo<object, number | undefined>(3);
    const a = {};
    const b = {};
    const compute = vi.fn((n: number | undefined) => n);
    expect(memo.get(a, 'x', () => compute(1))).toBe(1);
    expect(memo.get(a, 'x', () => compute(2))).toBe(1);
    expect(memo.get(b, 'x', () => compute(3))).toBe(3);
    expect(memo.get(a, 'none', () => compute(undefined))).toBeUndefined();
    expect(memo.get(a, 'none', () => compute(4))).toBeUndefined();
    expect(compute).toHaveBeenCalledTimes(3);
    memo.get(a, 'y', () => compute(5));
    // a holds x, none, y: the fourth key empties it first.
    memo.get(a, 'z', () => compute(6));
    expect(memo.get(a, 'x', () => compute(7))).toBe(7);
  });
});
