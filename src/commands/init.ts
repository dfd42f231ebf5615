import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { Flags } from '@oclif/core';
import { builtinRules } from '../engine/builtin.js';
import { UsageError } from '../errors.js';
import { writeFileSafely } from '../generate/index.js';
import { loadKnowledge } from '../knowledge/index.js';
import { loadDeps } from '../model/deps.js';
import { loadSystemFile } from '../model/load.js';
import { analyzeSystem } from '../pipeline.js';
import { analysisJson } from '../report/analysis-json.js';
import { analysisText } from '../report/analysis-text.js';
import { assertAnswerable, collectSystemYaml } from '../wizard/collect.js';
import { BaseCommand } from '../cli/base-command.js';
import { schemaReference } from '../model/schema-file.js';

export default class Init extends BaseCommand {
  static override summary = 'Interview: answer questions about your system, get a commented system YAML and its analysis.';
  static override description =
    'Asks for the regions, the requirements, then each data store (engine, replicas, replication and the engine’s own settings, with the values it accepts), data set, topic, service (calls with timeouts and retries), workflow, lock and consumer. Writes the answers as a commented YAML that archcap loads, then prints its analysis. With --answers every question is answered from a YAML or JSON file shaped like the system YAML (for scripts); without a terminal, --answers is required. An existing file is never overwritten without --force.';
  static override examples = [
    '<%= config.bin %> init',
    '<%= config.bin %> init --out checkout.yaml --name checkout --regions aws:us-east-1,aws:eu-west-1',
    '<%= config.bin %> init --answers answers.yaml --out system.yaml',
  ];
  static override enableJsonFlag = true;
  static override flags = {
    out: Flags.string({ char: 'o', default: 'system.yaml', description: 'file to write the system description to' }),
    answers: Flags.string({ char: 'a', description: 'answer every question from this YAML or JSON file instead of asking' }),
    force: Flags.boolean({ description: 'overwrite --out if it already exists' }),
    name: Flags.string({ description: 'the system’s name (not asked then)' }),
    regions: Flags.string({ description: 'comma-separated region ids, e.g. aws:us-east-1,aws:eu-west-1 (not asked then)' }),
  };

  async run(): Promise<unknown> {
    const { flags } = await this.parse(Init);
    const out = flags.out;
    const presets = {
      ...(flags.name === undefined ? {} : { name: flags.name }),
      ...(flags.regions === undefined ? {} : { regions: flags.regions.split(',').map((r) => r.trim()).filter(Boolean) }),
    };
    const interactive = !this.jsonEnabled() && Boolean(process.stdin.isTTY && process.stdout.isTTY);
    const options = { presets, interactive, ...(flags.answers === undefined ? {} : { answersFile: flags.answers }) };
    assertAnswerable(options);
    // Refuse before the interview, not after twenty answers.
    if (existsSync(out) && !flags.force) throw new UsageError(`${out} already exists and archcap init does not overwrite files; add --force to replace it, or choose another file with --out`);
    const kb = loadKnowledge();
    const deps = await loadDeps();
    const { yaml } = await collectSystemYaml(options, { kb, schema: deps.schema }, { deps, kb, file: basename(out), schemaRef: schemaReference(out) });
    const result = writeFileSafely(dirname(resolve(out)), basename(out), yaml, { force: flags.force, useManifest: false });
    if (result.conflicts.length) throw new UsageError(`${out} appeared while the questions were asked; not overwritten (add --force to replace it)`);
    const report = analyzeSystem(loadSystemFile(out, deps), builtinRules());
    const json = { file: out, written: result.changes.length > 0, analysis: analysisJson(report) };
    if (this.jsonEnabled()) return json;
    process.stdout.write(`${json.written ? 'Wrote' : 'Unchanged:'} ${out}. Its analysis:\n\n`);
    process.stdout.write(analysisText(report, Boolean(process.stdout.isTTY)));
    return json;
  }
}
