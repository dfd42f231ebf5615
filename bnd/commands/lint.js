import { t as loadDeps } from "../chunks/deps-BOrXBgQ1.js";
import { _ as absoluteGlob, b as splitGlob, c as relativePath, g as parseIgnore, h as isIgnored, m as DEFAULT_IGNORES, v as globSource, y as hasGlob } from "../chunks/shared-BsAtgjtW.js";
import { a as UsageError, n as GenerateError, o as formatDiagnostic, r as InputError, s as escapeControl } from "../chunks/errors-BcMCNHWs.js";
import { i as runRules, n as applySuppressions, o as loadSystemFile, r as toBaseline, s as loadSystemText, t as applyBaseline } from "../chunks/suppress-BRATUARX.js";
import { n as compareFindings } from "../chunks/finding-BM2L4nLP.js";
import { i as FORMAT_NAMES, r as setupLint, t as formatLintResult } from "../chunks/lint-report-GT6Tocpd.js";
import { n as failsAt } from "../chunks/config-BbrXQSKf.js";
import { i as writeInside, l as isInside, o as describeError, t as atomicWriteFile } from "../chunks/write-DtjIotvm.js";
import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { n as wrapWidth, t as useColor } from "../chunks/terminal-CfxPihAX.js";
import { Args, Flags } from "@oclif/core";
import { basename, dirname, isAbsolute, posix, relative, resolve, sep } from "node:path";
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync } from "node:fs";
// dist/generate/write-output.js
/** Report and baseline files: written atomically, never through a symbolic link, never out of the folder they belong to. */
/**
* Atomically write a report or baseline file (`--format FORMAT=FILE`, `--output`,
* `--update-baseline`, or a config's `output:`), never through a symbolic link: a
* cloned repository can commit `archcap.sarif` as a link to any file, or a folder as
* a link out of itself. A path inside the working folder (or the config's folder) must
* stay inside it once links are resolved; a path the user typed that lies outside it
* (absolute, or up with `..`) is written where it says, but not through a link at its end.
*/
function writeOutputFile(file, content, options = {}) {
	if (file.includes("\0")) throw new GenerateError("unsafe-path", `refusing to write ${JSON.stringify(file)}: it contains a NUL byte`);
	const cwd = resolve(options.cwd ?? process.cwd());
	const target = resolve(cwd, file);
	const root = options.root !== void 0 ? resolve(cwd, options.root) : isInside(cwd, target) ? cwd : void 0;
	try {
		if (root !== void 0) {
			const rel = relative(root, target);
			if (rel === "" || rel.split(sep)[0] === ".." || isAbsolute(rel)) throw new GenerateError("unsafe-path", `refusing to write ${file}: it is outside ${root}`);
			writeInside(realpathSync(root), rel.split(sep).join("/"), content, existingMode(target), options.ops);
			return;
		}
		const dir = dirname(target);
		mkdirSync(dir, { recursive: true });
		const mode = existingMode(target);
		atomicWriteFile(dir, basename(target), content, mode, options.ops);
	} catch (error) {
		if (error instanceof GenerateError) throw error;
		throw new GenerateError("write-failed", `cannot write ${file}: ${describeError(error)}`);
	}
}
/** The permission bits of the regular file at `target`, undefined when there is none; a link or anything else is refused. */
function existingMode(target) {
	try {
		const stat = lstatSync(target);
		if (stat.isSymbolicLink()) throw new GenerateError("unsafe-path", `refusing to write ${target}: it is a symbolic link (remove it, or name the file it points to)`);
		if (!stat.isFile()) throw new GenerateError("unsafe-path", `refusing to write ${target}: it is not a regular file`);
		return stat.mode & 511;
	} catch (error) {
		if (error.code === "ENOENT") return void 0;
		throw error;
	}
}
// dist/engine/files/detect.js
/**
* Telling a system description from other YAML (CI workflows, compose files,
* Kubernetes manifests, the config itself) without parsing it: a system
* description has top-level `version: 1` and `name:` keys (the schema requires
* both), or names the archcap schema in its yaml-language-server modeline.
*/
const VERSION_ONE = /^version:[ \t]*["']?1["']?[ \t]*(?:#.*)?$/m;
const NAME = /^name:/m;
const SCHEMA_MODELINE = /^#\s*yaml-language-server:\s*\$schema=\S*archcap\S*$/m;
function looksLikeSystemDescription(text) {
	return VERSION_ONE.test(text) && NAME.test(text) || SCHEMA_MODELINE.test(text);
}
const DETECTION_RULE = "top-level `version: 1` and `name:` lines (or a yaml-language-server modeline naming the archcap schema)";
// dist/engine/files/select.js
/**
* Which files `archcap lint` checks, the way ESLint chooses them:
* - a file named on the command line is linted whatever its name (as ruff
*   does); with `--force-exclude` (what a pre-commit hook wants, since it names
*   every changed YAML file) ignore patterns and detection apply to it as well,
*   and a file they leave out is skipped with a note;
* - a folder (and no arguments at all, which means the working folder) is walked
*   for the files matching `files:` in `.archcap.yaml` (default: every `.yaml`
*   and `.yml`), and a glob for the files it matches; of those, only system
*   descriptions (see detect.ts) are linted, and ignored paths are skipped:
*   node_modules, dot-files and dot-folders, dist, build and coverage by default,
*   plus `.archcapignore`, `ignores:` in the config and `--ignore-pattern`.
* Paths come back absolute, in argument order, each folder's or glob's sorted.
*/
/** The convention when `.archcap.yaml` names no `files:`. */
const DEFAULT_FILE_GLOBS = ["**/*.yaml", "**/*.yml"];
const slash = (p) => p.split(sep).join("/");
const HEAD_BYTES = 65536;
function head(file) {
	let fd;
	try {
		fd = openSync(file, "r");
		const buffer = Buffer.alloc(HEAD_BYTES);
		const n = readSync(fd, buffer, 0, HEAD_BYTES, 0);
		return buffer.subarray(0, n).toString("utf8");
	} catch {
		return "";
	} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
function walk(dir, rules, out, depth = Infinity) {
	if (depth <= 0) return;
	let entries;
	try {
		entries = readdirSync(dir, { withFileTypes: true });
	} catch {
		return;
	}
	for (const e of entries) {
		const path = `${dir === "/" ? "" : dir}/${e.name}`;
		if (e.isDirectory()) {
			if (!isIgnored(rules, path, true).ignored) walk(path, rules, out, depth - 1);
		} else if (e.isFile() && !isIgnored(rules, path, false).ignored) out.push(path);
	}
}
function selectFiles(patterns, options) {
	const cwd = slash(resolve(options.cwd));
	const root = slash(resolve(options.root));
	const user = options.useIgnore ? options.ignores : [];
	const selection = {
		files: [],
		explicit: /* @__PURE__ */ new Set(),
		ignored: [],
		skipped: []
	};
	const fileGlobs = (options.files ?? DEFAULT_FILE_GLOBS).map((g) => new RegExp(`^${globSource(g)}$`));
	const keep = (found, match) => {
		for (const f of found.filter(match).sort()) if (looksLikeSystemDescription(head(f))) selection.files.push(f);
		else selection.skipped.push(f);
	};
	const withDefaults = (base) => options.useIgnore ? [...parseIgnore(DEFAULT_IGNORES, base, "default ignores"), ...user] : [];
	for (const pattern of patterns.length ? patterns : ["."]) {
		if (pattern === "-") {
			selection.files.push("-");
			continue;
		}
		const absolute = slash(resolve(cwd, pattern));
		if (!hasGlob(pattern)) {
			let isDir = false;
			try {
				isDir = statSync(absolute).isDirectory();
			} catch {}
			if (isDir) {
				const found = [];
				walk(absolute, withDefaults(absolute), found);
				const relTo = absolute === root || absolute.startsWith(`${root}/`) ? root : absolute;
				keep(found, (f) => fileGlobs.some((re) => re.test(posix.relative(relTo, f))));
				continue;
			}
			const m = options.forceExclude && options.useIgnore ? isIgnored(withDefaults(cwd), absolute, false) : { ignored: false };
			if (m.ignored) selection.ignored.push({
				file: pattern,
				source: `matched by ${m.source ?? "an ignore pattern"}`
			});
			else if (options.forceExclude && !looksLikeSystemDescription(head(absolute))) selection.ignored.push({
				file: pattern,
				source: "not a system description"
			});
			else {
				selection.files.push(absolute);
				selection.explicit.add(absolute);
			}
			continue;
		}
		const { base, rest } = splitGlob(slash(pattern));
		const baseDir = slash(resolve(cwd, base || "."));
		const re = absoluteGlob(baseDir, rest.replace(/^\.\//, ""));
		const found = [];
		walk(baseDir, withDefaults(baseDir), found, rest.includes("**") ? Infinity : rest.split("/").length);
		keep(found, (f) => re.test(f));
	}
	selection.files = [...new Set(selection.files)];
	return selection;
}
// dist/engine/lint.js
/**
* Linting many files: each file is loaded and checked on its own, so one bad
* file is reported (as diagnostics) without hiding the findings of the others.
*/
/** A named file that fails the schema and does not look like a system description was probably named by mistake. */
function notADescription(file, display, error) {
	if (!error.diagnostics.every((d) => d.code === "schema")) return error.diagnostics;
	let text = "";
	try {
		text = readFileSync(file, "utf8");
	} catch {
		return error.diagnostics;
	}
	if (looksLikeSystemDescription(text)) return error.diagnostics;
	return [{
		code: "not-a-system-description",
		file: display,
		line: 1,
		column: 1,
		message: `not an archcap system description (it has no ${DETECTION_RULE}); lint system descriptions only, or leave this file out with --ignore-pattern or .archcapignore`
	}];
}
/** Relative to the working folder when inside it, else absolute (as ESLint shows files). */
function displayPath(file, cwd) {
	const rel = relative(cwd, file);
	return !rel || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? file : rel;
}
function load(file, deps, options) {
	if (file === "-") return loadSystemText(options.stdin?.name ?? "<stdin>", options.stdin?.text ?? "", deps);
	return loadSystemFile(file, deps);
}
function lintFiles(files, rules, deps, options) {
	const findings = [];
	const diagnostics = [];
	const shown = [];
	const root = options.root ?? options.cwd;
	const timings = {};
	const partial = {};
	files.forEach((file, i) => {
		const started = performance.now();
		const display = file === "-" ? options.stdin?.name ?? "<stdin>" : displayPath(file, options.cwd);
		shown.push(display);
		let loaded;
		try {
			loaded = {
				...load(file, deps, options),
				file: file === "-" ? display : relativePath(file, root)
			};
		} catch (error) {
			if (!(error instanceof InputError)) throw error;
			const found = options.explicit?.has(file) ? notADescription(file, display, error) : error.diagnostics;
			diagnostics.push(...found.map((d) => ({
				...d,
				file: display
			})));
			const part = found === error.diagnostics ? error.salvage?.() : void 0;
			if (part) {
				partial[display] = {
					removed: part.removed.map(part.label),
					heldBack: part.touched.map(part.label)
				};
				const rest = {
					...part,
					file: file === "-" ? display : relativePath(file, root)
				};
				const near = (path) => part.touched.some((unit) => path === unit || path.startsWith(`${unit}.`) || path.startsWith(`${unit}[`));
				findings.push(...check(rest, display).map((f) => relocate(f, part.originalPath)).filter((f) => !near(f.path) && !f.related?.some((r) => near(r.path))));
			}
			timings[display] = (performance.now() - started) / 1e3;
			options.onFile?.(i + 1, files.length);
			return;
		}
		findings.push(...check(loaded, display));
		timings[display] = (performance.now() - started) / 1e3;
		options.onFile?.(i + 1, files.length);
	});
	function check(loaded, display) {
		const suppressed = applySuppressions(runRules(loaded, rules), loaded, {
			inline: options.inlineIgnore,
			today: options.today
		});
		return applyBaseline(suppressed, options.baseline).map((f) => ({
			...f,
			file: display
		}));
	}
	return {
		files: shown,
		findings: findings.sort(compareFindings),
		diagnostics,
		timings,
		...Object.keys(partial).length ? { partial } : {}
	};
}
/** A finding on a salvaged document, addressed by its paths in the file. */
function relocate(f, originalPath) {
	return {
		...f,
		path: originalPath(f.path),
		...f.related ? { related: f.related.map((r) => ({
			...r,
			path: originalPath(r.path)
		})) } : {}
	};
}
function activeFindings(findings) {
	return findings.filter((f) => !f.suppressed);
}
// dist/engine/lint-outcome.js
/** How a lint run ends: its exit code, and the messages around the report. */
/** 2 when a file could not be used, 1 when a finding is at or above --fail-on or warnings exceed --max-warnings, else 0. */
function lintExitCode(result, setup) {
	if (result.diagnostics.length) return { code: 2 };
	const active = activeFindings(result.findings);
	if (active.some((f) => failsAt(f.severity, setup.failOn))) return { code: 1 };
	const warnings = active.filter((f) => f.severity === "warning").length;
	if (setup.maxWarnings !== void 0 && warnings > setup.maxWarnings) return {
		code: 1,
		message: `archcap: too many warnings: ${warnings} (--max-warnings ${setup.maxWarnings})`
	};
	return { code: 0 };
}
function noFilesMessage(args, selection) {
	return `no system descriptions in ${args.length ? args.join(" ") : "the working folder"}${selection.skipped.length ? ` (${selection.skipped.length} other YAML file${selection.skipped.length === 1 ? "" : "s"} skipped)` : ""}: a system description is a .yaml/.yml file with ${DETECTION_RULE}`;
}
/** lint's parsed flags → the options setupLint reads. */
function lintSetupFlags(flags) {
	const pick = (key) => flags[key];
	const out = { noConfig: Boolean(flags["no-config"]) };
	const set = (key, value) => {
		if (value !== void 0) out[key] = value;
	};
	set("format", pick("format"));
	set("output", pick("output"));
	set("failOn", pick("fail-on"));
	set("ruleset", pick("ruleset"));
	set("config", pick("config"));
	set("baseline", pick("baseline"));
	set("inlineIgnore", pick("inline-ignore"));
	set("ignorePattern", pick("ignore-pattern"));
	set("ignore", pick("ignore"));
	set("maxWarnings", pick("max-warnings"));
	return out;
}
/** Baselines hide findings; say how many, so they are not forgotten. */
function baselineNote(result, baselineFile) {
	if (!baselineFile) return void 0;
	const hidden = result.findings.filter((f) => f.suppressed?.kind === "baseline").length;
	if (hidden === 0) return void 0;
	return `archcap: ${hidden} known finding${hidden === 1 ? "" : "s"} hidden by the baseline ${baselineFile}`;
}
// dist/commands/lint.js
var Lint = class Lint extends BaseCommand {
	static summary = "Check system descriptions against the rules; made for CI.";
	static description = "Validates each file (YAML, schema, references) and runs every rule. With no arguments it lints the system descriptions below the working folder (files with a top-level `version: 1`, matching `files:` in .archcap.yaml; ignored: node_modules, dot-files, dist, build, .archcapignore, `ignores:`, --ignore-pattern). One bad file is reported without hiding the findings of the others. Exit code 0: nothing at or above --fail-on; 1: findings at or above it (or more warnings than --max-warnings); 2: unusable input or flags.";
	static examples = [
		"<%= config.bin %> lint",
		"<%= config.bin %> lint examples/*.yaml",
		"<%= config.bin %> lint system.yaml --format sarif=archcap.sarif --format stylish",
		"<%= config.bin %> lint \"arch/**/*.yaml\" --fail-on warning --baseline .archcap-baseline.json",
		"cat system.yaml | <%= config.bin %> lint - --stdin-filename system.yaml"
	];
	static strict = false;
	static enableJsonFlag = true;
	static args = { files: Args.string({ description: "files, folders or globs (quote globs); - reads standard input; default: the working folder" }) };
	static flags = {
		format: Flags.string({
			char: "f",
			multiple: true,
			multipleNonGreedy: true,
			description: `output format, optionally to a file: FORMAT[=FILE] (${FORMAT_NAMES.join("|")}); repeatable`
		}),
		output: Flags.string({
			char: "o",
			description: "write the (single) format to this file instead of standard output"
		}),
		"fail-on": Flags.string({
			options: [
				"error",
				"warning",
				"info",
				"never"
			],
			description: "lowest severity that makes the exit code 1 [default: error]"
		}),
		"max-warnings": Flags.integer({
			min: 0,
			description: "exit 1 when there are more warnings than this"
		}),
		ruleset: Flags.string({
			multiple: true,
			multipleNonGreedy: true,
			description: "extra ruleset file: add rules, change severities, turn rules off"
		}),
		config: Flags.string({ description: "config file (default: .archcap.yaml found upwards from here)" }),
		"no-config": Flags.boolean({ description: "ignore .archcap.yaml files" }),
		"ignore-pattern": Flags.string({
			multiple: true,
			multipleNonGreedy: true,
			description: "skip files matching this pattern (gitignore syntax, relative to here); repeatable"
		}),
		ignore: Flags.boolean({
			allowNo: true,
			description: "--no-ignore lints ignored files too (.archcapignore, ignores:, --ignore-pattern, the defaults)"
		}),
		"force-exclude": Flags.boolean({ description: "apply ignore patterns and detection to files named on the command line too (for pre-commit hooks)" }),
		"stdin-filename": Flags.string({ description: "the name to report standard input under (with the file -)" }),
		color: Flags.boolean({
			allowNo: true,
			description: "colour the output (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR forces it)"
		}),
		quiet: Flags.boolean({
			char: "q",
			description: "report errors only"
		}),
		baseline: Flags.string({ description: "fail only on findings not in this baseline file" }),
		"update-baseline": Flags.boolean({ description: "write the current findings to the baseline file and exit 0" }),
		"inline-ignore": Flags.boolean({
			allowNo: true,
			description: "honour x-archcap-ignore suppressions (--no-inline-ignore disregards them)"
		})
	};
	async run() {
		const { argv, flags } = await this.parse(Lint);
		const cwd = process.cwd();
		const setup = setupLint(lintSetupFlags(flags), cwd);
		const args = argv;
		const selection = selectFiles(args, {
			cwd,
			root: setup.root,
			ignores: setup.ignores,
			useIgnore: setup.useIgnore,
			forceExclude: flags["force-exclude"],
			...setup.files ? { files: setup.files } : {}
		});
		for (const { file, source } of selection.ignored) process.stderr.write(`archcap: ${file}: skipped (${source})\n`);
		if (selection.files.length === 0) throw new UsageError(noFilesMessage(args, selection));
		const stdinName = flags["stdin-filename"] ?? "<stdin>";
		const quietProgress = this.jsonEnabled() || setup.outputs.some((o) => o.format === "json" && !o.file);
		const tty = process.stderr.isTTY && selection.files.length > 20 && !quietProgress;
		const result = lintFiles(selection.files, setup.rules, await loadDeps(), {
			cwd,
			root: setup.root,
			explicit: selection.explicit,
			inlineIgnore: setup.inlineIgnore,
			today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10),
			...selection.files.includes("-") ? { stdin: {
				text: readFileSync(0, "utf8"),
				name: stdinName
			} } : {},
			...setup.baseline ? { baseline: setup.baseline } : {},
			...tty ? { onFile: (done, total) => process.stderr.write(`\rlinting ${done}/${total}${done === total ? "\n" : ""}`) } : {}
		});
		if (flags["update-baseline"]) {
			if (!setup.baselineFile) throw new UsageError("--update-baseline needs --baseline FILE (or `baseline:` in .archcap.yaml)");
			writeOutputFile(setup.baselineFile, `${JSON.stringify(toBaseline(result.findings), null, 2)}\n`, { root: setup.baselineRoot });
			process.stderr.write(`wrote ${toBaseline(result.findings).findings.length} findings to ${setup.baselineFile}\n`);
			return result;
		}
		for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
		for (const [file, { removed, heldBack }] of Object.entries(result.partial ?? {})) {
			const held = heldBack.length ? `; findings held back on the items next to them: ${heldBack.join(", ")}` : "";
			process.stderr.write(`${escapeControl(`archcap: ${file}: the rules ran on the rest of this file; left out until their problems are fixed: ${removed.join(", ")}${held}`)}\n`);
		}
		const shown = flags.quiet ? {
			...result,
			findings: result.findings.filter((f) => f.severity === "error")
		} : result;
		for (const output of setup.outputs) {
			if (!output.file && this.jsonEnabled()) continue;
			const terminal = output.file ? {} : process.stdout;
			const text = formatLintResult(output.format, shown, setup.rules, {
				cwd,
				root: setup.root,
				failOn: setup.failOn,
				color: !output.file && useColor(flags.color, process.stdout),
				...wrapWidth(terminal) ? { width: wrapWidth(terminal) } : {}
			});
			if (output.file) writeOutputFile(output.file, text, { root: output.root });
			else if (text) process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
		}
		const hidden = baselineNote(result, setup.baselineFile);
		if (hidden) process.stderr.write(`${hidden}\n`);
		const outcome = lintExitCode(result, setup);
		if (outcome.message) process.stderr.write(`${outcome.message}\n`);
		process.exitCode = outcome.code;
		return {
			...shown,
			findings: activeFindings(shown.findings)
		};
	}
};
export { Lint as default };
