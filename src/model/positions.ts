/**
 * Where each node of a parsed file starts, by its model path (`datastores[0].engine`).
 */
import type { Position } from './types.js';

/**
 * Offsets are kept and turned into line and column only when a path is asked for: a
 * large file has hundreds of thousands of nodes, and a report names a few.
 */
export class Positions {
  readonly #offsets = new Map<string, number>();
  readonly #lineStarts: readonly number[];
  constructor(lineStarts: readonly number[]) {
    this.#lineStarts = lineStarts;
  }
  set(path: string, offset: number): void {
    this.#offsets.set(path, offset);
  }
  get size(): number {
    return this.#offsets.size;
  }
  /** Every path and its position (for tests and tools; reports use `get`). */
  *entries(): IterableIterator<[string, Position]> {
    for (const [path, offset] of this.#offsets) yield [path, positionOf(this.#lineStarts, offset)];
  }
  get(path: string): Position | undefined {
    const offset = this.#offsets.get(path);
    return offset === undefined ? undefined : positionOf(this.#lineStarts, offset);
  }
}

/** Line and column (both from 1) of an offset, given the offsets where lines start (ascending, first 0). */
function positionOf(lineStarts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
}

