import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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
import { assertAnswerable, collectSystemYaml, offerOnTerminal } from '../wizard/collect.js';
import { forgetState, stateFileFor } from '../wizard/state-file.js';
import { BaseCommand } from '../cli/base-command.js';
import { schemaReference } from '../model/schema-file.js';

export default class Init extends BaseCommand {
  static override summary = 'Interview: answer questions about your system, get a commented system YAML and its analysis.';
  static override description =
    'Starts from an archetype cut from the examples (checkout, payments ledger, social feed, booking, IoT ingestion, ride sharing) or from nothing, and asks what each data set must never suffer rather than for raw settings; after each store, data set or call it says what archcap makes of it and warns about contradictions with the requirements, offering the fix as the next default. Esc goes back a question, a summary jumps to any section, answers are saved as you go (--resume continues after Ctrl-C), and --from edits an existing file, leaving what was not edited byte for byte. Writes the YAML, prints its analysis and offers to generate the recommended patterns. With --answers every question is answered from a YAML or JSON file shaped like the system YAML (for scripts); without a terminal, --answers is required. An existing file is never overwritten without --force.';
  static override examples = [
    '<%= config.bin %> init',
    '<%= config.bin %> init --out checkout.yaml --name checkout --regions aws:us-east-1,aws:eu-west-1',
    '<%= config.bin %> init --answers answers.yaml --out system.yaml',
    '<%= config.bin %> init --resume',
    '<%= config.bin %> init --from system.yaml',
  ];
  static override enableJsonFlag = true;
  static override flags = {
    out: Flags.string({ char: 'o', default: 'system.yaml', description: 'file to write the system description to' }),
    answers: Flags.string({ char: 'a', description: 'answer every question from this YAML or JSON file instead of asking' }),
    force: Flags.boolean({ description: 'overwrite --out if it already exists' }),
    name: Flags.string({ description: 'the system’s name (not asked then)' }),
    regions: Flags.string({ description: 'comma-separated region ids, e.g. aws:us-east-1,aws:eu-west-1 (not asked then)' }),
    resume: Flags.boolean({ description: 'continue the interview that was interrupted (answers are saved as you go)', exclusive: ['answers'] }),
    from: Flags.string({ description: 'edit this system file: jump to the sections to change; everything else stays byte for byte (--out defaults to it)', exclusive: ['answers'] }),
  };

  async run(): Promise<unknown> {
    const { flags } = await this.parse(Init);
    // Editing a file writes it back unless told otherwise.
    const out = flags.from !== undefined && !this.argv.some((a) => a === '--out' || a === '-o' || a.startsWith('--out=')) ? flags.from : flags.out;
    const stateFile = stateFileFor(out);
    const presets = {
      ...(flags.name === undefined ? {} : { name: flags.name }),
      ...(flags.regions === undefined ? {} : { regions: flags.regions.split(',').map((r) => r.trim()).filter(Boolean) }),
    };
    const interactive = !this.jsonEnabled() && Boolean(process.stdin.isTTY && process.stdout.isTTY);
    const options = {
      presets,
      interactive,
      stateFile,
      ...(flags.answers === undefined ? {} : { answersFile: flags.answers }),
      ...(flags.from === undefined ? {} : { from: flags.from }),
      ...(flags.resume ? { resume: stateFile } : {}),
    };
    assertAnswerable(options);
    // Refuse before the interview, not after twenty answers.
    const editing = flags.from !== undefined && resolve(flags.from) === resolve(out);
    if (!flags.resume && !editing && existsSync(out) && !flags.force) throw new UsageError(`${out} already exists and archcap init does not overwrite files; add --force to replace it, or choose another file with --out`);
    const kb = loadKnowledge();
    const deps = await loadDeps();
    const { yaml } = await collectSystemYaml(options, { kb, schema: deps.schema }, { deps, kb, file: basename(out), schemaRef: schemaReference(out) });
    const result = writeFileSafely(dirname(resolve(out)), basename(out), yaml, { force: flags.force || editing || flags.resume, useManifest: false });
    if (result.conflicts.length) throw new UsageError(`${out} appeared while the questions were asked; not overwritten (add --force to replace it)`);
    const report = analyzeSystem(loadSystemFile(out, deps), builtinRules());
    const json = { file: out, written: result.changes.length > 0, analysis: analysisJson(report) };
    if (this.jsonEnabled()) return json;
    process.stdout.write(`${json.written ? 'Wrote' : 'Unchanged:'} ${out}. Its analysis:\n\n`);
    process.stdout.write(analysisText(report, Boolean(process.stdout.isTTY)));
    forgetState(stateFile);
    if (interactive && flags.answers === undefined && report.recommendations.length > 0) {
      const dir = join(dirname(out), 'generated');
      if (await offerOnTerminal(`Generate the ${report.recommendations.length} recommended pattern(s) into ${dir}? (archcap generate ${out} --out ${dir})`)) {
        await this.config.runCommand('generate', [out, '--out', dir]);
      }
    }
    return json;
  }
}
