import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, sqlIdent, sqlString, tsString } from '../../src/generate/literals.js';

const evaluate = (literal: string): unknown => new Function(`return ${literal};`)() as unknown;

describe('literal helpers', () => {
  it('quote and escape TypeScript strings so they read back unchanged', () => {
    expect(tsString('say "hi"')).toBe('"say \\"hi\\""');
    expect(tsString("it's")).toBe('"it\'s"');
    expect(tsString('a\nb')).toBe('"a\\nb"');
    expect(tsString('line\u2028sep')).toBe('"line\\u2028sep"');
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => {
      expect(evaluate(tsString(s))).toBe(s);
    }));
  });

  it('refuse to print a missing value as a string', () => {
    expect(() => tsString(undefined)).toThrow(/needs a value/);
    expect(() => json(undefined)).toThrow(/cannot print/);
  });

  it('print numbers, booleans and lists as JSON', () => {
    expect(json(30000)).toBe('30000');
    expect(json(false)).toBe('false');
    expect(json(['a', 'b"c'])).toBe('["a","b\\"c"]');
    expect(evaluate(json({ k: 'v\u2029' }))).toEqual({ k: 'v\u2029' });
  });

  it('double-quote SQL identifiers and double any quote inside', () => {
    expect(sqlIdent('orders')).toBe('"orders"');
    expect(sqlIdent('a"b')).toBe('"a""b"');
    expect(sqlIdent('Robert\'); DROP TABLE x;--')).toBe('"Robert\'); DROP TABLE x;--"');
  });

  it('refuse SQL identifiers PostgreSQL would cut, empty ones and NUL bytes', () => {
    expect(() => sqlIdent('x'.repeat(64))).toThrow(/63/);
    expect(sqlIdent('x'.repeat(63))).toHaveLength(65);
    expect(() => sqlIdent('')).toThrow(/empty/);
    expect(() => sqlString('a\0b')).toThrow(/NUL/);
  });

  it('single-quote SQL strings and double any quote inside', () => {
    expect(sqlString("it's")).toBe("'it''s'");
    expect(sqlString('back\\slash')).toBe("'back\\slash'");
  });
});

describe('literal helpers against PostgreSQL', async () => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  const up = await client.connect().then(
    () => true,
    () => false,
  );
  beforeAll(() => {
    if (!up && process.env.CI === 'true') throw new Error('PostgreSQL is not reachable and CI=true');
  });
  afterAll(async () => {
    if (up) await client.end();
  });

  it.skipIf(!up)('read back every string and identifier exactly as given', async () => {
    const samples = ["it's", 'a"b', 'back\\slash', 'ünïcödé 日本', "'); DROP TABLE x; --", 'x'.repeat(63), ' spaces '];
    for (const s of samples) {
      const { rows } = await client.query<{ v: string; name: string }>(`SELECT ${sqlString(s)}::text AS v, ${sqlString(s)} AS ${sqlIdent(s)}, 1 AS name`);
      expect(rows[0]?.v).toBe(s);
      const result = await client.query(`SELECT 1 AS ${sqlIdent(s)}`);
      expect(result.fields[0]?.name).toBe(s);
    }
  });
});
