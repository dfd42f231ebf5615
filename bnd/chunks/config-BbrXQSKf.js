import { r as InputError } from "./errors-BcMCNHWs.js";
import { t as readInputFile } from "./read-input-C36F5GKW.js";
import { a as decodeText, i as LIMITS, o as locateIn, s as parseYaml, t as closest } from "./validate-CY0BQx8e.js";
import { n as ruleProblems, r as toRule, t as problemsToError } from "./rule-file-JQenpjRl.js";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { existsSync } from "node:fs";
// dist/engine/ruleset.js
/**
* Rulesets: the built-in rules, then each ruleset in order. A ruleset may
* `extends` other ruleset files and, under `rules`, change a rule's severity
* (`timeout/missing: error`), turn it off (`off`), or add or replace a rule
* with a whole definition.
*/
const SEVERITIES = /* @__PURE__ */ new Set([
	"error",
	"warning",
	"info",
	"off"
]);
function readYamlDocument(file) {
	const bytes = readInputFile(file, LIMITS.maxBytes);
	const parsed = parseYaml(file, decodeText(file, bytes));
	return {
		file,
		value: parsed.value,
		locate: (p) => locateIn(parsed.positions, p)
	};
}
/** Apply a ruleset document (and what it extends) on top of `rules`. */
function applyRuleset(rules, doc, seen = /* @__PURE__ */ new Set()) {
	const key = resolve(doc.file);
	if (seen.has(key)) throw InputError.at("ruleset-cycle", doc.file, "rulesets extend each other in a cycle");
	seen.add(key);
	let current = rules;
	const extendsValue = doc.value["extends"];
	(extendsValue === void 0 ? [] : Array.isArray(extendsValue) ? extendsValue : [extendsValue]).forEach((parent, i) => {
		if (typeof parent !== "string") throw fail(doc, `extends[${i}]`, "extends must list ruleset file paths");
		if (parent === "archcap:recommended") return;
		current = applyRuleset(current, readYamlDocument(resolve(dirname(doc.file), parent)), seen);
	});
	const entries = doc.value["rules"];
	if (entries === void 0) return current;
	if (!entries || typeof entries !== "object" || Array.isArray(entries)) throw fail(doc, "rules", "'rules' must map rule ids to a severity or a rule definition");
	const byId = new Map(current.map((r) => [r.id, r]));
	for (const [id, entry] of Object.entries(entries)) {
		const path = `rules.${id}`;
		const severity = typeof entry === "string" ? entry : entry && typeof entry === "object" && !("given" in entry) ? entry["severity"] : void 0;
		if (severity !== void 0) {
			if (!SEVERITIES.has(String(severity))) throw fail(doc, path, `severity must be one of error, warning, info, off; got ${JSON.stringify(severity)}`);
			const existing = byId.get(id);
			if (!existing) {
				const hint = closest(id, [...byId.keys()]);
				throw fail(doc, path, `unknown rule '${id}'${hint ? ` (did you mean '${hint}'?)` : ""}; \`archcap rules\` lists them`);
			}
			byId.set(id, {
				...existing,
				severity
			});
			continue;
		}
		const def = {
			id,
			...entry
		};
		const problems = ruleProblems(def, path, { checkOptions: true });
		if (problems.length) throw problemsToError(doc.file, problems, doc.locate);
		byId.set(id, toRule(def, doc.file));
	}
	return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
function fail(doc, path, message) {
	const at = doc.locate(path);
	return InputError.at("invalid-ruleset", doc.file, message, at.line, at.column, path);
}
// dist/engine/config.js
/**
* `.archcap.yaml`: found by walking up from the working folder (or named with
* `--config`). It is a ruleset (`extends`, `rules`) plus defaults for lint's flags.
*/
const CONFIG_NAMES = [".archcap.yaml", ".archcap.yml"];
const KEYS = [
	"extends",
	"rules",
	"failOn",
	"formats",
	"baseline",
	"inlineIgnore",
	"engines",
	"files",
	"ignores",
	"maxWarnings"
];
const FAIL_ON = [
	"error",
	"warning",
	"info",
	"never"
];
function findConfig(start) {
	let dir = resolve(start);
	for (;;) {
		for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
		const parent = dirname(dir);
		if (parent === dir) return void 0;
		dir = parent;
	}
}
function loadConfig(file) {
	const document = readYamlDocument(file);
	const v = document.value;
	const fail = (path, message) => {
		const at = document.locate(path);
		return InputError.at("invalid-config", file, message, at.line, at.column, path);
	};
	const inside = (path, at) => {
		const target = resolve(dirname(file), path);
		if (path.includes("\0") || isAbsolute(path) || !isInsidePath(dirname(resolve(file)), target)) throw fail(at, `'${path}' must be a relative path inside the folder of the config file (${dirname(file)}); a repository's config cannot send files elsewhere (name such a file on the command line instead)`);
		return target;
	};
	for (const key of Object.keys(v)) if (!KEYS.includes(key)) throw fail(key, `unknown key '${key}' in the config; accepted keys: ${KEYS.join(", ")}`);
	const config = {
		file,
		document
	};
	if (v["failOn"] !== void 0) {
		if (!FAIL_ON.includes(v["failOn"])) throw fail("failOn", `failOn must be one of ${FAIL_ON.join(", ")}`);
		config.failOn = v["failOn"];
	}
	if (v["formats"] !== void 0) {
		if (!Array.isArray(v["formats"])) throw fail("formats", "formats must be a list of { format, output }");
		config.formats = v["formats"].map((f, i) => {
			const entry = typeof f === "string" ? { format: f } : f !== null && typeof f === "object" ? f : {};
			if (typeof entry["format"] !== "string") throw fail(`formats[${i}]`, "each format needs a `format` name");
			if (typeof entry["output"] !== "string") return { format: entry["format"] };
			return {
				format: entry["format"],
				output: inside(entry["output"], `formats[${i}].output`)
			};
		});
	}
	if (v["baseline"] !== void 0) {
		if (typeof v["baseline"] !== "string") throw fail("baseline", "baseline must be a file path");
		config.baseline = inside(v["baseline"], "baseline");
	}
	if (v["inlineIgnore"] !== void 0) {
		if (typeof v["inlineIgnore"] !== "boolean") throw fail("inlineIgnore", "inlineIgnore must be true or false");
		config.inlineIgnore = v["inlineIgnore"];
	}
	if (v["engines"] !== void 0) {
		const list = typeof v["engines"] === "string" ? [v["engines"]] : v["engines"];
		if (!Array.isArray(list) || !list.every((f) => typeof f === "string")) throw fail("engines", "engines must be a list of engine profile files (YAML)");
		config.engines = list.map((f) => resolve(dirname(file), f));
	}
	for (const key of ["files", "ignores"]) {
		const list = v[key];
		if (list === void 0) continue;
		if (!Array.isArray(list) || list.some((g) => typeof g !== "string" || g === "")) throw fail(key, `${key} must be a list of glob patterns`);
		config[key] = list;
	}
	if (v["maxWarnings"] !== void 0) {
		const n = v["maxWarnings"];
		if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw fail("maxWarnings", "maxWarnings must be a whole number, 0 or more");
		config.maxWarnings = n;
	}
	return config;
}
/** The engine profile files of the project config found from `cwd` (none without a config). */
function projectEngineFiles(cwd) {
	const file = findConfig(cwd);
	return file ? loadConfig(file).engines ?? [] : [];
}
/** Is `path` the folder `dir` or inside it (lexically; links are checked when writing)? */
function isInsidePath(dir, path) {
	const rel = relative(dir, path);
	return rel !== "" && rel.split(sep)[0] !== ".." && !isAbsolute(rel);
}
function failsAt(severity, failOn) {
	if (failOn === "never") return false;
	const order = {
		info: 1,
		warning: 2,
		error: 3
	};
	return order[severity] >= order[failOn];
}
export { projectEngineFiles as a, loadConfig as i, failsAt as n, applyRuleset as o, findConfig as r, readYamlDocument as s, FAIL_ON as t };
