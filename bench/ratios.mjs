#!/usr/bin/env node
// The speed figures of bench/RESULTS.md, as ratios measured in one run on this machine
// (so a busy machine slows both sides alike), plus whole-process time and peak memory
// where the target is absolute. Needs the build (`npm run build`) and /usr/bin/time (GNU).
//
//   node bench/ratios.mjs                 every row
//   node bench/ratios.mjs --runs 5 --skip-big
//   node bench/ratios.mjs --spectral     also the Spectral row (bench/spectral.mjs)

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateSystem } from './generate-system.mjs';
import { flag, load, median, option, root } from './lib.mjs';

const runs = Number(option('--runs', '9'));
const bin = join(root, 'bin/run.js');
const node = process.execPath;

/** Wall time of one process, in ms. */
function once(argv, cwd = root) {
  const start = performance.now();
  const r = spawnSync(node, argv, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return ms;
}

/** Median of `runs` runs of each command, interleaved so load changes hit both alike. */
function ratio(a, b, cwd = root) {
  once(a, cwd); once(b, cwd);
  const ta = []; const tb = [];
  for (let i = 0; i < runs; i++) { ta.push(once(a, cwd)); tb.push(once(b, cwd)); }
  return { a: median(ta), b: median(tb), ratio: median(ta) / median(tb) };
}

/** Wall seconds and peak resident memory of one process (GNU time). */
function measured(argv) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', node, ...argv], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const [s, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { s, mib: kb / 1024, status: r.status };
}

/** The same, median of `times` runs (wall time and memory each): a single run of a second swings by a tenth on a shared machine. */
function measuredMedian(argv, times) {
  const all = Array.from({ length: times }, () => measured(argv));
  return { s: median(all.map((m) => m.s)), mib: median(all.map((m) => m.mib)), status: all[0].status, runs: times };
}
const shortRuns = Math.min(runs, 5);

