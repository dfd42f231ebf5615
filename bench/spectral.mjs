#!/usr/bin/env node
// archcap against Spectral (Stoplight's JSON/YAML linter, @stoplight/spectral-cli) on the
// same 1,000 files: the examples copied round-robin, as in bench/ratios.mjs. Spectral
// gets a ruleset of 12 structural rules equivalent in spirit to checks archcap makes
// (required keys, enums, patterns, quorum size, timeouts, retries, lock fencing), and
// no built-in ruleset. Each side is one whole process (`node …`) under GNU time: wall
// seconds and peak resident memory, medians of --runs interleaved runs (archcap,
// Spectral, archcap, …) after one checked run of each, then how many times faster
// archcap is and how many times less memory it uses. Needs the build (`npm run
// build`), /usr/bin/time (GNU) and npm with access to the npm registry the first time.
//
// Spectral is not a dependency of archcap: the first run installs
// @stoplight/spectral-cli@6.16.3 (pinned below; its engines allow Node ^18.18 and
// >= 20.17) with `npm install --prefix … --no-save --ignore-scripts` into
// $XDG_CACHE_HOME/archcap-bench/spectral-cli-6.16.3 (~/.cache/… without XDG_CACHE_HOME),
// outside the repository, and later runs reuse it. Delete that folder to reinstall.
// `--ignore-scripts`: the only install script in its tree is @scarf/scarf's download
// analytics, which Spectral does not need.
//
//   node bench/spectral.mjs               3 runs of each side
//   node bench/spectral.mjs --runs 7
//   node bench/spectral.mjs --schema      the first rule replaced by one that validates
//                                         each file against archcap's whole JSON Schema,
//                                         as archcap itself does (about 180 ms a file in Spectral)

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, homedir, tmpdir } from 'node:os';
import { join, relative, isAbsolute } from 'node:path';
import { load, median, option, root } from './lib.mjs';

const SPECTRAL_VERSION = '6.16.3';
const runs = Number(option('--runs', '3'));
const wholeSchema = process.argv.includes('--schema');
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number ≥ 1, not ${option('--runs')}`);
const node = process.execPath;
const bin = join(root, 'bin/run.js');
const env = { ...process.env, NO_COLOR: '1' };

/** Spectral's folder in the user's cache, installed on first use. */
function spectral() {
  const cache = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'archcap-bench');
  const dir = join(cache, `spectral-cli-${SPECTRAL_VERSION}`);
  const rel = relative(root, dir);
  if (!rel.startsWith('..') && !isAbsolute(rel)) throw new Error(`the Spectral cache ${dir} is inside the repository; set XDG_CACHE_HOME elsewhere`);
  const cli = (d) => join(d, 'node_modules/@stoplight/spectral-cli');
  if (!existsSync(join(cli(dir), 'dist/index.js'))) {
    // Install into a fresh folder and rename it into place when npm succeeded, so an
    // interrupted install is never mistaken for a finished one.
    console.log(`installing @stoplight/spectral-cli@${SPECTRAL_VERSION} into ${dir} (once) …`);
    mkdirSync(cache, { recursive: true });
    const tmp = mkdtempSync(join(cache, `.spectral-cli-${SPECTRAL_VERSION}-`));
    const r = spawnSync('npm', ['install', '--prefix', tmp, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', `@stoplight/spectral-cli@${SPECTRAL_VERSION}`],
      { stdio: 'inherit', env: { ...env, SCARF_ANALYTICS: 'false' } });
    if (r.status !== 0 || !existsSync(join(cli(tmp), 'dist/index.js'))) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(`npm install of @stoplight/spectral-cli@${SPECTRAL_VERSION} into ${tmp} failed (${r.error ? r.error.message : `exit ${r.status}${r.signal ? `, ${r.signal}` : ''}`}); npm's output is above`);
    }
    try { renameSync(tmp, dir); } catch (e) {
      // Another run installed it meanwhile: use theirs.
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(join(cli(dir), 'dist/index.js'))) throw e;
    }
  }
  const { version } = JSON.parse(readFileSync(join(cli(dir), 'package.json'), 'utf8'));
  if (version !== SPECTRAL_VERSION) throw new Error(`${dir} holds Spectral ${version}, not ${SPECTRAL_VERSION}; delete the folder`);
  return { dir, version, entry: join(cli(dir), 'dist/index.js') };
}

