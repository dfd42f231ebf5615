import { t as builtinRules } from "../chunks/builtin-DPRasjyD.js";
import { a as UsageError } from "../chunks/errors-BcMCNHWs.js";
import { i as listPatterns, r as planGeneration, t as applyPlan } from "../chunks/generate-DKcvjrqi.js";
import { t as loadProjectDeps } from "../chunks/project-deps-X7a_FZDn.js";
import { o as loadSystemFile } from "../chunks/suppress-BRATUARX.js";
import { t as analyzeSystem } from "../chunks/pipeline-D0GfurdR.js";
import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { Args, Flags } from "@oclif/core";
// dist/recommend/patterns.js
function patternRequests(recommendations, only) {
	const byPattern = /* @__PURE__ */ new Map();
	for (const r of recommendations) for (const pattern of r.patterns) {
		const inputs = byPattern.get(pattern) ?? {};
		for (const [key, value] of Object.entries(r.patternInputs?.[pattern] ?? {})) {
			const earlier = inputs[key];
			if (!(key in inputs)) inputs[key] = value;
			else if (Array.isArray(earlier) && Array.isArray(value)) inputs[key] = [...earlier, ...value];
		}
		for (const [key, items] of Object.entries(r.patternListItems?.[pattern] ?? {})) {
			const collected = inputs[key];
			inputs[key] = [...Array.isArray(collected) ? collected : [], ...items];
		}
		byPattern.set(pattern, inputs);
	}
	const requests = [...byPattern.entries()].map(([pattern, inputs]) => ({
		pattern,
		inputs
	}));
	return only ? requests.filter((r) => only.includes(r.pattern)) : requests;
}
// dist/report/generate-text.js
function generationSummary(result, color) {
	const green = (s) => color ? `\u001b[32m${s}\u001b[39m` : s;
	const yellow = (s) => color ? `\u001b[33m${s}\u001b[39m` : s;
	const out = [];
	const verb = result.dryRun ? "would " : "";
	for (const c of result.changes) {
		out.push(`${green(`${verb}${c.action}`)}  ${c.path}`);
		if (result.dryRun && c.diff) out.push(c.diff.trimEnd());
	}
	for (const c of result.conflicts) {
		out.push(`${yellow("conflict")}  ${c.path}: ${c.reason} (kept; --force overwrites it)`);
		if (c.diff) out.push(c.diff.trimEnd());
	}
	if (result.changes.length === 0 && result.conflicts.length === 0) out.push(`nothing to do: ${result.unchanged.length} files already up to date in ${result.outDir}`);
	else out.push("", `${result.changes.length} ${verb ? "to write" : "written"}, ${result.conflicts.length} conflicts, ${result.unchanged.length} unchanged — ${result.outDir}`);
	return `${out.join("\n")}\n`;
}
// dist/commands/generate.js
var Generate = class Generate extends BaseCommand {
	static summary = "Write TypeScript starter code for the recommended patterns.";
	static description = "Generates a self-contained package (package.json, strict tsconfig, src/, tests, SQL migrations, README) for the patterns the analysis recommends, parameterised from the YAML, or for the patterns named with --pattern. Files you edited are never overwritten without --force; a second run with the same input changes nothing.";
	static examples = [
		"<%= config.bin %> generate examples/ecommerce-checkout.yaml --out ./generated",
		"<%= config.bin %> generate --pattern saga-orchestrator,idempotency-key --out ./generated",
		"<%= config.bin %> generate examples/payments-ledger.yaml --out ./generated --dry-run"
	];
	static enableJsonFlag = true;
	static args = { file: Args.string({ description: "system description (YAML); optional with --pattern" }) };
	static flags = {
		out: Flags.string({
			char: "o",
			description: "folder to write the package into (required unless --list)"
		}),
		pattern: Flags.string({
			char: "p",
			description: "comma-separated patterns to generate (all recommended ones by default)"
		}),
		"dry-run": Flags.boolean({ description: "show the plan and diffs, write nothing" }),
		force: Flags.boolean({ description: "overwrite files you edited since they were generated" }),
		list: Flags.boolean({ description: "list the patterns and exit" })
	};
	async run() {
		const { args, flags } = await this.parse(Generate);
		const known = listPatterns();
		if (flags.list) {
			if (!this.jsonEnabled()) for (const p of known) process.stdout.write(`${p.name.padEnd(24)} ${p.summary}\n`);
			return known;
		}
		if (!flags.out) throw new UsageError("--out DIR is required: the folder to write the package into (or --list to list the patterns)");
		const only = flags.pattern?.split(",").map((p) => p.trim()).filter(Boolean);
		const unknown = only?.filter((p) => !known.some((k) => k.name === p)) ?? [];
		if (unknown.length) throw new UsageError(`unknown pattern ${unknown.map((u) => `'${u}'`).join(", ")}; known: ${known.map((k) => k.name).join(", ")}`);
		let requests;
		let systemName;
		if (args.file) {
			const loaded = loadSystemFile(args.file, await loadProjectDeps());
			systemName = loaded.model.name;
			requests = patternRequests(analyzeSystem(loaded, builtinRules()).recommendations, only);
			for (const name of only ?? []) if (!requests.some((r) => r.pattern === name)) requests.push({
				pattern: name,
				inputs: {}
			});
		} else if (only) requests = only.map((pattern) => ({
			pattern,
			inputs: {}
		}));
		else throw new UsageError("give a system file, or name patterns with --pattern (see --list)");
		if (requests.length === 0) {
			process.stderr.write("nothing to generate: the analysis recommends no pattern; name one with --pattern\n");
			return {
				changes: [],
				conflicts: [],
				unchanged: []
			};
		}
		const plan = await planGeneration(requests, {
			outDir: flags.out,
			...systemName ? { systemName } : {}
		});
		const result = applyPlan(plan, {
			outDir: flags.out,
			force: flags.force,
			dryRun: flags["dry-run"]
		});
		if (!this.jsonEnabled()) process.stdout.write(generationSummary(result, Boolean(process.stdout.isTTY)));
		if (result.conflicts.length && !flags["dry-run"]) process.exitCode = 1;
		return result;
	}
};
export { Generate as default };
