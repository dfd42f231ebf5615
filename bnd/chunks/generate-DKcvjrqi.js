import { n as GenerateError, s as escapeControl } from "./errors-BcMCNHWs.js";
import { a as withFolderLock, c as emptyManifest, d as readManifest, f as realRoot, h as safeRelativePath, i as writeInside, m as MANIFEST_FILE, n as defaultOps, o as describeError, p as sha256, r as ensureOutDir, s as classify, u as readEntry } from "./write-DtjIotvm.js";
import { createRequire } from "node:module";
import { join } from "node:path";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
import RuntimeModule from "handlebars/runtime.js";
// dist/generate/manifest-cache.js
/**
* Manifests validated at build time, stored by the hash of their YAML text in
* `build/templates.catalogue.json`: `generate` then reads JSON instead of parsing YAML
* (about 100 ms on these machines). A manifest edited since the build has another hash and
* is parsed and validated as usual.
*/
const MANIFEST_CACHE_URL = new URL("../../build/templates.catalogue.json", import.meta.url);
const FORMAT = "archcap-manifests/1";
const keyOf = (kind, text) => createHash("sha256").update(`${kind}\0${text}`).digest("hex");
function readBuiltManifestCache(url = MANIFEST_CACHE_URL) {
	const file = fileURLToPath(url);
	if (!existsSync(file)) return void 0;
	try {
		const cache = JSON.parse(readFileSync(file, "utf8"));
		return cache.format === FORMAT && typeof cache.entries === "object" ? cache : void 0;
	} catch {
		return;
	}
}
function cachedManifest(cache, kind, text, dir, folder) {
	const entry = cache?.entries[keyOf(kind, text)];
	if (!entry) return void 0;
	if (kind === "pattern" && entry.name !== folder) return void 0;
	return {
		...structuredClone(entry),
		dir
	};
}
// dist/generate/shape.js
/** A small reader for hand-written YAML manifests: each mistake names the file and the key. */
var ShapeReader = class {
	file;
	constructor(file) {
		this.file = file;
	}
	fail(path, message) {
		throw new GenerateError("template-manifest", `${this.file}: ${path}: ${message}`);
	}
	object(value, path) {
		if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(path, `expected a mapping, got ${describe(value)}`);
		return value;
	}
	/** Refuse keys outside `allowed` (keys starting with `x-` are free for notes). */
	keys(obj, path, allowed) {
		for (const key of Object.keys(obj)) if (!allowed.includes(key) && !key.startsWith("x-")) this.fail(path, `unknown key "${key}"; accepted: ${allowed.join(", ")}`);
	}
	string(value, path) {
		if (typeof value !== "string" || value.trim() === "") this.fail(path, `expected a non-empty string, got ${describe(value)}`);
		return value;
	}
	optionalString(value, path, fallback) {
		return value === void 0 ? fallback : this.string(value, path);
	}
	strings(value, path) {
		if (value === void 0 || value === null) return [];
		if (!Array.isArray(value)) this.fail(path, `expected a list of strings, got ${describe(value)}`);
		return value.map((item, i) => this.string(item, `${path}[${i}]`));
	}
	oneOf(value, path, accepted) {
		if (typeof value !== "string" || !accepted.includes(value)) this.fail(path, `expected one of ${accepted.join(" | ")}, got ${describe(value)}`);
		return value;
	}
	stringMap(value, path) {
		if (value === void 0 || value === null) return {};
		const obj = this.object(value, path);
		const out = {};
		for (const [key, v] of Object.entries(obj)) out[key] = this.string(v, `${path}.${key}`);
		return out;
	}
};
function describe(value) {
	if (value === null) return "null";
	if (Array.isArray(value)) return "a list";
	if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	if (typeof value === "object") return "a mapping";
	return `${typeof value} ${String(value)}`;
}
// dist/generate/reserved.js
/** Names a generated identifier or file must not take. */
const KEYWORDS = [
	"break",
	"case",
	"catch",
	"class",
	"const",
	"continue",
	"debugger",
	"default",
	"delete",
	"do",
	"else",
	"enum",
	"export",
	"extends",
	"false",
	"finally",
	"for",
	"function",
	"if",
	"import",
	"in",
	"instanceof",
	"new",
	"null",
	"return",
	"super",
	"switch",
	"this",
	"throw",
	"true",
	"try",
	"typeof",
	"var",
	"void",
	"while",
	"with",
	"yield",
	"await",
	"let",
	"static",
	"implements",
	"interface",
	"package",
	"private",
	"protected",
	"public",
	"arguments",
	"eval",
	"any",
	"unknown",
	"never",
	"number",
	"string",
	"boolean",
	"symbol",
	"object",
	"bigint",
	"undefined",
	"type",
	"namespace",
	"module",
	"declare",
	"abstract",
	"as",
	"asserts",
	"infer",
	"is",
	"keyof",
	"readonly",
	"require",
	"satisfies",
	"unique",
	"global",
	"constructor",
	"of"
];
/** Globals a generated class or constant would shadow (`class Map` breaks `new Map()`). */
const GLOBALS = [
	"Array",
	"ArrayBuffer",
	"BigInt",
	"Boolean",
	"Buffer",
	"DataView",
	"Date",
	"Error",
	"EvalError",
	"Function",
	"Infinity",
	"Intl",
	"JSON",
	"Map",
	"Math",
	"NaN",
	"Number",
	"Object",
	"Promise",
	"Proxy",
	"RangeError",
	"ReferenceError",
	"Reflect",
	"RegExp",
	"Set",
	"String",
	"Symbol",
	"SyntaxError",
	"TypeError",
	"URIError",
	"URL",
	"WeakMap",
	"WeakRef",
	"WeakSet",
	"AbortController",
	"AbortSignal",
	"Event",
	"EventTarget",
	"TextDecoder",
	"TextEncoder",
	"Record",
	"Partial",
	"Required",
	"Readonly",
	"Pick",
	"Omit",
	"Exclude",
	"Extract",
	"NonNullable",
	"ReturnType",
	"Parameters",
	"Awaited",
	"Iterable",
	"Iterator",
	"AsyncIterable",
	"PromiseLike",
	"ArrayLike",
	"globalThis",
	"console",
	"process",
	"require",
	"setTimeout",
	"clearTimeout",
	"setInterval",
	"clearInterval",
	"structuredClone",
	"queueMicrotask",
	"performance",
	"crypto",
	"fetch",
	"Response",
	"Request",
	"Headers"
];
const RESERVED_IDENTIFIERS = /* @__PURE__ */ new Set([...KEYWORDS, ...GLOBALS]);
/** Device names Windows refuses as file names, whatever the extension. */
const RESERVED_FILE_NAMES = /* @__PURE__ */ new Set([
	"con",
	"prn",
	"aux",
	"nul",
	...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
	...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`)
]);
// dist/generate/identifiers.js
/**
* Names from a user's YAML become identifiers and file names through these functions.
* Every result is ASCII, valid in its target (a TypeScript identifier that is not a
* reserved word or a shadowed global; a portable file name) and deterministic. Different
* inputs can still meet (`create-order` and `create_order` are both `createOrder`); the
* planner detects such collisions instead of hiding them.
*/
const MAX_LENGTH = 100;
/** Split any value into lower-case ASCII words: `"HTTPServer v2"` → `["http", "server", "v2"]`. */
function words(value) {
	const text = String(value ?? "").normalize("NFKD").replace(/\p{M}/gu, "");
	const out = [];
	for (const chunk of text.split(/[^\p{L}\p{N}]+/u)) {
		if (chunk === "") continue;
		out.push(...splitChunk(chunk));
	}
	return out;
}
function splitChunk(chunk) {
	return chunk.replace(/[^A-Za-z0-9]/gu, (c) => ` u${c.codePointAt(0).toString(16)} `).replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(" ").filter((w) => w !== "").map((w) => w.toLowerCase());
}
const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);
/** The words of a name; a name without letters or digits is called `unnamed`. */
const nameWords = (value) => {
	const w = words(value);
	return w.length > 0 ? w : ["unnamed"];
};
function bounded(name, value, sep) {
	if (name.length <= MAX_LENGTH) return name;
	const hash = createHash("sha256").update(String(value)).digest("hex").slice(0, 8);
	return `${name.slice(0, 91)}${sep}${hash}`;
}
function identifier(joined, value) {
	let id = joined;
	if (/^[0-9]/.test(id)) id = `_${id}`;
	id = bounded(id, value, "_");
	return RESERVED_IDENTIFIERS.has(id) ? `${id}_` : id;
}
function pascal(value) {
	return identifier(nameWords(value).map(cap).join(""), value);
}
function camel(value) {
	const [first = "", ...rest] = nameWords(value);
	return identifier(first + rest.map(cap).join(""), value);
}
function constant(value) {
	return identifier(nameWords(value).join("_").toUpperCase(), value);
}
function fileName(joined, value, sep) {
	const name = bounded(joined, value, sep);
	return RESERVED_FILE_NAMES.has(name) ? `${name}${sep}file` : name;
}
/** A lower-case file name such as `order-service` (also safe on Windows). */
function kebab(value) {
	return fileName(nameWords(value).join("-"), value, "-");
}
/** A lower-case name such as `order_service` (file names, SQL names before quoting). */
function snake(value) {
	return fileName(nameWords(value).join("_"), value, "_");
}
// dist/generate/inputs.js
/** Checking the values given for a pattern's inputs against their declared types. */
function checkScalar(type, value) {
	switch (type) {
		case "string": return typeof value === "string" ? void 0 : `expected a string, got ${describe(value)}`;
		case "identifier":
			if (typeof value !== "string") return `expected a name (string), got ${describe(value)}`;
			return words(value).length > 0 ? void 0 : `expected a name with at least one letter or digit, got ${describe(value)}`;
		case "integer": return Number.isSafeInteger(value) ? void 0 : `expected an integer, got ${describe(value)}`;
		case "number": return typeof value === "number" && Number.isFinite(value) ? void 0 : `expected a number, got ${describe(value)}`;
		case "boolean": return typeof value === "boolean" ? void 0 : `expected true or false, got ${describe(value)}`;
		case "object": return typeof value === "object" && value !== null && !Array.isArray(value) ? void 0 : `expected a mapping, got ${describe(value)}`;
	}
}
/** The problem with `value` for `input`, or undefined when it is acceptable. */
function checkInputValue(input, value) {
	if (input.type === "list") {
		if (!Array.isArray(value)) return `expected a list, got ${describe(value)}`;
		if (input.items === void 0) return void 0;
		for (const [i, item] of value.entries()) {
			const problem = checkScalar(input.items, item);
			if (problem) return `item ${i}: ${problem}`;
		}
		return;
	}
	const problem = checkScalar(input.type, value);
	if (problem) return problem;
	if (input.enum && !input.enum.some((v) => v === value)) return `expected one of ${input.enum.map((v) => JSON.stringify(v)).join(", ")}, got ${describe(value)}`;
	if (typeof value === "number") {
		if (input.minimum !== void 0 && value < input.minimum) return `must be at least ${input.minimum}, got ${value}`;
		if (input.maximum !== void 0 && value > input.maximum) return `must be at most ${input.maximum}, got ${value}`;
	}
}
/** Defaults overlaid with the given values; unknown names and wrong types are refused. */
function resolveInputs(manifest, given = {}) {
	const known = new Map(manifest.inputs.map((input) => [input.name, input]));
	for (const name of Object.keys(given)) if (!known.has(name)) {
		const list = manifest.inputs.map((i) => i.name).join(", ") || "(none)";
		throw new GenerateError("unknown-input", `pattern ${manifest.name} has no input "${name}"; its inputs: ${list}`);
	}
	const resolved = {};
	for (const input of manifest.inputs) {
		const value = Object.hasOwn(given, input.name) && given[input.name] !== void 0 ? given[input.name] : input.default;
		const problem = checkInputValue(input, value);
		if (problem) throw new GenerateError("invalid-input", `pattern ${manifest.name}, input ${input.name} (${input.type}): ${problem}`);
		resolved[input.name] = structuredClone(value);
	}
	return resolved;
}
// dist/generate/manifest.js
/** Parsing and validating `templates/<pattern>/pattern.yaml` and `templates/_common/common.yaml`. */
const INPUT_TYPES = [
	"string",
	"identifier",
	"integer",
	"number",
	"boolean",
	"list"
];
const ITEM_TYPES = [
	"string",
	"identifier",
	"integer",
	"number",
	"boolean",
	"object"
];
const SERVICES = ["postgres", "redis"];
const PATTERN_KEYS = [
	"name",
	"title",
	"summary",
	"description",
	"references",
	"inputs",
	"files",
	"dependencies",
	"devDependencies",
	"services",
	"recommendedFor"
];
const INPUT_KEYS = [
	"name",
	"type",
	"items",
	"default",
	"description",
	"enum",
	"minimum",
	"maximum"
];
let parseYaml;
function load(file, text) {
	const r = new ShapeReader(file);
	let value;
	try {
		parseYaml ??= createRequire(import.meta.url)("yaml").parse;
		value = parseYaml(text, { maxAliasCount: 10 });
	} catch (error) {
		r.fail("(file)", `not valid YAML: ${error.message}`);
	}
	return {
		r,
		doc: r.object(value, "(file)")
	};
}
function readFiles(r, value, path, allowServices) {
	if (!Array.isArray(value) || value.length === 0) r.fail(path, "expected a non-empty list of { from, to }");
	return value.map((item, i) => {
		const at = `${path}[${i}]`;
		const obj = r.object(item, at);
		r.keys(obj, at, allowServices ? [
			"from",
			"to",
			"description",
			"services"
		] : [
			"from",
			"to",
			"description"
		]);
		const file = {
			from: r.string(obj.from, `${at}.from`),
			to: r.string(obj.to, `${at}.to`)
		};
		if (obj.description !== void 0) file.description = r.string(obj.description, `${at}.description`);
		if (allowServices && obj.services !== void 0) file.services = r.strings(obj.services, `${at}.services`).map((s, j) => r.oneOf(s, `${at}.services[${j}]`, SERVICES));
		return file;
	});
}
function readInput(r, value, at) {
	const obj = r.object(value, at);
	r.keys(obj, at, INPUT_KEYS);
	const input = {
		name: r.string(obj.name, `${at}.name`),
		type: r.oneOf(obj.type, `${at}.type`, INPUT_TYPES),
		default: obj.default,
		description: r.string(obj.description, `${at}.description`)
	};
	if (!/^[A-Za-z][A-Za-z0-9]*$/.test(input.name)) r.fail(`${at}.name`, `"${input.name}" must be a camelCase name (letters and digits)`);
	if (obj.items !== void 0) input.items = r.oneOf(obj.items, `${at}.items`, ITEM_TYPES);
	if (obj.enum !== void 0) {
		if (!Array.isArray(obj.enum) || obj.enum.length === 0) r.fail(`${at}.enum`, "expected a non-empty list");
		input.enum = obj.enum;
	}
	for (const bound of ["minimum", "maximum"]) {
		const v = obj[bound];
		if (v === void 0) continue;
		if (typeof v !== "number") r.fail(`${at}.${bound}`, "expected a number");
		input[bound] = v;
	}
	if (obj.default === void 0) r.fail(`${at}.default`, "every input needs a default, so the pattern can be generated alone");
	const problem = checkInputValue(input, obj.default);
	if (problem) r.fail(`${at}.default`, problem);
	return input;
}
function parsePatternManifest(file, text, dir, folderName) {
	const { r, doc } = load(file, text);
	r.keys(doc, "(file)", PATTERN_KEYS);
	const name = r.string(doc.name, "name");
	if (name !== folderName) r.fail("name", `"${name}" must equal the folder name "${folderName}"`);
	const rawInputs = doc.inputs ?? [];
	if (!Array.isArray(rawInputs)) return r.fail("inputs", "expected a list");
	const inputs = rawInputs.map((item, i) => readInput(r, item, `inputs[${i}]`));
	const seen = /* @__PURE__ */ new Set();
	for (const [i, input] of inputs.entries()) {
		if (seen.has(input.name)) r.fail(`inputs[${i}].name`, `duplicate input "${input.name}"`);
		seen.add(input.name);
	}
	const files = readFiles(r, doc.files, "files", false);
	return {
		name,
		title: r.string(doc.title, "title"),
		summary: r.string(doc.summary, "summary"),
		description: r.string(doc.description, "description"),
		references: r.strings(doc.references, "references"),
		inputs,
		files,
		dependencies: r.stringMap(doc.dependencies, "dependencies"),
		devDependencies: r.stringMap(doc.devDependencies, "devDependencies"),
		services: r.strings(doc.services, "services").map((s, i) => r.oneOf(s, `services[${i}]`, SERVICES)),
		recommendedFor: r.strings(doc.recommendedFor, "recommendedFor"),
		dir
	};
}
function parseCommonManifest(file, text, dir) {
	const { r, doc } = load(file, text);
	r.keys(doc, "(file)", [
		"files",
		"dependencies",
		"devDependencies",
		"pins",
		"serviceDependencies"
	]);
	const byService = r.object(doc.serviceDependencies ?? {}, "serviceDependencies");
	r.keys(byService, "serviceDependencies", SERVICES);
	const serviceDependencies = Object.fromEntries(SERVICES.map((service) => {
		const at = `serviceDependencies.${service}`;
		const entry = r.object(byService[service] ?? {}, at);
		r.keys(entry, at, ["dependencies", "devDependencies"]);
		return [service, {
			dependencies: r.stringMap(entry.dependencies, `${at}.dependencies`),
			devDependencies: r.stringMap(entry.devDependencies, `${at}.devDependencies`)
		}];
	}));
	return {
		files: readFiles(r, doc.files, "files", true),
		dependencies: r.stringMap(doc.dependencies, "dependencies"),
		devDependencies: r.stringMap(doc.devDependencies, "devDependencies"),
		pins: r.stringMap(doc.pins, "pins"),
		serviceDependencies,
		dir
	};
}
// dist/generate/catalogue.js
/** The patterns on disk: every `templates/<pattern>/pattern.yaml`, validated. */
/** `templates/` of this installation: the same `../../` from src/generate and dist/generate. */
const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));
const COMMON_DIR = "_common";
const cache = /* @__PURE__ */ new Map();
/** Folders under templates/ that are patterns (every folder but `_common` and dot/underscore ones). */
function patternFolders(templatesDir) {
	return readdirSync(templatesDir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith("_") && !d.name.startsWith(".")).map((d) => d.name).sort();
}
function loadCatalogue(templatesDir = DEFAULT_TEMPLATES_DIR, opts = {}) {
	const cached = cache.get(templatesDir);
	if (cached && !opts.fresh) return cached;
	const built = opts.manifestCache ?? (opts.fresh ? void 0 : readBuiltManifestCache());
	const patterns = /* @__PURE__ */ new Map();
	for (const name of patternFolders(templatesDir)) {
		const dir = join(templatesDir, name);
		const file = join(dir, "pattern.yaml");
		if (!existsSync(file)) throw new GenerateError("template-manifest", `${file}: missing; every folder under templates/ is a pattern and needs a pattern.yaml`);
		const text = readFileSync(file, "utf8");
		const manifest = cachedManifest(built, "pattern", text, dir, name) ?? parsePatternManifest(file, text, dir, name);
		for (const [i, f] of manifest.files.entries()) {
			const source = join(dir, f.from);
			if (!existsSync(source) || !statSync(source).isFile()) throw new GenerateError("template-manifest", `${file}: files[${i}].from: ${f.from} does not exist in ${dir}`);
		}
		patterns.set(name, manifest);
	}
	const commonDir = join(templatesDir, COMMON_DIR);
	const commonFile = join(commonDir, "common.yaml");
	if (!existsSync(commonFile)) throw new GenerateError("template-manifest", `${commonFile}: missing`);
	const commonText = readFileSync(commonFile, "utf8");
	const catalogue = {
		templatesDir,
		patterns,
		common: cachedManifest(built, "common", commonText, commonDir, "_common") ?? parseCommonManifest(commonFile, commonText, commonDir)
	};
	cache.set(templatesDir, catalogue);
	return catalogue;
}
/** Every pattern, sorted by name, for `--help`, `--pattern` validation and listings. */
function listPatterns(templatesDir) {
	return [...loadCatalogue(templatesDir).patterns.values()].map((p) => ({
		name: p.name,
		title: p.title,
		summary: p.summary,
		services: [...p.services],
		inputs: p.inputs.map(({ name, type, default: d, description }) => ({
			name,
			type,
			default: d,
			description
		}))
	}));
}
// dist/generate/collisions.js
/** Two different names that would become one identifier or file name are refused, not merged. */
const FORMS = {
	pascal,
	camel,
	kebab,
	snake,
	constant
};
/** Names in the inputs of type `identifier` (or lists of them), each with where it came from. */
function identifierValues(manifest, inputs) {
	const out = [];
	for (const input of manifest.inputs) {
		const value = inputs[input.name];
		if (input.type === "identifier" && typeof value === "string") out.push({
			value,
			at: input.name
		});
		if (input.type === "list" && input.items === "identifier" && Array.isArray(value)) value.forEach((v, i) => typeof v === "string" && out.push({
			value: v,
			at: `${input.name}[${i}]`
		}));
	}
	return out;
}
/** Within one list input, distinct names must stay distinct in every case form. */
function checkIdentifierCollisions(manifest, inputs) {
	const values = identifierValues(manifest, inputs);
	for (const [form, fn] of Object.entries(FORMS)) {
		const seen = /* @__PURE__ */ new Map();
		for (const v of values) {
			const key = `${v.at.replace(/\[\d+\]$/, "")}\u0000${fn(v.value)}`;
			const other = seen.get(key);
			if (other && other.value !== v.value) throw new GenerateError("name-collision", `pattern ${manifest.name}: ${JSON.stringify(other.value)} (${other.at}) and ${JSON.stringify(v.value)} (${v.at}) both become ${form} name "${fn(v.value)}"; rename one`);
			seen.set(key, v);
		}
	}
}
/**
* Two planned files must not land on one path (compared case-insensitively, for macOS and
* Windows). The same content at the same path (a pattern requested twice sharing a
* migration) is written once.
*/
function dedupePaths(files) {
	const seen = /* @__PURE__ */ new Map();
	const out = [];
	for (const f of files) {
		const key = f.path.toLowerCase();
		const other = seen.get(key);
		if (other && other.path === f.path && other.content === f.content) continue;
		if (other) throw new GenerateError("path-collision", `${other.source} and ${f.source} both write ${f.path}${other.path === f.path ? " with different content" : ` (as ${other.path})`}`);
		seen.set(key, f);
		out.push(f);
	}
	return out;
}
// dist/generate/common-context.js
/** The rendering context of templates/_common: the package as a whole. */
const DEFAULT_PACKAGE_NAME = "archcap-generated";
function describeFile(path) {
	if (path.startsWith("migrations/")) return "PostgreSQL migration (run by `npm run migrate` and by the test helper)";
	if (path.startsWith("test/")) return "tests (vitest)";
	if (path.startsWith("src/")) return "implementation";
	return "file";
}
/**
* Besides the usual keys: `package` (name, dependencies, devDependencies),
* `services` (`{postgres, redis, any}` booleans), `entries` (one per pattern, for the
* README) and `shared` (the shared files with their descriptions).
*/
function commonContext(input) {
	const { manifests, resolved, services, deps, system, patterns, files, shared } = input;
	const entries = manifests.map((m) => ({
		name: m.name,
		title: m.title,
		summary: m.summary,
		description: m.description.trim(),
		references: m.references,
		services: m.services,
		usesPostgres: m.services.includes("postgres"),
		usesRedis: m.services.includes("redis"),
		files: files.filter((f) => f.source === m.name).map((f) => ({
			path: f.path,
			description: f.description ?? describeFile(f.path)
		})),
		testFiles: files.filter((f) => f.source === m.name && /\.test\.ts$/.test(f.path)).map((f) => f.path),
		inputs: m.inputs.map((i) => ({
			name: i.name,
			type: i.type,
			description: i.description,
			values: resolved.filter((r) => r.pattern === m.name).map((r) => JSON.stringify(r.inputs[i.name]))
		}))
	}));
	return {
		pattern: {
			name: "_common",
			title: "Common files",
			summary: "Package files shared by every pattern"
		},
		inputs: {},
		system,
		patterns,
		package: {
			name: system ? kebab(system.name) : DEFAULT_PACKAGE_NAME,
			dependencies: deps.dependencies,
			devDependencies: deps.devDependencies
		},
		services: {
			postgres: services.includes("postgres"),
			redis: services.includes("redis"),
			any: services.length > 0
		},
		entries,
		shared
	};
}
// dist/generate/dependencies.js
/** The npm dependencies of a generated package: common ones, per service, per pattern. */
/** Every version _common pins (common and per-service): these win over a pattern's range. */
function pins(common) {
	const out = {
		...common.pins,
		...common.dependencies,
		...common.devDependencies
	};
	for (const s of Object.values(common.serviceDependencies)) Object.assign(out, s.dependencies, s.devDependencies);
	return out;
}
function add(target, name, version, owner, pinned, owners) {
	const chosen = pinned[name] ?? version;
	const existing = target[name];
	if (existing !== void 0 && existing !== chosen) throw new GenerateError("dependency-conflict", `${name}: ${owners.get(name)} asks for ${existing} and ${owner} for ${chosen}; pin it in templates/_common/common.yaml`);
	target[name] = chosen;
	if (!owners.has(name)) owners.set(name, owner);
}
const sorted = (r) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
function mergeDependencies(common, patterns, services) {
	const pinned = pins(common);
	const owners = /* @__PURE__ */ new Map();
	const deps = {};
	const dev = {};
	const addAll = (target, from, owner) => {
		for (const [name, version] of Object.entries(from)) add(target, name, version, owner, pinned, owners);
	};
	addAll(deps, common.dependencies, "_common");
	addAll(dev, common.devDependencies, "_common");
	for (const s of services) {
		addAll(deps, common.serviceDependencies[s].dependencies, `_common (${s})`);
		addAll(dev, common.serviceDependencies[s].devDependencies, `_common (${s})`);
	}
	for (const p of patterns) {
		addAll(deps, p.dependencies, p.name);
		addAll(dev, p.devDependencies, p.name);
	}
	for (const name of Object.keys(deps)) delete dev[name];
	return {
		dependencies: sorted(deps),
		devDependencies: sorted(dev)
	};
}
// dist/generate/literals.js
/** Literals for generated code: every value a template prints passes through one of these. */
var HelperError = class extends Error {};
/** A TypeScript string literal: double-quoted, every special character escaped. */
function tsString(value) {
	if (value === void 0 || value === null) throw new HelperError(`tsString needs a value, got ${String(value)}`);
	return JSON.stringify(String(value)).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
/** `JSON.stringify(value)`: numbers, booleans, lists and objects for code and config. */
function json(value) {
	const text = JSON.stringify(value);
	if (text === void 0) throw new HelperError(`json cannot print ${typeof value}`);
	return text.replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function sqlText(value, helper) {
	if (value === void 0 || value === null) throw new HelperError(`${helper} needs a value, got ${String(value)}`);
	const text = String(value);
	if (text.includes("\0")) throw new HelperError(`${helper}: PostgreSQL text cannot contain a NUL byte`);
	return text;
}
/** A double-quoted PostgreSQL identifier. Longer than 63 bytes is refused: PostgreSQL would cut it. */
function sqlIdent(value) {
	const text = sqlText(value, "sqlIdent");
	if (text === "") throw new HelperError("sqlIdent: an SQL identifier cannot be empty");
	const bytes = Buffer.byteLength(text, "utf8");
	if (bytes > 63) throw new HelperError(`sqlIdent: "${text}" is ${bytes} bytes; PostgreSQL truncates identifiers to 63`);
	return `"${text.replace(/"/g, "\"\"")}"`;
}
/** A single-quoted SQL string literal (standard_conforming_strings: backslashes are plain). */
function sqlString(value) {
	return `'${sqlText(value, "sqlString").replace(/'/g, "''")}'`;
}
/** Text for Markdown prose (the generated README): one line, markup and inline HTML shown as typed, control characters visible. */
function mdText(value) {
	if (value === void 0 || value === null) throw new HelperError(`mdText needs a value, got ${String(value)}`);
	return escapeControl(String(value).replace(/\r\n|\r|\n/g, " ")).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]{}()#+!|~-])/g, "\\$1");
}
// dist/generate/helpers.js
/**
* The helper vocabulary of templates (templates/README.md). Registered on a private
* Handlebars environment by render.ts; this module does not import Handlebars.
*/
/** Drop Handlebars' trailing `options` argument and check the count of real ones. */
function fixed(name, arity, fn) {
	return (...args) => {
		const real = args.slice(0, -1);
		if (real.length !== arity) throw new HelperError(`${name} takes ${arity} argument(s), got ${real.length}`);
		if (real.some((v) => v === void 0)) throw new HelperError(`${name}: an argument is undefined (a misspelt or missing input?)`);
		return fn(...real);
	};
}
const VALUE_HELPERS = {
	pascal,
	camel,
	kebab,
	snake,
	constant,
	tsString,
	json,
	sqlIdent,
	sqlString,
	mdText
};
function isValueHelper(name) {
	return typeof name === "string" && Object.hasOwn(VALUE_HELPERS, name);
}
/** `join list sep [helper]`: with a helper name, every item passes through it first. */
function join$1(...args) {
	const [list, sep, helper] = args.slice(0, -1);
	if (!Array.isArray(list)) throw new HelperError(`join needs a list, got ${list === void 0 ? "undefined (a misspelt or missing input?)" : typeof list}`);
	if (typeof sep !== "string") throw new HelperError("join needs a separator string");
	if (helper === void 0) return list.map((item) => {
		if (typeof item === "object" && item !== null) throw new HelperError("join prints objects only through a helper (join list \", \" \"json\")");
		return String(item);
	}).join(sep);
	if (!isValueHelper(helper)) throw new HelperError(`join: unknown helper ${String(helper)}; known: ${Object.keys(VALUE_HELPERS).join(", ")}`);
	const fn = VALUE_HELPERS[helper];
	return list.map((item) => fn(item)).join(sep);
}
const HELPER_NAMES = [
	...Object.keys(VALUE_HELPERS),
	"eq",
	"join"
];
function registerHelpers(env) {
	for (const [name, fn] of Object.entries(VALUE_HELPERS)) env.registerHelper(name, fixed(name, 1, fn));
	env.registerHelper("eq", fixed("eq", 2, (a, b) => a === b));
	env.registerHelper("join", join$1);
}
// dist/generate/render.js
/**
* Rendering templates. The build precompiles every template into
* `build/templates.precompiled.mjs`; the CLI renders those with the Handlebars runtime
* only. A template missing from that module or changed since the build (development,
* tests) is compiled here instead, with the same options.
*/
/** The runtime-only build; its typings describe the module loosely, its value is a Handlebars environment. */
const Runtime = RuntimeModule;
/** Compile options shared by the build and the fallback; part of the module's identity. */
const COMPILE_OPTIONS = {
	strict: true,
	noEscape: true,
	knownHelpersOnly: true,
	knownHelpers: Object.fromEntries(HELPER_NAMES.map((name) => [name, true]))
};
const PRECOMPILED_FORMAT = `archcap-templates/1 ${JSON.stringify(COMPILE_OPTIONS)}`;
const PRECOMPILED_URL = new URL("../../build/templates.precompiled.mjs", import.meta.url);
async function loadPrecompiled(url) {
	if (!existsSync(fileURLToPath(url))) return void 0;
	const mod = await import(url.href);
	return mod.format === PRECOMPILED_FORMAT && mod.templates ? mod : void 0;
}
function environment(base) {
	const env = base.create();
	registerHelpers(env);
	return env;
}
/** A renderer for `sources`: precompiled where the build has them, compiled otherwise. */
async function createRenderer(sources, opts = {}) {
	const pre = opts.compileOnly ? void 0 : await loadPrecompiled(opts.precompiledUrl ?? PRECOMPILED_URL);
	const delegates = /* @__PURE__ */ new Map();
	const stats = {
		precompiled: 0,
		compiled: 0
	};
	const runtime = environment(Runtime);
	const missing = [];
	for (const s of sources) {
		if (delegates.has(s.key)) continue;
		const spec = pre?.templates[s.key];
		if (spec) {
			delegates.set(s.key, runtime.template(spec));
			stats.precompiled++;
		} else missing.push(s);
	}
	if (missing.length > 0) {
		const full = environment((await import("handlebars")).default);
		for (const s of missing) {
			if (delegates.has(s.key)) continue;
			delegates.set(s.key, compile(full, s));
			stats.compiled++;
		}
	}
	return {
		stats,
		render(template, context) {
			const delegate = delegates.get(template.key);
			if (!delegate) throw new GenerateError("template", `${template.name}: not loaded by this renderer`);
			try {
				return delegate(context);
			} catch (error) {
				throw new GenerateError("template", `${template.name}: ${error.message}`);
			}
		}
	};
}
function compile(env, s) {
	try {
		return env.compile(s.source, COMPILE_OPTIONS);
	} catch (error) {
		throw new GenerateError("template", `${s.name}: ${error.message}`);
	}
}
// dist/generate/template-sources.js
/** Every Handlebars source of the catalogue: template files and templated `to` paths. */
const hashSource = (source) => createHash("sha256").update(source).digest("hex");
function readTemplate(dir, from, folder) {
	const source = readFileSync(join(dir, from), "utf8");
	return {
		name: `${folder}/${from}`,
		source,
		key: hashSource(source)
	};
}
/** A `to` path is a template only when it contains a mustache. */
function pathTemplate(file, folder, index) {
	if (!file.to.includes("{{")) return void 0;
	return {
		name: `${folder}/files[${index}].to`,
		source: file.to,
		key: hashSource(file.to)
	};
}
// dist/generate/plan.js
/**
* Planning: pattern requests → every file of the package with its rendered content and
* what writing it would do. Reads templates (and, with `outDir`, the disk); writes nothing.
*/
function manifestFor(catalogue, name) {
	const manifest = catalogue.patterns.get(name);
	if (!manifest) {
		const known = [...catalogue.patterns.keys()].join(", ") || "(none)";
		throw new GenerateError("unknown-pattern", `unknown pattern "${name}"; known patterns: ${known}`);
	}
	return manifest;
}
function resolveRequests(catalogue, requests) {
	if (requests.length === 0) throw new GenerateError("no-patterns", "no pattern to generate; pick at least one");
	const seen = /* @__PURE__ */ new Set();
	const out = [];
	for (const request of requests) {
		const manifest = manifestFor(catalogue, request.pattern);
		const inputs = resolveInputs(manifest, request.inputs);
		checkIdentifierCollisions(manifest, inputs);
		const key = JSON.stringify([request.pattern, inputs]);
		if (!seen.has(key)) out.push({
			pattern: request.pattern,
			inputs
		});
		seen.add(key);
	}
	return out;
}
function job(dir, folder, file, index, context) {
	return {
		source: folder,
		file,
		body: readTemplate(dir, file.from, folder),
		to: pathTemplate(file, folder, index),
		context
	};
}
function renderJob(renderer, j) {
	const rawPath = j.to ? renderer.render(j.to, j.context).trim() : j.file.to;
	const path = safeRelativePath(rawPath);
	if (path === ".archcap-manifest.json") throw new GenerateError("unsafe-path", `${j.source}: ${MANIFEST_FILE} belongs to archcap`);
	return {
		path,
		content: renderer.render(j.body, j.context),
		source: j.source,
		...j.file.description === void 0 ? {} : { description: j.file.description }
	};
}
/** Plan the package for `requests`. Unknown patterns and ill-typed inputs are clear errors. */
async function planGeneration(requests, opts = {}) {
	const catalogue = loadCatalogue(opts.templatesDir);
	const resolved = resolveRequests(catalogue, requests);
	const manifests = [...new Set(resolved.map((r) => r.pattern))].map((name) => manifestFor(catalogue, name));
	const services = ["postgres", "redis"].filter((s) => manifests.some((m) => m.services.includes(s)));
	const deps = mergeDependencies(catalogue.common, manifests, services);
	const system = opts.systemName === void 0 ? void 0 : { name: opts.systemName };
	const patterns = manifests.map((m) => m.name);
	const jobs = [];
	for (const r of resolved) {
		const m = manifestFor(catalogue, r.pattern);
		const context = {
			pattern: {
				name: m.name,
				title: m.title,
				summary: m.summary
			},
			inputs: r.inputs,
			system,
			patterns
		};
		m.files.forEach((f, i) => jobs.push(job(m.dir, m.name, f, i, context)));
	}
	const commonFiles = catalogue.common.files.map((file, index) => ({
		file,
		index
	})).filter(({ file }) => file.services === void 0 || file.services.some((s) => services.includes(s)));
	const commonSources = commonFiles.flatMap(({ file, index }) => {
		const to = pathTemplate(file, COMMON_DIR, index);
		return [readTemplate(catalogue.common.dir, file.from, COMMON_DIR), ...to ? [to] : []];
	});
	const renderer = await createRenderer([...jobs.flatMap((j) => j.to ? [j.body, j.to] : [j.body]), ...commonSources], opts);
	const rendered = jobs.map((j) => renderJob(renderer, j));
	const context = commonContext({
		resolved,
		manifests,
		services,
		deps,
		system,
		patterns,
		files: rendered,
		shared: commonFiles.map(({ file }) => ({
			path: file.to,
			description: file.description ?? ""
		}))
	});
	for (const { file, index } of commonFiles) rendered.push(renderJob(renderer, job(catalogue.common.dir, COMMON_DIR, file, index, context)));
	const files = classifyAll(dedupePaths(rendered), opts.outDir);
	return {
		requests: resolved,
		...opts.systemName === void 0 ? {} : { systemName: opts.systemName },
		files,
		...deps,
		services
	};
}
function classifyAll(rendered, outDir) {
	const root = outDir === void 0 ? void 0 : realRoot(outDir);
	const manifest = outDir === void 0 ? void 0 : readManifest(outDir);
	const files = rendered.map(({ description: _, ...f }) => {
		if (!manifest) return {
			...f,
			action: "create"
		};
		const c = classify(root, manifest, f.path, f.content);
		return {
			...f,
			action: c.action,
			...c.reason === void 0 ? {} : { reason: c.reason }
		};
	});
	if (manifest && root) {
		const planned = new Set(files.map((f) => f.path));
		for (const path of Object.keys(manifest.files)) if (!planned.has(path) && classify(root, manifest, path, "").action !== "create") files.push({
			path,
			content: "",
			action: "skip",
			source: "(earlier run)",
			reason: "no longer generated; left in place"
		});
	}
	return files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
// dist/generate/diff.js
/** A small unified line diff (longest common subsequence), for dry runs and conflicts. */
const CONTEXT = 3;
/** Above this many line pairs the diff is shown as a whole replacement instead. */
const MAX_CELLS = 4e6;
function splitLines(text) {
	if (text === "") return [];
	const lines = text.split("\n");
	if (lines[lines.length - 1] === "") lines.pop();
	return lines;
}
function lineOps(a, b) {
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) endA--, endB--;
	const midA = a.slice(start, endA);
	const midB = b.slice(start, endB);
	const ops = a.slice(0, start).map((line) => ({
		kind: " ",
		line
	}));
	ops.push(...midA.length * midB.length > MAX_CELLS ? replaceAll(midA, midB) : lcsOps(midA, midB));
	ops.push(...a.slice(endA).map((line) => ({
		kind: " ",
		line
	})));
	return ops;
}
function replaceAll(a, b) {
	return [...a.map((line) => ({
		kind: "-",
		line
	})), ...b.map((line) => ({
		kind: "+",
		line
	}))];
}
function lcsOps(a, b) {
	const n = a.length;
	const m = b.length;
	const table = new Uint32Array((n + 1) * (m + 1));
	const at = (i, j) => table[i * (m + 1) + j] ?? 0;
	for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) table[i * (m + 1) + j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
	const ops = [];
	let i = 0;
	let j = 0;
	while (i < n || j < m) if (i < n && j < m && a[i] === b[j]) ops.push({
		kind: " ",
		line: a[i++]
	}), j++;
	else if (i < n && (j === m || at(i + 1, j) >= at(i, j + 1))) ops.push({
		kind: "-",
		line: a[i++]
	});
	else ops.push({
		kind: "+",
		line: b[j++]
	});
	return ops;
}
/** A unified diff of `before` → `after` with `---`/`+++` headers; '' when they are equal. */
function unifiedDiff(path, before, after, { isNew = false } = {}) {
	if (before === after) return "";
	const ops = lineOps(splitLines(before), splitLines(after));
	const out = [`--- ${isNew ? "/dev/null" : `a/${path}`}`, `+++ b/${path}`];
	const changed = ops.flatMap((op, i) => op.kind === " " ? [] : [i]);
	let c = 0;
	while (c < changed.length) {
		let last = changed[c];
		const from = Math.max(0, last - CONTEXT);
		while (c + 1 < changed.length && changed[c + 1] - last <= 7) last = changed[++c];
		const to = Math.min(ops.length, last + 1 + CONTEXT);
		out.push(hunkHeader(ops, from, to), ...ops.slice(from, to).map((op) => op.kind + op.line));
		c++;
	}
	return out.join("\n") + "\n";
}
function hunkHeader(ops, from, to) {
	let oldStart = 1;
	let newStart = 1;
	for (const op of ops.slice(0, from)) {
		if (op.kind !== "+") oldStart++;
		if (op.kind !== "-") newStart++;
	}
	const slice = ops.slice(from, to);
	const oldLen = slice.filter((op) => op.kind !== "+").length;
	const newLen = slice.filter((op) => op.kind !== "-").length;
	return `@@ -${oldLen === 0 ? oldStart - 1 : oldStart},${oldLen} +${newLen === 0 ? newStart - 1 : newStart},${newLen} @@`;
}
// dist/generate/apply.js
/**
* Applying a plan: decide per file (create, update, unchanged, conflict), write through
* write.ts unless it is a dry run, and keep `.archcap-manifest.json` in step.
*/
const manifestText = (m) => `${JSON.stringify(m, null, 2)}\n`;
function applyFiles(files, opts) {
	if (opts.dryRun) return applyLocked(files, opts);
	return withFolderLock(ensureOutDir(opts.outDir), () => applyLocked(files, opts));
}
function applyLocked(files, opts) {
	const { outDir, force = false, dryRun = false } = opts;
	const rootBefore = realRoot(outDir);
	const useManifest = opts.useManifest ?? true;
	const previous = useManifest ? readManifest(outDir) : emptyManifest();
	const result = {
		outDir,
		dryRun,
		changes: [],
		conflicts: [],
		unchanged: [],
		skipped: [],
		manifestChanged: false
	};
	const recorded = { ...previous.files };
	const writes = [];
	for (const file of files) {
		const path = safeRelativePath(file.path);
		const c = classify(rootBefore, previous, path, file.content);
		if (c.action === "unchanged") {
			result.unchanged.push(path);
			recorded[path] = sha256(file.content);
		} else if (c.action === "conflict" && !(force && (c.before !== void 0 || c.link))) result.conflicts.push({
			path,
			reason: c.reason ?? "conflict",
			diff: unifiedDiff(path, c.before ?? "", file.content)
		});
		else {
			const action = c.action === "conflict" ? "overwrite" : c.action === "create" ? "create" : "update";
			result.changes.push({
				path,
				action,
				diff: unifiedDiff(path, c.before ?? "", file.content, { isNew: action === "create" })
			});
			writes.push({
				path,
				content: file.content,
				mode: c.mode,
				...c.link ? { replaceLink: true } : {}
			});
			recorded[path] = sha256(file.content);
		}
	}
	if (opts.complete) {
		const planned = new Set(files.map((f) => safeRelativePath(f.path)));
		for (const path of Object.keys(previous.files)) {
			if (planned.has(path)) continue;
			if (rootBefore !== void 0 && readEntry(rootBefore, path).kind !== "missing") result.skipped.push(path);
			else delete recorded[path];
		}
	}
	const { pending: _pending, ...settled } = previous;
	const next = {
		...settled,
		...opts.manifestFields,
		files: sortKeys(recorded)
	};
	const nextText = manifestText(next);
	const currentEntry = rootBefore ? readEntry(rootBefore, MANIFEST_FILE) : void 0;
	result.manifestChanged = useManifest && !(currentEntry?.kind === "file" && currentEntry.content === nextText);
	if (dryRun || writes.length === 0 && !result.manifestChanged) return result;
	const root = ensureOutDir(outDir);
	if (useManifest && writes.length > 0) {
		const pending = {
			...previous,
			files: previous.files,
			pending: sortKeys(Object.fromEntries(writes.map((w) => [w.path, sha256(w.content)])))
		};
		write(root, MANIFEST_FILE, manifestText(pending), void 0, defaultOps);
	}
	for (const w of writes) write(root, w.path, w.content, w.mode, opts.ops ?? defaultOps, w.replaceLink);
	if (result.manifestChanged || useManifest && writes.length > 0) write(root, MANIFEST_FILE, nextText, void 0, defaultOps);
	return result;
}
function write(root, path, content, mode, ops, replaceLink = false) {
	try {
		writeInside(root, path, content, mode, ops, replaceLink);
	} catch (error) {
		if (error instanceof GenerateError) throw error;
		throw new GenerateError("write-failed", `could not write ${path}: ${describeError(error)}`);
	}
}
function sortKeys(record) {
	return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
/** Write a plan into `outDir`. Edited files are conflicts unless `force`; `dryRun` writes nothing. */
function applyPlan(plan, opts) {
	const manifestFields = {
		requests: plan.requests,
		...plan.systemName === void 0 ? {} : { systemName: plan.systemName }
	};
	return applyFiles(plan.files.filter((f) => f.action !== "skip"), {
		...opts,
		complete: true,
		manifestFields
	});
}
/**
* Write one file inside `root` (ADRs, `init`'s YAML): the same checks, atomic write and
* manifest as `generate`, so a file the user edited is kept unless `force`.
*/
function writeFileSafely(root, relPath, content, opts = {}) {
	return applyFiles([{
		path: relPath,
		content
	}], {
		outDir: root,
		...opts
	});
}
export { listPatterns as i, writeFileSafely as n, planGeneration as r, applyPlan as t };
