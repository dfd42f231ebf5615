import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { t as builtinRules } from "../chunks/builtin-DPRasjyD.js";
import { t as loadProjectDeps } from "../chunks/project-deps-X7a_FZDn.js";
import { o as loadSystemFile } from "../chunks/suppress-BRATUARX.js";
import { t as analyzeSystem } from "../chunks/pipeline-D0GfurdR.js";
import { t as mermaidDiagram } from "../chunks/mermaid-Bjkumhol.js";
import { Args, Flags } from "@oclif/core";
// dist/commands/diagram.js
var Diagram = class Diagram extends BaseCommand {
	static summary = "Draw the system as a Mermaid flowchart: regions, stores coloured by PACELC class, services, calls, findings.";
	static description = "Regions are groups; stores (cylinders, coloured by PACELC class), topics and services are nodes; calls, reads, writes and events are edges; a node with findings has a red border and a count. Paste the output into a ```mermaid block (GitHub renders it) or use --format markdown.";
	static examples = ["<%= config.bin %> diagram examples/ecommerce-checkout.yaml", "<%= config.bin %> diagram examples/social-feed.yaml --format markdown > diagram.md"];
	static enableJsonFlag = true;
	static args = { file: Args.string({
		description: "system description (YAML)",
		required: true
	}) };
	static flags = {
		format: Flags.string({
			char: "f",
			options: ["mermaid", "markdown"],
			default: "mermaid",
			description: "bare Mermaid, or wrapped in a ```mermaid block"
		}),
		legend: Flags.boolean({
			default: true,
			allowNo: true,
			description: "include the PACELC legend"
		})
	};
	async run() {
		const { args, flags } = await this.parse(Diagram);
		const loaded = loadSystemFile(args.file, await loadProjectDeps());
		const report = analyzeSystem(loaded, builtinRules());
		const mermaid = mermaidDiagram(loaded.model, report, { legend: flags.legend });
		if (!this.jsonEnabled()) process.stdout.write(flags.format === "markdown" ? `\`\`\`mermaid\n${mermaid}\`\`\`\n` : mermaid);
		return {
			system: report.system,
			mermaid
		};
	}
};
export { Diagram as default };
