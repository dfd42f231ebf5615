import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { builtinRules } from '../engine/builtin.js';
import { loadProjectDeps } from '../cli/project-deps.js';
import { loadSystemFile } from '../model/load.js';
import { analyzeSystem } from '../pipeline.js';
import { mermaidDiagram } from '../report/mermaid.js';

export default class Diagram extends BaseCommand {
  static override summary = 'Draw the system as a Mermaid flowchart: regions, stores coloured by PACELC class, services, calls, findings.';
  static override description =
    'Regions are groups; stores (cylinders, coloured by PACELC class), topics and services are nodes; calls, reads, writes and events are edges; a node with findings has a red border and a count. Paste the output into a ```mermaid block (GitHub renders it) or use --format markdown.';
  static override examples = [
    '<%= config.bin %> diagram examples/ecommerce-checkout.yaml',
    '<%= config.bin %> diagram examples/social-feed.yaml --format markdown > diagram.md',
  ];
  static override enableJsonFlag = true;
  static override args = { file: Args.string({ description: 'system description (YAML)', required: true }) };
  static override flags = {
    format: Flags.string({ char: 'f', options: ['mermaid', 'markdown'], default: 'mermaid', description: 'bare Mermaid, or wrapped in a ```mermaid block' }),
    legend: Flags.boolean({ default: true, allowNo: true, description: 'include the PACELC legend' }),
  };

  async run(): Promise<{ system: string; mermaid: string }> {
    const { args, flags } = await this.parse(Diagram);
    const loaded = loadSystemFile(args.file, await loadProjectDeps());
    const report = analyzeSystem(loaded, builtinRules());
    const mermaid = mermaidDiagram(loaded.model, report, { legend: flags.legend });
    if (!this.jsonEnabled()) process.stdout.write(flags.format === 'markdown' ? `\`\`\`mermaid\n${mermaid}\`\`\`\n` : mermaid);
    return { system: report.system, mermaid };
  }
}
