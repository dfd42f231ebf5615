import { describe, expect, it } from 'vitest';
import { json } from '../../../src/report/findings/json.js';
import { EMPTY, FAILED, MIXED, SPECIAL, SPECIAL_FILE, SPECIAL_MESSAGE } from '../../fixtures/report/results.js';

type Parsed = Array<Record<string, unknown>>;
const parse = (text: string): Parsed => JSON.parse(text) as Parsed;

describe('json', () => {
  it('prints an empty array for an empty run', () => {
    expect(json(EMPTY.findings, EMPTY.ctx)).toBe('[]');
  });

  it('prints every finding, pretty-printed, sorted by file and position', () => {
    const text = json(MIXED.findings, MIXED.ctx);
    expect(text.startsWith('[\n  {\n    "ruleId": ')).toBe(true);
    const out = parse(text);
    expect(out).toHaveLength(7);
    expect(out.map((f) => `${String(f.file)}:${String(f.line)}`)).toEqual([
      'checkout.yaml:12',
      'checkout.yaml:30',
      'checkout.yaml:31',
      'checkout.yaml:48',
      'services/payments.yaml:7',
      'services/payments.yaml:20',
      'services/payments.yaml:21',
    ]);
  });

  it('uses the documented fields in a stable order, adding fingerprint, fix and suppression only when present', () => {
    const out = parse(json(MIXED.findings, MIXED.ctx));
    expect(out[0]).toEqual({
      ruleId: 'latency/quorum-exceeds-sla',
      severity: 'error',
      message: 'Commit needs 151 ms (floor) but the write SLA is p99 150ms.',
      file: 'checkout.yaml',
      line: 12,
      column: 5,
      path: 'datastores[0]',
      references: ['https://en.wikipedia.org/wiki/Paxos_(computer_science)'],
      fingerprint: 'fp-quorum-1',
      fix: 'Keep the quorum in one region.',
    });
    expect(Object.keys(out[0]!)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'path', 'references', 'fingerprint', 'fix']);
    expect(Object.keys(out[3]!)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'path', 'references']);
    expect(out[2]!.suppressed).toEqual({ kind: 'inline', reason: 'inventory-service answers from memory' });
  });

  it('turns a file that failed to load into an archcap/invalid-input error', () => {
    const out = parse(json(FAILED.findings, FAILED.ctx));
    expect(out[0]).toEqual({
      ruleId: 'archcap/invalid-input',
      severity: 'error',
      message: 'Unexpected ":" in a plain scalar',
      file: 'broken.yaml',
      line: 3,
      column: 7,
      path: '',
      references: [],
    });
    expect(out[1]!.ruleId).toBe('durability/acked-write-loss');
  });

  it('round-trips non-ASCII and special characters exactly', () => {
    const out = parse(json(SPECIAL.findings, SPECIAL.ctx));
    expect(out[0]!.message).toBe(SPECIAL_MESSAGE);
    expect(out[0]!.file).toBe(SPECIAL_FILE);
  });
});
