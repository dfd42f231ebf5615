/**
 * A problem in one item does not hide the rest of the file: `lint` reports the
 * problem and still runs the rules on the items that load on their own (see
 * src/model/salvage.ts). Checked on every example by breaking one item at a time.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/engine/builtin.js';
import type { Finding } from '../../src/engine/finding.js';
import { lintFiles, type LintResult } from '../../src/engine/lint.js';
import { loadSystemFile, type LoadDeps } from '../../src/model/load.js';
import { testDeps } from '../helpers/deps.js';
import { archcap } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const TODAY = '2026-11-25';
const LISTS = ['datastores', 'datasets', 'messaging', 'services', 'workflows', 'locks', 'consumers'];

let deps: LoadDeps;
beforeAll(async () => {
  deps = await testDeps();
});

function lint(file: string): LintResult {
  return lintFiles([file], builtinRules(), deps, { cwd: ROOT, root: ROOT, inlineIgnore: true, today: TODAY });
}

const key = (f: Finding): string => `${f.ruleId} ${f.path} ${f.line}:${f.column} ${f.fingerprint}`;
const inside = (path: string, item: string): boolean => path === item || path.startsWith(`${item}.`) || path.startsWith(`${item}[`);

/** Copies `text` to a temporary file named like the example (fingerprints include the file name, relative to ROOT). */
function writeCopy(name: string, text: string): string {
  const dir = mkdtempSync(join(ROOT, '.tmp', 'salvage-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Every `list[i]` of the example whose first line names a key we can misspell without moving any line. */
function breakable(file: string): Array<{ item: string; line: number }> {
  const loaded = loadSystemFile(file, deps);
  const raw = loaded.raw as Record<string, unknown>;
  const out: Array<{ item: string; line: number }> = [];
  for (const list of LISTS) {
    const items = raw[list];
    if (!Array.isArray(items)) continue;
    items.forEach((_, i) => out.push({ item: `${list}[${i}]`, line: loaded.locate(`${list}[${i}]`).line }));
  }
  return out;
}

describe('lint on a file with one broken item', () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort();

  it.each(examples)('%s: each item broken in turn hides only what depends on it', (example) => {
    const text = readFileSync(join(EXAMPLES, example), 'utf8');
    // The same path for the whole file and each broken copy: fingerprints include it.
    const file = writeCopy(example, text);
    const full = lint(file);
    expect(full.diagnostics).toEqual([]);
    const fullKeys = new Set(full.findings.map(key));
    const lines = text.split('\n');
    let kept = 0;
    for (const { item, line } of breakable(join(EXAMPLES, example))) {
      // `- name: x` → `- nmae: x`: an unknown key and a missing one, on the item's own line.
      const broken = [...lines];
      const at = broken[line - 1]!.replace(/^(\s*-\s*)(\w+):/, '$1x-$2-typo:');
      if (at === broken[line - 1]) continue;
      broken[line - 1] = at.replace(/x-(\w+)-typo:/, (_, k: string) => `${k}${k}:`);
      writeFileSync(file, broken.join('\n'));
      const result = lint(file);
      expect(result.diagnostics.length, item).toBeGreaterThan(0);
      expect(result.diagnostics.some((d) => d.line === line), `${item}: a diagnostic on line ${line}`).toBe(true);
      const left = result.partial?.[result.files[0]!]?.removed;
      if (!left) continue; // nothing could be kept (the whole file depends on this item)
      expect(left.some((l) => l.startsWith(`${item} `) || l === item), `${item} is left out`).toBe(true);
      for (const f of result.findings) {
        // Nothing new, nothing moved: each finding is one the whole file has, at the same place.
        expect(fullKeys.has(key(f)), `${item} broken: ${key(f)} is not a finding of the whole file`).toBe(true);
        expect(inside(f.path, item), `${item} broken: a finding on it`).toBe(false);
      }
      kept += result.findings.length;
    }
    if (full.findings.length) expect(kept, 'some findings survive a broken item').toBeGreaterThan(0);
  });
});

describe('what a broken item takes with it', () => {
  const base = `version: 1
name: shop
regions: [aws:us-east-1, aws:us-west-2]
datastores:
  - name: ledger
    engine: postgres
    regions: [aws:us-east-1, aws:us-west-2]
    replicas: 2
    replication: REPLICATION
  - name: cache
    engine: redis
    regions: [aws:us-east-1]
    replicas: 2
    replication: async
datasets:
  - name: balances
    store: ledger
    consistency: linearizable
  - name: sessions
    store: cache
`;

  it('a mistyped setting leaves its store out rather than analysing it with the default', () => {
    const result = lint(writeCopy('typo.yaml', base.replace('REPLICATION', 'synchronus')));
    expect(result.diagnostics.map((d) => `${d.line} ${d.message.slice(0, 40)}`)).toEqual([expect.stringMatching(/^9 datastores\[0\]\.replication: 'synchronus'/)]);
    expect(result.partial?.[result.files[0]!]).toEqual({ removed: ["datasets[0] 'balances'", "datastores[0] 'ledger'"], heldBack: [] });
    // The Redis store two items down is still checked, at its own line.
    expect(result.findings.map((f) => `${f.ruleId} ${f.path} ${f.line}`)).toContain('durability/acked-write-loss datastores[1].settings 10');
    expect(result.findings.every((f) => !f.path.startsWith('datastores[0]') && !f.path.startsWith('datasets[0]'))).toBe(true);
  });

  it('later items keep their paths, lines and fingerprints', () => {
    const file = writeCopy('shop.yaml', base.replace('REPLICATION', 'sync'));
    const good = lint(file);
    writeFileSync(file, base.replace('REPLICATION', '[sync]'));
    const bad = lint(file);
    const cache = (r: LintResult): Finding[] => r.findings.filter((f) => f.path.startsWith('datastores[1]') || f.path.startsWith('datasets[1]'));
    expect(cache(bad).length).toBeGreaterThan(0);
    expect(cache(bad).map(key)).toEqual(cache(good).map(key));
  });

  it('a problem at the top level keeps nothing', () => {
    const result = lint(writeCopy('noname.yaml', base.replace('REPLICATION', 'sync').replace('name: shop\n', '')));
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.partial).toBeUndefined();
    expect(result.findings).toEqual([]);
  });

  it('a region typo in one store and a schema error in another: both reported, the rest checked', () => {
    const text = base.replace('REPLICATION', 'sync').replace('regions: [aws:us-east-1]\n    replicas: 2\n    replication: async', 'regions: [aws:us-east-1]\n    replicas: 2\n    replication: async\n    extra: 1');
    const withTypo = text.replace('regions: [aws:us-east-1, aws:us-west-2]\n    replicas', 'regions: [aws:us-east-1, aws:us-wset-2]\n    replicas');
    const result = lint(writeCopy('two.yaml', withTypo));
    expect(result.diagnostics.map((d) => d.line).sort((a, b) => a - b)).toEqual([7, 15]);
    expect(result.partial).toBeUndefined(); // both stores out, and with them every data set: nothing left to check
  });
});

describe('archcap lint on a file with a broken item (the CLI)', () => {
  const text = `version: 1
name: shop
regions: [aws:us-east-1]
datastores:
  - name: ledger
    engine: postgress
    regions: [aws:us-east-1]
  - name: cache
    engine: redis
    regions: [aws:us-east-1]
    replicas: 2
    replication: async
`;

  it('exits 2, says what was left out, and reports the rest in every format', () => {
    const file = writeCopy('shop.yaml', text);
    const stylish = archcap(['lint', file]);
    expect(stylish.status).toBe(2);
    expect(stylish.stderr).toMatch(/:6:5: datastores\[0\]\.engine: 'postgress' is not accepted \(did you mean 'postgres'\?\)/);
    expect(stylish.stderr).toMatch(/the rules ran on the rest of this file; left out until their problems are fixed: datastores\[0\] 'ledger'/);
    expect(stylish.stdout).toMatch(/^ {2}8:5 +warning +store 'cache' \(redis\)/m);
    const sarif = JSON.parse(archcap(['lint', file, '--format', 'sarif']).stdout) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.ruleId).sort()).toEqual(['archcap/invalid-input', 'durability/acked-write-loss']);
    const junit = archcap(['lint', file, '--format', 'junit']).stdout;
    expect(junit).toMatch(/<testcase[^>]*name="archcap\/invalid-input"[\s\S]*<error /);
    expect(junit).toMatch(/<testcase[^>]*name="durability\/acked-write-loss"[^>]*>\s*<system-out>8:5 warning/);
  });
});
