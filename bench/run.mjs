#!/usr/bin/env node
// Benchmarks of the BUILT archcap (run `npm run build` first): plain figures, no
// pass/fail.
//
// (a) `archcap lint examples/*.yaml` as whole processes (`node bin/run.js`):
//     median and min over --runs runs (default 10), after one warm-up run.
// (b) load + analyse of generated systems (bench/generate-system.mjs) of
//     --sizes services (default 500,1000,2000): loadSystemFile + analyzeSystem
//     with builtinRules(), in this process, median of --repeat runs (default 3)
//     after a warm-up, wall clock and CPU time; then the growth per doubling
//     (≈2 linear, ≈4 quadratic).
//
//   npm run bench
//   node bench/run.mjs --skip-lint --sizes 250,500,1000,2000 --repeat 5   (20,000 services make
//   about 11 MB of YAML, within the loader's 16 MiB limit)
//   node --cpu-prof --cpu-prof-dir .tmp/prof bench/run.mjs --skip-lint --sizes 2000 --repeat 1

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateSystem } from './generate-system.mjs';
import { flag, load, median, option, root } from './lib.mjs';

const runs = Number(option('--runs', '10'));
const repeat = Number(option('--repeat', '3'));
const sizes = option('--sizes', '500,1000,2000').split(',').map(Number);

const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const table = (headers, rows) => {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
};

if (!existsSync(join(root, 'dist/pipeline.js')) || !existsSync(join(root, 'oclif.manifest.json'))) {
  console.error('bench: no build found; run `npm run build` first');
  process.exit(2);
}
console.log(`archcap benchmarks — node ${process.version}, ${process.platform}/${process.arch}, load average ${load()}`);

function lintBench() {
  const files = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort().map((f) => join('examples', f));
  const once = () => {
    const start = performance.now();
    const r = spawnSync(process.execPath, [join(root, 'bin/run.js'), 'lint', ...files], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const elapsed = performance.now() - start;
    if (r.status !== 0 && r.status !== 1) throw new Error(`lint exited ${r.status}: ${r.stderr}`);
    return elapsed;
  };
  once();
  const times = Array.from({ length: runs }, once);
  console.log(`\n(a) archcap lint examples/*.yaml — ${files.length} files, whole process (node bin/run.js), ${runs} runs after a warm-up`);
  console.log(`    median ${ms(median(times))} ms, min ${ms(Math.min(...times))} ms, max ${ms(Math.max(...times))} ms`);
}

async function analyzeBench() {
  const lib = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
  const [{ loadDeps }, { loadSystemFile }, { analyzeSystem }, { builtinRules }] = await Promise.all([
    lib('model/deps.js'), lib('model/load.js'), lib('pipeline.js'), lib('engine/builtin.js'),
  ]);
  let start = performance.now();
  const deps = await loadDeps();
  const rules = builtinRules();
  const setupMs = performance.now() - start;
  const dir = mkdtempSync(join(tmpdir(), 'archcap-bench-'));
  const rows = [];
  try {
    for (const size of sizes) {
      const file = join(dir, `system-${size}.yaml`);
      const text = generateSystem(size);
      writeFileSync(file, text);
      const loads = [];
      const analyses = [];
      const cpu = [];
      let last;
      for (let i = 0; i <= repeat; i++) {
        const cpuStart = process.cpuUsage();
        start = performance.now();
        const loaded = loadSystemFile(file, deps);
        const loadMs = performance.now() - start;
        start = performance.now();
        const report = analyzeSystem(loaded, rules, { today: '2026-01-01' });
        const analyzeMs = performance.now() - start;
        const used = process.cpuUsage(cpuStart);
        if (i > 0) { loads.push(loadMs); analyses.push(analyzeMs); cpu.push((used.user + used.system) / 1000); } // run 0 warms up
        last = { loaded, report };
      }
      const m = last.loaded.model;
      rows.push({
        services: m.services.length,
        calls: m.services.reduce((n, s) => n + s.calls.length, 0),
        stores: m.datastores.length,
        kb: Math.round(Buffer.byteLength(text) / 1024),
        findings: last.report.findings.length,
        load: median(loads),
        analyze: median(analyses),
        cpu: median(cpu),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n(b) load + analyse of generated systems — median of ${repeat} runs after a warm-up; loader and rules set up once in ${ms(setupMs)} ms`);
  const growth = (i, key) => (i === 0 ? '' : `×${(key(rows[i]) / key(rows[i - 1])).toFixed(2)}`);
  const total = (r) => r.load + r.analyze;
  console.log(
    table(
      ['services', 'calls', 'stores', 'YAML KB', 'findings', 'load ms', 'analyse ms', 'total ms', 'CPU ms', 'load growth', 'analyse growth', 'total growth', 'CPU growth'],
      rows.map((r, i) => [r.services, r.calls, r.stores, r.kb, r.findings, ms(r.load), ms(r.analyze), ms(total(r)), ms(r.cpu), growth(i, (x) => x.load), growth(i, (x) => x.analyze), growth(i, total), growth(i, (x) => x.cpu)]),
    ),
  );
  console.log('times are wall clock; CPU ms is this process\'s user + system time for load + analyse (steadier on a busy machine).');
  console.log('growth is per step in size; with sizes doubling, ≈2 is linear and ≈4 quadratic.');
}

if (!flag('--skip-lint')) lintBench();
if (!flag('--skip-analyze')) await analyzeBench();
