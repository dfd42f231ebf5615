import { a as UsageError, r as InputError, s as escapeControl } from "./errors-BcMCNHWs.js";
import { t as readInputFile } from "./read-input-C36F5GKW.js";
import { a as decodeText, i as LIMITS, o as locateIn, s as parseYaml } from "./validate-CY0BQx8e.js";
import { i as loadConfig, n as failsAt, o as applyRuleset, r as findConfig, s as readYamlDocument, t as FAIL_ON } from "./config-BbrXQSKf.js";
import { a as firstUrl, c as relativePath, d as summaryText, f as findProjectRoot, g as parseIgnore, i as diagnosticToFinding, l as reportable, n as allFiles, o as groupByFile, p as readIgnoreFile, r as countFindings, s as plural, t as INVALID_INPUT_RULE_ID, u as ruleIds } from "./shared-BsAtgjtW.js";
import { n as compareFindings, t as SEVERITY_ORDER } from "./finding-BM2L4nLP.js";
import { t as builtinRules } from "./builtin-DPRasjyD.js";
import { r as useProjectEngines } from "./deps-BOrXBgQ1.js";
import { dirname, isAbsolute, resolve } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { createHash } from "node:crypto";
// dist/report/findings/github.js
const COMMAND = {
	error: "error",
	warning: "warning",
	info: "notice"
};
/** Escape a workflow command's message: `%`, CR and LF (as GitHub's own toolkit does), after every other control character. */
function escapeData(text) {
	return escapeControl(text, "\r\n").replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** Escape a workflow command's property value: as data, plus `:` and `,`, which delimit properties. */
function escapeProperty(text) {
	return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
/**
* GitHub Actions workflow commands, one per finding, so the findings show as
* annotations on the pull request: `::error file=…,line=…,col=…,title=rule-id::message`.
* Suppressed findings are left out: an annotation is a call to act.
*/
const github = (findings, ctx) => reportable(findings, ctx).filter((f) => !f.suppressed).map((f) => {
	const props = [
		`file=${escapeProperty(relativePath(f.file, ctx.cwd))}`,
		`line=${Math.max(1, f.line)}`,
		`col=${Math.max(1, f.column)}`,
		`title=${escapeProperty(f.ruleId)}`
	];
	return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(f.message)}`;
}).join("\n");
// dist/report/findings/json.js
function toJsonFinding(f, cwd) {
	return {
		ruleId: f.ruleId,
		severity: f.severity,
		message: f.message,
		file: relativePath(f.file, cwd),
		line: f.line,
		column: f.column,
		path: f.path,
		references: [...f.references],
		...f.related?.length ? { related: f.related.map((r) => ({ ...r })) } : {},
		...f.fingerprint === void 0 ? {} : { fingerprint: f.fingerprint },
		...f.fix === void 0 ? {} : { fix: f.fix },
		...f.suppressed === void 0 ? {} : { suppressed: { ...f.suppressed } }
	};
}
/**
* The findings array, pretty-printed: the same objects as `findings` in
* `archcap analyze --format json`. Files that failed to load appear as error
* findings with rule id `archcap/invalid-input`, so a CI consumer sees them.
*/
const json = (findings, ctx) => JSON.stringify(reportable(findings, ctx).map((f) => toJsonFinding(f, ctx.cwd)), null, 2);
// dist/report/findings/xml.js
/**
* XML 1.0 cannot carry most C0 control characters, lone surrogates or U+FFFE/U+FFFF,
* not even as character references: they become U+FFFD.
*/
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const clean = (text) => escapeControl(text, "	\n\r").replace(NOT_XML_CHAR, "�");
/** Escape character data (element content); CR as a reference, or parsers would fold CRLF into LF. */
function escapeXmlText(text) {
	return escapeMarkup(text).replace(/\r/g, "&#13;");
}
/** `&`, `<`, `>` as entities, after replacing characters XML cannot carry. */
function escapeMarkup(text) {
	return clean(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
/** Escape an attribute value; tabs and line breaks as references so parsers keep them. */
function escapeXmlAttribute(text) {
	return escapeMarkup(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
function attributes(attrs) {
	return Object.entries(attrs).map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`).join("");
}
/** An element with escaped text content, or self-closing when there is none. */
function element(name, attrs, text) {
	return text === void 0 ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${escapeXmlText(text)}</${name}>`;
}
// dist/report/findings/junit.js
const findingLine = (f) => `${f.line}:${f.column} ${f.severity} ${f.message}${f.path ? ` (${f.path})` : ""}`;
/**
* One test case: fails when the rule found something at or above --fail-on in the
* file (so the report agrees with the exit code); findings below it are listed in
* the passing case's system-out.
*/
function ruleCase(file, ruleId, found, failOn) {
	const active = found.filter((f) => !f.suppressed);
	const failing = active.filter((f) => failsAt(f.severity, failOn));
	const attrs = {
		classname: file,
		name: ruleId,
		file,
		time: "0"
	};
	if (failing.length === 0) {
		if (active.length === 0) return {
			xml: `    ${element("testcase", attrs)}`,
			failed: false
		};
		const out = element("system-out", {}, active.map(findingLine).join("\n"));
		return {
			xml: `    <testcase${attributes(attrs)}>\n      ${out}\n    </testcase>`,
			failed: false
		};
	}
	const worst = failing.reduce((a, b) => SEVERITY_ORDER[b.severity] > SEVERITY_ORDER[a.severity] ? b : a);
	const failure = element("failure", {
		message: `${plural(failing.length, "finding")}: ${failing[0]?.message ?? ""}`,
		type: worst.severity
	}, failing.map(findingLine).join("\n"));
	return {
		xml: `    <testcase${attributes(attrs)}>\n      ${failure}\n    </testcase>`,
		failed: true
	};
}
/** A file that failed to load: a test case in error (the rules' cases follow when part of it was checked). */
function errorSuite(file, diagnostics) {
	const details = diagnostics.map((d) => `${file}:${d.line}:${d.column}: ${d.message}`).join("\n");
	const first = diagnostics[0];
	const error = element("error", {
		message: first?.message ?? "invalid input",
		type: first?.code ?? "input"
	}, details);
	return {
		name: file,
		cases: [`    <testcase${attributes({
			classname: file,
			name: INVALID_INPUT_RULE_ID,
			file,
			time: "0"
		})}>\n      ${error}\n    </testcase>`],
		failures: 0,
		errors: 1
	};
}
function ruleSuite(file, found, ids, failOn) {
	const cases = ids.map((id) => ruleCase(file, id, found.filter((f) => f.ruleId === id), failOn));
	return {
		name: file,
		cases: cases.map((c) => c.xml),
		failures: cases.filter((c) => c.failed).length,
		errors: 0
	};
}
function suitesOf(findings, ctx) {
	const byFile = groupByFile(findings, ctx.cwd);
	const ids = ruleIds(findings, ctx.rules);
	return allFiles(findings, ctx).map((file) => {
		const diagnostics = ctx.diagnostics.filter((d) => relativePath(d.file, ctx.cwd) === file);
		const rules = ruleSuite(file, byFile.get(file) ?? [], ids, ctx.failOn ?? "error");
		if (diagnostics.length === 0) return rules;
		const errors = errorSuite(file, diagnostics);
		return byFile.has(file) ? {
			...rules,
			cases: [...errors.cases, ...rules.cases],
			errors: errors.errors
		} : errors;
	});
}
/** JUnit XML: a test suite per file, a test case per rule × file, an error case per file that failed to load. */
const junit = (findings, ctx) => {
	const suites = suitesOf(findings, ctx);
	const total = (pick) => suites.reduce((sum, s) => sum + pick(s), 0);
	const counts = (s) => ({
		tests: s.tests,
		failures: s.failures,
		errors: s.errors,
		skipped: 0
	});
	const seconds = (file) => ctx.timings?.[file] ?? 0;
	const time = (value) => value.toFixed(3);
	const body = suites.map((s) => `  <testsuite${attributes({
		name: s.name,
		...counts({
			...s,
			tests: s.cases.length
		}),
		time: time(seconds(s.name)),
		file: s.name
	})}>\n${s.cases.join("\n")}\n  </testsuite>`);
	return [
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
		`<testsuites${attributes({
			name: "archcap",
			...counts({
				tests: total((s) => s.cases.length),
				failures: total((s) => s.failures),
				errors: total((s) => s.errors)
			}),
			time: time(suites.reduce((sum, s) => sum + seconds(s.name), 0))
		})}>`,
		...body,
		"</testsuites>"
	].join("\n");
};
// dist/report/findings/markdown.js
/** Text markers, no emoji: they read the same in a terminal, an e-mail and a screen reader. */
const MARKER = {
	error: "**error**",
	warning: "warning",
	info: "info"
};
/** Escape Markdown (and inline HTML) so a message renders as the text it is, inside a table cell. */
function escapeMarkdown(text) {
	return escapeControl(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1").replace(/\r\n|\r|\n/g, "<br>"));
}
/** A code span that survives backticks in its content (CommonMark: a longer fence). */
function codeSpan(raw) {
	const text = escapeControl(raw);
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = "`".repeat(longest + 1);
	const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
	return `${fence}${pad}${text}${pad}${fence}`;
}
/** A table cell can hold no `|`, not even inside a code span, so pipes are escaped there too. */
const cellCode = (text) => codeSpan(text).replace(/\|/g, "\\|");
/** A link destination safe in a table cell: parentheses and pipes percent-encoded. */
const linkTarget = (url) => url.replace(/[()|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function ruleCell(f, rules) {
	const docs = firstUrl(rules.get(f.ruleId)?.references ?? []) ?? firstUrl(f.references);
	const code = cellCode(f.ruleId);
	return docs ? `[${code}](${linkTarget(docs)})` : code;
}
function table(file, findings, rules) {
	const rows = findings.map((f) => {
		const note = f.suppressed ? ` _(suppressed${f.suppressed.reason ? `: ${escapeMarkdown(f.suppressed.reason)}` : ""})_` : "";
		return `| ${[
			`${f.line}:${f.column}`,
			MARKER[f.severity],
			ruleCell(f, rules),
			escapeMarkdown(f.message) + note
		].join(" | ")} |`;
	});
	return [
		`#### ${codeSpan(file)}`,
		"",
		"| Line | Severity | Rule | Message |",
		"| ---: | --- | --- | --- |",
		...rows
	].join("\n");
}
/** Markdown for a pull-request comment: a summary line, then a table per file with findings. */
const markdown = (findings, ctx) => {
	const all = reportable(findings, ctx);
	const checked = plural(allFiles(findings, ctx).length, "file");
	if (all.length === 0) return `**archcap**: no problems found in ${checked}.`;
	const groups = groupByFile(all, ctx.cwd);
	const rules = new Map(ctx.rules.map((r) => [r.id, r]));
	return [`**archcap**: ${summaryText(countFindings(all))} in ${groups.size} of ${checked} checked.`, ...[...groups].map(([file, group]) => table(file, group, rules))].join("\n\n");
};
// dist/report/findings/sarif-rules.js
const SARIF_LEVEL = {
	error: "error",
	warning: "warning",
	info: "note"
};
const referenceMarkdown = (ref) => firstUrl([ref]) ? `<${ref}>` : ref;
/** Plain text and Markdown help: what is wrong, why it matters, how to fix it, where to read more. */
function help(rule) {
	const text = [
		rule.description,
		`Why: ${rule.rationale}`,
		`How to fix: ${rule.fix}`
	];
	const markdown = [
		rule.description,
		`**Why.** ${rule.rationale}`,
		`**How to fix.** ${rule.fix}`
	];
	if (rule.references.length > 0) {
		text.push(["References:", ...rule.references.map((r) => `- ${r}`)].join("\n"));
		markdown.push([
			"**References**",
			"",
			...rule.references.map((r) => `- ${referenceMarkdown(r)}`)
		].join("\n"));
	}
	return {
		text: text.join("\n\n"),
		markdown: markdown.join("\n\n")
	};
}
/** The category is the id's first part: `timeout/missing` is tagged `timeout`. */
const tagsOf = (id) => {
	const category = id.includes("/") ? id.slice(0, id.indexOf("/")) : id;
	return [.../* @__PURE__ */ new Set(["architecture", category])];
};
function ruleDescriptor(rule) {
	const helpUri = firstUrl(rule.references);
	return {
		id: rule.id,
		shortDescription: { text: rule.summary },
		fullDescription: { text: rule.description },
		help: help(rule),
		...helpUri ? { helpUri } : {},
		defaultConfiguration: rule.severity === "off" ? {
			level: "none",
			enabled: false
		} : { level: SARIF_LEVEL[rule.severity] },
		properties: { tags: tagsOf(rule.id) }
	};
}
/** A descriptor for a rule id that has no metadata (a file that failed to load, a rule from elsewhere). */
function fallbackDescriptor(finding) {
	const invalidInput = finding.ruleId === INVALID_INPUT_RULE_ID;
	return {
		id: finding.ruleId,
		shortDescription: { text: invalidInput ? "The file could not be loaded or is not a valid system description." : finding.ruleId },
		defaultConfiguration: { level: invalidInput ? "error" : SARIF_LEVEL[finding.severity] },
		properties: { tags: tagsOf(finding.ruleId) }
	};
}
/** One descriptor per rule that ran, then one per other rule id a result names; ids are unique. */
function ruleDescriptors(rules, findings) {
	const byId = /* @__PURE__ */ new Map();
	for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, ruleDescriptor(rule));
	for (const f of findings) if (!byId.has(f.ruleId)) byId.set(f.ruleId, fallbackDescriptor(f));
	return [...byId.values()];
}
// dist/report/findings/sarif.js
const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/**
* Artifact URIs are relative to this base: the project root (the folder of
* `.archcap.yaml`, else the git work tree), so they do not depend on the folder
* archcap ran in. `originalUriBaseIds` describes it without an absolute path, so
* the log does not carry the runner's file system; GitHub resolves such URIs
* against the repository root.
*/
const SRCROOT = "%SRCROOT%";
/** Key of archcap's own fingerprint in `partialFingerprints` (versioned, as SARIF advises). */
const FINGERPRINT_KEY = "archcap/v1";
/** A relative URI reference: each path segment percent-encoded (spaces, non-ASCII, `#`, `?`). */
function artifactUri(file, base) {
	return relativePath(file, base).split("/").map(encodeURIComponent).join("/");
}
/** Where a finding's file is: relative to the project root, or an absolute file URI when outside it. */
function artifactLocation(file, ctx) {
	const root = ctx.root ?? ctx.cwd;
	const absolute = resolve(ctx.cwd, file);
	if (isAbsolute(relativePath(absolute, root))) return { uri: pathToFileURL(absolute).href };
	return {
		uri: artifactUri(absolute, root),
		uriBaseId: SRCROOT
	};
}
/** A file that could not be used is one alert per problem: keyed by the problem, the file from the root and the YAML path, not the line. */
function diagnosticFingerprint(f, code, ctx) {
	const file = artifactLocation(f.file, ctx).uri;
	return createHash("sha256").update(`${f.ruleId}\u0000${code}\u0000${file}\u0000${f.path}\u0000${f.message}`).digest("hex").slice(0, 24);
}
function toResult(f, ruleIndex, ctx, code) {
	return {
		ruleId: f.ruleId,
		ruleIndex,
		level: SARIF_LEVEL[f.severity],
		message: { text: f.message },
		locations: [{
			physicalLocation: {
				artifactLocation: artifactLocation(f.file, ctx),
				region: {
					startLine: Math.max(1, f.line),
					startColumn: Math.max(1, f.column)
				}
			},
			...f.path ? { logicalLocations: [{
				fullyQualifiedName: f.path,
				kind: "object"
			}] } : {}
		}],
		...f.related?.length ? { relatedLocations: f.related.map((r, i) => ({
			id: i + 1,
			physicalLocation: {
				artifactLocation: artifactLocation(f.file, ctx),
				region: {
					startLine: Math.max(1, r.line),
					startColumn: Math.max(1, r.column)
				}
			},
			logicalLocations: [{
				fullyQualifiedName: r.path,
				kind: "object"
			}],
			message: { text: r.message }
		})) } : {},
		...f.fingerprint ?? (code === void 0 ? void 0 : diagnosticFingerprint(f, code, ctx)) ? { partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint ?? diagnosticFingerprint(f, code, ctx) } } : {},
		...f.suppressed ? { suppressions: [{
			kind: f.suppressed.kind === "inline" ? "inSource" : "external",
			status: "accepted",
			...f.suppressed.reason ? { justification: f.suppressed.reason } : {}
		}] } : {},
		...code === void 0 ? {} : { properties: { diagnosticCode: code } }
	};
}
/** Findings and diagnostics in report order, each diagnostic keeping its code. */
function entries(findings, ctx) {
	return [...findings.map((finding) => ({ finding })), ...ctx.diagnostics.map((d) => ({
		finding: diagnosticToFinding(d),
		code: d.code
	}))].sort((a, b) => compareFindings(a.finding, b.finding));
}
/** A SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF viewers. */
const sarif = (findings, ctx) => {
	const all = entries(findings, ctx);
	const rules = ruleDescriptors(ctx.rules, all.map((e) => e.finding));
	const index = new Map(rules.map((r, i) => [r.id, i]));
	const log = {
		$schema: SARIF_SCHEMA_URI,
		version: "2.1.0",
		runs: [{
			tool: { driver: {
				name: "archcap",
				version: ctx.version,
				rules
			} },
			originalUriBaseIds: { [SRCROOT]: { description: { text: "The project root: the folder of .archcap.yaml, else the git work tree." } } },
			columnKind: "utf16CodeUnits",
			results: all.map(({ finding, code }) => toResult(finding, index.get(finding.ruleId) ?? -1, ctx, code))
		}]
	};
	return JSON.stringify(log, null, 2);
};
// dist/report/findings/stylish.js
/** Plain ANSI SGR codes: no colour library needed for five styles. */
const ANSI = {
	red: [31, 39],
	yellow: [33, 39],
	blue: [34, 39],
	green: [32, 39],
	dim: [2, 22],
	bold: [1, 22],
	underline: [4, 24]
};
const SEVERITY_STYLE = {
	error: "red",
	warning: "yellow",
	info: "blue"
};
const paintWith = (color) => (style, text) => color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text;
/** Width as a terminal shows it, near enough: one column per code point. */
const width = (text) => [...text].length;
const padEnd = (text, to) => text + " ".repeat(Math.max(0, to - width(text)));
/** One terminal line: line breaks become spaces; other control characters (ESC, BEL…) cannot reach the terminal. */
const oneLine = (text) => escapeControl(text.replace(/\t/g, " ").replace(/\s*[\r\n]+\s*/g, " ")).trim();
function toRow(f) {
	const reason = f.suppressed?.reason ? `: ${oneLine(f.suppressed.reason)}` : "";
	const suffix = f.suppressed ? ` (suppressed${reason})` : "";
	return {
		position: `${f.line}:${f.column}`,
		severity: f.severity,
		message: oneLine(f.message) + suffix,
		ruleId: f.ruleId
	};
}
/** Words of `text` in lines of at most `max` columns (a longer word gets a line of its own, cut if it must be). */
function wrapWords(text, max) {
	const lines = [];
	let line = "";
	for (let word of text.split(" ").filter(Boolean)) {
		while (width(word) > max) {
			if (line) lines.push(line);
			line = "";
			lines.push([...word].slice(0, max).join(""));
			word = [...word].slice(max).join("");
		}
		if (!word) continue;
		if (line && width(line) + 1 + width(word) > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line || lines.length === 0) lines.push(line);
	return lines;
}
/** The narrowest message column worth wrapping into; below it, lines are left long. */
const MIN_MESSAGE_WIDTH = 30;
function renderFile(file, rows, paint, columns) {
	const cols = {
		position: Math.max(...rows.map((r) => width(r.position))),
		severity: Math.max(...rows.map((r) => width(r.severity)))
	};
	const indent = 2 + cols.position + 2 + cols.severity + 2;
	const lines = rows.flatMap((r) => {
		const lead = `  ${paint("dim", padEnd(r.position, cols.position))}  ${paint(SEVERITY_STYLE[r.severity], padEnd(r.severity, cols.severity))}  `;
		if (columns === void 0 || columns - indent < MIN_MESSAGE_WIDTH) return [`${lead}${r.message}  ${paint("dim", r.ruleId)}`];
		const max = columns - indent;
		const wrapped = wrapWords(r.message, max);
		const last = wrapped.length - 1;
		if (width(wrapped[last]) + 2 + width(r.ruleId) <= max) wrapped[last] = `${wrapped[last]}  ${paint("dim", r.ruleId)}`;
		else wrapped.push(paint("dim", r.ruleId));
		return wrapped.map((text, i) => `${i === 0 ? lead : " ".repeat(indent)}${text}`);
	});
	return [paint("underline", escapeControl(file)), ...lines];
}
/** ESLint-like output for a terminal: findings grouped by file, aligned columns, messages wrapped to the terminal's width, a summary. */
const stylish = (findings, ctx) => {
	const all = reportable(findings, ctx);
	if (all.length === 0) return "";
	const paint = paintWith(ctx.color);
	const blocks = [...groupByFile(all, ctx.cwd)].map(([file, group]) => renderFile(file, group.map(toRow), paint, ctx.width).join("\n"));
	const counts = countFindings(all);
	const summary = paint("bold", paint(counts.error > 0 ? "red" : counts.warning > 0 ? "yellow" : counts.info > 0 ? "blue" : "green", `${counts.problems > 0 ? "✖" : "✔"} ${summaryText(counts)}`));
	return `${blocks.join("\n\n")}\n\n${summary}`;
};
// dist/report/findings/index.js
/** The `--format` values of `archcap lint`. */
const FORMAT_NAMES = [
	"stylish",
	"json",
	"sarif",
	"junit",
	"github",
	"markdown"
];
/**
* Every findings formatter by name. Each is a pure `(findings, ctx) => string`;
* the text has no trailing newline (the caller adds one when it prints or writes).
*/
const formatters = {
	stylish,
	json,
	sarif,
	junit,
	github,
	markdown
};
function isFormatName(name) {
	return FORMAT_NAMES.includes(name);
}
// dist/engine/lint-setup.js
/**
* From lint's flags and the config file to what a lint run needs: the rules
* (built-ins + config + rulesets), the baseline, the formats and the threshold.
* Flags win over the config file; the config file wins over defaults.
*/
function parseFormatSpec(spec, cwd) {
	const [name, file] = spec.split(/=(.*)/s, 2);
	if (!isFormatName(name)) throw new UsageError(`unknown format '${name}'; accepted: ${FORMAT_NAMES.join(", ")}`);
	return {
		format: name,
		...file ? { file: resolve(cwd, file) } : {}
	};
}
function setupLint(flags, cwd) {
	const configFile = flags.noConfig ? void 0 : flags.config ? resolve(cwd, flags.config) : findConfig(cwd);
	if (flags.config && !existsSync(resolve(cwd, flags.config))) throw InputError.at("unreadable", flags.config, "cannot read config file: no such file");
	const config = configFile ? loadConfig(configFile) : void 0;
	useProjectEngines(config?.engines ?? []);
	let rules = builtinRules();
	if (config) rules = applyRuleset(rules, config.document);
	for (const file of flags.ruleset ?? []) rules = applyRuleset(rules, readYamlDocument(resolve(cwd, file)));
	const failOn = flags.failOn ?? config?.failOn ?? "error";
	if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}`);
	let outputs = (flags.format ?? []).map((spec) => parseFormatSpec(spec, cwd));
	if (outputs.length === 0 && config?.formats) {
		const root = dirname(config.file);
		outputs = config.formats.map((f) => ({
			...parseFormatSpec(f.output ? `${f.format}=${f.output}` : f.format, cwd),
			...f.output ? { root } : {}
		}));
	}
	if (outputs.length === 0) outputs = [{ format: "stylish" }];
	if (flags.output) {
		const bare = outputs.filter((o) => !o.file);
		if (bare.length !== 1) throw new UsageError("--output needs exactly one --format without its own =FILE");
		bare[0].file = resolve(cwd, flags.output);
	}
	if (outputs.filter((o) => !o.file).length > 1) throw new UsageError("only one format can go to standard output; give the others a file: --format sarif=archcap.sarif");
	const baselineFile = flags.baseline ? resolve(cwd, flags.baseline) : config?.baseline;
	const root = findProjectRoot(cwd, configFile);
	const slashed = (p) => p.split("\\").join("/");
	const ignores = [
		...readIgnoreFile(root),
		...parseIgnore(config?.ignores ?? [], slashed(configFile ? dirname(configFile) : root), "ignores in .archcap.yaml"),
		...parseIgnore(flags.ignorePattern ?? [], slashed(resolve(cwd)), "--ignore-pattern")
	];
	const maxWarnings = flags.maxWarnings ?? config?.maxWarnings;
	if (maxWarnings !== void 0 && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError("--max-warnings must be a whole number, 0 or more");
	const setup = {
		root,
		ignores,
		useIgnore: flags.ignore ?? true,
		...config?.files ? { files: config.files } : {},
		...maxWarnings === void 0 ? {} : { maxWarnings },
		rules,
		failOn,
		outputs,
		inlineIgnore: flags.inlineIgnore ?? config?.inlineIgnore ?? true
	};
	if (config) setup.config = config;
	if (baselineFile) {
		setup.baselineFile = baselineFile;
		if (!flags.baseline && config) setup.baselineRoot = dirname(config.file);
		if (existsSync(baselineFile)) setup.baseline = readBaseline(baselineFile);
	}
	return setup;
}
/** Baselines list every accepted finding, so they may be larger than a system description. */
const MAX_BASELINE_BYTES = 8 * LIMITS.maxBytes;
function readBaseline(file) {
	const text = decodeText(file, readInputFile(file, MAX_BASELINE_BYTES, "the baseline"), MAX_BASELINE_BYTES);
	let value;
	try {
		value = JSON.parse(text);
	} catch (error) {
		throw InputError.at("invalid-baseline", file, `baseline is not valid JSON: ${error.message}`);
	}
	const v = value;
	if (v === null || typeof v !== "object" || v.version !== 1 || !Array.isArray(v.findings)) throw InputError.at("invalid-baseline", file, "not an archcap baseline (expected { \"version\": 1, \"findings\": [...] }); recreate it with --update-baseline");
	const bad = v.findings.findIndex((f) => f === null || typeof f !== "object" || typeof f.fingerprint !== "string");
	if (bad !== -1) {
		const at = locateIn(parseYaml(file, text).positions, `findings[${bad}]`);
		throw InputError.at("invalid-baseline", file, `findings[${bad}] is not a baseline entry (an object with a "fingerprint" string); recreate the baseline with --update-baseline`, at.line, at.column, `findings[${bad}]`);
	}
	return v;
}
// dist/version.js
/** archcap's version, from package.json (the path is the same from src/ and dist/). */
const VERSION = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
// dist/report/lint-report.js
function ruleMeta(rule) {
	const { id, severity, summary, description, rationale, references, fix } = rule;
	return {
		id,
		severity,
		summary,
		description,
		rationale,
		references,
		fix
	};
}
function formatLintResult(format, result, rules, options) {
	const findings = format === "sarif" ? result.findings : result.findings.filter((f) => !f.suppressed);
	return formatters[format](findings, {
		rules: rules.filter((r) => r.severity !== "off").map(ruleMeta),
		files: result.files,
		diagnostics: format === "stylish" ? [] : result.diagnostics,
		cwd: options.cwd,
		color: options.color,
		version: VERSION,
		...options.width ? { width: options.width } : {},
		...options.root ? { root: options.root } : {},
		...options.failOn ? { failOn: options.failOn } : {},
		...result.timings ? { timings: result.timings } : {}
	});
}
export { FORMAT_NAMES as i, ruleMeta as n, setupLint as r, formatLintResult as t };
