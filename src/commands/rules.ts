import { Flags } from '@oclif/core';
import { builtinRules } from '../engine/builtin.js';
import { applyRuleset, readYamlDocument } from '../engine/ruleset.js';
import { ruleMeta } from '../report/lint-report.js';
import { formatRuleTable } from '../report/rules.js';
import type { RuleMeta } from '../engine/rule-types.js';
import { BaseCommand } from '../cli/base-command.js';

export default class Rules extends BaseCommand {
  static override summary = 'List the rules, their severities and what each checks.';
  static override examples = ['<%= config.bin %> rules', '<%= config.bin %> rules --ruleset team-rules.yaml --json'];
  static override enableJsonFlag = true;
  static override flags = {
    ruleset: Flags.string({ multiple: true, description: 'apply these rulesets first (severity changes, added rules)' }),
  };

  async run(): Promise<RuleMeta[]> {
    const { flags } = await this.parse(Rules);
    let rules = builtinRules();
    for (const file of flags.ruleset ?? []) rules = applyRuleset(rules, readYamlDocument(file));
    const metas = rules.map(ruleMeta);
    if (!this.jsonEnabled()) process.stdout.write(formatRuleTable(metas, Boolean(process.stdout.isTTY)));
    return metas;
  }
}
