import { n as ruleMeta, r as setupLint } from "../chunks/lint-report-GT6Tocpd.js";
import { n as formatRuleTable } from "../chunks/rules-RrtVMskP.js";
import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { Flags } from "@oclif/core";
// dist/commands/rules.js
var Rules = class Rules extends BaseCommand {
	static summary = "List the rules, their severities and what each checks.";
	static description = "The rules as a lint run here would apply them: the built-in ones, then .archcap.yaml (found upwards from here, or --config), then each --ruleset.";
	static examples = ["<%= config.bin %> rules", "<%= config.bin %> rules --ruleset team-rules.yaml --json"];
	static enableJsonFlag = true;
	static flags = {
		ruleset: Flags.string({
			multiple: true,
			description: "apply these rulesets first (severity changes, added rules)"
		}),
		config: Flags.string({ description: "config file (default: .archcap.yaml found upwards from here)" }),
		"no-config": Flags.boolean({ description: "ignore .archcap.yaml files" })
	};
	async run() {
		const { flags } = await this.parse(Rules);
		const { rules } = setupLint({
			noConfig: flags["no-config"],
			...flags.config ? { config: flags.config } : {},
			...flags.ruleset ? { ruleset: flags.ruleset } : {}
		}, process.cwd());
		const metas = rules.map(ruleMeta);
		if (!this.jsonEnabled()) process.stdout.write(formatRuleTable(metas, Boolean(process.stdout.isTTY)));
		return metas;
	}
};
export { Rules as default };
