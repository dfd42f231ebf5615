import { Args } from '@oclif/core';
import { builtinRules } from '../engine/builtin.js';
import { UsageError } from '../errors.js';
import { closest } from '../model/validate.js';
import { explainRule } from '../report/rules.js';
import type { Rule } from '../engine/types.js';
import { BaseCommand } from '../cli/base-command.js';

export default class Explain extends BaseCommand {
  static override summary = 'Explain one rule: what it checks, why, an example, references and how to fix it.';
  static override examples = ['<%= config.bin %> explain lock/missing-fencing'];
  static override enableJsonFlag = true;
  static override args = { id: Args.string({ description: 'rule id, e.g. timeout/missing', required: true }) };

  async run(): Promise<Rule> {
    const { args } = await this.parse(Explain);
    const rules = builtinRules();
    const rule = rules.find((r) => r.id === args.id);
    if (!rule) {
      const hint = closest(args.id, rules.map((r) => r.id));
      throw new UsageError(`unknown rule '${args.id}'${hint ? ` (did you mean '${hint}'?)` : ''}; \`archcap rules\` lists them`);
    }
    if (!this.jsonEnabled()) process.stdout.write(explainRule(rule));
    return rule;
  }
}
