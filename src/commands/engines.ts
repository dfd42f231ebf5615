import { Args } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { projectEngineFiles } from '../engine/config.js';
import { UsageError } from '../errors.js';
import { loadKnowledge } from '../knowledge/index.js';
import { useProjectEngines } from '../model/deps.js';
import { closest } from '../model/validate.js';
import { engineDetail, engineList, formatEngineDetail, formatEngineList, type EngineDetail, type EngineList } from '../report/engines.js';

export default class Engines extends BaseCommand {
  static override summary = 'List the engine profiles (with their settings and sources), or show one.';
  static override description =
    "Every engine a system description may name: built-in profiles and the project's own (`engines:` in .archcap.yaml). With NAME, one profile: its settings with defaults and meaning, the classification rules in order, sources and caveats.";
  static override examples = ['<%= config.bin %> engines', '<%= config.bin %> engines sqs', '<%= config.bin %> engines kafka --json'];
  static override enableJsonFlag = true;
  static override args = { name: Args.string({ description: 'engine id (e.g. rabbitmq)', required: false }) };

  async run(): Promise<EngineList | EngineDetail> {
    const { args } = await this.parse(Engines);
    useProjectEngines(projectEngineFiles(process.cwd()));
    const kb = loadKnowledge();
    if (args.name === undefined) {
      const list = engineList(kb);
      if (!this.jsonEnabled()) process.stdout.write(formatEngineList(list));
      return list;
    }
    const profile = kb.engines.get(args.name);
    if (!profile) {
      const hint = closest(args.name, [...kb.engines.keys()]);
      throw new UsageError(`unknown engine '${args.name}'${hint ? ` (did you mean '${hint}'?)` : ''}; \`archcap engines\` lists them, and \`engine: custom\` declares one without a profile`);
    }
    const detail = engineDetail(profile, kb);
    if (!this.jsonEnabled()) process.stdout.write(formatEngineDetail(detail));
    return detail;
  }
}
