/**
 * Acceptance: every pattern in templates/, generated alone and all together, type-checks
 * under strict and passes its own tests against the real servers. The packages go under
 * .tmp/gen-test/ inside the repository, so they resolve pg, ioredis, vitest and
 * typescript from its node_modules.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue, patternFolders } from '../../src/generate/catalogue.js';
import { applyPlan, planGeneration } from '../../src/generate/index.js';
import { REAL_TEMPLATES, ROOT } from './scratch.js';
import { runTests, typecheckAll } from './generated-package.js';

const OUT = process.env.ARCHCAP_GEN_TEST_DIR ?? join(ROOT, '.tmp/gen-test');
const ALL = '_all';
// A snapshot, so templates edited while the test runs cannot mix versions in one run.
const TEMPLATES = join(OUT, '_templates');
rmSync(TEMPLATES, { recursive: true, force: true });
cpSync(REAL_TEMPLATES, TEMPLATES, { recursive: true });
const folders = patternFolders(TEMPLATES);

async function generate(name: string, patterns: string[], systemName?: string): Promise<string> {
  const dir = join(OUT, name);
  rmSync(dir, { recursive: true, force: true });
  const plan = await planGeneration(patterns.map((pattern) => ({ pattern })), { templatesDir: TEMPLATES, ...(systemName ? { systemName } : {}) });
  const result = applyPlan(plan, { outDir: dir });
  expect(result.conflicts).toEqual([]);
  return dir;
}

describe('every pattern in templates/', () => {
  const dirs = new Map<string, string>();
  let typeErrors = new Map<string, string[]>();

  beforeAll(async () => {
    // A malformed pattern folder fails here, naming the file: none is skipped.
    const catalogue = loadCatalogue(TEMPLATES, { fresh: true });
    expect([...catalogue.patterns.keys()]).toEqual(folders);
    for (const name of folders) dirs.set(name, await generate(name, [name]));
    dirs.set(ALL, await generate(ALL, folders, 'every pattern'));
    typeErrors = await typecheckAll(OUT, [...dirs.values()], dirs.get(ALL)!);
  }, 300_000);

  it('has at least one pattern', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  it('changes nothing when the same package is generated again', async () => {
    const plan = await planGeneration(folders.map((pattern) => ({ pattern })), { templatesDir: TEMPLATES, systemName: 'every pattern', outDir: dirs.get(ALL)! });
    expect(plan.files.filter((f) => f.action !== 'unchanged')).toEqual([]);
    const result = applyPlan(plan, { outDir: dirs.get(ALL)! });
    expect(result).toMatchObject({ changes: [], conflicts: [], manifestChanged: false });
    expect(result.unchanged.length).toBe(plan.files.length);
  });

  for (const name of [...folders, ALL]) {
    const label = name === ALL ? `all ${folders.length} patterns together` : name;
    it(`${label}: type-checks under strict and passes its own tests`, async () => {
      expect(typeErrors.get(name) ?? [], `type errors in ${name}`).toEqual([]);
      const { code, summary, output } = await runTests(dirs.get(name)!);
      expect(summary, `vitest wrote no report for ${name}:\n${output}`).toBeDefined();
      expect(summary?.numFailedTests, output).toBe(0);
      expect(code, output).toBe(0);
      expect(summary?.numPassedTests).toBeGreaterThan(0);
    }, 300_000);
  }
});
