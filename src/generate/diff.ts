/** A small unified line diff (longest common subsequence), for dry runs and conflicts. */

const CONTEXT = 3;
/** Above this many line pairs the diff is shown as a whole replacement instead. */
const MAX_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string };

function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function lineOps(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) (endA--, endB--);
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const ops: Op[] = a.slice(0, start).map((line) => ({ kind: ' ', line }));
  ops.push(...(midA.length * midB.length > MAX_CELLS ? replaceAll(midA, midB) : lcsOps(midA, midB)));
  ops.push(...a.slice(endA).map((line): Op => ({ kind: ' ', line })));
  return ops;
}

function replaceAll(a: string[], b: string[]): Op[] {
  return [...a.map((line): Op => ({ kind: '-', line })), ...b.map((line): Op => ({ kind: '+', line }))];
}

function lcsOps(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number): number => table[i * (m + 1) + j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) (ops.push({ kind: ' ', line: a[i++]! }), j++);
    else if (i < n && (j === m || at(i + 1, j) >= at(i, j + 1))) ops.push({ kind: '-', line: a[i++]! });
    else ops.push({ kind: '+', line: b[j++]! });
  }
  return ops;
}

/** A unified diff of `before` → `after` with `---`/`+++` headers; '' when they are equal. */
export function unifiedDiff(path: string, before: string, after: string, { isNew = false } = {}): string {
  if (before === after) return '';
  const ops = lineOps(splitLines(before), splitLines(after));
  const out = [`--- ${isNew ? '/dev/null' : `a/${path}`}`, `+++ b/${path}`];
  const changed = ops.flatMap((op, i) => (op.kind === ' ' ? [] : [i]));
  let c = 0;
  while (c < changed.length) {
    let last = changed[c]!;
    const from = Math.max(0, last - CONTEXT);
    // changes closer than 2 × CONTEXT unchanged lines share one hunk
    while (c + 1 < changed.length && changed[c + 1]! - last <= 2 * CONTEXT + 1) last = changed[++c]!;
    const to = Math.min(ops.length, last + 1 + CONTEXT);
    out.push(hunkHeader(ops, from, to), ...ops.slice(from, to).map((op) => op.kind + op.line));
    c++;
  }
  return out.join('\n') + '\n';
}

function hunkHeader(ops: Op[], from: number, to: number): string {
  let oldStart = 1;
  let newStart = 1;
  for (const op of ops.slice(0, from)) {
    if (op.kind !== '+') oldStart++;
    if (op.kind !== '-') newStart++;
  }
  const slice = ops.slice(from, to);
  const oldLen = slice.filter((op) => op.kind !== '+').length;
  const newLen = slice.filter((op) => op.kind !== '-').length;
  return `@@ -${oldLen === 0 ? oldStart - 1 : oldStart},${oldLen} +${newLen === 0 ? newStart - 1 : newStart},${newLen} @@`;
}
