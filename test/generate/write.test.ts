import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyPlan, planGeneration, writeFileSafely, MANIFEST_FILE } from '../../src/generate/index.js';
import { safeRelativePath } from '../../src/generate/paths.js';
import { readManifest } from '../../src/generate/state.js';
import { defaultOps, writeInside } from '../../src/generate/write.js';
import { writeOutputFile } from '../../src/generate/write-output.js';
import { fixtureTemplates, scratchDir } from './scratch.js';

const templatesDir = fixtureTemplates();
const generate = async (outDir: string, opts: { force?: boolean; dryRun?: boolean } = {}, inputs: Record<string, unknown> = {}) => {
  const plan = await planGeneration([{ pattern: 'toy-counter', inputs }], { templatesDir, compileOnly: true, outDir });
  return applyPlan(plan, { outDir, ...opts });
};

/** Every file under `dir`, relative, sorted. */
function tree(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

describe('safe paths', () => {
  it('refuse traversal, absolute paths, NUL bytes and backslashes', () => {
    expect(() => safeRelativePath('../../etc/passwd')).toThrow('refusing to write "../../etc/passwd": ".." would leave the output folder');
    expect(() => safeRelativePath('src/../../x')).toThrow(/would leave the output folder/);
    expect(() => safeRelativePath('/etc/passwd')).toThrow(/absolute paths are refused/);
    expect(() => safeRelativePath('C:/Windows/x')).toThrow(/absolute paths are refused/);
    expect(() => safeRelativePath('src/a\0.ts')).toThrow(/NUL byte/);
    expect(() => safeRelativePath('..\\x')).toThrow(/backslashes/);
    expect(() => safeRelativePath('a//b')).toThrow(/empty or "."/);
    expect(safeRelativePath('src/ok/file.ts')).toBe('src/ok/file.ts');
  });

  it('refuse to write through a folder link that leads outside, and write nothing there', () => {
    const root = scratchDir('out');
    const outside = scratchDir('outside');
    symlinkSync(outside, join(root, 'src'));
    expect(() => writeFileSafely(root, 'src/evil.ts', 'x')).toThrow('refusing to write "src/evil.ts": src is a symbolic link leading outside the output folder');
    expect(() => writeInside(root, 'src/evil.ts', 'x')).toThrow('refusing to write "src/evil.ts": src leads outside the output folder');
    expect(() => writeFileSafely(root, '../escape.ts', 'x')).toThrow(/would leave the output folder/);
    expect(() => writeFileSafely(root, '/tmp/abs.ts', 'x')).toThrow(/absolute paths are refused/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('follow a folder link that stays inside, and never write through a file link (--force replaces the link itself)', () => {
    const root = scratchDir('out');
    mkdirSync(join(root, 'real'));
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    writeFileSafely(root, 'alias/a.txt', 'inside\n');
    expect(readFileSync(join(root, 'real/a.txt'), 'utf8')).toBe('inside\n');
    const target = scratchDir('target');
    writeFileSync(join(target, 'secret'), 'keep');
    symlinkSync(join(target, 'secret'), join(root, 'link.txt'));
    expect(writeFileSafely(root, 'link.txt', 'overwrite?').conflicts[0]?.reason).toMatch(/symbolic link/);
    expect(() => writeInside(root, 'link.txt', 'x')).toThrow(/symbolic link/);
    const forced = writeFileSafely(root, 'link.txt', 'replaced\n', { force: true });
    expect(forced.changes.map((c) => [c.path, c.action])).toEqual([['link.txt', 'overwrite']]);
    expect(lstatSync(join(root, 'link.txt')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(root, 'link.txt'), 'utf8')).toBe('replaced\n');
    expect(readFileSync(join(target, 'secret'), 'utf8')).toBe('keep');
  });
});

describe('applying a plan', () => {
  it('writes every file and a manifest of their hashes', async () => {
    const out = join(scratchDir('gen'), 'pkg');
    const result = await generate(out);
    expect(result.changes.map((c) => c.action)).toEqual(Array(7).fill('create'));
    expect(tree(out)).toContain('src/toy-counter/counter.ts');
    const manifest = JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')) as { files: Record<string, string>; requests: unknown[] };
    expect(Object.keys(manifest.files)).toHaveLength(7);
    expect(manifest.requests).toEqual([{ pattern: 'toy-counter', inputs: { start: 0, mode: 'up', strict: true } }]);
  });

  it('changes nothing on a second run with the same input, and says so', async () => {
    const out = scratchDir('gen');
    await generate(out);
    const before = tree(out).map((f) => readFileSync(join(out, f), 'utf8'));
    const second = await generate(out);
    expect(second.changes).toEqual([]);
    expect(second.conflicts).toEqual([]);
    expect(second.unchanged).toHaveLength(7);
    expect(second.manifestChanged).toBe(false);
    expect(tree(out).map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(before);
  });

  it('updates files it generated when the input changes', async () => {
    const out = scratchDir('gen');
    await generate(out);
    const result = await generate(out, {}, { start: 5 });
    expect(result.changes.map((c) => `${c.action} ${c.path}`)).toEqual(['update README.md', 'update src/toy-counter/counter.ts']);
    expect(result.changes[1]?.diff).toContain('-export const START = 0;\n+export const START = 5;');
    expect(result.changes[0]?.diff).toContain('-| `start` | `0` | First value. |\n+| `start` | `5` | First value. |');
    expect(readFileSync(join(out, 'src/toy-counter/counter.ts'), 'utf8')).toContain('START = 5;');
  });

  it('keeps a file the user edited, reports the conflict with a diff, and overwrites it only with force', async () => {
    const out = scratchDir('gen');
    await generate(out);
    const file = join(out, 'src/toy-counter/counter.ts');
    const edited = `${readFileSync(file, 'utf8')}// my change\n`;
    writeFileSync(file, edited);
    const kept = await generate(out, {}, { start: 5 });
    expect(kept.conflicts).toEqual([expect.objectContaining({ path: 'src/toy-counter/counter.ts', reason: 'edited since archcap generated it' })]);
    expect(kept.conflicts[0]?.diff).toContain('-// my change');
    expect(readFileSync(file, 'utf8')).toBe(edited);
    const again = await generate(out);
    expect(again.conflicts.map((c) => c.path)).toEqual(['src/toy-counter/counter.ts']);
    const forced = await generate(out, { force: true }, { start: 5 });
    expect(forced.changes.map((c) => `${c.action} ${c.path}`)).toEqual(['update README.md', 'overwrite src/toy-counter/counter.ts']);
    expect(readFileSync(file, 'utf8')).not.toContain('my change');
    expect((await generate(out, {}, { start: 5 })).changes).toEqual([]);
  });

  it('treats an existing file it never wrote as a conflict', async () => {
    const out = scratchDir('gen');
    writeFileSync(join(out, 'package.json'), '{"name":"mine"}\n');
    const result = await generate(out);
    expect(result.conflicts).toEqual([expect.objectContaining({ path: 'package.json', reason: 'exists and was not written by archcap' })]);
    expect(readFileSync(join(out, 'package.json'), 'utf8')).toBe('{"name":"mine"}\n');
  });

  it('writes nothing in a dry run and returns the plan with diffs', async () => {
    const parent = scratchDir('gen');
    const out = join(parent, 'new');
    const dry = await generate(out, { dryRun: true });
    expect(existsSync(out)).toBe(false);
    expect(dry.dryRun).toBe(true);
    expect(dry.changes).toHaveLength(7);
    expect(dry.changes.find((c) => c.path === 'src/toy-counter/counter.ts')?.diff).toMatch(/^--- \/dev\/null\n\+\+\+ b\/src\/toy-counter\/counter.ts\n@@ -0,0 \+1,6 @@\n\+export const START = 0;/);
    await generate(out);
    writeFileSync(join(out, 'tsconfig.json'), '{}\n');
    const snapshot = tree(out).map((f) => `${f}:${readFileSync(join(out, f), 'utf8')}`);
    const dry2 = await generate(out, { dryRun: true, force: true }, { start: 9 });
    expect(dry2.changes.map((c) => `${c.action} ${c.path}`).sort()).toEqual(['overwrite tsconfig.json', 'update README.md', 'update src/toy-counter/counter.ts']);
    expect(tree(out).map((f) => `${f}:${readFileSync(join(out, f), 'utf8')}`)).toEqual(snapshot);
  });

  it('leaves files that are no longer generated in place and reports them', async () => {
    const out = scratchDir('gen');
    await writeFileSafely(out, 'docs/adr-1.md', '# ADR\n');
    await generate(out);
    const result = await generate(out);
    expect(result.skipped).toEqual(['docs/adr-1.md']);
    expect(readFileSync(join(out, 'docs/adr-1.md'), 'utf8')).toBe('# ADR\n');
  });
});

describe('writing one file safely', () => {
  it('creates, leaves alone, and updates a file it wrote, but keeps one the user changed', () => {
    const root = scratchDir('one');
    expect(writeFileSafely(root, 'adr/0001.md', 'one\n').changes[0]?.action).toBe('create');
    expect(writeFileSafely(root, 'adr/0001.md', 'one\n').unchanged).toEqual(['adr/0001.md']);
    expect(writeFileSafely(root, 'adr/0001.md', 'two\n').changes[0]?.action).toBe('update');
    writeFileSync(join(root, 'adr/0001.md'), 'mine\n');
    expect(writeFileSafely(root, 'adr/0001.md', 'three\n').conflicts[0]?.reason).toBe('edited since archcap generated it');
    expect(readFileSync(join(root, 'adr/0001.md'), 'utf8')).toBe('mine\n');
    expect(writeFileSafely(root, 'adr/0001.md', 'three\n', { force: true }).changes[0]?.action).toBe('overwrite');
    expect(readFileSync(join(root, 'adr/0001.md'), 'utf8')).toBe('three\n');
  });

  it('can work without a manifest, refusing to replace any differing file', () => {
    const root = scratchDir('one');
    writeFileSafely(root, 'system.yaml', 'a: 1\n', { useManifest: false });
    expect(existsSync(join(root, MANIFEST_FILE))).toBe(false);
    expect(writeFileSafely(root, 'system.yaml', 'a: 2\n', { useManifest: false }).conflicts).toHaveLength(1);
    expect(readFileSync(join(root, 'system.yaml'), 'utf8')).toBe('a: 1\n');
  });

  it('writes a file at a path given on the command line, replacing it whole', () => {
    const root = scratchDir('output');
    const file = join(root, 'reports/lint.sarif');
    writeOutputFile(file, 'first');
    writeOutputFile(file, 'second');
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(readdirSync(join(root, 'reports'))).toEqual(['lint.sarif']);
    expect(() => writeOutputFile(join(root, 'reports'), 'x')).toThrow(/not a regular file/);
  });
});

describe('output folder problems', () => {
  it('are clear errors: a file in place of the folder, a write that fails', async () => {
    const parent = scratchDir('bad-out');
    writeFileSync(join(parent, 'file'), 'x');
    await expect(generate(join(parent, 'file'))).rejects.toThrow(/cannot use .*file as the output folder: it is not a folder/);
    const out = scratchDir('fail');
    const plan = await planGeneration([{ pattern: 'toy-counter' }], { templatesDir, compileOnly: true });
    const ops = { ...defaultOps, rename: () => { throw new Error('EACCES: simulated'); } };
    expect(() => applyPlan(plan, { outDir: out, ops })).toThrow(/^could not write \.gitignore: EACCES: simulated$/);
    // Only the intent is recorded (as pending), no file as written.
    expect(readManifest(out).files).toEqual({});
  });
});
