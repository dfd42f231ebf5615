import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GenerateError } from '../../src/errors.js';
import { listPatterns, planGeneration } from '../../src/generate/index.js';
import { loadCatalogue } from '../../src/generate/catalogue.js';
import { fixtureTemplates, scratchDir } from './scratch.js';

const templatesDir = fixtureTemplates();
const plan = (requests: Parameters<typeof planGeneration>[0], opts: Parameters<typeof planGeneration>[1] = {}) =>
  planGeneration(requests, { templatesDir, compileOnly: true, ...opts });

const paths = (p: Awaited<ReturnType<typeof plan>>): string[] => p.files.map((f) => f.path);

describe('planning', () => {
  it('lists the patterns of a templates folder with their inputs', () => {
    const patterns = listPatterns(templatesDir);
    expect(patterns.map((p) => p.name)).toEqual(['toy-counter', 'toy-lock']);
    expect(patterns[1]?.inputs.find((i) => i.name === 'leaseTtlMs')).toMatchObject({ type: 'integer', default: 30000 });
  });

  it('renders a pattern alone with its defaults and only the shared files it needs', async () => {
    const p = await plan([{ pattern: 'toy-counter' }]);
    expect(paths(p)).toEqual(['.gitignore', 'README.md', 'package.json', 'src/toy-counter/counter.ts', 'test/toy-counter/counter.test.ts', 'tsconfig.json', 'vitest.config.ts']);
    expect(p.files.every((f) => f.action === 'create')).toBe(true);
    expect(p.files.find((f) => f.path === 'src/toy-counter/counter.ts')?.content).toContain('export const MODE = "up";');
    const pkg = JSON.parse(p.files.find((f) => f.path === 'package.json')!.content) as Record<string, Record<string, string>>;
    expect(pkg.dependencies).toEqual({});
    expect(pkg.devDependencies).toEqual({ '@types/node': '20.19.43', 'fast-check': '4.10.2', typescript: '5.9.3', vitest: '4.1.12' });
    expect(pkg.scripts?.migrate).toContain('nothing to migrate');
  });

  it('merges dependencies across patterns, pinned to the versions _common names', async () => {
    const p = await plan([{ pattern: 'toy-lock' }, { pattern: 'toy-counter' }], { systemName: 'Checkout Service' });
    const pkg = JSON.parse(p.files.find((f) => f.path === 'package.json')!.content) as Record<string, Record<string, string>>;
    expect(pkg.name).toBe('checkout-service');
    expect(pkg.dependencies).toEqual({ ioredis: '6.0.0', pg: '8.23.1' });
    expect(pkg.devDependencies).toMatchObject({ '@types/pg': '8.23.1', 'fast-check': '4.10.2' });
    expect(p.services).toEqual(['postgres', 'redis']);
    expect(paths(p)).toContain('test/support/postgres.ts');
    expect(paths(p)).toContain('scripts/migrate.mjs');
    expect(p.files.find((f) => f.path === 'README.md')?.content).toMatch(/## Toy lock[\s\S]*## Toy counter/);
  });

  it('names the known patterns when one is unknown', async () => {
    await expect(plan([{ pattern: 'saga' }])).rejects.toThrow('unknown pattern "saga"; known patterns: toy-counter, toy-lock');
    await expect(plan([])).rejects.toThrow(/no pattern/);
  });

  it('refuses an input of the wrong type, an unknown input and a value outside its bounds', async () => {
    await expect(plan([{ pattern: 'toy-lock', inputs: { leaseTtlMs: '30s' } }])).rejects.toThrow('pattern toy-lock, input leaseTtlMs (integer): expected an integer, got "30s"');
    await expect(plan([{ pattern: 'toy-lock', inputs: { leaseTtlMs: 0 } }])).rejects.toThrow(/at least 1/);
    await expect(plan([{ pattern: 'toy-counter', inputs: { mode: 'sideways' } }])).rejects.toThrow(/one of "up", "down"/);
    await expect(plan([{ pattern: 'toy-lock', inputs: { steps: ['a', 3] } }])).rejects.toThrow(/item 1: expected a name/);
    await expect(plan([{ pattern: 'toy-lock', inputs: { ttl: 1 } }])).rejects.toThrow('pattern toy-lock has no input "ttl"; its inputs: name, leaseTtlMs, tableName, steps');
    await expect(plan([{ pattern: 'toy-lock', inputs: { name: '!!' } }])).rejects.toBeInstanceOf(GenerateError);
  });

  it('escapes hostile names into identifiers, paths and literals', async () => {
    const p = await plan([{ pattern: 'toy-lock', inputs: { name: '../../etc/"passwd"', tableName: 'x"; DROP TABLE y; --' } }]);
    expect(paths(p)).toContain('src/toy-lock/etc-passwd.ts');
    const code = p.files.find((f) => f.path === 'src/toy-lock/etc-passwd.ts')!.content;
    expect(code).toContain('export class EtcPasswd {');
    expect(code).toContain('readonly name = "../../etc/\\"passwd\\"";');
    expect(p.files.find((f) => f.path === 'migrations/toy-lock.sql')!.content).toContain('CREATE TABLE IF NOT EXISTS "x""; DROP TABLE y; --" (');
  });

  it('refuses two names that would become one identifier', async () => {
    await expect(plan([{ pattern: 'toy-lock', inputs: { steps: ['create-order', 'create_order'] } }])).rejects.toThrow(
      'pattern toy-lock: "create-order" (steps[0]) and "create_order" (steps[1]) both become pascal name "CreateOrder"; rename one',
    );
  });

  it('generates one pattern twice under different names and refuses two that land on one file', async () => {
    const two = await plan([{ pattern: 'toy-lock', inputs: { name: 'a' } }, { pattern: 'toy-lock', inputs: { name: 'b' } }]);
    expect(paths(two)).toEqual(expect.arrayContaining(['src/toy-lock/a.ts', 'src/toy-lock/b.ts']));
    await expect(plan([{ pattern: 'toy-lock', inputs: { name: 'Stock Lock' } }, { pattern: 'toy-lock', inputs: { name: 'stock-lock' } }])).rejects.toThrow(
      'toy-lock and toy-lock both write src/toy-lock/stock-lock.ts with different content',
    );
    const same = await plan([{ pattern: 'toy-lock' }, { pattern: 'toy-lock' }]);
    expect(same.requests).toHaveLength(1);
  });

  it('names the manifest file and the key of a malformed pattern.yaml', () => {
    const dir = fixtureTemplates();
    const file = join(dir, 'toy-counter/pattern.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('type: integer', 'type: int'));
    expect(() => loadCatalogue(dir, { fresh: true })).toThrow(`${file}: inputs[0].type: expected one of string | identifier | integer | number | boolean | list, got "int"`);
    writeFileSync(file, 'name: toy-counter\ntitle: T\nsummary: S\ndescription: D\nfiles: []\n');
    expect(() => loadCatalogue(dir, { fresh: true })).toThrow(`${file}: files: expected a non-empty list`);
    mkdirSync(join(dir, 'empty-pattern'));
    expect(() => loadCatalogue(dir, { fresh: true })).toThrow(/empty-pattern\/pattern.yaml: missing/);
  });

  it('refuses a template path that leaves the package', async () => {
    const dir = fixtureTemplates();
    const file = join(dir, 'toy-counter/pattern.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('to: src/toy-counter/counter.ts', 'to: "../{{kebab inputs.mode}}.ts"'));
    await expect(planGeneration([{ pattern: 'toy-counter' }], { templatesDir: dir, compileOnly: true })).rejects.toThrow(/"\.\." would leave the output folder/);
  });

  it('reports a template error with the template name', async () => {
    const dir = fixtureTemplates();
    writeFileSync(join(dir, 'toy-counter/src/counter.ts.hbs'), 'export const X = {{{json inputs.missing}}};\n');
    await expect(planGeneration([{ pattern: 'toy-counter' }], { templatesDir: dir, compileOnly: true })).rejects.toThrow('toy-counter/src/counter.ts.hbs: json: an argument is undefined (a misspelt or missing input?)');
    writeFileSync(join(dir, 'toy-counter/src/counter.ts.hbs'), '{{{shout inputs.mode}}}\n');
    await expect(planGeneration([{ pattern: 'toy-counter' }], { templatesDir: dir, compileOnly: true })).rejects.toThrow(/toy-counter\/src\/counter.ts.hbs: .*shout/);
  });

  it('marks each file against what is on disk when given the output folder', async () => {
    const out = scratchDir('plan-out');
    const first = await plan([{ pattern: 'toy-counter' }], { outDir: out });
    expect(new Set(first.files.map((f) => f.action))).toEqual(new Set(['create']));
    writeFileSync(join(out, 'tsconfig.json'), '{}\n');
    const second = await plan([{ pattern: 'toy-counter' }], { outDir: out });
    expect(second.files.find((f) => f.path === 'tsconfig.json')).toMatchObject({ action: 'conflict', reason: 'exists and was not written by archcap' });
  });
});
