import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultOps, TEMP_SUFFIX, writeInside, type WriteOps } from '../../src/generate/write.js';
import { ROOT, scratchDir } from './scratch.js';

const temps = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith(TEMP_SUFFIX));

describe('atomic writes', () => {
  it('keep the old content and leave no temporary file when the rename fails', () => {
    const dir = scratchDir('atomic');
    writeFileSync(join(dir, 'f.txt'), 'old');
    const ops: WriteOps = { ...defaultOps, rename: () => { throw Object.assign(new Error('EIO: simulated'), { code: 'EIO' }); } };
    expect(() => writeInside(dir, 'f.txt', 'new', undefined, ops)).toThrow('EIO: simulated');
    expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toBe('old');
    expect(temps(dir)).toEqual([]);
  });

  it('keep the old content and leave no temporary file when the disk fills mid-write', () => {
    const dir = scratchDir('atomic');
    writeFileSync(join(dir, 'f.txt'), 'old');
    const ops: WriteOps = {
      ...defaultOps,
      write(fd, data) {
        defaultOps.write(fd, data.subarray(0, data.length >> 1));
        throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
      },
    };
    expect(() => writeInside(dir, 'f.txt', 'new content', undefined, ops)).toThrow('ENOSPC');
    expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toBe('old');
    expect(temps(dir)).toEqual([]);
  });

  describe('when the writing process is killed', () => {
    let writeModule = '';
    beforeAll(() => {
      // A child process cannot load TypeScript on Node 20: compile src/ once for it.
      const out = scratchDir('atomic-dist');
      execFileSync(join(ROOT, 'node_modules/.bin/tsgo'), ['-p', join(ROOT, 'tsconfig.json'), '--outDir', out], { stdio: 'ignore' });
      writeModule = pathToFileURL(join(out, 'generate/write.js')).href;
    });

    it('leave the old or the new content, never a part, and the next write removes the leftovers', async () => {
      const dir = scratchDir('atomic');
      const size = 48 * 1024 * 1024;
      const script = `const { writeInside } = await import(${JSON.stringify(writeModule)});
        process.send('ready');
        process.on('message', () => writeInside(${JSON.stringify(dir)}, 'big.bin', process.argv[1].repeat(${size})));`;
      const outcomes = new Set<string>();
      let previous = 'A';
      writeFileSync(join(dir, 'big.bin'), previous.repeat(size));
      for (const [round, delay] of [0, 5, 15, 30, 60, 120].entries()) {
        const next = String.fromCharCode(66 + round);
        const child = spawn(process.execPath, ['--input-type=module', '-e', script, next], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
        await new Promise<void>((resolve) => child.once('message', () => resolve()));
        child.send('go');
        await new Promise((r) => setTimeout(r, delay));
        child.kill('SIGKILL');
        await new Promise((r) => child.once('exit', r));
        const content = readFileSync(join(dir, 'big.bin'), 'latin1');
        expect(content.length).toBe(size);
        const first = content[0]!;
        expect([previous, next]).toContain(first);
        expect(content).toBe(first.repeat(size));
        outcomes.add(first === next ? 'new' : 'old');
        if (temps(dir).length > 0) outcomes.add('interrupted');
        previous = first;
      }
      // at least one kill landed mid-write (a temporary file was left behind)
      expect(outcomes.has('interrupted')).toBe(true);
      writeInside(dir, 'big.bin', 'done');
      expect(readFileSync(join(dir, 'big.bin'), 'utf8')).toBe('done');
      expect(temps(dir)).toEqual([]);
    }, 120_000);
  });
});
