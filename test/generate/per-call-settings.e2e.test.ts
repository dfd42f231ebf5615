/**
 * Retry and breaker settings per call: generating from a system file gives each call its own
 * timeout and attempts (not the first call's for all), and the generated package, with those
 * settings, type-checks strict and passes its own tests, which exercise every call's policy.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan, planGeneration } from '../../src/generate/index.js';
import { patternRequests } from '../../src/recommend/patterns.js';
import { analyse, loadFile } from '../recommend/helpers.js';
import { REAL_TEMPLATES, ROOT } from './scratch.js';
import { runTests, typecheckAll } from './generated-package.js';

// Its own folder: typecheckAll writes a tsconfig.json beside the packages it checks.
const OUT_ROOT = join(ROOT, '.tmp/gen-test-per-call');
const OUT = join(OUT_ROOT, 'pkg');
const SYSTEM = 'examples/ecommerce-checkout.yaml';

interface CallItem {
  name: string;
  attemptTimeoutMs?: number;
  maxAttempts?: number;
  callTimeoutMs?: number;
}

async function requests(): Promise<Array<{ pattern: string; inputs: Record<string, unknown> }>> {
  const report = analyse(await loadFile(SYSTEM));
  return patternRequests(report.recommendations, ['retry-policy', 'circuit-breaker']);
}

describe('per-call retry and breaker settings from the system file', () => {
  it('collects one entry per call, each with its own timeout and attempts', async () => {
    const reqs = await requests();
    const retry = (reqs.find((r) => r.pattern === 'retry-policy')?.inputs.calls ?? []) as CallItem[];
    const breaker = (reqs.find((r) => r.pattern === 'circuit-breaker')?.inputs.calls ?? []) as CallItem[];
    const names = retry.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['order-service-to-inventory-service', 'order-service-to-payment-service', 'payment-service-to-card-gateway']));
    expect(new Set(names).size).toBe(names.length);
    const inventory = retry.find((c) => c.name === 'order-service-to-inventory-service');
    const payment = retry.find((c) => c.name === 'order-service-to-payment-service');
    expect(inventory?.attemptTimeoutMs).not.toBe(payment?.attemptTimeoutMs);
    expect(new Set(retry.map((c) => `${c.attemptTimeoutMs}/${c.maxAttempts}`)).size).toBeGreaterThan(1);
    // Breakers for the synchronous calls only, with the same per-attempt timeout as their retry policy.
    expect(breaker.length).toBeGreaterThan(0);
    for (const b of breaker) expect(b.callTimeoutMs).toBe(retry.find((c) => c.name === b.name)?.attemptTimeoutMs);
  });

  it('generates a package that type-checks strict and passes its tests with those settings', async () => {
    rmSync(OUT, { recursive: true, force: true });
    const plan = await planGeneration(await requests(), { templatesDir: REAL_TEMPLATES, systemName: 'checkout' });
    applyPlan(plan, { outDir: OUT });
    const calls = readFileSync(join(OUT, 'src/retry-policy/calls.ts'), 'utf8');
    expect(calls).toContain('"order-service-to-inventory-service"');
    const errors = await typecheckAll(OUT_ROOT, [OUT], OUT);
    expect([...errors.values()].flat()).toEqual([]);
    const { code, summary, output } = await runTests(OUT);
    expect(summary?.numFailedTests, output).toBe(0);
    expect(code, output).toBe(0);
  }, 300_000);
});
