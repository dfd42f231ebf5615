import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/generate/diff.js';
import { scratchDir } from './scratch.js';

const lines = (n: number): string => Array.from({ length: n }, (_, i) => `line ${i}`).join('\n') + '\n';

describe('unified diff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a.ts', 'x\n', 'x\n')).toBe('');
  });

  it('shows a new file against /dev/null', () => {
    expect(unifiedDiff('a.ts', '', 'one\ntwo\n', { isNew: true })).toBe('--- /dev/null\n+++ b/a.ts\n@@ -0,0 +1,2 @@\n+one\n+two\n');
  });

  it('shows a change with three lines of context, removal before addition', () => {
    const before = lines(10);
    const after = before.replace('line 5\n', 'line five\n');
    expect(unifiedDiff('a.ts', before, after)).toBe(
      '--- a/a.ts\n+++ b/a.ts\n@@ -3,7 +3,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n',
    );
  });

  it('splits distant changes into separate hunks', () => {
    const before = lines(40);
    const after = before.replace('line 2\n', 'two\n').replace('line 30\n', '');
    const diff = unifiedDiff('a.ts', before, after);
    expect(diff.match(/^@@ /gm)).toHaveLength(2);
    expect(diff).toContain('@@ -28,7 +28,6 @@');
  });

  it('produces patches that `patch` applies exactly', () => {
    const dir = scratchDir('diff');
    const file = join(dir, 'f.txt');
    const edit = fc.array(fc.oneof(fc.constant('keep'), fc.constant('drop'), fc.constant('change'), fc.constant('insert')), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(edit, (ops) => {
        const before = ops.map((_, i) => `l${i}`);
        const after = ops.flatMap((op, i) => (op === 'keep' ? [`l${i}`] : op === 'drop' ? [] : op === 'change' ? [`c${i}`] : [`l${i}`, `n${i}`]));
        const a = before.join('\n') + '\n';
        const b = after.length ? after.join('\n') + '\n' : '';
        writeFileSync(file, a);
        const diff = unifiedDiff('f.txt', a, b);
        if (diff === '') return a === b;
        execFileSync('patch', ['-s', file], { input: diff });
        return readFileSync(file, 'utf8') === b;
      }),
      { numRuns: 60 },
    );
  });
});
