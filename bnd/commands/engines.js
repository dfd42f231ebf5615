import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { a as projectEngineFiles } from "../chunks/config-BbrXQSKf.js";
import { a as UsageError } from "../chunks/errors-BcMCNHWs.js";
import { l as loadKnowledge } from "../chunks/knowledge-Ds0TRpTO.js";
import { r as useProjectEngines } from "../chunks/deps-BOrXBgQ1.js";
import { t as closest } from "../chunks/validate-CY0BQx8e.js";
import { Args } from "@oclif/core";
// dist/report/engines.js
const isBuiltin = (p, kb) => p.file.startsWith(kb.dir);
function engineSummary(p, kb) {
	return {
		id: p.id,
		name: p.name,
		kind: p.kind,
		project: !isBuiltin(p, kb),
		settings: Object.entries(p.settings).map(([name, s]) => ({
			name,
			type: s.type,
			...s.values ? { values: s.values } : {},
			...s.default !== void 0 ? { default: s.default } : {},
			description: s.description,
			source: s.source
		})),
		sources: Object.values(p.references)
	};
}
function engineList(kb) {
	const engines = [...kb.engines.values()].sort((a, b) => a.id.localeCompare(b.id)).map((p) => engineSummary(p, kb));
	return {
		count: engines.length,
		brokers: engines.filter((e) => e.kind === "log" || e.kind === "queue").length,
		engines
	};
}
const whenText = (rule) => rule.when ? rule.when.map((c) => Object.entries(c).map(([k, m]) => `${k} ${typeof m === "object" ? JSON.stringify(m) : `= ${String(m)}`}`).join(" and ")).join(" or ") : "otherwise";
function engineDetail(p, kb) {
	return {
		...engineSummary(p, kb),
		topology: p.topology,
		replication: p.replication,
		file: p.file,
		rules: p.rules.map((r) => {
			const g = {
				...p.base,
				...r.gives
			};
			return {
				id: r.id,
				when: whenText(r),
				gives: {
					...g,
					pacelc: g.pacelc ?? "PA/EL",
					consistency: g.consistency ?? "eventual"
				}
			};
		}),
		caveats: p.caveats
	};
}
const settingLine = (s) => `${s.name} (${s.values ? s.values.join(" | ") : s.type}${s.default !== void 0 ? `, default ${String(s.default)}` : ""})`;
function formatEngineList(list) {
	const lines = [`${list.count} engine profiles (${list.brokers} brokers and queues)`, ""];
	for (const e of list.engines) {
		lines.push(`${e.id.padEnd(22)} ${e.kind.padEnd(12)} ${e.name}${e.project ? "  [project]" : ""}`);
		lines.push(`  settings: ${e.settings.length ? e.settings.map(settingLine).join("; ") : "none"}`);
		lines.push(`  sources: ${e.sources.length}`);
	}
	lines.push("", "Show one with `archcap engines NAME`; an engine without a profile can be declared with `engine: custom`.");
	return `${lines.join("\n")}\n`;
}
function formatEngineDetail(d) {
	const lines = [
		`${d.name} (${d.id}) - ${d.kind}, ${d.topology}, ${d.replication} replication${d.project ? " [project profile]" : ""}`,
		`file: ${d.file}`,
		"",
		"Settings:"
	];
	if (d.settings.length === 0) lines.push("  none");
	for (const s of d.settings) lines.push(`  ${settingLine(s)}`, `    ${s.description}`, `    source: ${s.source}`);
	lines.push("", "Classification (first matching rule decides):");
	for (const r of d.rules) {
		const m = r.gives.messaging ? `, ${r.gives.messaging.delivery}, ordering ${r.gives.messaging.ordering}${r.gives.messaging.dedupWindow ? `, dedup window ${r.gives.messaging.dedupWindow}` : ""}` : "";
		lines.push(`  ${r.id}: when ${r.when} -> ${r.gives.pacelc}, ${r.gives.consistency}${m}`);
	}
	lines.push("", "Sources:", ...d.sources.map((s) => `  - ${s}`));
	if (d.caveats.length) lines.push("", "Caveats:", ...d.caveats.map((c) => `  - ${c.text}${c.versions ? ` (${c.versions})` : ""} [${c.source}]`));
	return `${lines.join("\n")}\n`;
}
// dist/commands/engines.js
var Engines = class Engines extends BaseCommand {
	static summary = "List the engine profiles (with their settings and sources), or show one.";
	static description = "Every engine a system description may name: built-in profiles and the project's own (`engines:` in .archcap.yaml). With NAME, one profile: its settings with defaults and meaning, the classification rules in order, sources and caveats.";
	static examples = [
		"<%= config.bin %> engines",
		"<%= config.bin %> engines sqs",
		"<%= config.bin %> engines kafka --json"
	];
	static enableJsonFlag = true;
	static args = { name: Args.string({
		description: "engine id (e.g. rabbitmq)",
		required: false
	}) };
	async run() {
		const { args } = await this.parse(Engines);
		useProjectEngines(projectEngineFiles(process.cwd()));
		const kb = loadKnowledge();
		if (args.name === void 0) {
			const list = engineList(kb);
			if (!this.jsonEnabled()) process.stdout.write(formatEngineList(list));
			return list;
		}
		const profile = kb.engines.get(args.name);
		if (!profile) {
			const hint = closest(args.name, [...kb.engines.keys()]);
			throw new UsageError(`unknown engine '${args.name}'${hint ? ` (did you mean '${hint}'?)` : ""}; \`archcap engines\` lists them, and \`engine: custom\` declares one without a profile`);
		}
		const detail = engineDetail(profile, kb);
		if (!this.jsonEnabled()) process.stdout.write(formatEngineDetail(detail));
		return detail;
	}
};
export { Engines as default };
