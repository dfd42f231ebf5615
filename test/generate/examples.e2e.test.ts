/**
 * Acceptance: for every file in examples/, `archcap generate FILE --out DIR` writes the
 * patterns its recommendations call for, parameterised from the YAML, as one package
 * that type-checks under strict and passes its own tests against the real servers.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { archcap } from '../helpers/cli.js';
import { runTests, typecheckAll } from './generated-package.js';
import { ROOT } from './scratch.js';

const OUT = join(ROOT, '.tmp/gen-examples');
const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

describe('archcap generate for every example', () => {
  let typeErrors = new Map<string, string[]>();
  const patterns = new Map<string, string[]>();

  beforeAll(async () => {
    rmSync(OUT, { recursive: true, force: true });
    for (const name of examples) {
      const r = archcap(['generate', `examples/${name}.yaml`, '--out', join(OUT, name), '--json']);
      expect(r.status, r.stderr).toBe(0);
      const manifest = JSON.parse(readFileSync(join(OUT, name, '.archcap-manifest.json'), 'utf8')) as { requests: { pattern: string }[] };
      patterns.set(name, manifest.requests.map((q) => q.pattern));
    }
    typeErrors = await typecheckAll(OUT, examples.map((n) => join(OUT, n)), join(OUT, examples[0]!));
  }, 300_000);

  it('generates at least two patterns for every example', () => {
    for (const name of examples) expect(patterns.get(name)?.length, name).toBeGreaterThanOrEqual(2);
  });

  it('writes the outbox where an example publishes beside a database write', () => {
    expect(patterns.get('ecommerce-checkout')).toContain('transactional-outbox');
    expect(patterns.get('ecommerce-checkout')).toContain('saga-orchestrator');
  });

  it('scaffolds the saga from the workflow\'s own steps in the system description', () => {
    const text = readFileSync(join(OUT, 'ecommerce-checkout/src/saga-orchestrator/workflows.ts'), 'utf8');
    expect(text).toContain('step: "reserve-stock", service: "inventory-service"');
    expect(text).toContain('reserveStock: StepAction<D>;');
    expect(text).toContain('export function placeOrderSaga');
  });

  it('changes nothing on a second run with the same input', () => {
    const r = archcap(['generate', 'examples/payments-ledger.yaml', '--out', join(OUT, 'payments-ledger')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nothing to do');
  });

  for (const name of examples) {
    it(`${name}: the package type-checks under strict and passes its own tests`, async () => {
      expect(typeErrors.get(name) ?? [], `type errors in ${name}`).toEqual([]);
      const { code, summary, output } = await runTests(join(OUT, name));
      expect(summary, `vitest wrote no report for ${name}:\n${output}`).toBeDefined();
      expect(summary?.numFailedTests, output).toBe(0);
      expect(code, output).toBe(0);
      expect(summary?.numPassedTests).toBeGreaterThan(0);
    }, 300_000);
  }
});
