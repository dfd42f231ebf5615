import { describe, expect, it } from 'vitest';
import { useColor, wrapWidth } from '../../src/cli/terminal.js';

describe('colour', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    ['a terminal', undefined, tty, {}, true],
    ['a pipe', undefined, pipe, {}, false],
    ['NO_COLOR on a terminal', undefined, tty, { NO_COLOR: '1' }, false],
    ['an empty NO_COLOR (no-color.org: ignored)', undefined, tty, { NO_COLOR: '' }, true],
    ['FORCE_COLOR on a pipe', undefined, pipe, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0 on a terminal', undefined, tty, { FORCE_COLOR: '0' }, false],
    ['FORCE_COLOR over NO_COLOR (as Node reads them)', undefined, pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['--no-color over FORCE_COLOR', false, tty, { FORCE_COLOR: '1' }, false],
    ['--color over NO_COLOR on a pipe', true, pipe, { NO_COLOR: '1' }, true],
  ] as const)('%s', (_name, flag, stream, env, expected) => {
    expect(useColor(flag, stream, env)).toBe(expected);
  });
});

describe('width', () => {
  it('wraps to the terminal and never when piped', () => {
    expect(wrapWidth({ isTTY: true, columns: 110 })).toBe(110);
    expect(wrapWidth({ isTTY: true })).toBe(80);
    expect(wrapWidth({ isTTY: false, columns: 110 })).toBeUndefined();
  });
});
