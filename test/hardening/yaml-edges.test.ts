import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseYaml } from '../../src/model/source.js';
import { archcap, ROOT } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'archcap-yaml-'));
const diagnostics = (text: string) => {
  try {
    parseYaml('t.yaml', text);
  } catch (error) {
    if (error instanceof InputError) return error.diagnostics;
    throw error;
  }
  return [];
};

describe('YAML edge cases', () => {
  it('reports one stray character once, not as hundreds of cascading errors', () => {
    const example = readFileSync(join(ROOT, 'examples/hotel-booking.yaml'), 'utf8');
    const d = diagnostics(`${example.slice(0, 3000)}}\n${example.slice(3000)}`);
    expect(d.length).toBeLessThanOrEqual(11);
    expect(new Set(d.slice(0, -1).map((x) => x.line)).size).toBe(d.length - 1);
    expect(d.at(-1)!.message).toMatch(/more YAML errors after this line, most likely caused by the first one/);
  });

  it('reads CR-only line endings as line breaks', () => {
    const parsed = parseYaml('t.yaml', 'version: 1\rname: cr\rservices:\r  - name: a\r');
    expect(parsed.value).toEqual({ version: 1, name: 'cr', services: [{ name: 'a' }] });
    expect(parsed.positions.get('services[0]')).toEqual({ line: 4, column: 5 });
  });

  it('locates errors after multi-line scalars, and an empty key, at their own line', () => {
    const file = join(scratch, 'multi.yaml');
    const scalars = 'version: 1\nname: x\ndescription: |\n  line one\n\n  line three\nx-note: "quoted\n  over\n  lines"\nx-folded: >\n  folded\n  text\n';
    writeFileSync(file, `${scalars}regions: [aws:us-east-1]\ndatastores:\n  - name: db\n    engine: postgress\n`);
    expect(archcap(['lint', file]).stderr).toMatch(/multi\.yaml:16:5: datastores\[0\]\.engine: 'postgress'/);
    writeFileSync(file, `${scalars}regions: [aws:us-east-1]\n: stray\n`);
    expect(archcap(['lint', file]).stderr).toMatch(/multi\.yaml:14:1: unknown key '' in the top level/);
  });

  it('refuses an unknown tag at its line instead of reading it as a string', () => {
    const d = diagnostics('version: 1\nname: t\ndescription: !!js/function "function () {}"\nx-a: !custom 5\n');
    expect(d.map((x) => [x.line, x.column, x.message])).toEqual([
      [3, 14, "unknown YAML tag '!!js/function': a system description uses plain YAML values; remove the tag"],
      [4, 6, "unknown YAML tag '!custom': a system description uses plain YAML values; remove the tag"],
    ]);
  });

  it('prints the system name in the generated README as text, not as Markdown or HTML', () => {
    const file = join(scratch, 'named.yaml');
    writeFileSync(file, 'version: 1\nname: "**shop** <img src=x onerror=alert(1)> [x](javascript:1) \\e[31m"\nservices:\n  - name: a\n    calls: [{ service: b, retries: { attempts: 3, backoff: exponential, jitter: none } }]\n  - name: b\n');
    const out = join(scratch, 'gen');
    const r = archcap(['generate', file, '--out', out]);
    expect(r.status).toBe(0);
    const title = readFileSync(join(out, 'README.md'), 'utf8').split('\n')[0]!;
    expect(title).toBe('# \\*\\*shop\\*\\* &lt;img src=x onerror=alert\\(1\\)&gt; \\[x\\]\\(javascript:1\\) \\\\u001b\\[31m: distributed\\-systems patterns'.replace(': distributed\\-systems', ': distributed-systems'));
  });

  it('refuses a flow collection past the item limit before parsing it, at its opening bracket', () => {
    const items = Array.from({ length: 900_000 }, () => '1').join(',');
    const started = performance.now();
    const d = diagnostics(`version: 1\nname: list\n# [not, a, list]\nx-list: [${items}]\n`);
    expect(d.map((x) => [x.line, x.column, x.code])).toEqual([[4, 9, 'too-many-items']]);
    expect(d[0]!.message).toContain('more than 100000 items');
    // Parsing it took tens of seconds; the refusal lexes at most the start of the list.
    expect(performance.now() - started).toBeLessThan(5000);
    expect(diagnostics(`version: 1\nname: ok\nx-list: [${Array.from({ length: 1000 }, () => '"a,b"').join(',')}]\n`)).toEqual([]);
  });
});
