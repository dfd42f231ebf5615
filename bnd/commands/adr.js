import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { r as findConfig } from "../chunks/config-BbrXQSKf.js";
import { c as relativePath, f as findProjectRoot } from "../chunks/shared-BsAtgjtW.js";
import { t as builtinRules } from "../chunks/builtin-DPRasjyD.js";
import { a as UsageError } from "../chunks/errors-BcMCNHWs.js";
import { t as loadProjectDeps } from "../chunks/project-deps-X7a_FZDn.js";
import { o as loadSystemFile } from "../chunks/suppress-BRATUARX.js";
import { t as analyzeSystem } from "../chunks/pipeline-D0GfurdR.js";
import { n as writeFileSafely } from "../chunks/generate-DKcvjrqi.js";
import { Args, Flags } from "@oclif/core";
import { join, resolve } from "node:path";
import { existsSync, lstatSync, readFileSync, readdirSync, statSync } from "node:fs";
// dist/generate/adr-existing.js
/** The ADR folder as it is: numbered Markdown files and their text (read only; the plan is pure and lives in src/report, writing goes through write.ts). */
function readAdrFolder(dir) {
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
	return readdirSync(dir).filter((name) => /^\d{4,}-.*\.md$/.test(name) && lstatSync(join(dir, name)).isFile()).sort().map((name) => ({
		name,
		content: readFileSync(join(dir, name), "utf8")
	}));
}
// dist/report/adr.js
const ADR_MARKER = "archcap-recommendation:";
const TOPIC_TAGS = {
	consistency: "consistency",
	partitioning: "partitioning",
	replication: "replication",
	transactions: "transactions",
	ordering: "ordering",
	"failure-handling": "failure-handling"
};
/** Markdown-safe single line: no heading or HTML comment can start inside it. */
const line = (s) => s.replace(/\r?\n/g, " ").replace(/<!--|-->/g, "");
function renderAdr(rec, ctx) {
	const out = [
		`# ${line(rec.title)}`,
		"",
		`- Status: proposed`,
		`- Date: ${ctx.date}`,
		`- Tags: archcap, ${TOPIC_TAGS[rec.topic]}`,
		"",
		"## Context and Problem Statement",
		"",
		line(rec.rationale),
		"",
		`This record was drafted by \`archcap adr\` from \`${line(ctx.file)}\` (system \`${line(ctx.system)}\`), about \`${rec.target}\`.`
	];
	if (ctx.findings.length) out.push("", "Findings on it:", "", ...ctx.findings.map((f) => `- ${line(f)}`));
	out.push("", "## Decision Outcome", "", line(rec.recommendation));
	if (rec.patterns.length) out.push("", `Patterns: ${rec.patterns.map((p) => `\`${p}\``).join(", ")} — \`archcap generate ${line(ctx.file)} --pattern ${rec.patterns.join(",")} --out <dir>\` writes starter code.`);
	out.push("", "## Consequences", "", line(rec.tradeoffs));
	if (rec.references.length) out.push("", "References:", "", ...rec.references.map((r) => `- ${line(r)}`));
	out.push("", `<!-- ${ADR_MARKER} ${rec.id} -->`, "");
	return out.join("\n");
}
/**
* A record archcap proposed whose recommendation the analysis no longer makes:
* marked deprecated (log4brains' status for a decision that no longer applies),
* with a note saying since when and why. Records with another status are the
* team's decisions and are left as they are.
*/
function deprecateAdr(content, date, file) {
	if (!/^- Status: proposed$/m.test(content)) return void 0;
	const note = `> Deprecated on ${date}: \`archcap adr\` no longer recommends this for \`${line(file)}\` (the design changed, or the finding behind it was fixed).`;
	return content.replace(/^- Status: proposed$/m, "- Status: deprecated").replace(/\n(## )/, `\n${note}\n\n$1`);
}
/** adr-tools' slug: lower case, runs of anything but letters and digits become one dash. */
function adrSlug(title) {
	return (title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "decision").slice(0, 80).replace(/-+$/, "");
}
// dist/report/adr-plan.js
const NUMBERED = /^(\d{4,})-.*\.md$/;
const MARKER = new RegExp(`<!-- ${ADR_MARKER} (\\S+) -->`);
const DATE = /^(?:- )?Date: (\d{4}-\d{2}-\d{2})$/m;
function planAdrs(report, existing, today) {
	const known = /* @__PURE__ */ new Map();
	let last = 0;
	for (const f of [...existing].sort((a, b) => a.name.localeCompare(b.name))) {
		const m = NUMBERED.exec(f.name);
		if (!m) continue;
		const number = Number(m[1]);
		last = Math.max(last, number);
		const id = MARKER.exec(f.content)?.[1];
		if (id && !known.has(id)) known.set(id, {
			name: f.name,
			number,
			date: DATE.exec(f.content)?.[1] ?? today,
			content: f.content
		});
	}
	const current = new Set(report.recommendations.map((r) => r.id));
	const stale = [...known].flatMap(([id, prior]) => {
		const content = current.has(id) ? void 0 : deprecateAdr(prior.content, today, report.file);
		return content ? [{
			id,
			number: prior.number,
			path: prior.name,
			content
		}] : [];
	});
	return [...report.recommendations.map((rec) => {
		const prior = known.get(rec.id);
		const number = prior?.number ?? ++last;
		const findings = report.findings.filter((f) => f.path === rec.target || f.path.startsWith(`${rec.target}.`) || f.path.startsWith(`${rec.target}[`)).map((f) => `\`${f.ruleId}\` (line ${f.line}): ${f.message}`);
		const content = renderAdr(rec, {
			number,
			date: prior?.date ?? today,
			file: report.file,
			system: report.system,
			findings
		});
		return {
			id: rec.id,
			number,
			path: prior?.name ?? `${String(number).padStart(4, "0")}-${adrSlug(rec.title)}.md`,
			content
		};
	}), ...stale];
}
// dist/report/adr-write.js
/** Writing planned ADRs, each through generate's safe writer: edited records are conflicts unless `force`. */
function writeAdrs(outDir, adrs, opts = {}) {
	const result = {
		created: [],
		updated: [],
		unchanged: [],
		conflicts: [],
		dryRun: opts.dryRun ?? false
	};
	for (const adr of adrs) {
		const r = writeFileSafely(outDir, adr.path, adr.content, opts);
		for (const c of r.changes) (c.action === "create" ? result.created : result.updated).push(c.path);
		result.unchanged.push(...r.unchanged);
		result.conflicts.push(...r.conflicts);
	}
	return result;
}
function describeAdrWrite(r, outDir) {
	const verb = r.dryRun ? "would " : "";
	const lines = [
		...r.created.map((p) => `${verb}create  ${p}`),
		...r.updated.map((p) => `${verb}update  ${p}`),
		...r.unchanged.map((p) => `unchanged  ${p}`),
		...r.conflicts.map((c) => `kept       ${c.path} (${c.reason}; --force overwrites it)`)
	];
	lines.push(`${r.created.length + r.updated.length} ${r.dryRun ? "to write" : "written"}, ${r.unchanged.length} unchanged, ${r.conflicts.length} kept as edited, in ${outDir}`);
	return `${lines.join("\n")}\n`;
}
// dist/commands/adr.js
var Adr = class Adr extends BaseCommand {
	static summary = "Write one Architecture Decision Record per recommendation.";
	static description = "Numbered Markdown records (NNNN-title.md, MADR as log4brains reads it: Status/Date/Tags, Context and Problem Statement, Decision Outcome, Consequences). A record you edited is never overwritten (--force does); a second run with the same input changes nothing; new records take the next free numbers; a record archcap proposed whose recommendation no longer applies is marked deprecated.";
	static examples = ["<%= config.bin %> adr examples/payments-ledger.yaml --out docs/adr", "<%= config.bin %> adr examples/payments-ledger.yaml --out docs/adr --dry-run"];
	static enableJsonFlag = true;
	static args = { file: Args.string({
		description: "system description (YAML)",
		required: true
	}) };
	static flags = {
		out: Flags.string({
			char: "o",
			required: true,
			description: "folder for the records (created if missing)"
		}),
		"dry-run": Flags.boolean({ description: "show what would be written; write nothing" }),
		force: Flags.boolean({ description: "overwrite records that were edited since archcap wrote them" }),
		date: Flags.string({ description: "date for new records, YYYY-MM-DD [default: today]" })
	};
	async run() {
		const { args, flags } = await this.parse(Adr);
		if (flags.date !== void 0 && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date)) throw new UsageError(`--date must look like 2026-01-31, got "${flags.date}"`);
		const root = findProjectRoot(process.cwd(), findConfig(process.cwd()));
		const loaded = {
			...loadSystemFile(args.file, await loadProjectDeps()),
			file: relativePath(resolve(args.file), root)
		};
		const plan = planAdrs(analyzeSystem(loaded, builtinRules()), readAdrFolder(flags.out), flags.date ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10));
		const result = writeAdrs(flags.out, plan, {
			force: flags.force,
			dryRun: flags["dry-run"]
		});
		if (!this.jsonEnabled()) process.stdout.write(describeAdrWrite(result, flags.out));
		if (result.conflicts.length) process.exitCode = 1;
		return result;
	}
};
export { Adr as default };
