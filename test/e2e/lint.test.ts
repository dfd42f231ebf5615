import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';

const FIX = 'test/fixtures/lint';
interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  path: string;
  fingerprint?: string;
}
const json = (stdout: string): JsonFinding[] => JSON.parse(stdout) as JsonFinding[];

function workspace(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'archcap-lint-'));
  for (const f of files) copyFileSync(join(ROOT, FIX, f), join(dir, f));
  return dir;
}

describe('archcap lint', () => {
  it('exits 0 on a clean file and prints nothing', () => {
    const r = archcap(['lint', `${FIX}/clean.yaml`]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('exits 1 on errors and reports each finding at its line and column', () => {
    const r = archcap(['lint', `${FIX}/shop.yaml`, '--format', 'json']);
    expect(r.status).toBe(1);
    const found = json(r.stdout).map((f) => `${f.ruleId}@${f.line}:${f.column}`);
    expect(found).toEqual(expect.arrayContaining(['transaction/dual-write@14:17', 'retry/non-idempotent@16:9']));
  });

  it('honours an inline suppression with a reason, and --no-inline-ignore disregards it', () => {
    const honoured = json(archcap(['lint', `${FIX}/shop.yaml`, '--format', 'json']).stdout);
    expect(honoured.some((f) => f.ruleId === 'lock/missing-fencing')).toBe(false);
    const disregarded = json(archcap(['lint', `${FIX}/shop.yaml`, '--format', 'json', '--no-inline-ignore']).stdout);
    expect(disregarded.find((f) => f.ruleId === 'lock/missing-fencing')?.path).toBe('locks[0]');
  });

  it('stops applying a suppression after its until date, and says so', () => {
    const found = json(archcap(['lint', `${FIX}/expired.yaml`, '--format', 'json']).stdout);
    expect(found.map((f) => f.ruleId).sort()).toEqual(['archcap/expired-suppression', 'timeout/missing']);
  });

  it('applies --fail-on: warnings fail only at --fail-on warning', () => {
    expect(archcap(['lint', `${FIX}/expired.yaml`]).status).toBe(0);
    expect(archcap(['lint', `${FIX}/expired.yaml`, '--fail-on', 'warning']).status).toBe(1);
    expect(archcap(['lint', `${FIX}/shop.yaml`, '--fail-on', 'never']).status).toBe(0);
  });

  it('with --quiet reports errors only', () => {
    const r = archcap(['lint', `${FIX}/expired.yaml`, `${FIX}/shop.yaml`, '--quiet', '--format', 'json']);
    expect(json(r.stdout).every((f) => f.severity === 'error')).toBe(true);
  });

  it('writes several formats in one run, each to its own file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archcap-formats-'));
    const r = archcap(['lint', `${FIX}/shop.yaml`, '--format', `sarif=${dir}/a.sarif`, '--format', `junit=${dir}/a.xml`, '--format', 'stylish']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('transaction/dual-write');
    const sarif = JSON.parse(readFileSync(`${dir}/a.sarif`, 'utf8')) as { version: string; runs: { results: { ruleId: string }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.map((x) => x.ruleId)).toContain('retry/non-idempotent');
    const xml = readFileSync(`${dir}/a.xml`, 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(JSON.stringify(new XMLParser({ ignoreAttributes: false }).parse(xml))).toContain('transaction/dual-write');
  });

  it('prints GitHub workflow annotations', () => {
    const r = archcap(['lint', `${FIX}/shop.yaml`, '--format', 'github']);
    expect(r.stdout).toMatch(/^::error file=test\/fixtures\/lint\/shop\.yaml,line=14,col=17,title=transaction\/dual-write::/m);
  });

  it('applies a --ruleset: a severity raised, a rule turned off, a rule added', () => {
    const found = json(archcap(['lint', `${FIX}/clean.yaml`, `${FIX}/expired.yaml`, '--ruleset', `${FIX}/team-rules.yaml`, '--format', 'json']).stdout);
    expect(found.find((f) => f.ruleId === 'timeout/missing')?.severity).toBe('error');
    expect(found.filter((f) => f.ruleId === 'team/service-needs-regions').length).toBe(4);
    const jitter = json(archcap(['lint', `${FIX}/clean.yaml`, '--ruleset', `${FIX}/team-rules.yaml`, '--format', 'json']).stdout);
    expect(jitter.some((f) => f.ruleId === 'retry/no-jitter')).toBe(false);
  });

  it('finds .archcap.yaml up the directory tree and takes its defaults', () => {
    const dir = workspace(['expired.yaml', 'team-rules.yaml']);
    writeFileSync(join(dir, '.archcap.yaml'), 'extends: [./team-rules.yaml]\nfailOn: info\n');
    const sub = join(dir, 'nested');
    mkdirSync(sub);
    const r = archcap(['lint', '../expired.yaml'], { cwd: sub });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('team/service-needs-regions');
  });

  it('reports a bad config file with file:line:col and exit code 2', () => {
    const dir = workspace(['clean.yaml']);
    writeFileSync(join(dir, '.archcap.yaml'), 'failOn: sometimes\n');
    const r = archcap(['lint', 'clean.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.archcap\.yaml:1:1: failOn must be one of error, warning, info, never/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('reports an unknown rule in a ruleset with a suggestion', () => {
    const dir = workspace(['clean.yaml']);
    writeFileSync(join(dir, 'rules.yaml'), 'rules:\n  timeout/mising: off\n');
    const r = archcap(['lint', 'clean.yaml', '--ruleset', 'rules.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("rules.yaml:2:3: unknown rule 'timeout/mising' (did you mean 'timeout/missing'?)");
  });

  it('fails only on new findings with a baseline, which survives moved lines and reordered items', () => {
    const dir = workspace(['shop.yaml']);
    expect(archcap(['lint', 'shop.yaml', '--baseline', 'base.json', '--update-baseline'], { cwd: dir }).status).toBe(0);
    const baseline = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')) as { findings: unknown[] };
    expect(baseline.findings.length).toBe(2);
    expect(archcap(['lint', 'shop.yaml', '--baseline', 'base.json'], { cwd: dir }).status).toBe(0);
    // Move everything down two lines and swap the first two services: still known.
    const text = readFileSync(join(dir, 'shop.yaml'), 'utf8');
    const others = '  - name: payment-service\n  - name: billing\n';
    expect(text).toContain(others);
    const reordered = text.replace(others, '').replace('services:\n', `services:\n${others}`);
    writeFileSync(join(dir, 'shop.yaml'), `# moved\n# again\n${reordered}`);
    expect(archcap(['lint', 'shop.yaml', '--baseline', 'base.json'], { cwd: dir }).status).toBe(0);
    // A new problem is not in the baseline.
    writeFileSync(join(dir, 'shop.yaml'), `${readFileSync(join(dir, 'shop.yaml'), 'utf8')}workflows:\n  - name: w\n    steps:\n      - { name: a, service: billing }\n      - { name: b, service: payment-service, compensation: undo }\n`);
    const r = archcap(['lint', 'shop.yaml', '--baseline', 'base.json', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
  });

  it('expands globs and folders, linting only the system descriptions they find', () => {
    const r = archcap(['lint', 'test/fixtures/lint/*.yaml', '--format', 'json', '--fail-on', 'never']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(''); // team-rules.yaml is a ruleset, not a system description: left out
    const files = new Set(json(r.stdout).map((f) => f.file));
    // clean.yaml was linted too but has nothing to report.
    expect(files).toEqual(new Set(['test/fixtures/lint/expired.yaml', 'test/fixtures/lint/shop.yaml']));
    const folder = archcap(['lint', 'test/fixtures/lint', '--format', 'json', '--fail-on', 'never']);
    expect(folder.stdout).toBe(r.stdout);
  });
});
