import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'archcap-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string): string => join(ROOT, 'test/fixtures/answers', `${name}.yaml`);

describe('archcap init', () => {
  it('writes the system YAML from an answers file and prints its analysis', () => {
    const out = join(dir, 'checkout.yaml');
    const r = archcap(['init', '--answers', fixture('checkout'), '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const yaml = readFileSync(out, 'utf8');
    // The modeline points at the schema file archcap ships, relative to the written file.
    const ref = /^# yaml-language-server: \$schema=(\S+)$/.exec(yaml.split('\n')[0]!)?.[1];
    expect(ref).toMatch(/schema\/system\.schema\.json$/);
    expect(JSON.parse(readFileSync(join(dir, ref!), 'utf8'))).toMatchObject({ title: 'archcap system description' });
    expect(yaml).toContain('- name: sessions');
    expect(r.stdout).toContain(`Wrote ${out}. Its analysis:`);
    expect(r.stdout).toMatch(/^sessions +cassandra +PA\/EL +AP +eventual/m);
    expect(r.stdout).toMatch(/^carts +sessions +read-your-writes +eventual +store +NO$/m);
    expect(r.stdout).toContain('transaction/dual-write');
    // The written file is a valid system description on its own.
    expect(archcap(['analyze', out, '--format', 'json']).status).toBe(0);
  });

  it('refuses to overwrite an existing file, and replaces it with --force', () => {
    const out = join(dir, 'again.yaml');
    expect(archcap(['init', '--answers', fixture('minimal'), '--out', out]).status).toBe(0);
    writeFileSync(out, 'name: edited by hand\n');
    const again = archcap(['init', '--answers', fixture('checkout'), '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`${out} already exists and archcap init does not overwrite files; add --force to replace it`);
    expect(readFileSync(out, 'utf8')).toBe('name: edited by hand\n');
    const forced = archcap(['init', '--answers', fixture('checkout'), '--out', out, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('name: checkout');
  });

  it('fails at once with exit 2 when there is no terminal and no --answers, writing nothing', () => {
    const out = join(dir, 'never.yaml');
    const r = archcap(['init', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('archcap init asks its questions on a terminal, and there is none here');
    expect(r.stderr).toContain('--answers');
    expect(() => readFileSync(out)).toThrow();
  });

  it('points at the answer in the file that is invalid, missing or unused', () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'name: x\nregions: [aws:us-east-1]\ndatastores:\n  - name: db\n    engine: postgre\n');
    const invalid = archcap(['init', '--answers', bad, '--out', join(dir, 'bad-out.yaml')]);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(/bad\.yaml:5:5: datastores\[0\]\.engine: "postgre" is not one of the accepted values: .*cassandra, .* \(question: “Engine of db”\)/);
    writeFileSync(bad, '{"name": "x", "regions": ["aws:us-east-1"], "requirements": {"availabilty": "99%"}}');
    const unused = archcap(['init', '--answers', bad, '--out', join(dir, 'bad-out.yaml')]);
    expect(unused.status).toBe(2);
    expect(unused.stderr).toContain('requirements.availabilty: no question asks for this answer here');
    writeFileSync(bad, 'regions: [aws:us-east-1]\n');
    const missing = archcap(['init', '--answers', bad, '--out', join(dir, 'bad-out.yaml')]);
    expect(missing.stderr).toContain('name: no answer given, and the question has no default');
    for (const r of [invalid, unused, missing]) expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it('takes the name and regions from flags and returns the analysis with --json', () => {
    const out = join(dir, 'flags.yaml');
    const r = archcap(['init', '--answers', fixture('minimal'), '--name', 'from-flag', '--regions', 'aws:eu-west-1', '--out', out, '--json']);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { file: string; written: boolean; analysis: { system: string } };
    expect(json).toMatchObject({ file: out, written: true, analysis: { system: 'from-flag' } });
    expect(readFileSync(out, 'utf8')).toContain('regions: [ aws:eu-west-1 ]');
  });
});
