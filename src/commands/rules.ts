import { Flags } from '@oclif/core';
import { setupLint } from '../engine/lint-setup.js';
import { ruleMeta } from '../report/lint-report.js';
import { formatRuleTable } from '../report/rules.js';
import type { RuleMeta } from '../engine/rule-types.js';
import { BaseCommand } from '../cli/base-command.js';

export default class Rules extends BaseCommand {
  static override summary = 'List the rules, their severities and what each checks.';
  static override description = 'The rules as a lint run here would apply them: the built-in ones, then .archcap.yaml (found upwards from here, or --config), then each --ruleset.';
  static override examples = ['<%= config.bin %> rules', '<%= config.bin %> rules --ruleset team-rules.yaml --json'];
  static override enableJsonFlag = true;
  static override flags = {
    ruleset: Flags.string({ multiple: true, description: 'apply these rulesets first (severity changes, added rules)' }),
    config: Flags.string({ description: 'config file (default: .archcap.yaml found upwards from here)' }),
    'no-config': Flags.boolean({ description: 'ignore .archcap.yaml files' }),
  };

  async run(): Promise<RuleMeta[]> {
    const { flags } = await this.parse(Rules);
    const { rules } = setupLint(
      { noConfig: flags['no-config'], ...(flags.config ? { config: flags.config } : {}), ...(flags.ruleset ? { ruleset: flags.ruleset } : {}) },
      process.cwd(),
    );
    const metas = rules.map(ruleMeta);
    if (!this.jsonEnabled()) process.stdout.write(formatRuleTable(metas, Boolean(process.stdout.isTTY)));
    return metas;
  }
}
