import { Args, Flags } from '@oclif/core';
import { builtinRules } from '../engine/builtin.js';
import { UsageError } from '../errors.js';
import { applyPlan, listPatterns, planGeneration } from '../generate/index.js';
import { loadProjectDeps } from '../cli/project-deps.js';
import { loadSystemFile } from '../model/load.js';
import { analyzeSystem } from '../pipeline.js';
import { patternRequests } from '../recommend/patterns.js';
import { generationSummary } from '../report/generate-text.js';
import { BaseCommand } from '../cli/base-command.js';

export default class Generate extends BaseCommand {
  static override summary = 'Write TypeScript starter code for the recommended patterns.';
  static override description =
    'Generates a self-contained package (package.json, strict tsconfig, src/, tests, SQL migrations, README) for the patterns the analysis recommends, parameterised from the YAML, or for the patterns named with --pattern. Files you edited are never overwritten without --force; a second run with the same input changes nothing.';
  static override examples = [
    '<%= config.bin %> generate examples/ecommerce-checkout.yaml --out ./generated',
    '<%= config.bin %> generate --pattern saga-orchestrator,idempotency-key --out ./generated',
    '<%= config.bin %> generate examples/payments-ledger.yaml --out ./generated --dry-run',
  ];
  static override enableJsonFlag = true;
  static override args = { file: Args.string({ description: 'system description (YAML); optional with --pattern' }) };
  static override flags = {
    out: Flags.string({ char: 'o', description: 'folder to write the package into (required unless --list)' }),
    pattern: Flags.string({ char: 'p', description: 'comma-separated patterns to generate (all recommended ones by default)' }),
    'dry-run': Flags.boolean({ description: 'show the plan and diffs, write nothing' }),
    force: Flags.boolean({ description: 'overwrite files you edited since they were generated' }),
    list: Flags.boolean({ description: 'list the patterns and exit' }),
  };

  async run(): Promise<unknown> {
    const { args, flags } = await this.parse(Generate);
    const known = listPatterns();
    if (flags.list) {
      if (!this.jsonEnabled()) for (const p of known) process.stdout.write(`${p.name.padEnd(24)} ${p.summary}\n`);
      return known;
    }
    if (!flags.out) throw new UsageError('--out DIR is required: the folder to write the package into (or --list to list the patterns)');
    const only = flags.pattern?.split(',').map((p) => p.trim()).filter(Boolean);
    const unknown = only?.filter((p) => !known.some((k) => k.name === p)) ?? [];
    if (unknown.length) throw new UsageError(`unknown pattern ${unknown.map((u) => `'${u}'`).join(', ')}; known: ${known.map((k) => k.name).join(', ')}`);
    let requests;
    let systemName: string | undefined;
    if (args.file) {
      const loaded = loadSystemFile(args.file, await loadProjectDeps());
      systemName = loaded.model.name;
      requests = patternRequests(analyzeSystem(loaded, builtinRules()).recommendations, only);
      for (const name of only ?? []) if (!requests.some((r) => r.pattern === name)) requests.push({ pattern: name, inputs: {} });
    } else if (only) {
      requests = only.map((pattern) => ({ pattern, inputs: {} }));
    } else {
      throw new UsageError('give a system file, or name patterns with --pattern (see --list)');
    }
    if (requests.length === 0) {
      process.stderr.write('nothing to generate: the analysis recommends no pattern; name one with --pattern\n');
      return { changes: [], conflicts: [], unchanged: [] };
    }
    const plan = await planGeneration(requests, { outDir: flags.out, ...(systemName ? { systemName } : {}) });
    const result = applyPlan(plan, { outDir: flags.out, force: flags.force, dryRun: flags['dry-run'] });
    if (!this.jsonEnabled()) process.stdout.write(generationSummary(result, Boolean(process.stdout.isTTY)));
    if (result.conflicts.length && !flags['dry-run']) process.exitCode = 1;
    return result;
  }
}
