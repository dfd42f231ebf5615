import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqlTable } from '../../src/recommend/shared.js';
import { archcap, ROOT } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'archcap-long-'));

/** Every double-quoted identifier in generated SQL. */
const identifiers = (sql: string): string[] => [...sql.matchAll(/"((?:[^"]|"")+)"/g)].map((m) => m[1]!);

describe('long names from the YAML', () => {
  it('generates a package for a workflow and a service whose names make identifiers over 63 bytes', () => {
    const longWorkflow = 'reconcile-every-merchant-settlement-batch-across-regions';
    const longService = 'order-service-that-handles-the-whole-checkout-for-all-markets';
    expect(longWorkflow.length).toBeGreaterThan(55);
    const text = readFileSync(join(ROOT, 'examples/ecommerce-checkout.yaml'), 'utf8')
      .replace(/place-order/g, longWorkflow)
      .replace(/\border-service\b/g, longService);
    const file = join(scratch, 'long.yaml');
    writeFileSync(file, text);
    expect(archcap(['lint', file]).status).not.toBe(2);
    const out = join(scratch, 'gen');
    const r = archcap(['generate', file, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const sql = readdirSync(join(out, 'migrations')).map((f) => readFileSync(join(out, 'migrations', f), 'utf8')).join('\n');
    expect(sql).toContain('_sagas');
    for (const id of identifiers(sql)) expect(Buffer.byteLength(id)).toBeLessThanOrEqual(63);
  });

  it('shortens table names deterministically, keeping distinct names distinct', () => {
    const a = sqlTable('x'.repeat(60), '_saga_steps');
    expect(a.length).toBeLessThanOrEqual(48);
    expect(a).toMatch(/^x+_[0-9a-f]{8}_saga_steps$/);
    expect(sqlTable('x'.repeat(60), '_saga_steps')).toBe(a);
    expect(sqlTable(`${'x'.repeat(59)}y`, '_saga_steps')).not.toBe(a);
    expect(sqlTable('orders', '_outbox')).toBe('orders_outbox');
  });
});
