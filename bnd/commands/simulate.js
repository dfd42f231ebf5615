import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { t as builtinRules } from "../chunks/builtin-DPRasjyD.js";
import { a as UsageError } from "../chunks/errors-BcMCNHWs.js";
import { t as loadDeps } from "../chunks/deps-BOrXBgQ1.js";
import { o as loadSystemFile } from "../chunks/suppress-BRATUARX.js";
import { a as scenarioMatrix, b as classifySystem, c as formatDuration, o as simulate, s as parseFailure } from "../chunks/rule-file-JQenpjRl.js";
import { l as loadKnowledge } from "../chunks/knowledge-Ds0TRpTO.js";
import { t as analyzeSystem } from "../chunks/pipeline-D0GfurdR.js";
import { t as textTable } from "../chunks/text-table-BMkyjg9V.js";
import { n as diagramGraph, r as mermaidText, t as mermaidDiagram } from "../chunks/mermaid-Bjkumhol.js";
import { Args, Flags } from "@oclif/core";
// dist/simulate.js
/**
* The simulate pipeline: load → validate → normalise (the caller) → analyse → simulate
* each scenario. Pure from the loaded system on.
*/
/** `scenarios`: lists of failure texts (one list per scenario), or 'all' for the matrix. */
function runScenarios(loaded, rules, scenarios) {
	const { model } = loaded;
	const kb = loadKnowledge();
	const failureSets = scenarios === "all" ? scenarioMatrix(model) : scenarios.map((s) => s.map((spec) => parseFailure(spec, model)));
	const classification = classifySystem(model, kb);
	const analysis = scenarios === "all" ? {
		datastores: [...classification.stores.values()],
		topics: [...classification.topics.values()],
		findings: []
	} : analyzeSystem(loaded, rules);
	const results = failureSets.map((f) => simulate(model, classification, kb, f));
	const report = {
		system: model.name,
		file: loaded.file,
		scenarios: results,
		analysis
	};
	Object.defineProperty(report, "analysis", { enumerable: false });
	return report;
}
// dist/report/simulate-text.js
const COLOURS = {
	met: "32",
	up: "32",
	available: "32",
	ok: "32",
	yes: "32",
	degraded: "33",
	stale: "33",
	deg: "33",
	violated: "31",
	down: "31",
	unavailable: "31",
	VIOL: "31",
	DOWN: "31",
	STUCK: "31",
	LOST: "31"
};
function paint(line, color) {
	if (!color) return line;
	return line.replace(/\b(met|up|available|ok|degraded|stale|deg|violated|down|unavailable|VIOL|DOWN|STUCK|LOST)\b/g, (w) => `\u001b[${COLOURS[w]}m${w}\u001b[39m`);
}
const bold = (s, color) => color ? `\u001b[1m${s}\u001b[22m` : s;
const estimateText = (e) => e.ms === null ? "no bound" : e.ms === 0 ? "0" : formatDuration(e.ms);
function sidesText(s) {
	return s.sides.map((x) => `${x.regions.join("+")}: ${x.reads}/${x.writes}${x.afterFailover ? " (after failover)" : ""}`).join("; ") || "nothing left";
}
function detail(r, color) {
	const out = [];
	const stores = [...r.stores, ...r.topics].filter((s) => s.affected);
	out.push(bold("Stores and topics affected (reads/writes per side)", color));
	if (stores.length === 0) out.push("  none");
	else {
		out.push(...textTable([
			"store",
			"per side",
			"acked writes lost",
			"RPO",
			"RTO"
		], stores.map((s) => [
			s.name,
			sidesText(s),
			s.ackedWritesLost ? "LOST" : "no",
			estimateText(s.rpo),
			estimateText(s.rto)
		])).map((l) => paint(l, color)));
		for (const s of stores) out.push(`  ${s.name}: ${[
			...s.reasons,
			`RTO: ${s.rto.basis}`,
			...s.ackedWritesLost ? [`RPO: ${s.rpo.basis}`] : []
		].join("; ")}`);
	}
	const why = (name, reasons) => reasons.length ? [`  ${name}: ${reasons.join("; ")}`] : [];
	out.push("", bold("Data sets", color));
	out.push(...textTable([
		"data set",
		"store",
		"requires",
		"state"
	], r.datasets.map((d) => [
		d.name,
		d.store,
		d.requires,
		d.state
	])).map((l) => paint(l, color)));
	for (const d of r.datasets) if (d.state !== "met") out.push(...why(d.name, d.reasons));
	out.push("", bold("Services", color));
	out.push(...textTable([
		"service",
		"state",
		"serves fully in",
		"callers"
	], r.services.map((s) => [
		s.name,
		s.state,
		s.servingRegions.join(", ") || "-",
		s.failureMode ?? "-"
	])).map((l) => paint(l, color)));
	for (const s of r.services) if (s.state !== "up") out.push(...why(s.name, s.reasons));
	if (r.workflows.length) {
		out.push("", bold("Workflows", color));
		out.push(...textTable([
			"workflow",
			"can start",
			"can complete",
			"stuck at",
			"compensates"
		], r.workflows.map((w) => [
			w.name,
			w.canStart ? "yes" : "STUCK",
			w.canComplete ? "yes" : "STUCK",
			w.stuckAt ?? "-",
			w.compensates.join(", ") || "-"
		])).map((l) => paint(l, color)));
		for (const w of r.workflows) out.push(...why(w.name, w.reasons));
	}
	if (r.messaging.length) {
		out.push("", bold("Topics", color));
		out.push(...textTable([
			"topic",
			"publish",
			"consume",
			"order kept"
		], r.messaging.map((t) => [
			t.name,
			t.canPublish ? "yes" : "DOWN",
			t.canConsume ? "yes" : "DOWN",
			t.orderKept ? "yes" : "LOST"
		])).map((l) => paint(l, color)));
		for (const t of r.messaging) if (!t.canPublish || !t.canConsume || !t.orderKept) out.push(...why(t.name, t.reasons));
	}
	return out;
}
const CELL = {
	met: "ok",
	degraded: "deg",
	violated: "VIOL",
	up: "ok",
	down: "DOWN"
};
function matrix(results, color) {
	const ids = results.map((_, i) => `S${i + 1}`);
	const out = [bold("Scenarios", color), ...textTable([
		"id",
		"scenario",
		"data sets violated",
		"degraded",
		"services down",
		"workflows stuck",
		"stores losing acked writes"
	], results.map((r, i) => [
		ids[i],
		r.id,
		String(r.datasets.filter((d) => d.state === "violated").length),
		String(r.datasets.filter((d) => d.state === "degraded").length),
		String(r.services.filter((s) => s.state === "down").length),
		String(r.workflows.filter((w) => !w.canComplete).length),
		r.stores.filter((s) => s.ackedWritesLost).map((s) => s.name).join(", ") || "-"
	]), [
		"left",
		"left",
		"right",
		"right",
		"right",
		"right"
	])];
	const grid = (title, names, state) => {
		if (names.length === 0) return;
		out.push("", bold(title, color), ...textTable([title === "Data sets" ? "data set" : "service", ...ids], names.map((n) => [n, ...results.map((r) => CELL[state(r, n)] ?? "?")])).map((l) => paint(l, color)));
	};
	const first = results[0];
	const datasetState = new Map(results.map((r) => [r, new Map(r.datasets.map((d) => [d.name, d.state]))]));
	const serviceState = new Map(results.map((r) => [r, new Map(r.services.map((s) => [s.name, s.state]))]));
	grid("Data sets", first?.datasets.map((d) => d.name) ?? [], (r, n) => datasetState.get(r)?.get(n) ?? "met");
	const services = (first?.services ?? []).map((s) => s.name).filter((n) => results.some((r) => serviceState.get(r)?.get(n) !== "up"));
	grid("Services", services, (r, n) => serviceState.get(r)?.get(n) ?? "up");
	if (first && services.length < first.services.length) out.push(`(${first.services.length - services.length} services stay up in every scenario)`);
	out.push("", "ok: met / up   deg: degraded   VIOL: requirement violated   DOWN: not serving. `--fail SCENARIO` shows one scenario with its reasons.");
	return out;
}
function simulateText(system, results, color) {
	const out = [];
	if (results.length === 1) out.push(bold(`${system} — scenario: ${results[0].id}`, color), "", ...detail(results[0], color));
	else out.push(bold(`${system} — ${results.length} scenarios`, color), "", ...matrix(results, color));
	return `${out.join("\n")}\n`;
}
// dist/report/simulate-markdown.js
const MARK = {
	met: "✅",
	up: "✅",
	degraded: "⚠️",
	violated: "❌",
	down: "❌"
};
/** Escape text for a Markdown table cell. */
const cell = (s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\|/g, "\\|").replace(/([*_`<>[\]])/g, "\\$1");
function table(headers, rows) {
	return [
		`| ${headers.join(" | ")} |`,
		`|${headers.map(() => " --- ").join("|")}|`,
		...rows.map((r) => `| ${r.join(" | ")} |`)
	];
}
function one(r) {
	const out = [`### Scenario \`${cell(r.id)}\``, ""];
	const stores = [...r.stores, ...r.topics].filter((s) => s.affected);
	if (stores.length) out.push(...table([
		"store",
		"per side (reads / writes)",
		"acked writes lost",
		"RPO",
		"RTO",
		"why"
	], stores.map((s) => [
		cell(s.name),
		cell(s.sides.map((x) => `${x.regions.join("+")}: ${x.reads} / ${x.writes}`).join("; ")),
		s.ackedWritesLost ? "❌ yes" : "no",
		estimateText(s.rpo),
		estimateText(s.rto),
		cell([...s.reasons, s.rto.basis].join("; "))
	])), "");
	out.push(...table([
		"data set",
		"requires",
		"state",
		"why"
	], r.datasets.map((d) => [
		cell(d.name),
		d.requires,
		`${MARK[d.state]} ${d.state}`,
		cell(d.reasons.join("; ") || "-")
	])), "");
	out.push(...table([
		"service",
		"state",
		"why"
	], r.services.map((s) => [
		cell(s.name),
		`${MARK[s.state]} ${s.state}`,
		cell(s.reasons.join("; ") || "-")
	])), "");
	if (r.workflows.length) out.push(...table([
		"workflow",
		"completes",
		"stuck at",
		"why"
	], r.workflows.map((w) => [
		cell(w.name),
		w.canComplete ? "✅" : "❌",
		cell(w.stuckAt ?? "-"),
		cell(w.reasons.join("; ") || "-")
	])), "");
	return out;
}
function simulateMarkdown(system, results) {
	const out = [`## archcap simulate — ${cell(system)}`, ""];
	if (results.length === 1) return `${[...out, ...one(results[0])].join("\n")}\n`;
	const ids = results.map((_, i) => `S${i + 1}`);
	out.push(...table([
		"id",
		"scenario",
		"violated",
		"degraded",
		"services down",
		"workflows stuck"
	], results.map((r, i) => [
		ids[i],
		`\`${cell(r.id)}\``,
		String(r.datasets.filter((d) => d.state === "violated").length),
		String(r.datasets.filter((d) => d.state === "degraded").length),
		String(r.services.filter((s) => s.state === "down").length),
		String(r.workflows.filter((w) => !w.canComplete).length)
	])), "");
	const first = results[0];
	const datasetState = new Map(results.map((r) => [r, new Map(r.datasets.map((d) => [d.name, d.state]))]));
	const serviceState = new Map(results.map((r) => [r, new Map(r.services.map((s) => [s.name, s.state]))]));
	if (first?.datasets.length) out.push(...table(["data set", ...ids], first.datasets.map((d) => [cell(d.name), ...results.map((r) => MARK[datasetState.get(r)?.get(d.name) ?? "met"] ?? "")])), "");
	const services = (first?.services ?? []).filter((s) => results.some((r) => serviceState.get(r)?.get(s.name) !== "up"));
	if (services.length) out.push(...table(["service", ...ids], services.map((s) => [cell(s.name), ...results.map((r) => MARK[serviceState.get(r)?.get(s.name) ?? "up"] ?? "")])), "");
	out.push("✅ met / up · ⚠️ degraded · ❌ violated / down");
	return `${out.join("\n")}\n`;
}
// dist/report/simulate-mermaid.js
/** Okabe–Ito-derived fills that stay apart for colour-blind readers; the border width also differs. */
const STYLE = {
	ok: "fill:#cfe8df,stroke:#009e73,color:#00281d",
	degraded: "fill:#fde9c4,stroke:#e69f00,color:#3a2a00,stroke-width:3px,stroke-dasharray:6 3",
	down: "fill:#f4c7c3,stroke:#d55e00,color:#3a0b00,stroke-width:4px"
};
function storeState(e) {
	if (!e || !e.affected) return "ok";
	if (e.sides.filter((s) => s.writes !== "unavailable" || s.reads !== "unavailable").length === 0) return "down";
	return e.sides.every((s) => s.writes === "available" && s.reads === "available") && !e.ackedWritesLost && !e.splitBrain ? "ok" : "degraded";
}
function simulateMermaid(model, report, result) {
	const base = mermaidDiagram(model, {
		...report,
		findings: []
	}, { legend: false });
	const { nodes } = diagramGraph(model, {
		...report,
		findings: []
	});
	const stores = new Map(result.stores.map((s) => [s.name, s]));
	const topics = new Map(result.topics.map((s) => [s.name, s]));
	const services = new Map(result.services.map((s) => [s.name, s]));
	const lines = [];
	const counts = {
		ok: 0,
		degraded: 0,
		down: 0
	};
	for (const n of nodes) {
		const state = n.kind === "store" ? storeState(stores.get(n.name)) : n.kind === "topic" ? storeState(topics.get(n.name)) : {
			up: "ok",
			degraded: "degraded",
			down: "down"
		}[services.get(n.name)?.state ?? "up"];
		counts[state] += 1;
		lines.push(`  style ${n.id} ${STYLE[state]}`);
	}
	lines.push(`  subgraph scenario["scenario: ${mermaidText(result.id)}"]`);
	for (const state of [
		"ok",
		"degraded",
		"down"
	]) lines.push(`    state_${state}["${state === "ok" ? "serves" : state} (${counts[state]})"]`);
	lines.push("  end");
	for (const state of [
		"ok",
		"degraded",
		"down"
	]) lines.push(`  style state_${state} ${STYLE[state]}`);
	return `${base}${lines.join("\n")}\n`;
}
// dist/commands/simulate.js
var Simulate = class Simulate extends BaseCommand {
	static summary = "What each failure does to this system: stores, data sets, services, workflows and topics, scenario by scenario.";
	static description = "Simulates failures offline from the description and the knowledge base: on each side of a partition, which stores serve reads and writes (fresh or stale), whether acknowledged writes are lost (RPO) and how long recovery takes (RTO, from the failover mode and the engine's documented failover time); whether each data set's requirement is met, degraded or violated; which services are up, degraded or down along the call graph; which workflows get stuck and what sagas compensate; which topics take and deliver messages. Several --fail make one scenario; --all (the default without --fail) runs every single zone, region and region-cut failure the placement admits.\n\nFailures: region=REGION, zone=REGION/N, partition=REGION,…|REGION,… (unnamed regions join the second group), node=STORE|SERVICE (one node; a store loses its leader), failover=STORE, skew=REGION:DURATION, down=SERVICE.";
	static examples = [
		"<%= config.bin %> simulate examples/ecommerce-checkout.yaml",
		"<%= config.bin %> simulate examples/payments-ledger.yaml --fail region=aws:us-east-1",
		"<%= config.bin %> simulate examples/social-feed.yaml --fail \"partition=gcp:us-east4|gcp:europe-west1\" --format markdown",
		"<%= config.bin %> simulate examples/ecommerce-checkout.yaml --fail zone=aws:us-east-1/1 --format mermaid"
	];
	static enableJsonFlag = true;
	static args = { file: Args.string({
		description: "system description (YAML)",
		required: true
	}) };
	static flags = {
		fail: Flags.string({
			char: "x",
			multiple: true,
			description: "a failure; repeat to combine failures into one scenario"
		}),
		all: Flags.boolean({
			default: false,
			description: "every single zone, region and region-cut failure (the default without --fail)"
		}),
		format: Flags.string({
			char: "f",
			options: [
				"text",
				"json",
				"markdown",
				"mermaid"
			],
			default: "text",
			description: "report format (mermaid draws one --fail scenario)"
		}),
		"fail-on": Flags.string({
			options: [
				"violated",
				"degraded",
				"never"
			],
			default: "never",
			description: "exit 1 when a data set requirement is at least this bad in some scenario"
		})
	};
	async run() {
		const { args, flags } = await this.parse(Simulate);
		if (flags.all && flags.fail?.length) throw new UsageError("give --fail for one scenario or --all for the matrix, not both");
		if (flags.format === "mermaid" && !flags.fail?.length) throw new UsageError("--format mermaid draws one scenario: name it with --fail");
		const loaded = loadSystemFile(args.file, await loadDeps());
		const report = runScenarios(loaded, builtinRules(), flags.fail?.length ? [flags.fail] : "all");
		const failing = report.scenarios.some((s) => s.datasets.some((d) => d.state === "violated" || flags["fail-on"] === "degraded" && d.state === "degraded"));
		if (flags["fail-on"] !== "never" && failing) process.exitCode = 1;
		if (this.jsonEnabled()) return report;
		if (flags.format === "json") process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
		else if (flags.format === "markdown") process.stdout.write(simulateMarkdown(report.system, report.scenarios));
		else if (flags.format === "mermaid") process.stdout.write(simulateMermaid(loaded.model, report.analysis, report.scenarios[0]));
		else process.stdout.write(simulateText(report.system, report.scenarios, Boolean(process.stdout.isTTY) && !process.env["NO_COLOR"]));
		return report;
	}
};
export { Simulate as default };
