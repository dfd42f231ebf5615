import { t as builtinRules } from "../chunks/builtin-DPRasjyD.js";
import { n as failsAt, t as FAIL_ON } from "../chunks/config-BbrXQSKf.js";
import { t as loadProjectDeps } from "../chunks/project-deps-X7a_FZDn.js";
import { o as loadSystemFile } from "../chunks/suppress-BRATUARX.js";
import { t as analyzeSystem } from "../chunks/pipeline-D0GfurdR.js";
import { n as analysisJson, t as analysisText } from "../chunks/analysis-text-CAM5-FfS.js";
import { t as mermaidDiagram } from "../chunks/mermaid-Bjkumhol.js";
import { a as UsageError, s as escapeControl } from "../chunks/errors-BcMCNHWs.js";
import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { n as wrapWidth, t as useColor } from "../chunks/terminal-CfxPihAX.js";
import { Args, Flags } from "@oclif/core";
// dist/recommend/types.js
const TOPICS = [
	"consistency",
	"partitioning",
	"replication",
	"transactions",
	"ordering",
	"failure-handling"
];
// dist/report/analysis-markdown.js
const SEVERITY = {
	error: "🔴 error",
	warning: "🟠 warning",
	info: "🔵 info"
};
const TOPIC_TITLE = {
	consistency: "Consistency",
	partitioning: "Partitioning",
	replication: "Replication",
	transactions: "Transactions",
	ordering: "Ordering",
	"failure-handling": "Failure handling"
};
/** Prose: HTML is shown, not interpreted; line breaks are kept out of single-line contexts. */
const text = (s) => escapeControl(s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, " "));
const cell = (s) => text(s).replace(/\|/g, "\\|");
const code = (s) => `<code>${cell(s)}</code>`;
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function summary(report) {
	const counts = {
		error: 0,
		warning: 0,
		info: 0
	};
	for (const f of report.findings) counts[f.severity] += 1;
	const unmet = report.datasets.filter((d) => !d.satisfied);
	const byTopic = TOPICS.map((t) => [t, report.recommendations.filter((r) => r.topic === t).length]).filter(([, n]) => n > 0);
	const rules = [...new Set(report.findings.filter((f) => f.severity === "error").map((f) => f.ruleId))];
	return [
		"## Summary",
		"",
		`| | |`,
		"|---|---|",
		`| Data stores | ${report.datastores.length} (+ ${plural(report.topics.length, "topic")}) |`,
		`| Data sets | ${report.datasets.length}, ${unmet.length ? `**${unmet.length} not getting the consistency they need**: ${unmet.map((d) => cell(d.name)).join(", ")}` : "all getting the consistency they need"} |`,
		`| Findings | ${SEVERITY.error} ${counts.error} · ${SEVERITY.warning} ${counts.warning} · ${SEVERITY.info} ${counts.info} |`,
		`| Errors from | ${rules.length ? rules.map((r) => `\`${r}\``).join(", ") : "none"} |`,
		`| Recommendations | ${report.recommendations.length}${byTopic.length ? ` (${byTopic.map(([t, n]) => `${TOPIC_TITLE[t].toLowerCase()} ${n}`).join(", ")})` : ""} |`,
		""
	];
}
function stores(report) {
	const all = [...report.datastores, ...report.topics];
	if (all.length === 0) return [];
	const findingsAt = (path) => report.findings.filter((f) => f.path === path || f.path.startsWith(`${path}.`)).length;
	return [
		"## Data stores, as configured",
		"",
		"| store | engine | PACELC | CAP | consistency | on a partition: reads / writes | acked writes lost on failover | findings |",
		"|---|---|---|---|---|---|---|---|",
		...all.map((s) => `| **${cell(s.name)}** | ${cell(s.engine)} | ${s.pacelc} | ${s.cap} | ${s.consistency} | ${cell(s.onPartition.reads)} / ${cell(s.onPartition.writes)} | ${s.onPartition.ackedWritesLostOnFailover ? "**yes**" : "no"} | ${findingsAt(s.path) || ""} |`),
		"",
		"<details><summary>Why each store gets what it gets</summary>",
		"",
		...all.map((s) => `- **${cell(s.name)}**: ${text(s.explanation)}${s.references.length ? ` (${s.references.map(text).join("; ")})` : ""}`),
		"",
		"</details>",
		""
	];
}
function datasets(report) {
	if (report.datasets.length === 0) return [];
	return [
		"## Data sets",
		"",
		"| data set | store | requires | provided | satisfied |",
		"|---|---|---|---|---|",
		...report.datasets.map((d) => `| **${cell(d.name)}** | ${cell(d.store)} | ${d.requires}${d.requiresFrom === "invariants" ? " (from invariants)" : ""} | ${d.provided} | ${d.satisfied ? "✅ yes" : "❌ **no**"} |`),
		"",
		"<details><summary>How each requirement was derived</summary>",
		"",
		...report.datasets.map((d) => `- **${cell(d.name)}**: ${text(d.explanation)}`),
		"",
		"</details>",
		""
	];
}
function findings(report) {
	const out = ["## Findings", ""];
	if (report.findings.length === 0) return [
		...out,
		"None: no rule found a contradiction.",
		""
	];
	out.push("| | line | rule | finding |", "|---|---|---|---|");
	for (const f of report.findings) out.push(`| ${SEVERITY[f.severity]} | ${f.line}:${f.column} | \`${f.ruleId}\` | ${cell(f.message)}${f.fix ? `<br/>*Fix:* ${cell(f.fix)}` : ""} |`);
	return [
		...out,
		"",
		`Run \`archcap explain RULE\` for the rationale and references of a rule.`,
		""
	];
}
function recommendation(r, file) {
	const out = [
		`#### ${text(r.title)}`,
		"",
		`${code(r.targetName ?? r.target)} · ${code(r.id)}`,
		"",
		text(r.recommendation),
		"",
		`**Why.** ${text(r.rationale)}`,
		"",
		`**Trade-offs.** ${text(r.tradeoffs)}`,
		""
	];
	if (r.patterns.length) out.push(`**Starter code.** \`archcap generate ${file} --pattern ${r.patterns.join(",")} --out <dir>\``, "");
	if (r.references.length) out.push("<details><summary>References</summary>", "", ...r.references.map((x) => `- ${text(x)}`), "", "</details>", "");
	return out;
}
function recommendations(report) {
	const out = ["## Recommendations", ""];
	if (report.recommendations.length === 0) return [
		...out,
		"None.",
		""
	];
	for (const topic of TOPICS) {
		const recs = report.recommendations.filter((r) => r.topic === topic);
		if (recs.length) out.push(`### ${TOPIC_TITLE[topic]}`, "", ...recs.flatMap((r) => recommendation(r, report.file)));
	}
	return out;
}
/** `model` adds the Mermaid diagram (GitHub renders ```mermaid blocks). */
function analysisMarkdown(report, model) {
	const out = [
		`# Architecture review: ${text(report.system)}`,
		"",
		`Generated by \`archcap analyze ${report.file} --format markdown\`.`,
		""
	];
	if (model?.description) out.push(`> ${text(model.description)}`, "");
	out.push(...summary(report));
	if (model) out.push("## Diagram", "", "Stores are coloured by PACELC class; a red border marks a component with findings.", "", "```mermaid", mermaidDiagram(model, report).trimEnd(), "```", "");
	out.push(...stores(report), ...datasets(report), ...findings(report), ...recommendations(report));
	return `${out.join("\n").trimEnd()}\n`;
}
// dist/commands/analyze.js
var Analyze = class Analyze extends BaseCommand {
	static summary = "Classify every store and data set by CAP/PACELC, find contradictions, recommend patterns.";
	static description = "The full report for one system description: the consistency model each store really gives as configured (with the settings that decide it and the sources), whether each data set gets what it needs, every finding, and the recommendations.";
	static examples = [
		"<%= config.bin %> analyze examples/payments-ledger.yaml",
		"<%= config.bin %> analyze examples/social-feed.yaml --format json",
		"<%= config.bin %> analyze examples/ecommerce-checkout.yaml --format markdown > review.md"
	];
	static enableJsonFlag = true;
	static args = { file: Args.string({
		description: "system description (YAML)",
		required: true
	}) };
	static flags = {
		format: Flags.string({
			char: "f",
			options: [
				"text",
				"json",
				"markdown"
			],
			description: "report format [default: text]"
		}),
		"fail-on": Flags.string({
			options: [...FAIL_ON],
			default: "never",
			description: "exit 1 when a finding is at or above this severity"
		})
	};
	async run() {
		const { args, flags } = await this.parse(Analyze);
		if (this.jsonEnabled() && flags.format && flags.format !== "json") throw new UsageError(`--json prints the JSON report; it cannot be combined with --format ${flags.format}`);
		const loaded = loadSystemFile(args.file, await loadProjectDeps());
		const report = analyzeSystem(loaded, builtinRules());
		if (report.findings.some((f) => failsAt(f.severity, flags["fail-on"]))) process.exitCode = 1;
		const json = analysisJson(report);
		if (this.jsonEnabled()) return json;
		if (flags.format === "json") process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
		else if (flags.format === "markdown") process.stdout.write(analysisMarkdown(report, loaded.model));
		else process.stdout.write(analysisText(report, useColor(void 0, process.stdout), wrapWidth(process.stdout)));
		return json;
	}
};
export { Analyze as default };