/**
 * The ruleset: 12 rules over the shape of a system description, each equivalent in spirit
 * to a check of archcap's schema (schema/system.schema.json) or one of its rules
 * (rules/). Every `given` matches nodes in the examples (checked when this was written,
 * with each rule's `then` replaced by one that fires on every node it is given: all 12
 * match in 3 to 7 of the 7 examples). Spectral's core functions only.
 */
function ruleset() {
  const schema = JSON.parse(readFileSync(join(root, 'schema/system.schema.json'), 'utf8'));
  const engines = schema.properties.datastores.items.properties.engine.enum;
  const percentage = '^[0-9]+(\\.[0-9]+)?\\s*%$';
  const rules = {
    // schema: datastores[] require name and engine
    'datastore-name-engine': { severity: 'error', given: '$.datastores[*]', then: [{ field: 'name', function: 'truthy' }, { field: 'engine', function: 'truthy' }] },
    // schema: datastores[].engine is one of the engines archcap knows
    'datastore-engine-known': { severity: 'error', given: '$.datastores[*].engine', then: { function: 'enumeration', functionOptions: { values: engines } } },
    // schema: datastores[].replicas is an integer, 1 to 1000
    'datastore-replicas': { severity: 'error', given: '$.datastores[*].replicas', then: { function: 'schema', functionOptions: { schema: { type: 'integer', minimum: 1, maximum: 1000 } } } },
    // fault-tolerance/quorum-size (for tolerate.nodes: 1, as every example asks): a consensus store needs 2f+1 = 3 replicas
    'consensus-quorum-size': { severity: 'error', given: "$.datastores[?(@.topology == 'consensus')]", then: { field: 'replicas', function: 'schema', functionOptions: { schema: { type: 'integer', minimum: 3 } } } },
    // timeout/missing: every call has a timeout
    'call-timeout': { severity: 'warn', given: '$.services[*].calls[*]', then: { field: 'timeout', function: 'defined' } },
    // retry/amplification, retry/no-jitter: a call that retries says how it backs off …
    'retry-backoff': { severity: 'warn', given: '$.services[*].calls[?(@.retries && @.retries.attempts > 1)].retries', then: { field: 'backoff', function: 'truthy' } },
    // retry/no-jitter: … and exponential backoff has jitter
    'retry-jitter': { severity: 'warn', given: "$.services[*].calls[?(@.retries && @.retries.backoff == 'exponential')].retries", then: [{ field: 'jitter', function: 'truthy' }, { field: 'jitter', function: 'pattern', functionOptions: { notMatch: '^none$' } }] },
    // schema: datasets[] require the store holding them
    'dataset-store': { severity: 'error', given: '$.datasets[*]', then: { field: 'store', function: 'defined' } },
    // schema: version is 1
    'version-1': { severity: 'error', given: '$', then: { field: 'version', function: 'enumeration', functionOptions: { values: [1] } } },
    // schema and rules/knowledge/regions: a region id is provider:region
    'region-id': { severity: 'error', given: '$..regions[*]', then: { function: 'pattern', functionOptions: { match: '^(aws|gcp|azure):[a-z0-9-]+$' } } },
    // schema: availability (system, service, store, their requirements) is a percentage
    'availability-percentage': { severity: 'error', given: '$..availability', then: { function: 'pattern', functionOptions: { match: percentage } } },
    // lock/missing-fencing: a lock held for correctness checks fencing tokens
    'lock-fencing': { severity: 'error', given: "$.locks[?(@.purpose == 'correctness')]", then: { field: 'fencing', function: 'truthy' } },
  };
  if (wholeSchema) {
    // archcap validates every file against its whole schema before any rule: the same check,
    // in place of the first rule (whose two required keys the schema includes).
    delete rules['datastore-name-engine'];
    rules['system-schema'] = { severity: 'error', given: '$', then: { function: 'schema', functionOptions: { schema } } };
  }
  // JSON is YAML: the ruleset file needs no YAML writer.
  return JSON.stringify({ rules }, null, 2) + '\n';
}

