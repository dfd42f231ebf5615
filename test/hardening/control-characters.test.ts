import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeControl } from '../../src/report/escape-control.js';
import { archcap } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'archcap-control-'));
/** Raw control characters a terminal or a CI log would act on (tab excepted). */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** A file whose quoted keys and name carry a newline with a forged annotation, ESC sequences, BEL and NUL. */
const hostile = join(scratch, 'hostile.yaml');
writeFileSync(hostile, [
  'version: 1',
  'name: "sys\\e[31mred\\0"',
  '"x\\n::error file=evil.yaml,line=1::forged": 1',
  'services:',
  '  - name: a',
  '    "bad\\e]0;title\\a": 1',
  '',
].join('\n'));

/** The same hostile name in a file that loads, so the reports that need a model get it. */
const named = join(scratch, 'named.yaml');
writeFileSync(named, 'version: 1\nname: "sys\\e[2J\\x9b31m\\nnext"\nservices:\n  - name: a\n    calls: [{ service: b }]\n  - name: b\n');

describe('control characters from the YAML', () => {
  it('escapes them visibly, keeping ordinary text as it is', () => {
    expect(escapeControl('a\nb\u001b[31m\u0000\u2028\u202e')).toBe('a\\nb\\u001b[31m\\u0000\\u2028\\u202e');
    expect(escapeControl('plain – text ✓')).toBe('plain – text ✓');
    expect(escapeControl('keep\ttab', '\t')).toBe('keep\ttab');
  });

  it('never reach standard error raw, and cannot forge a GitHub annotation there', () => {
    const r = archcap(['lint', hostile, '--format', 'json']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    expect(r.stderr).toContain("unknown key 'x\\n::error file=evil.yaml,line=1::forged'");
    expect(r.stderr).toContain("unknown key 'bad\\u001b]0;title\\u0007'");
  });

  for (const format of ['stylish', 'github', 'markdown', 'junit', 'json', 'sarif']) {
    it(`never reach the ${format} report raw`, () => {
      const r = archcap(['lint', hostile, '--format', `${format}=${join(scratch, `out.${format}`)}`, '--format', format]);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      if (format === 'github') for (const line of r.stdout.split('\n').filter(Boolean)) expect(line).toMatch(/^::(error|warning|notice) file=/);
    });
  }

  it('never reach the analysis report raw, in text or Markdown', () => {
    for (const format of ['text', 'markdown']) {
      const r = archcap(['analyze', named, '--format', format]);
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(RAW_CONTROL);
      expect(r.stdout).toContain('sys\\u001b[2J\\u009b31m');
    }
  });
});
