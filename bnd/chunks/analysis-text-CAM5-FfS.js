import { s as escapeControl } from "./errors-BcMCNHWs.js";
import { t as textTable } from "./text-table-BMkyjg9V.js";
// dist/report/analysis-json.js
function analysisJson(report) {
	return {
		system: report.system,
		datastores: report.datastores.map((s) => ({
			name: s.name,
			engine: s.engine,
			path: s.path,
			pacelc: s.pacelc,
			cap: s.cap,
			consistency: s.consistency,
			models: s.models,
			onPartition: s.onPartition,
			explanation: s.explanation,
			references: s.references,
			caveats: s.caveats
		})),
		topics: report.topics.map((t) => ({
			name: t.name,
			engine: t.engine,
			path: t.path,
			pacelc: t.pacelc,
			cap: t.cap,
			consistency: t.consistency,
			onPartition: t.onPartition,
			explanation: t.explanation,
			references: t.references
		})),
		datasets: report.datasets.map((d) => ({
			name: d.name,
			path: d.path,
			store: d.store,
			requires: d.requires,
			requiresFrom: d.requiresFrom,
			provided: d.provided,
			satisfied: d.satisfied,
			explanation: d.explanation,
			...d.decidedBy ? { decidedBy: d.decidedBy } : {},
			...d.rule ? {
				rule: d.rule,
				storeRule: d.storeRule
			} : {},
			...d.models ? { models: d.models } : {},
			...d.accessSettings ? { accessSettings: d.accessSettings } : {},
			...d.readRegions ? {
				readRegions: d.readRegions,
				writeRegions: d.writeRegions
			} : {},
			...d.weakness ? {
				weakness: d.weakness,
				weakAt: d.weakAt
			} : {}
		})),
		findings: report.findings.map((f) => ({
			ruleId: f.ruleId,
			severity: f.severity,
			message: f.message,
			file: f.file,
			line: f.line,
			column: f.column,
			path: f.path,
			references: f.references,
			...f.related?.length ? { related: f.related } : {},
			...f.fingerprint ? { fingerprint: f.fingerprint } : {}
		})),
		recommendations: report.recommendations.map((r) => ({
			id: r.id,
			topic: r.topic,
			target: r.target,
			targetName: r.targetName ?? r.target,
			title: r.title,
			recommendation: r.recommendation,
			rationale: r.rationale,
			tradeoffs: r.tradeoffs,
			references: r.references,
			patterns: r.patterns,
			...r.patternInputs ? { patternInputs: r.patternInputs } : {},
			...r.changes ? { changes: r.changes } : {},
			...r.callPlan ? { callPlan: r.callPlan } : {}
		}))
	};
}
// dist/report/analysis-text.js
const SEV = {
	error: "\x1B[31m",
	warning: "\x1B[33m",
	info: "\x1B[34m"
};
const RESET = "\x1B[0m";
const BOLD = (s, c) => c ? `\u001b[1m${s}\u001b[22m` : s;
function wrapAt(text, indent, width) {
	const out = [];
	let line = "";
	for (const word of text.replace(/\s+/g, " ").trim().split(" ")) if (line && indent.length + line.length + word.length + 1 > width) {
		out.push(indent + line);
		line = word;
	} else line = line ? `${line} ${word}` : word;
	if (line) out.push(indent + line);
	return out;
}
/** Columns a line may take: the terminal's width when there is one, else 100 (the report as files and pipes get it). */
const DEFAULT_WIDTH = 100;
const partition = (s) => `${s.onPartition.reads} / ${s.onPartition.writes}`;
const lost = (s) => s.onPartition.ackedWritesLostOnFailover ? "yes" : "no";
/** The stores table; on a terminal too narrow for it, partition behaviour moves from the table into each store's note. */
function storeLines(stores, width) {
	const full = textTable([
		"store",
		"engine",
		"PACELC",
		"CAP",
		"consistency",
		"partition: reads / writes",
		"acked writes lost on failover"
	], stores.map((s) => [
		s.name,
		s.engine,
		s.pacelc,
		s.cap,
		s.consistency,
		partition(s),
		lost(s)
	]));
	const fits = width === void 0 || full.every((l) => [...l].length <= width);
	const table = fits ? full : textTable([
		"store",
		"engine",
		"PACELC",
		"CAP",
		"consistency"
	], stores.map((s) => [
		s.name,
		s.engine,
		s.pacelc,
		s.cap,
		s.consistency
	]));
	const notes = stores.flatMap((s) => wrapAt(`${s.name}: ${fits ? "" : `on partition, reads / writes: ${partition(s)}; acked writes lost on failover: ${lost(s)}. `}${s.explanation}`, "  ", width ?? DEFAULT_WIDTH));
	return [...table, ...notes];
}
/** `width`: the terminal's columns (tables and prose fit them); undefined when piped. */
function analysisText(report, color, width) {
	const wrap = (text, indent) => wrapAt(text, indent, width ?? DEFAULT_WIDTH);
	const out = [BOLD(escapeControl(`${report.system} — ${report.file}`), color), ""];
	if (report.datastores.length || report.topics.length) {
		out.push(BOLD("Data stores, as configured", color));
		out.push(...storeLines([...report.datastores, ...report.topics], width));
		out.push("");
	}
	if (report.datasets.length) {
		out.push(BOLD("Data sets", color));
		const decided = (d) => (d.decidedBy ?? "store").replace(/-/g, " ");
		const requires = (d) => `${d.requires}${d.requiresFrom === "invariants" ? " (from invariants)" : ""}`;
		const full = textTable([
			"data set",
			"store",
			"requires",
			"provided",
			"decided by",
			"ok"
		], report.datasets.map((d) => [
			d.name,
			d.store,
			requires(d),
			d.provided,
			decided(d),
			d.satisfied ? "yes" : "NO"
		]));
		const fits = width === void 0 || full.every((l) => [...l].length <= width);
		out.push(...fits ? full : textTable([
			"data set",
			"store",
			"requires",
			"provided",
			"ok"
		], report.datasets.map((d) => [
			d.name,
			d.store,
			requires(d),
			d.provided,
			d.satisfied ? "yes" : "NO"
		])));
		for (const d of report.datasets) out.push(...wrap(`${d.name}: ${fits ? "" : `decided by ${decided(d)}. `}${d.explanation}`, "  "));
		out.push("");
	}
	const counts = {
		error: 0,
		warning: 0,
		info: 0
	};
	for (const f of report.findings) counts[f.severity] += 1;
	out.push(BOLD(`Findings (${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos)`, color));
	if (report.findings.length === 0) out.push("  none");
	for (const f of report.findings) {
		const sev = color ? `${SEV[f.severity] ?? ""}${f.severity}${RESET}` : f.severity;
		out.push(`  ${f.line}:${f.column}  ${sev}  ${f.ruleId}`);
		out.push(...wrap(f.message, "      "));
	}
	out.push("");
	out.push(BOLD(`Recommendations (${report.recommendations.length})`, color));
	if (report.recommendations.length === 0) out.push("  none");
	for (const r of report.recommendations) {
		out.push(...wrap(`[${r.topic}] ${r.targetName ?? r.target}`, "  "));
		out.push(...wrap(r.recommendation, "      "));
		if (r.patterns.length) out.push(`      patterns: ${r.patterns.join(", ")} (archcap generate)`);
	}
	return `${out.join("\n")}\n`;
}
export { analysisJson as n, analysisText as t };
