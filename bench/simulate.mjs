#!/usr/bin/env node
// Benchmark of `archcap simulate --all` on a generated system (bench/generate-system.mjs):
// the whole process (`node bin/run.js simulate FILE --all`, the text matrix, and again
// with `--format json`), median and min over --runs runs after a warm-up. Plain figures,
// no pass/fail; the target is under 5 s for 2,000 services. Run `npm run build` first.
//
//   node bench/simulate.mjs                 (2,000 services, 5 runs)
//   node bench/simulate.mjs --services 500 --runs 3

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { load, median, option, root } from './lib.mjs';

const services = Number(option('--services', '2000'));
const runs = Number(option('--runs', '5'));

if (!existsSync(join(root, 'dist/commands/simulate.js'))) {
  console.error('bench: no build found; run `npm run build` first');
  process.exit(2);
}
const { generateSystem } = await import('./generate-system.mjs');
const dir = mkdtempSync(join(tmpdir(), 'archcap-bench-simulate-'));
try {
  const file = join(dir, `system-${services}.yaml`);
  writeFileSync(file, generateSystem(services));
  const once = (format) => {
    const start = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin/run.js'), 'simulate', file, '--all', '--format', format], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
    const elapsed = performance.now() - start;
    if (r.status !== 0) throw new Error(`simulate exited ${r.status}: ${r.stderr}`);
    return { elapsed, bytes: r.stdout.length, scenarios: format === 'json' ? JSON.parse(r.stdout).scenarios.length : undefined };
  };
  console.log(`archcap simulate --all — node ${process.version}, load average ${load()}`);
  for (const format of ['text', 'json']) {
    once(format);
    const times = [];
    let last;
    for (let i = 0; i < runs; i++) {
      last = once(format);
      times.push(last.elapsed);
    }
    console.log(`${services} services, --format ${format}${last.scenarios ? ` (${last.scenarios} scenarios)` : ''}, ${(last.bytes / 1e6).toFixed(1)} MB out, whole process: median ${(median(times) / 1000).toFixed(2)} s, min ${(Math.min(...times) / 1000).toFixed(2)} s over ${runs} runs (target < 5 s)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
