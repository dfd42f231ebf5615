// V8's code cache for the start-up bundle (see src/cli/code-cache-hook.ts): a separate
// Node process runs typical commands on the examples with the bundle compiled in
// recording mode, then stores beside each bundle file what V8 compiled of it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export default async function codeCache(root) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/warm-code-cache.mjs'), root], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`code cache: the warm-up failed (exit ${r.status}):\n${r.stderr}`);
  console.log(r.stderr.trim().split('\n').at(-1));
}
