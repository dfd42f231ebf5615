import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the benchmarks, without types
import { generateSystem } from '../../bench/generate-system.mjs';
import { analyzeFile } from '../../src/analyze-file.js';
import { builtinRules } from '../../src/engine/builtin.js';
import { RULES_THREAD_FROM, startRulesThread } from '../../src/engine/rules-thread.js';
import { loadDeps } from '../../src/model/deps.js';
import { loadSystemFile } from '../../src/model/load.js';
import { analyzeSystem } from '../../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'archcap-rules-thread-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const big = join(dir, 'big.yaml');
const text = (generateSystem as (n: number) => string)(1500);
writeFileSync(big, text);

describe('the rules beside the analysis, on a worker thread', () => {
  it('gives the report analyzeSystem gives, finding for finding', async () => {
    expect(text.length).toBeGreaterThanOrEqual(RULES_THREAD_FROM);
    const deps = await loadDeps();
    const job = startRulesThread({ file: big, text, engineFiles: [] }, 2);
    expect(job).toBeDefined();
    const fromWorker = await job!.findings();
    await job!.stop();
    expect(fromWorker).toBeDefined();
    expect(fromWorker!.length).toBeGreaterThan(100);
    const alone = analyzeSystem(loadSystemFile(big, deps), builtinRules());
    const { report } = await analyzeFile(big, deps, []);
    expect(JSON.stringify(report)).toBe(JSON.stringify(alone));
  }, 120_000);

  it('stays on this thread for small files and on one core', () => {
    expect(startRulesThread({ file: 'small.yaml', text: 'version: 1\n', engineFiles: [] }, 8)).toBeUndefined();
    expect(startRulesThread({ file: big, text, engineFiles: [] }, 1)).toBeUndefined();
  });

  it('runs the rules here when the worker fails, with the same report', async () => {
    const broken = [join(dir, 'no-such-profile.yaml')];
    const job = startRulesThread({ file: big, text, engineFiles: broken }, 2);
    expect(await job!.findings()).toBeUndefined();
    await job!.stop();
    const deps = await loadDeps();
    const { report } = await analyzeFile(big, deps, broken);
    expect(JSON.stringify(report)).toBe(JSON.stringify(analyzeSystem(loadSystemFile(big, deps), builtinRules())));
  }, 120_000);
});
