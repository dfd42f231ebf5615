import { readFileSync } from 'node:fs';
import { Args, Flags } from '@oclif/core';
import { loadDeps } from '../model/deps.js';
import { selectFiles, STDIN } from '../engine/files/select.js';
import { activeFindings, lintFiles, type LintOptions, type LintResult } from '../engine/lint.js';
import { lintFilesInWorkers, parseConcurrency, threadCount } from '../engine/lint-parallel.js';
import { FORMAT_NAMES, setupLint } from '../engine/lint-setup.js';
import { baselineNote, lintExitCode, lintSetupFlags, noFilesMessage } from '../engine/lint-outcome.js';
import { toBaseline } from '../engine/suppress.js';
import { writeOutputFile } from '../generate/write-output.js';
import { formatLintResult } from '../report/lint-report.js';
import { formatDiagnostic, UsageError } from '../errors.js';
import { escapeControl } from '../report/escape-control.js';
import { BaseCommand } from '../cli/base-command.js';
import { useColor, wrapWidth } from '../cli/terminal.js';

export default class Lint extends BaseCommand {
  static override summary = 'Check system descriptions against the rules; made for CI.';
  static override description =
    'Validates each file (YAML, schema, references) and runs every rule. With no arguments it lints the system descriptions below the working folder (files with a top-level `version: 1`, matching `files:` in .archcap.yaml; ignored: node_modules, dot-files, dist, build, .archcapignore, `ignores:`, --ignore-pattern). One bad file is reported without hiding the findings of the others. Exit code 0: nothing at or above --fail-on; 1: findings at or above it (or more warnings than --max-warnings); 2: unusable input or flags.';
  static override examples = [
    '<%= config.bin %> lint',
    '<%= config.bin %> lint examples/*.yaml',
    '<%= config.bin %> lint system.yaml --format sarif=archcap.sarif --format stylish',
    '<%= config.bin %> lint "arch/**/*.yaml" --fail-on warning --baseline .archcap-baseline.json',
    'cat system.yaml | <%= config.bin %> lint - --stdin-filename system.yaml',
  ];
  static override strict = false;
  static override enableJsonFlag = true;
  static override args = { files: Args.string({ description: 'files, folders or globs (quote globs); - reads standard input; default: the working folder' }) };
  static override flags = {
    format: Flags.string({ char: 'f', multiple: true, multipleNonGreedy: true, description: `output format, optionally to a file: FORMAT[=FILE] (${FORMAT_NAMES.join('|')}); repeatable` }),
    output: Flags.string({ char: 'o', description: 'write the (single) format to this file instead of standard output' }),
    'fail-on': Flags.string({ options: ['error', 'warning', 'info', 'never'], description: 'lowest severity that makes the exit code 1 [default: error]' }),
    'max-warnings': Flags.integer({ min: 0, description: 'exit 1 when there are more warnings than this' }),
    ruleset: Flags.string({ multiple: true, multipleNonGreedy: true, description: 'extra ruleset file: add rules, change severities, turn rules off' }),
    config: Flags.string({ description: 'config file (default: .archcap.yaml found upwards from here)' }),
    'no-config': Flags.boolean({ description: 'ignore .archcap.yaml files' }),
    'ignore-pattern': Flags.string({ multiple: true, multipleNonGreedy: true, description: 'skip files matching this pattern (gitignore syntax, relative to here); repeatable' }),
    ignore: Flags.boolean({ allowNo: true, description: '--no-ignore lints ignored files too (.archcapignore, ignores:, --ignore-pattern, the defaults)' }),
    'force-exclude': Flags.boolean({ description: 'apply ignore patterns and detection to files named on the command line too (for pre-commit hooks)' }),
    'stdin-filename': Flags.string({ description: 'the name to report standard input under (with the file -)' }),
    color: Flags.boolean({ allowNo: true, description: 'colour the output (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it)' }),
    quiet: Flags.boolean({ char: 'q', description: 'report errors only' }),
    baseline: Flags.string({ description: 'fail only on findings not in this baseline file' }),
    'update-baseline': Flags.boolean({ description: 'write the current findings to the baseline file and exit 0' }),
    concurrency: Flags.string({ default: 'off', description: 'lint on worker threads: a number, auto (one per core, up to 8, from 100 files) or off (the default: with the fast YAML path, starting threads costs more than it saves on a few cores); the report is the same either way' }),
    'inline-ignore': Flags.boolean({ allowNo: true, description: 'honour x-archcap-ignore suppressions (--no-inline-ignore disregards them)' }),
  };

