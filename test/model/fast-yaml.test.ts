/**
 * The fast YAML path (js-yaml) must read every file it accepts exactly as the full path
 * (`yaml`) does: the same value and the same position for every path. Whatever it
 * declines goes to the full path, so a decline is always safe; an acceptance that
 * differs is a bug. Checked on every shipped and fixture YAML file, on hand-written edge
 * cases, and on seeded text damage of the examples.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/model/fast-yaml.js';
import { LIMITS, parseYamlFull } from '../../src/model/source.js';
import { ROOT } from '../helpers/cli.js';

const limits = { maxDepth: LIMITS.maxDepth, maxItems: LIMITS.maxFlowItems };

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(name) ? [p] : [];
  });
}

/** 'fast' when the fast path accepted and agreed, 'declined' when it left the file to the full path. */
function compare(text: string): 'fast' | 'declined' {
  const fast = fastParse(text, limits);
  if (!fast) return 'declined';
  let full: ReturnType<typeof parseYamlFull>;
  try {
    full = parseYamlFull('t.yaml', text);
  } catch (error) {
    throw new Error(`the fast path accepted a file the full path refuses (${(error as Error).message}):\n${text.slice(0, 400)}`);
  }
  expect(fast.value).toStrictEqual(full.value);
  const sorted = (p: typeof fast.positions): Array<[string, unknown]> => [...p.entries()].sort(([a], [b]) => a.localeCompare(b));
  expect(sorted(fast.positions)).toEqual(sorted(full.positions));
  return 'fast';
}

describe('the fast YAML path', () => {
  it('reads every example through the fast path, exactly as the full path does', () => {
    for (const file of yamlFiles(join(ROOT, 'examples'))) expect(compare(readFileSync(file, 'utf8')), file).toBe('fast');
  });

  it('agrees with the full path on every YAML file of the repository it accepts', () => {
    const files = [...yamlFiles(join(ROOT, 'test/fixtures')), ...yamlFiles(join(ROOT, 'rules')), ...yamlFiles(join(ROOT, 'templates'))];
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) compare(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  });

  it.each([
    ['null, number and boolean keys', 'a: 1\n1: x\ntrue: y\n~: z\n'],
    ['an empty key', 'a: 1\n: stray\n'],
    ['anchors and aliases', 'a: &x { b: 1 }\nc: *x\n'],
    ['a tag', 'a: !!str 5\nb: !!int "7"\n'],
    ['an unknown tag', 'a: !!js/function "f"\n'],
    ['comments between a key and its value', 'a:   # why\n  # more\n  b: 1\nlist:\n  # first\n  - x   # trailing\n  -   y\n'],
    ['block scalars', 'a: |\n  one\n  two\nb: >-\n  folded\n  text\nc: |+\n  keep\n\n'],
    ['quoted keys and values', '"a b": \'c\'\n"x\\ny": "z\\t"\n'],
    ['flow collections', 'a: { b: [1, 2, { c: d }], e: [] }\nf: [ x , "y" ,z ]\n'],
    ['a flow mapping key without a value', 'a: { b, c: 1 }\n'],
    ['compact nested sequences', 'a:\n- - 1\n  - 2\n- - 3\n'],
    ['an explicit key', '? a\n: 1\n? [b]\n: 2\n'],
    ['document markers', '---\na: 1\n...\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['a tab in indentation', 'a:\n\tb: 1\n'],
    ['numbers as YAML 1.2 reads them', 'a: 012\nb: 0o17\nc: 0x1F\nd: 1_000\ne: .5\nf: -.inf\ng: .NaN\nh: 1e3\ni: +1\nj: 2026-01-01\nk: 0b101\n'],
    ['booleans and nulls in their spellings', 'a: True\nb: FALSE\nc: yes\nd: Null\ne: ~\nf:\ng: "null"\n'],
    ['a key named __proto__', '__proto__: { polluted: true }\na: 1\n'],
    ['a scalar document', 'just text\n'],
    ['a sequence document', '- a\n- b\n'],
    ['an empty document', '# nothing\n'],
    ['unicode and long lines', `name: 名前\nx: ${'y'.repeat(5000)}\n`],
    ['deep nesting past the limit', `${'a:\n'.split('').length ? Array.from({ length: 80 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') : ''} 1\n`],
    ['a multi-line plain scalar', 'a: one\n  two\n  three\nb: 1\n'],
    ['a key after a multi-line quoted scalar', 'a: "one\n  two"\nb: 1\n'],
    ['windows line ends', 'a: 1\r\nb:\r\n  - x\r\n'],
  ])('%s: declined, or read exactly as the full path reads it', (_, text) => {
    try {
      parseYamlFull('t.yaml', text);
    } catch {
      expect(fastParse(text, limits), 'the full path refuses it, so the fast path must decline').toBeUndefined();
      return;
    }
    compare(text);
  });

  it('never accepts damaged text the full path refuses, nor reads it differently', () => {
    const sources = yamlFiles(join(ROOT, 'examples')).map((f) => readFileSync(f, 'utf8'));
    const damage = fc.record({
      which: fc.nat({ max: sources.length - 1 }),
      edits: fc.array(fc.record({ at: fc.nat(), text: fc.constantFrom('}', ']', '[', '{', ':', ': ', '- ', '-', '"', "'", '\t', ' ', '  ', '\n', '\n  ', '&a ', '*a', '!!str ', '#', '? ', ',', '|', '>', '%', '---\n', '\\', '~', 'null', '0x', '@', '`') }), { minLength: 1, maxLength: 3 }),
      cut: fc.option(fc.nat()),
    });
    let fast = 0;
    fc.assert(
      fc.property(damage, ({ which, edits, cut }) => {
        let text = sources[which]!;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.text + text.slice(at);
        }
        if (cut !== null) text = text.slice(0, cut % (text.length + 1));
        if (compare(text) === 'fast') fast++;
      }),
      { seed: 20261207, numRuns: 3000 },
    );
    // Most damage leaves a valid file that reads differently; the fast path must still take many of them.
    expect(fast).toBeGreaterThan(300);
  });
});
