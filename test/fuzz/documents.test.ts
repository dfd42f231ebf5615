/**
 * Fuzzing the loader and the analysis with structural mutations of the examples:
 * seeded (the same documents every run; FUZZ_SEED and FUZZ_RUNS change that), in
 * process (the CLI's exit code is decided by the error's class: InputError → 2, a
 * result → 0 or 1, anything else is an internal error, which fails the test).
 * Each document must end in a result or located diagnostics inside the file, with
 * no stack trace in any message, within a bounded time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { builtinRules } from '../../src/engine/builtin.js';
import { InputError } from '../../src/errors.js';
import { loadSystemText } from '../../src/model/load.js';
import { analyzeSystem } from '../../src/pipeline.js';
import { formatters } from '../../src/report/findings/index.js';
import { ROOT, STACK_TRACE } from '../helpers/cli.js';
import { testDeps } from '../helpers/deps.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261207);
/** Per document, generous for a loaded two-core machine: the examples take a few milliseconds. */
const MAX_MS_PER_DOCUMENT = 3000;

const examples = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => parse(readFileSync(join(ROOT, 'examples', f), 'utf8')) as unknown);

type Json = unknown;
type Path = Array<string | number>;

/** Every path to a node of the value, the root included. */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

const get = (value: Json, path: Path): Json => path.reduce<Json>((v, k) => (v as Record<string | number, Json> | null)?.[k], value);

function set(value: Json, path: Path, next: Json | typeof REMOVE): Json {
  if (path.length === 0) return next === REMOVE ? null : next;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  if (rest.length === 0 && next === REMOVE) {
    if (Array.isArray(copy)) (copy as unknown as Json[]).splice(head as number, 1);
    else delete copy[head!];
  } else copy[head!] = set(copy[head!], rest, next);
  return copy;
}
const REMOVE = Symbol('remove');

/** Values a mutation may put anywhere: wrong types, edge numbers, hostile text, names of other nodes. */
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, 0.5, '', ' ', '0s', '-5ms', '101%', '99.999999%', '1e9/s', '0/s',
    'aws:us-east-1', 'aws:nowhere-9', 'gcp:europe-west1', 'x'.repeat(300), 'a\nb', 'a\u001b[31mb', '\u0000', '名前', '../../etc/passwd',
    'QUORUM', 'LOCAL_ONE', 'ALL', 'EACH_QUORUM', 'async', 'sync', 'consensus', 'leaderless', 'multi-leader', 'linearizable', 'eventual', 'lww',
    'cassandra', 'redis', 'kafka', 'postgres', 'all-or-nothing', 'saga-orchestrated', '2pc', 'outbox', 'correctness', 'redlock'),
  fc.integer({ min: -3, max: 12 }),
  fc.string({ maxLength: 12 }),
  fc.constant([]),
  fc.constant({}),
);

type Mutation =
  | { kind: 'remove'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'copy'; from: number; to: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'add-key'; at: number; key: string; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: hostileValue }),
  fc.record({ kind: fc.constant('copy' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add-key' as const), at: fc.nat(), key: fc.constantFrom('mode', 'retries', 'timeout', 'placement', 'settings', 'calls', 'regions', 'x-archcap-ignore', 'unknownKey', 'availability', 'replicas'), value: hostileValue }),
);

function mutate(doc: Json, m: Mutation): Json {
  const all = paths(doc);
  const pick = (i: number): Path => all[i % all.length]!;
  switch (m.kind) {
    case 'remove': return set(doc, pick(m.at), REMOVE);
    case 'replace': return set(doc, pick(m.at), m.value);
    case 'copy': return set(doc, pick(m.to), get(doc, pick(m.from)));
    case 'duplicate': {
      const path = pick(m.at);
      const parent = path.slice(0, -1);
      const list = get(doc, parent);
      return Array.isArray(list) ? set(doc, parent, [...list, get(doc, path)]) : doc;
    }
    case 'add-key': {
      const path = pick(m.at);
      const node = get(doc, path);
      return node !== null && typeof node === 'object' && !Array.isArray(node) ? set(doc, [...path, m.key], m.value) : doc;
    }
  }
}

/** A few documents are also damaged as text: a stray character, a cut, CR line ends. */
const textDamage = fc.option(fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('}', ']', ':', '- ', '"', "'", '\t', '&a', '*a', '!!js/function ', '\u0000', '#', '{', '\n  ') }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.constant({ kind: 'cr' as const }),
), { freq: 5 });

function damage(text: string, d: { kind: 'insert'; at: number; text: string } | { kind: 'cut'; at: number } | { kind: 'cr' } | null): string {
  if (!d) return text;
  if (d.kind === 'cr') return text.replace(/\n/g, '\r');
  const at = d.at % (text.length + 1);
  return d.kind === 'cut' ? text.slice(0, at) : text.slice(0, at) + d.text + text.slice(at);
}

describe('fuzzing the examples', () => {
  it(`ends ${RUNS} mutated documents in a result or located diagnostics, never an internal error`, async () => {
    const deps = await testDeps();
    const rules = builtinRules();
    const outcomes = { 0: 0, 1: 0, 2: 0 };
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: examples.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), textDamage, async (which, mutations, dmg) => {
        const doc = mutations.reduce(mutate, examples[which]);
        const text = damage(stringify(doc), dmg);
        const lines = text.split(/\r\n|\r|\n/);
        const started = performance.now();
        let exit: 0 | 1 | 2;
        try {
          const loaded = loadSystemText('fuzz.yaml', text, deps);
          const report = analyzeSystem(loaded, rules, { today: '2026-01-01' });
          const ctx = { rules: [], files: ['fuzz.yaml'], diagnostics: [], cwd: ROOT, color: false, version: '0' };
          for (const name of ['stylish', 'github', 'sarif'] as const) formatters[name](report.findings, ctx);
          for (const f of report.findings) {
            expect(f.line).toBeGreaterThanOrEqual(1);
            expect(f.line).toBeLessThanOrEqual(lines.length);
            expect(f.message).not.toMatch(STACK_TRACE);
          }
          exit = report.findings.some((f) => f.severity === 'error' && !f.suppressed) ? 1 : 0;
        } catch (error) {
          if (!(error instanceof InputError)) throw new Error(`internal error on a ${dmg?.kind ?? 'structural'} mutation: ${(error as Error).stack}\n--- document ---\n${text.slice(0, 4000)}`);
          for (const d of error.diagnostics) {
            const where = `${d.line}:${d.column} ${d.message}`;
            expect(d.line, where).toBeGreaterThanOrEqual(1);
            expect(d.line, where).toBeLessThanOrEqual(lines.length);
            expect(d.column, where).toBeGreaterThanOrEqual(1);
            expect(d.column, where).toBeLessThanOrEqual((lines[d.line - 1]?.length ?? 0) + 1);
            expect(d.message).not.toMatch(STACK_TRACE);
          }
          exit = 2;
        }
        const elapsed = performance.now() - started;
        slowest = Math.max(slowest, elapsed);
        expect(elapsed).toBeLessThan(MAX_MS_PER_DOCUMENT);
        outcomes[exit] += 1;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The mutations reach every outcome, so the suite exercises more than the loader's refusals.
    expect(outcomes[0] + outcomes[1]).toBeGreaterThan(RUNS / 20);
    expect(outcomes[2]).toBeGreaterThan(RUNS / 20);
    process.stdout.write(`fuzz: ${RUNS} documents, seed ${SEED}: exit 0 ×${outcomes[0]}, 1 ×${outcomes[1]}, 2 ×${outcomes[2]}; slowest ${slowest.toFixed(0)} ms\n`);
  }, 600_000);
});
