import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archcap, STACK_TRACE } from '../helpers/cli.js';

const BAD = 'test/fixtures/bad';
const scratch = mkdtempSync(join(tmpdir(), 'archcap-bad-'));

/** Each case: file, expected line:col, and words the message must contain. */
const cases: [string, string, string, string[]][] = [
  ['invalid YAML', `${BAD}/invalid-yaml.yaml`, '6:3', ['invalid YAML']],
  ['a value outside an enum, with the accepted values', `${BAD}/schema-enum.yaml`, '6:5', ["'asyncc' is not accepted", "did you mean 'async'", 'accepted values: sync, semi-sync, async, quorum, consensus']],
  ['an unknown key, with the accepted keys', `${BAD}/schema-unknown-key.yaml`, '5:5', ["unknown key 'timout'", 'accepted keys: name,']],
  ['a duration without a unit', `${BAD}/schema-duration.yaml`, '6:37', ['is not a duration', '250ms']],
  ['a reference to an unknown store', `${BAD}/unknown-reference.yaml`, '8:5', ["unknown datastore 'orders-db'", 'declared: db']],
  ['an unknown region', `${BAD}/unknown-region.yaml`, '3:26', ["unknown region 'aws:us-east-9'"]],
  ['a duplicate name', `${BAD}/duplicate-name.yaml`, '6:5', ["duplicate service name 'order-service'"]],
  ['a cycle in calls', `${BAD}/call-cycle.yaml`, '10:11', ['a → b → c → a']],
  ['a YAML alias bomb', `${BAD}/alias-bomb.yaml`, '4:10', ['alias bomb']],
  ['a binary file', `${BAD}/binary.yaml`, '2:7', ['binary file']],
  ['an empty file', `${BAD}/empty.yaml`, '1:1', ['the file is empty']],
  ['a file with only comments', `${BAD}/comment-only.yaml`, '1:1', ['the file is empty']],
  ['a missing file', `${BAD}/no-such-file.yaml`, '1:1', ['no such file']],
];

describe('archcap lint on bad input', () => {
  for (const [name, file, at, words] of cases) {
    it(`reports ${name} with file:line:col and exit code 2, without a stack trace`, () => {
      const r = archcap(['lint', file]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${file}:${at}: `);
      for (const w of words) expect(r.stderr).toContain(w);
      expect(r.stderr + r.stdout).not.toMatch(STACK_TRACE);
    });
  }

  it('refuses a file over the size limit before reading it', () => {
    const file = join(scratch, 'huge.yaml');
    writeFileSync(file, `version: 1\nname: huge\ndescription: "${'x'.repeat(17 * 1024 * 1024)}"\n`);
    const r = archcap(['lint', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/huge\.yaml:1:1: file is \d+ bytes; the limit is 16777216 bytes/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('refuses deep nesting with the line and column where it goes too deep', () => {
    const file = join(scratch, 'deep.yaml');
    let yaml = 'version: 1\nname: deep\nx-deep:\n';
    for (let i = 0; i < 80; i++) yaml += `${'  '.repeat(i + 1)}k${i}:\n`;
    yaml += `${'  '.repeat(81)}v: 1\n`;
    writeFileSync(file, yaml);
    const r = archcap(['lint', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/deep\.yaml:\d+:\d+: nesting deeper than 64 levels/);
  });

  it('refuses pathological flow nesting that would exhaust the parser', () => {
    const file = join(scratch, 'flow.yaml');
    writeFileSync(file, `version: 1\nname: flow\nx-a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`);
    const r = archcap(['lint', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/flow\.yaml:\d+:\d+: /);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('reports one bad file without hiding the findings of the others', () => {
    const good = join(scratch, 'retries.yaml');
    writeFileSync(good, 'version: 1\nname: shop\nservices:\n  - name: a\n    calls: [{ service: b }]\n  - name: b\n');
    const r = archcap(['lint', `${BAD}/schema-enum.yaml`, good, '--format', 'json']);
    expect(r.status).toBe(2);
    const findings = JSON.parse(r.stdout) as { ruleId: string; file: string }[];
    expect(findings.some((f) => f.ruleId === 'timeout/missing' && f.file.endsWith('retries.yaml'))).toBe(true);
    expect(findings.some((f) => f.ruleId === 'archcap/invalid-input' && f.file.endsWith('schema-enum.yaml'))).toBe(true);
  });

  it('answers an unknown flag with exit code 2 and a pointer to --help', () => {
    const r = archcap(['lint', `${BAD}/ok-minimal.yaml`, '--no-such-flag']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--help');
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('answers an unknown format with exit code 2', () => {
    const r = archcap(['lint', `${BAD}/ok-minimal.yaml`, '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown format 'xml'");
  });
});