const rows = [];
const row = (what, figure, target) => { rows.push([what, figure, target]); console.log(`${what}: ${figure}  (target ${target}; load ${load()})`); };
const dir = mkdtempSync(join(tmpdir(), 'archcap-ratios-'));
console.log(`archcap ratios — node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, load average ${load()}`);
try {
  const empty = ['-e', '0'];
  let r = ratio([bin, '--version'], empty);
  row('`archcap --version` vs `node -e 0`', `${r.ratio.toFixed(2)}× (${r.a.toFixed(0)} / ${r.b.toFixed(0)} ms)`, '≤ 2.3×');
  r = ratio([bin, 'lint', 'examples/hotel-booking.yaml'], empty);
  row('`archcap lint one.yaml` vs `node -e 0`', `${r.ratio.toFixed(2)}× (${r.a.toFixed(0)} / ${r.b.toFixed(0)} ms)`, '≤ 3×');

  // 1,000 files: the examples copied round-robin; the floor reads, parses and validates each.
  const files = join(dir, 'files');
  spawnSync('mkdir', ['-p', files]);
  const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml'));
  for (let i = 0; i < 1000; i++) copyFileSync(join(root, 'examples', examples[i % examples.length]), join(files, `f${String(i).padStart(4, '0')}.yaml`));
  const floor = join(dir, 'floor.cjs');
  writeFileSync(floor, `const fs = require('fs'), path = require('path');
const { parseDocument } = require(${JSON.stringify(join(root, 'node_modules/yaml'))});
const validate = require(${JSON.stringify(join(root, 'build/validate-system.cjs'))});
const check = validate.default ?? validate;
let bad = 0;
for (const f of fs.readdirSync(process.argv[2])) { const doc = parseDocument(fs.readFileSync(path.join(process.argv[2], f), 'utf8')); if (!check(doc.toJS())) bad++; }
process.exit(bad ? 1 : 0);`);
  // Run from inside the folder: `lint .` (the same files either way).
  r = ratio([bin, 'lint', '.', '--format', 'json'], [floor, '.'], files);
  row('1,000 files in one run vs the parse+validate floor (default: one thread)', `${r.ratio.toFixed(2)}× (${r.a.toFixed(0)} / ${r.b.toFixed(0)} ms)`, '≤ 1.3×');
  r = ratio([bin, 'lint', '.', '--format', 'json', '--concurrency', 'auto'], [floor, '.'], files);
  row(`the same on worker threads (\`--concurrency auto\`, ${cpus().length} cores)`, `${r.ratio.toFixed(2)}× (${r.a.toFixed(0)} / ${r.b.toFixed(0)} ms)`, '—');

  const sys2000 = join(dir, 'system-2000.yaml');
  writeFileSync(sys2000, generateSystem(2000));
  let m = measuredMedian([bin, 'analyze', sys2000, '--format', 'json'], shortRuns);
  row('analyze 2,000 services (CLI, whole process)', `${m.s.toFixed(2)} s, ${m.mib.toFixed(0)} MiB (median of ${m.runs})`, '< 1 s');

  m = measuredMedian([bin, 'quorum', '--n', '3', '--r', '1', '--w', '1', '--pbs', '--trials', '1000000'], shortRuns);
  const base = measuredMedian(empty, shortRuns);
  row('`quorum --pbs --trials 1000000`', `${m.s.toFixed(2)} s, ${m.mib.toFixed(0)} MiB (median of ${m.runs}; node -e 0: ${base.s.toFixed(2)} s)`, '< 1 s');

  const list = join(dir, 'list.yaml');
  writeFileSync(list, `version: 1\nname: list\nx-list: [${Array.from({ length: 900_000 }, () => '1').join(',')}]\n`);
  m = measured([bin, 'lint', list]);
  row('one 1.8 MB file holding a 900,000-item list', `${m.s.toFixed(2)} s, ${m.mib.toFixed(0)} MiB, exit ${m.status} (refused: more than 100,000 items in one flow collection)`, '< 3 s, < 300 MB, or refused at a documented limit');

  if (!flag('--skip-big')) {
    const sizes = [500, 1000, 2000, 4000, 8000];
    const times = [];
    for (const n of sizes) {
      const f = join(dir, `system-${n}.yaml`);
      writeFileSync(f, generateSystem(n));
      times.push(measured([bin, 'analyze', f, '--format', 'json']));
    }
    const growth = times.slice(1).map((t, i) => `×${(t.s / times[i].s).toFixed(1)}`).join(', ');
    row('analysis growth per doubling, 500 → 8,000 services (CLI, whole process)', `${growth} (8,000: ${times.at(-1).s.toFixed(1)} s, ${times.at(-1).mib.toFixed(0)} MiB)`, '≤ ×2.2 all the way');
    const f = join(dir, 'system-20000.yaml');
    writeFileSync(f, generateSystem(20000));
    m = measured([bin, 'analyze', f, '--format', 'json']);
    row('20,000 services / 50,000 calls (CLI, whole process)', `${m.s.toFixed(1)} s, ${m.mib.toFixed(0)} MiB, exit ${m.status}`, '< 15 s and < 1 GiB');
  }
  if (flag('--spectral')) {
    // bench/spectral.mjs (installs Spectral into the user's cache on first use).
    const r = spawnSync(node, [join(root, 'bench/spectral.mjs'), '--runs', String(Math.min(runs, 3))], { cwd: root, encoding: 'utf8' });
    const line = r.stdout.split('\n').find((l) => l.startsWith('| 1,000 files vs Spectral'));
    if (r.status !== 0 || !line) throw new Error(`bench/spectral.mjs failed (exit ${r.status}):\n${r.stdout.slice(-2000)}${r.stderr.slice(-2000)}`);
    const [what, figure, target] = line.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, ''));
    row(what, figure, target);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('\n| what | measured | target |\n|---|---|---|');
for (const [w, f, t] of rows) console.log(`| ${w} | ${f} | ${t} |`);
console.log(`\nload average at the end: ${load()}`);
