import { n as compareFindings } from "./finding-BM2L4nLP.js";
import path, { dirname, join, posix, resolve } from "node:path";
import { existsSync, readFileSync } from "node:fs";
// dist/engine/files/glob.js
/**
* The glob syntax of `archcap lint` arguments, `files:` in `.archcap.yaml` and
* ignore patterns: `*` (within one folder), `**` (any number of folders), `?`
* (one character) and `{a,b}` (alternatives). Paths use forward slashes.
*/
const hasGlob = (pattern) => /[*?{]/.test(pattern);
const escape = (text) => text.replace(/[.+^$()|[\]\\{}*?]/g, "\\$&");
/** The regular-expression source of a glob (no anchors). */
function globSource(glob) {
	let re = "";
	let inBraces = false;
	for (let i = 0; i < glob.length; i++) {
		const c = glob[i];
		if (c === "*" && glob[i + 1] === "*") {
			const slash = glob[i + 2] === "/";
			re += slash ? "(?:[^/]*/)*" : ".*";
			i += slash ? 2 : 1;
		} else if (c === "*") re += "[^/]*";
		else if (c === "?") re += "[^/]";
		else if (c === "{" && !inBraces) {
			inBraces = true;
			re += "(?:";
		} else if (c === "}" && inBraces) {
			inBraces = false;
			re += ")";
		} else if (c === "," && inBraces) re += "|";
		else re += escape(c);
	}
	return inBraces ? escape(glob) : re;
}
/** Splits a glob into the folder before its first wildcard and the rest: `a/b/*.yaml` → [`a/b`, `*.yaml`]. */
function splitGlob(pattern) {
	const first = pattern.search(/[*?{]/);
	const cut = pattern.lastIndexOf("/", first);
	return cut < 0 ? {
		base: "",
		rest: pattern
	} : {
		base: pattern.slice(0, cut) || "/",
		rest: pattern.slice(cut + 1)
	};
}
/** An absolute glob as a regular expression over absolute paths; `base` is matched literally. */
function absoluteGlob(base, rest) {
	const prefix = base.endsWith("/") ? base : `${base}/`;
	return new RegExp(`^${escape(prefix)}${globSource(rest)}$`);
}
// dist/engine/files/ignore.js
/**
* Ignore patterns in the gitignore syntax (the subset people use): `#` comments,
* `!` to re-include, a trailing `/` for folders only, a pattern with a `/` in it
* anchored to its base folder, one without matched at any depth. As in git, a
* file below an ignored folder cannot be re-included.
*/
/** Patterns that apply everywhere unless `--no-ignore`: dependencies, build output, and dot-files and dot-folders. */
const DEFAULT_IGNORES = [
	"node_modules/",
	".*",
	"dist/",
	"build/",
	"coverage/"
];
function parseIgnore(lines, base, source) {
	const rules = [];
	for (const raw of lines) {
		let line = raw.replace(/\s+$/, "");
		if (!line || line.startsWith("#")) continue;
		const negated = line.startsWith("!");
		if (negated) line = line.slice(1);
		const dirOnly = line.endsWith("/");
		if (dirOnly) line = line.slice(0, -1);
		const anchored = line.includes("/");
		if (line.startsWith("/")) line = line.slice(1);
		const body = globSource(line);
		rules.push({
			base,
			negated,
			dirOnly,
			source,
			re: new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`)
		});
	}
	return rules;
}
function decide(rules, absolute, isDir) {
	let result = { ignored: false };
	for (const rule of rules) {
		if (rule.dirOnly && !isDir) continue;
		const rel = posix.relative(rule.base, absolute);
		if (!rel || rel.startsWith("../") || rel === "..") continue;
		if (rule.re.test(rel)) result = rule.negated ? { ignored: false } : {
			ignored: true,
			source: rule.source
		};
	}
	return result;
}
/** Whether an absolute path (forward slashes) is ignored, looking at each folder above it first. */
function isIgnored(rules, absolute, isDir, stopAt = "/") {
	const parts = absolute.split("/");
	for (let i = 2; i < parts.length; i++) {
		const dir = parts.slice(0, i).join("/");
		if (dir.length <= stopAt.length) continue;
		const m = decide(rules, dir, true);
		if (m.ignored) return m;
	}
	return decide(rules, absolute, isDir);
}
// dist/engine/files/root.js
/**
* The project root, which paths in reports are relative to (SARIF URIs, baseline
* fingerprints, ADRs), so that they do not depend on the folder archcap runs in:
* the folder of `.archcap.yaml`, else the git work tree around the working
* folder, else the working folder.
*/
function findProjectRoot(cwd, configFile) {
	if (configFile) return dirname(resolve(configFile));
	let dir = resolve(cwd);
	for (;;) {
		if (existsSync(join(dir, ".git"))) return dir;
		const parent = dirname(dir);
		if (parent === dir) return resolve(cwd);
		dir = parent;
	}
}
/** The ignore file at the project root, in the gitignore syntax. */
const IGNORE_FILE = ".archcapignore";
function readIgnoreFile(root) {
	const file = join(root, IGNORE_FILE);
	if (!existsSync(file)) return [];
	return parseIgnore(readFileSync(file, "utf8").split(/\r?\n/), root.split("\\").join("/"), IGNORE_FILE);
}
// dist/report/findings/shared.js
/** The rule id under which a file that failed to load is reported by every format. */
const INVALID_INPUT_RULE_ID = "archcap/invalid-input";
/** A diagnostic (a file that could not be analysed) as an error finding. */
function diagnosticToFinding(d) {
	return {
		ruleId: INVALID_INPUT_RULE_ID,
		severity: "error",
		message: d.message,
		path: d.path ?? "",
		file: d.file,
		line: d.line,
		column: d.column,
		references: []
	};
}
/** Findings and diagnostics together, in report order (file, line, column, severity, rule). */
function reportable(findings, ctx) {
	return [...findings, ...ctx.diagnostics.map(diagnosticToFinding)].sort(compareFindings);
}
/** `file` relative to `cwd`, with forward slashes; a path outside cwd stays absolute (as ESLint shows it). */
function relativePath(file, cwd) {
	const absolute = path.resolve(cwd, file);
	const relative = path.relative(cwd, absolute) || path.basename(absolute);
	return (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join("/");
}
/** Every file the run touched: linted files, then any file only named by a finding or diagnostic. */
function allFiles(findings, ctx) {
	const seen = /* @__PURE__ */ new Map();
	const add = (file) => {
		const key = relativePath(file, ctx.cwd);
		if (!seen.has(key)) seen.set(key, file);
	};
	ctx.files.forEach(add);
	findings.forEach((f) => add(f.file));
	ctx.diagnostics.forEach((d) => add(d.file));
	return [...seen.keys()];
}
/** Group by file (relative to cwd), keeping the order of the input. */
function groupByFile(findings, cwd) {
	const groups = /* @__PURE__ */ new Map();
	for (const finding of findings) {
		const key = relativePath(finding.file, cwd);
		const group = groups.get(key);
		if (group) group.push(finding);
		else groups.set(key, [finding]);
	}
	return groups;
}
function countFindings(findings) {
	const counts = {
		error: 0,
		warning: 0,
		info: 0,
		suppressed: 0,
		problems: 0
	};
	for (const f of findings) if (f.suppressed) counts.suppressed += 1;
	else {
		counts[f.severity] += 1;
		counts.problems += 1;
	}
	return counts;
}
function plural(count, noun) {
	return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
/** `5 problems (2 errors, 3 warnings, 0 infos)`, plus `, 1 suppressed` when some were silenced. */
function summaryText(counts) {
	const parts = [
		plural(counts.error, "error"),
		plural(counts.warning, "warning"),
		plural(counts.info, "info")
	];
	if (counts.suppressed > 0) parts.push(`${counts.suppressed} suppressed`);
	return `${plural(counts.problems, "problem")} (${parts.join(", ")})`;
}
/** Rules in report order: those in the context, then any rule id only seen in findings. */
function ruleIds(findings, rules) {
	const ids = rules.filter((r) => r.severity !== "off").map((r) => r.id);
	for (const f of findings) if (!ids.includes(f.ruleId)) ids.push(f.ruleId);
	return ids;
}
/** The first web link among references: the nearest thing to a rule's documentation. */
function firstUrl(references) {
	return references.find((r) => /^https?:\/\/\S+$/.test(r));
}
export { absoluteGlob as _, firstUrl as a, splitGlob as b, relativePath as c, summaryText as d, findProjectRoot as f, parseIgnore as g, isIgnored as h, diagnosticToFinding as i, reportable as l, DEFAULT_IGNORES as m, allFiles as n, groupByFile as o, readIgnoreFile as p, countFindings as r, plural as s, INVALID_INPUT_RULE_ID as t, ruleIds as u, globSource as v, hasGlob as y };
