import { t as builtinRules } from "../chunks/builtin-DPRasjyD.js";
import { a as UsageError } from "../chunks/errors-BcMCNHWs.js";
import { t as closest } from "../chunks/validate-CY0BQx8e.js";
import { t as explainRule } from "../chunks/rules-RrtVMskP.js";
import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { Args } from "@oclif/core";
// dist/commands/explain.js
var Explain = class Explain extends BaseCommand {
	static summary = "Explain one rule: what it checks, why, an example, references and how to fix it.";
	static examples = ["<%= config.bin %> explain lock/missing-fencing"];
	static enableJsonFlag = true;
	static args = { id: Args.string({
		description: "rule id, e.g. timeout/missing",
		required: true
	}) };
	async run() {
		const { args } = await this.parse(Explain);
		const rules = builtinRules();
		const rule = rules.find((r) => r.id === args.id);
		if (!rule) {
			const hint = closest(args.id, rules.map((r) => r.id));
			throw new UsageError(`unknown rule '${args.id}'${hint ? ` (did you mean '${hint}'?)` : ""}; \`archcap rules\` lists them`);
		}
		if (!this.jsonEnabled()) process.stdout.write(explainRule(rule));
		return rule;
	}
};
export { Explain as default };