  async run(): Promise<LintResult> {
    const { argv, flags } = await this.parse(Lint);
    const cwd = process.cwd();
    const setup = setupLint(lintSetupFlags(flags), cwd);
    const args = argv as string[];
    const selection = selectFiles(args, { cwd, root: setup.root, ignores: setup.ignores, useIgnore: setup.useIgnore, forceExclude: flags['force-exclude'], ...(setup.files ? { files: setup.files } : {}) });
    for (const { file, source } of selection.ignored) process.stderr.write(`archcap: ${file}: skipped (${source})\n`);
    if (selection.files.length === 0) throw new UsageError(noFilesMessage(args, selection));
    const stdinName = flags['stdin-filename'] ?? '<stdin>';
    const quietProgress = this.jsonEnabled() || setup.outputs.some((o) => o.format === 'json' && !o.file);
    const tty = process.stderr.isTTY && selection.files.length > 20 && !quietProgress;
    const concurrency = parseConcurrency(flags.concurrency);
    if (concurrency === undefined) throw new UsageError(`--concurrency must be a number of threads, auto or off, got '${flags.concurrency}'`);
    const options: LintOptions = {
      cwd,
      root: setup.root,
      explicit: selection.explicit,
      inlineIgnore: setup.inlineIgnore,
      today: new Date().toISOString().slice(0, 10),
      ...(selection.files.includes(STDIN) ? { stdin: { text: readFileSync(0, 'utf8'), name: stdinName } } : {}),
      ...(setup.baseline ? { baseline: setup.baseline } : {}),
      ...(tty ? { onFile: (done: number, total: number) => process.stderr.write(`\rlinting ${done}/${total}${done === total ? '\n' : ''}`) } : {}),
    };
    // Standard input is read here, so a run that includes it stays on this thread.
    const threads = selection.files.includes(STDIN) ? 1 : threadCount(selection.files.length, concurrency);
    const result =
      threads > 1
        ? await lintFilesInWorkers(selection.files, setup.rules, setup.config?.engines ?? [], options, threads)
        : lintFiles(selection.files, setup.rules, await loadDeps(), options);
    if (flags['update-baseline']) {
      if (!setup.baselineFile) throw new UsageError('--update-baseline needs --baseline FILE (or `baseline:` in .archcap.yaml)');
      writeOutputFile(setup.baselineFile, `${JSON.stringify(toBaseline(result.findings), null, 2)}\n`, { root: setup.baselineRoot });
      process.stderr.write(`wrote ${toBaseline(result.findings).findings.length} findings to ${setup.baselineFile}\n`);
      return result;
    }
    for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    for (const [file, { removed, heldBack }] of Object.entries(result.partial ?? {})) {
      const held = heldBack.length ? `; findings held back on the items next to them: ${heldBack.join(', ')}` : '';
      process.stderr.write(`${escapeControl(`archcap: ${file}: the rules ran on the rest of this file; left out until their problems are fixed: ${removed.join(', ')}${held}`)}\n`);
    }
    const shown = flags.quiet ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') } : result;
    for (const output of setup.outputs) {
      if (!output.file && this.jsonEnabled()) continue;
      const terminal = output.file ? {} : process.stdout;
      const text = formatLintResult(output.format, shown, setup.rules, {
        cwd,
        root: setup.root,
        failOn: setup.failOn,
        color: !output.file && useColor(flags.color, process.stdout),
        ...(wrapWidth(terminal) ? { width: wrapWidth(terminal)! } : {}),
      });
      if (output.file) writeOutputFile(output.file, text, { root: output.root });
      else if (text) process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    }
    const hidden = baselineNote(result, setup.baselineFile);
    if (hidden) process.stderr.write(`${hidden}\n`);
    const outcome = lintExitCode(result, setup);
    if (outcome.message) process.stderr.write(`${outcome.message}\n`);
    process.exitCode = outcome.code;
    return { ...shown, findings: activeFindings(shown.findings) };
  }
}
