import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { builtinRules } from '../engine/builtin.js';
import { UsageError } from '../errors.js';
import { loadDeps } from '../model/deps.js';
import { loadSystemFile } from '../model/load.js';
import { runScenarios, type SimulationReport } from '../simulate.js';
import { simulateMarkdown } from '../report/simulate-markdown.js';
import { simulateMermaid } from '../report/simulate-mermaid.js';
import { simulateText } from '../report/simulate-text.js';

export default class Simulate extends BaseCommand {
  static override summary = 'What each failure does to this system: stores, data sets, services, workflows and topics, scenario by scenario.';
  static override description =
    'Simulates failures offline from the description and the knowledge base: on each side of a partition, which stores serve reads and writes (fresh or stale), whether acknowledged writes are lost (RPO) and how long recovery takes (RTO, from the failover mode and the engine\'s documented failover time); whether each data set\'s requirement is met, degraded or violated; which services are up, degraded or down along the call graph; which workflows get stuck and what sagas compensate; which topics take and deliver messages. Several --fail make one scenario; --all (the default without --fail) runs every single zone, region and region-cut failure the placement admits.\n\nFailures: region=REGION, zone=REGION/N, partition=REGION,…|REGION,… (unnamed regions join the second group), node=STORE|SERVICE (one node; a store loses its leader), failover=STORE, skew=REGION:DURATION, down=SERVICE.';
  static override examples = [
    '<%= config.bin %> simulate examples/ecommerce-checkout.yaml',
    '<%= config.bin %> simulate examples/payments-ledger.yaml --fail region=aws:us-east-1',
    '<%= config.bin %> simulate examples/social-feed.yaml --fail "partition=gcp:us-east4|gcp:europe-west1" --format markdown',
    '<%= config.bin %> simulate examples/ecommerce-checkout.yaml --fail zone=aws:us-east-1/1 --format mermaid',
  ];
  static override enableJsonFlag = true;
  static override args = { file: Args.string({ description: 'system description (YAML)', required: true }) };
  static override flags = {
    fail: Flags.string({ char: 'x', multiple: true, description: 'a failure; repeat to combine failures into one scenario' }),
    all: Flags.boolean({ default: false, description: 'every single zone, region and region-cut failure (the default without --fail)' }),
    format: Flags.string({ char: 'f', options: ['text', 'json', 'markdown', 'mermaid'], default: 'text', description: 'report format (mermaid draws one --fail scenario)' }),
    'fail-on': Flags.string({ options: ['violated', 'degraded', 'never'], default: 'never', description: 'exit 1 when a data set requirement is at least this bad in some scenario' }),
  };

  async run(): Promise<SimulationReport> {
    const { args, flags } = await this.parse(Simulate);
    if (flags.all && flags.fail?.length) throw new UsageError('give --fail for one scenario or --all for the matrix, not both');
    if (flags.format === 'mermaid' && !flags.fail?.length) throw new UsageError('--format mermaid draws one scenario: name it with --fail');
    const loaded = loadSystemFile(args.file, await loadDeps());
    const report = runScenarios(loaded, builtinRules(), flags.fail?.length ? [flags.fail] : 'all');
    const failing = report.scenarios.some((s) => s.datasets.some((d) => d.state === 'violated' || (flags['fail-on'] === 'degraded' && d.state === 'degraded')));
    if (flags['fail-on'] !== 'never' && failing) process.exitCode = 1;
    if (this.jsonEnabled()) return report;
    if (flags.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else if (flags.format === 'markdown') process.stdout.write(simulateMarkdown(report.system, report.scenarios));
    else if (flags.format === 'mermaid') process.stdout.write(simulateMermaid(loaded.model, report.analysis, report.scenarios[0]!));
    else process.stdout.write(simulateText(report.system, report.scenarios, Boolean(process.stdout.isTTY) && !process.env['NO_COLOR']));
    return report;
  }
}
