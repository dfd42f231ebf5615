// `archcap adr` end to end: numbered records, a second run changes nothing, an edited
// record is kept (exit 1) unless --force, --dry-run writes nothing.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { archcap, ROOT, STACK_TRACE } from '../helpers/cli.js';

const EXAMPLE = 'examples/ecommerce-checkout.yaml';
const root = mkdtempSync(join(tmpdir(), 'archcap-adr-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const records = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

describe('archcap adr', () => {
  const out = join(root, 'adr');

  it('writes one numbered record per recommendation', () => {
    const r = archcap(['adr', EXAMPLE, '--out', out, '--date', '2026-01-02']);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.status).toBe(0);
    const json = JSON.parse(archcap(['analyze', EXAMPLE, '--json']).stdout) as { recommendations: unknown[] };
    const files = records(out);
    expect(files).toHaveLength(json.recommendations.length);
    files.forEach((f, i) => expect(f).toMatch(new RegExp(`^${String(i + 1).padStart(4, '0')}-[a-z0-9-]+\\.md$`)));
    const first = readFileSync(join(out, files[0]!), 'utf8');
    expect(first.split('\n')[0]).toMatch(/^# [A-Z]/); // MADR: the number is in the file name, not the title
    expect(first).toContain('\n## Context and Problem Statement\n');
    expect(first).toContain('- Date: 2026-01-02');
  });

  it('changes nothing on a second run, even on another day', () => {
    const before = records(out).map((f) => readFileSync(join(out, f), 'utf8'));
    const r = archcap(['adr', EXAMPLE, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^0 written, \d+ unchanged, 0 kept as edited/m);
    expect(records(out).map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(before);
  });

  it('keeps a record the user edited and exits 1; --force overwrites it', () => {
    const file = join(out, records(out)[0]!);
    const edited = `${readFileSync(file, 'utf8').replace('Proposed', 'Accepted')}\nWe agreed on this in the review.\n`;
    writeFileSync(file, edited);
    const kept = archcap(['adr', EXAMPLE, '--out', out]);
    expect(kept.status).toBe(1);
    expect(kept.stdout).toContain(`kept       ${records(out)[0]}`);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const forced = archcap(['adr', EXAMPLE, '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('We agreed on this');
  });

  it('changes nothing when run from another folder, and names the input from the project root', () => {
    const dir = join(root, 'from-anywhere');
    archcap(['adr', EXAMPLE, '--out', dir, '--date', '2026-01-02']);
    const again = archcap(['adr', EXAMPLE.replace('examples/', ''), '--out', dir, '--date', '2026-01-02', '--json'], { cwd: join(ROOT, 'examples') });
    expect(again.status).toBe(0);
    const result = JSON.parse(again.stdout) as { created: string[]; updated: string[]; unchanged: string[] };
    expect([...result.created, ...result.updated]).toEqual([]);
    expect(result.unchanged).toHaveLength(records(dir).length);
    const text = records(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(text).toContain(`\`${EXAMPLE}\``);
    expect(text).not.toContain(ROOT.replace(/\/$/, ''));
  });

  it('writes nothing with --dry-run', () => {
    const dry = join(root, 'dry');
    const r = archcap(['adr', EXAMPLE, '--out', dry, '--dry-run']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^would create  0001-/m);
    expect(() => readdirSync(dry)).toThrow();
  });

  it('numbers after the records already in the folder and leaves them alone', () => {
    const seeded = join(root, 'seeded');
    const own = '# 1. Record architecture decisions\n\nDate: 2025-12-01\n\n## Status\n\nAccepted\n';
    mkdirSync(seeded, { recursive: true });
    writeFileSync(join(seeded, '0001-record-architecture-decisions.md'), own);
    const r = archcap(['adr', EXAMPLE, '--out', seeded, '--date', '2026-01-02']);
    expect(r.status).toBe(0);
    const files = records(seeded);
    expect(files[0]).toBe('0001-record-architecture-decisions.md');
    expect(files[1]).toMatch(/^0002-/);
    expect(readFileSync(join(seeded, files[0]!), 'utf8')).toBe(own);
  });

  it('rejects a malformed --date with exit code 2', () => {
    const r = archcap(['adr', EXAMPLE, '--out', join(root, 'bad'), '--date', 'tomorrow']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--date must look like 2026-01-31');
  });
});
