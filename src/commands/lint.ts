import { Args, Flags } from '@oclif/core';
import { loadDeps } from '../model/deps.js';
import { failsAt } from '../engine/config.js';
import { expandFiles } from '../engine/files.js';
import { activeFindings, lintFiles } from '../engine/lint.js';
import { FORMAT_NAMES, setupLint } from '../engine/lint-setup.js';
import { toBaseline } from '../engine/suppress.js';
import { writeOutputFile } from '../generate/write-output.js';
import { formatLintResult } from '../report/lint-report.js';
import { formatDiagnostic, UsageError } from '../errors.js';
import { BaseCommand } from '../cli/base-command.js';

export default class Lint extends BaseCommand {
  static override summary = 'Check system descriptions against the rules; made for CI.';
  static override description =
    'Validates each file (YAML, schema, references) and runs every rule. One bad file is reported without hiding the findings of the others. Exit code 0: nothing at or above --fail-on; 1: findings at or above it; 2: unusable input or flags.';
  static override examples = [
    '<%= config.bin %> lint examples/*.yaml',
    '<%= config.bin %> lint system.yaml --format sarif=archcap.sarif --format stylish',
    '<%= config.bin %> lint "arch/**/*.yaml" --fail-on warning --baseline .archcap-baseline.json',
  ];
  static override strict = false;
  static override args = { files: Args.string({ description: 'files, folders or globs (quote globs)', required: true }) };
  static override flags = {
    format: Flags.string({ char: 'f', multiple: true, description: `output format, optionally to a file: FORMAT[=FILE] (${FORMAT_NAMES.join('|')}); repeatable` }),
    output: Flags.string({ char: 'o', description: 'write the (single) format to this file instead of standard output' }),
    'fail-on': Flags.string({ options: ['error', 'warning', 'info', 'never'], description: 'lowest severity that makes the exit code 1 [default: error]' }),
    ruleset: Flags.string({ multiple: true, description: 'extra ruleset file: add rules, change severities, turn rules off' }),
    config: Flags.string({ description: 'config file (default: .archcap.yaml found upwards from here)' }),
    'no-config': Flags.boolean({ description: 'ignore .archcap.yaml files' }),
    quiet: Flags.boolean({ char: 'q', description: 'report errors only' }),
    baseline: Flags.string({ description: 'fail only on findings not in this baseline file' }),
    'update-baseline': Flags.boolean({ description: 'write the current findings to the baseline file and exit 0' }),
    'inline-ignore': Flags.boolean({ allowNo: true, description: 'honour x-archcap-ignore suppressions (--no-inline-ignore disregards them)' }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Lint);
    const cwd = process.cwd();
    const setup = setupLint(
      {
        ...(flags.format ? { format: flags.format } : {}),
        ...(flags.output ? { output: flags.output } : {}),
        ...(flags['fail-on'] ? { failOn: flags['fail-on'] } : {}),
        ...(flags.ruleset ? { ruleset: flags.ruleset } : {}),
        ...(flags.config ? { config: flags.config } : {}),
        ...(flags.baseline ? { baseline: flags.baseline } : {}),
        ...(flags['inline-ignore'] === undefined ? {} : { inlineIgnore: flags['inline-ignore'] }),
        noConfig: flags['no-config'],
      },
      cwd,
    );
    const files = expandFiles(argv as string[], cwd);
    if (files.length === 0) throw new UsageError(`no files match ${(argv as string[]).join(' ')}`);
    const tty = process.stderr.isTTY && files.length > 20 && !setup.outputs.some((o) => o.format === 'json' && !o.file);
    const result = lintFiles(files, setup.rules, await loadDeps(), {
      cwd,
      inlineIgnore: setup.inlineIgnore,
      today: new Date().toISOString().slice(0, 10),
      ...(setup.baseline ? { baseline: setup.baseline } : {}),
      ...(tty ? { onFile: (done: number, total: number) => process.stderr.write(`\rlinting ${done}/${total}${done === total ? '\n' : ''}`) } : {}),
    });
    if (flags['update-baseline']) {
      if (!setup.baselineFile) throw new UsageError('--update-baseline needs --baseline FILE (or `baseline:` in .archcap.yaml)');
      writeOutputFile(setup.baselineFile, `${JSON.stringify(toBaseline(result.findings), null, 2)}\n`, { root: setup.baselineRoot });
      process.stderr.write(`wrote ${toBaseline(result.findings).findings.length} findings to ${setup.baselineFile}\n`);
      return;
    }
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    const shown = flags.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
    for (const output of setup.outputs) {
      const text = formatLintResult(output.format, shown, setup.rules, { cwd, color: !output.file && Boolean(process.stdout.isTTY) });
      if (output.file) writeOutputFile(output.file, text, { root: output.root });
      else if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    }
    if (result.diagnostics.length) process.exitCode = 2;
    else if (activeFindings(result.findings).some((f) => failsAt(f.severity, setup.failOn))) process.exitCode = 1;
  }
}