/** Runs one process (checked: exit 0 or 1), under GNU time when `timed`. */
function run(name, argv, timed) {
  const r = timed
    ? spawnSync('/usr/bin/time', ['-f', '%e %M', node, ...argv], { encoding: 'utf8', env, maxBuffer: 1 << 30 })
    : spawnSync(node, argv, { encoding: 'utf8', env, maxBuffer: 1 << 30 });
  if (r.error) throw new Error(`${name}: ${r.error.message}`);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${name} exited ${r.status ?? r.signal}\n  ${[node, ...argv].join(' ')}\n${r.stderr.slice(-4000)}`);
  if (!timed) return r;
  const [s, kb] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { s, mib: kb / 1024 };
}

/** "3.4× faster" / "1.2× slower", from the other side's figure over archcap's. */
const times = (other, ours, more, less) => (other >= ours ? `${(other / ours).toFixed(1)}× ${more}` : `${(ours / other).toFixed(1)}× ${less}`);
const count = (n) => n.toLocaleString('en-US');

console.log(`archcap vs Spectral — node ${process.version}, ${cpus().length}× ${cpus()[0]?.model ?? 'cpu'}, load average ${load()}`);
const sp = spectral();
console.log(`Spectral ${sp.version} (@stoplight/spectral-cli, ${sp.dir})`);

const dir = mkdtempSync(join(tmpdir(), 'archcap-spectral-'));
try {
  // 1,000 files: the examples copied round-robin, as bench/ratios.mjs does.
  const files = join(dir, 'files');
  mkdirSync(files);
  const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.yaml')).sort();
  for (let i = 0; i < 1000; i++) copyFileSync(join(root, 'examples', examples[i % examples.length]), join(files, `f${String(i).padStart(4, '0')}.yaml`));
  // Beside the folder, not in it: Spectral's glob also matches dot files.
  const rulesetFile = join(dir, '.spectral.yaml');
  writeFileSync(rulesetFile, ruleset());

  const archcap = [bin, 'lint', files, '--format', 'json'];
  const spectralArgs = [sp.entry, 'lint', join(files, '*.yaml'), '--ruleset', rulesetFile, '--format', 'json', '--quiet'];

  // One checked run of each (also the warm-up): both must have read the files.
  const a = JSON.parse(run('archcap', archcap, false).stdout);
  const aFiles = new Set(a.map((f) => f.file)).size;
  console.log(`archcap: ${count(a.length)} findings in ${count(aFiles)} files (${count(a.filter((f) => f.severity === 'error').length)} errors)`);
  const s = JSON.parse(run('Spectral', spectralArgs, false).stdout);
  const sFiles = new Set(s.map((r) => r.source)).size;
  const perRule = {};
  for (const r of s) perRule[r.code] = (perRule[r.code] ?? 0) + 1;
  const byRule = Object.entries(perRule).map(([code, n]) => `${code} ${count(n)}`).join(', ');
  console.log(`Spectral: ${count(s.length)} results in ${count(sFiles)} files (${byRule || 'none'})`);
  if (s.length === 0) throw new Error('Spectral reported no results: the comparison would measure nothing');
  if (a.length === 0) throw new Error('archcap reported no findings: the comparison would measure nothing');

  const ta = []; const ts = [];
  for (let i = 0; i < runs; i++) {
    ta.push(run('archcap', archcap, true));
    ts.push(run('Spectral', spectralArgs, true));
    console.log(`run ${i + 1}/${runs}: archcap ${ta.at(-1).s.toFixed(2)} s ${ta.at(-1).mib.toFixed(0)} MiB, Spectral ${ts.at(-1).s.toFixed(2)} s ${ts.at(-1).mib.toFixed(0)} MiB (load ${load()})`);
  }
  const m = (xs, k) => median(xs.map((x) => x[k]));
  const [as, am, ss, sm] = [m(ta, 's'), m(ta, 'mib'), m(ts, 's'), m(ts, 'mib')];
  console.log(`\nmedians of ${runs}: archcap ${as.toFixed(2)} s, ${am.toFixed(0)} MiB; Spectral ${ss.toFixed(2)} s, ${sm.toFixed(0)} MiB`);
  const speed = times(ss, as, 'faster', 'slower');
  const memory = times(sm, am, 'less memory', 'more memory');
  console.log(`archcap is ${speed} and uses ${memory}`);
  console.log('\n| what | measured | target |\n|---|---|---|');
  console.log(`| 1,000 files vs Spectral with a 12-rule equivalent ruleset${wholeSchema ? ', one rule being the whole schema' : ''} | ${speed}, ${memory} (archcap ${as.toFixed(2)} s / ${am.toFixed(0)} MiB, Spectral ${ss.toFixed(2)} s / ${sm.toFixed(0)} MiB; Spectral ${sp.version}) | keep ≥ 10× |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nload average at the end: ${load()}`);
