import { Args, Flags } from '@oclif/core';
import { builtinRules } from '../engine/builtin.js';
import { failsAt, FAIL_ON, type FailOn } from '../engine/config.js';
import { loadProjectDeps } from '../cli/project-deps.js';
import { loadSystemFile } from '../model/load.js';
import { analyzeSystem } from '../pipeline.js';
import { analysisJson } from '../report/analysis-json.js';
import { analysisMarkdown } from '../report/analysis-markdown.js';
import { analysisLines } from '../report/analysis-text.js';
import { BaseCommand } from '../cli/base-command.js';
import { UsageError } from '../errors.js';
import { useColor, wrapWidth } from '../cli/terminal.js';
import { drainingWriter, writeJson, writeLines } from '../report/write-in-pieces.js';

export default class Analyze extends BaseCommand {
  static override summary = 'Classify every store and data set by CAP/PACELC, find contradictions, recommend patterns.';
  static override description =
    'The full report for one system description: the consistency model each store really gives as configured (with the settings that decide it and the sources), whether each data set gets what it needs, every finding, and the recommendations.';
  static override examples = [
    '<%= config.bin %> analyze examples/payments-ledger.yaml',
    '<%= config.bin %> analyze examples/social-feed.yaml --format json',
    '<%= config.bin %> analyze examples/ecommerce-checkout.yaml --format markdown > review.md',
  ];
  static override enableJsonFlag = true;
  static override args = { file: Args.string({ description: 'system description (YAML)', required: true }) };
  static override flags = {
    format: Flags.string({ char: 'f', options: ['text', 'json', 'markdown'], description: 'report format [default: text]' }),
    'fail-on': Flags.string({ options: [...FAIL_ON], default: 'never', description: 'exit 1 when a finding is at or above this severity' }),
  };

  async run(): Promise<unknown> {
    const { args, flags } = await this.parse(Analyze);
    if (this.jsonEnabled() && flags.format && flags.format !== 'json') throw new UsageError(`--json prints the JSON report; it cannot be combined with --format ${flags.format}`);
    const loaded = loadSystemFile(args.file, await loadProjectDeps());
    const report = analyzeSystem(loaded, builtinRules());
    if (report.findings.some((f) => failsAt(f.severity, flags['fail-on'] as FailOn))) process.exitCode = 1;
    const json = analysisJson(report);
    if (this.jsonEnabled()) return json;
    const write = drainingWriter(process.stdout);
    if (flags.format === 'json') await writeJson(json, write);
    else if (flags.format === 'markdown') process.stdout.write(analysisMarkdown(report, loaded.model));
    else await writeLines(analysisLines(report, useColor(undefined, process.stdout), wrapWidth(process.stdout)), write);
    return json;
  }
}
