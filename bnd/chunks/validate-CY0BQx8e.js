import { a as require_dist } from "./regions-BdGi6hxy.js";
import { r as InputError } from "./errors-BcMCNHWs.js";
// dist/model/source.js
var import_dist = require_dist();
const LIMITS = {
	/**
	* Largest file accepted, in bytes: 16 MiB. A real system description is a few hundred KB;
	* a synthetic one of 20,000 services and 50,000 calls (bench/generate-system.mjs) is about 11 MB.
	*/
	maxBytes: 16777216,
	/** Deepest nesting of mappings and sequences accepted. The model itself needs about eight. */
	maxDepth: 64,
	/** Alias expansions allowed while building values (yaml's resource-exhaustion guard). */
	maxAliasCount: 100,
	/**
	* Most items in one flow collection (`[a, b, …]`, `{a: 1, …}`). The YAML parser needs
	* about 10 µs and 1 KB per item there, so a 2 MB file holding a 900,000-item list would
	* take tens of seconds and a gigabyte; a real description has lists of tens.
	*/
	maxFlowItems: 1e5
};
/** Decode bytes as UTF-8 text, refusing binary content. */
function decodeText(file, bytes, maxBytes = LIMITS.maxBytes) {
	if (bytes.length > maxBytes) throw InputError.at("too-large", file, `file is ${bytes.length} bytes; the limit is ${maxBytes} bytes`);
	const nul = bytes.indexOf(0);
	if (nul !== -1) {
		const { line, column } = offsetToPosition(bytes.subarray(0, nul));
		throw InputError.at("binary", file, "binary file (contains a NUL byte); expected a YAML text file", line, column);
	}
	try {
		const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
		return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
	} catch {
		throw InputError.at("binary", file, "not valid UTF-8 text; expected a YAML text file");
	}
}
function offsetToPosition(prefix) {
	let line = 1;
	let last = -1;
	prefix.forEach((b, i) => {
		if (b === 10) {
			line += 1;
			last = i;
		}
	});
	return {
		line,
		column: prefix.length - last
	};
}
/** Parse YAML text into a plain value plus a map from model path to position. */
function parseYaml(file, input) {
	const text = input.includes("\r") ? input.replace(/\r(?!\n)/g, "\n") : input;
	const lineCounter = new import_dist.LineCounter();
	const doc = parseGuarded(file, text, lineCounter);
	const pos = (offset) => {
		const p = lineCounter.linePos(offset);
		return {
			line: p.line,
			column: p.col
		};
	};
	const tags = doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED");
	if (doc.errors.length > 0 || tags.length > 0) {
		const syntax = doc.errors.map((e) => {
			return {
				code: "yaml-syntax",
				file,
				message: e.code === "RESOURCE_EXHAUSTION" ? `YAML nesting too deep to parse (limit ${LIMITS.maxDepth} levels)` : `invalid YAML: ${firstLine(e.message)}`,
				...pos(e.pos[0])
			};
		});
		const tagged = tags.map((w) => ({
			code: "yaml-tag",
			file,
			...pos(w.pos[0]),
			message: `unknown YAML tag ${tagName(text, w.pos[0])}: a system description uses plain YAML values; remove the tag`
		}));
		throw new InputError(firstOfCascade([...syntax, ...tagged]));
	}
	if (doc.contents === null || (0, import_dist.isScalar)(doc.contents) && (doc.contents.value === null || doc.contents.value === "")) throw InputError.at("empty", file, "the file is empty; a system description needs at least `version: 1` and `name`");
	const positions = /* @__PURE__ */ new Map();
	walk(doc, doc.contents, "", 0, positions, pos, file);
	let value;
	try {
		value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
	} catch (error) {
		const first = firstAlias(doc.contents);
		const at = first?.range ? pos(first.range[0]) : {
			line: 1,
			column: 1
		};
		const message = error instanceof ReferenceError ? `YAML aliases expand too much (more than ${LIMITS.maxAliasCount} expansions): refused as a possible alias bomb` : `invalid YAML: ${error.message}`;
		throw InputError.at("alias-bomb", file, message, at.line, at.column);
	}
	if (value === null || typeof value !== "object" || Array.isArray(value)) {
		const at = doc.contents.range ? pos(doc.contents.range[0]) : {
			line: 1,
			column: 1
		};
		throw InputError.at("not-a-mapping", file, "a system description must be a YAML mapping (key: value pairs) at the top level", at.line, at.column);
	}
	return {
		file,
		text,
		value,
		positions
	};
}
/**
* yaml's parseDocument, with one lexing pass shared by the parser and a guard: a flow
* collection with more than LIMITS.maxFlowItems items is refused as soon as the lexer
* passes that many, before the parser and composer spend their time on it.
*/
function parseGuarded(file, text, lineCounter) {
	const parser = new import_dist.Parser(lineCounter.addNewLine);
	const composer = new import_dist.Composer({
		uniqueKeys: true,
		prettyErrors: false,
		strict: true
	});
	const open = [];
	function* tokens() {
		lineCounter.addNewLine(0);
		for (const lexeme of new import_dist.Lexer().lex(text)) {
			if (lexeme === "[" || lexeme === "{") open.push({
				offset: parser.offset,
				items: 1
			});
			else if ((lexeme === "]" || lexeme === "}") && open.length) open.pop();
			else if (lexeme === "," && open.length && ++open[open.length - 1].items > LIMITS.maxFlowItems) {
				const at = lineCounter.linePos(open[open.length - 1].offset);
				throw InputError.at("too-many-items", file, `a flow collection with more than ${LIMITS.maxFlowItems} items; the limit keeps parsing bounded (split the data, or keep it out of the system description)`, at.line, at.col);
			}
			yield* parser.next(lexeme);
		}
		yield* parser.end();
	}
	let doc;
	for (const next of composer.compose(tokens(), true, text.length)) if (!doc) doc = next;
	else {
		doc.errors.push(new import_dist.YAMLParseError([next.range[0], next.range[1]], "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
		break;
	}
	return doc;
}
/** The tag as written at `offset` (`!!js/function`, `!custom`). */
function tagName(text, offset) {
	const m = /^!\S*/.exec(text.slice(offset, offset + 200));
	return m ? `'${m[0]}'` : "";
}
function firstOfCascade(diagnostics) {
	const sorted = [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
	const lines = /* @__PURE__ */ new Set();
	const kept = sorted.filter((d) => !lines.has(d.line) && lines.add(d.line));
	if (kept.length <= 10) return kept;
	const shown = kept.slice(0, 10);
	const last = shown[shown.length - 1];
	const more = sorted.length - shown.length;
	return [...shown, {
		...last,
		code: "yaml-syntax",
		message: `… and ${more} more YAML errors after this line, most likely caused by the first one; fix it and run again`
	}];
}
function firstLine(message) {
	return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
function walk(doc, node, path, depth, positions, pos, file) {
	if (depth > LIMITS.maxDepth) {
		const at = node.range ? pos(node.range[0]) : {
			line: 1,
			column: 1
		};
		throw InputError.at("too-deep", file, `nesting deeper than ${LIMITS.maxDepth} levels`, at.line, at.column, path);
	}
	if ((0, import_dist.isMap)(node)) for (const pair of node.items) {
		if (!(0, import_dist.isPair)(pair)) continue;
		const key = (0, import_dist.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
		const child = path ? `${path}.${key}` : key;
		const keyNode = pair.key;
		if (keyNode?.range) positions.set(child, pos(keyNode.range[0]));
		walk(doc, pair.value, child, depth + 1, positions, pos, file);
	}
	else if ((0, import_dist.isSeq)(node)) node.items.forEach((item, i) => {
		const child = `${path}[${i}]`;
		const itemNode = item;
		if (itemNode?.range) positions.set(child, pos(itemNode.range[0]));
		walk(doc, item, child, depth + 1, positions, pos, file);
	});
	else if ((0, import_dist.isAlias)(node) && path) {}
}
function firstAlias(node) {
	if ((0, import_dist.isAlias)(node)) return node;
	if ((0, import_dist.isMap)(node)) for (const p of node.items) for (const n of [p.key, p.value]) {
		const a = firstAlias(n);
		if (a) return a;
	}
	if ((0, import_dist.isSeq)(node)) for (const n of node.items) {
		const a = firstAlias(n);
		if (a) return a;
	}
}
/** The position of a path, or of its nearest ancestor that has one. */
function locateIn(positions, path) {
	let p = path;
	while (p) {
		const found = positions.get(p);
		if (found) return found;
		p = parentPath(p);
	}
	return {
		line: 1,
		column: 1
	};
}
function parentPath(path) {
	const m = /^(.*?)(\[\d+\]|\.[^.[\]]+)$/.exec(path);
	return m ? m[1] ?? "" : "";
}
// dist/model/validate.js
/** `/datastores/0/settings` → `datastores[0].settings` */
function pointerToPath(pointer) {
	let out = "";
	for (const raw of pointer.split("/").slice(1)) {
		const part = raw.replace(/~1/g, "/").replace(/~0/g, "~");
		out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
	}
	return out;
}
function schemaDiagnostics(file, errors, positions, data, schema) {
	const byPath = /* @__PURE__ */ new Map();
	for (const error of prune(errors)) {
		const { path, message } = describe(error, pointerToPath(error.instancePath), data, schema);
		const key = `${path}\u0000${message}`;
		if (byPath.has(key)) continue;
		byPath.set(key, {
			code: "schema",
			file,
			message,
			path,
			...locateIn(positions, path)
		});
	}
	return [...byPath.values()].sort((a, b) => a.line - b.line || a.column - b.column);
}
/**
* Keep the errors that say something: drop `if`/`allOf` wrappers, and for a
* `oneOf` keep only the branch errors when one branch matched the type.
*/
function prune(errors) {
	const kept = errors.filter((e) => e.keyword !== "if" && e.keyword !== "allOf");
	const oneOfPaths = new Set(kept.filter((e) => e.keyword === "oneOf").map((e) => e.instancePath));
	return kept.filter((e) => {
		if (e.keyword === "oneOf") return true;
		return !(oneOfPaths.has(e.instancePath) && [
			"type",
			"required",
			"additionalProperties",
			"pattern"
		].includes(e.keyword));
	});
}
function valueAt(data, pointer) {
	let cur = data;
	for (const raw of pointer.split("/").slice(1)) {
		if (cur === null || typeof cur !== "object") return void 0;
		cur = cur[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
	}
	return cur;
}
function show(value) {
	return typeof value === "string" ? `'${value}'` : JSON.stringify(value);
}
function describe(e, path, data, schema) {
	const where = path || "the top level";
	const got = valueAt(data, e.instancePath);
	switch (e.keyword) {
		case "additionalProperties": {
			const key = String(e.params["additionalProperty"]);
			const accepted = acceptedKeys(schema, e.instancePath);
			const suggestion = closest(key, accepted);
			return {
				path: path ? `${path}.${key}` : key,
				message: `unknown key '${key}' in ${where}${suggestion ? ` (did you mean '${suggestion}'?)` : ""}${accepted.length ? `; accepted keys: ${accepted.join(", ")}` : ""}`
			};
		}
		case "enum": {
			const allowed = e.params["allowedValues"].map((v) => String(v));
			const suggestion = typeof got === "string" ? closest(got, allowed) : void 0;
			return {
				path,
				message: `${where}: ${show(got)} is not accepted${suggestion ? ` (did you mean '${suggestion}'?)` : ""}; accepted values: ${allowed.join(", ")}${engineHint(path, allowed)}`
			};
		}
		case "const": return {
			path,
			message: `${where}: must be ${show(e.params["allowedValue"])}, got ${show(got)}`
		};
		case "required": return {
			path,
			message: `${where}: missing required key '${String(e.params["missingProperty"])}'`
		};
		case "type": {
			const pattern = schemaAt(schema, schema, e.instancePath.split("/").slice(1))?.["pattern"];
			if (typeof pattern === "string" && e.params["type"] === "string") return {
				path,
				message: `${where}: ${show(got)} ${patternHint(pattern)}`
			};
			return {
				path,
				message: `${where}: must be ${article(String(e.params["type"]))}, got ${show(got)}`
			};
		}
		case "pattern": return {
			path,
			message: `${where}: ${show(got)} ${patternHint(String(e.params["pattern"]))}`
		};
		case "oneOf": return {
			path,
			message: `${where}: ${show(got)} matches none of the accepted forms${hintFor(path)}`
		};
		default: return {
			path,
			message: `${where}: ${e.message ?? e.keyword}`
		};
	}
}
/** An unknown engine is not a dead end: point at `custom` and at profile files. */
function engineHint(path, allowed) {
	if (!/^(datastores|messaging)\[\d+\]\.engine$/.test(path) || !allowed.includes("custom")) return "";
	return ". For an engine without a profile, write engine: custom and declare what it gives under 'declared' (pacelc, consistency, onPartition), or add a profile file under 'engines:' in .archcap.yaml (`archcap engines` lists the profiles)";
}
function article(type) {
	return type === "integer" || type === "object" || type === "array" ? `an ${type}` : `a ${type}`;
}
function hintFor(path) {
	if (/publishes\[\d+\]$/.test(path)) return " (a topic name, or { topic, via: outbox | cdc | direct })";
	if (/regions\[\d+\]$/.test(path)) return " (a region id such as aws:us-east-1, or { id, location: { lat, lon } })";
	if (/x-archcap-ignore\[\d+\]$/.test(path)) return " (a suppression needs a reason: 'rule-id: reason', or { rule, reason, until })";
	return "";
}
function patternHint(pattern) {
	if (pattern.includes("(ms|s|m|h|d)$")) return "is not a duration; write a number with a unit: 250ms, 2s, 5m, 1h";
	if (pattern.includes("/\\s*(s|m|h|d)")) return "is not a rate; write a number per unit of time: 500/s, 30/m";
	if (pattern.includes("KB|MB|GB")) return "is not a size; write a number with a unit: 512MB, 200GB, 2TB";
	if (pattern.endsWith("%$")) return "is not a percentage; write it with a % sign: 99.95%";
	if (pattern.includes("[0-9]{4}-")) return "is not a date; write YYYY-MM-DD";
	if (pattern.includes("a-z0-9-]+/[a-z0-9-]")) return "is not a rule id; write category/name, e.g. lock/missing-fencing";
	return "is not a valid name: use letters, digits and - _ . : (starting with a letter or digit)";
}
/** The keys the schema accepts for the object at a JSON pointer (extensions `x-…` left out). */
function acceptedKeys(schema, pointer) {
	const props = schemaAt(schema, schema, pointer.split("/").slice(1))?.["properties"];
	return props && typeof props === "object" ? Object.keys(props).filter((k) => !k.startsWith("x-") && k !== "$schema") : [];
}
function schemaAt(root, node, parts) {
	const resolved = resolve(root, node);
	if (!resolved || parts.length === 0) return resolved;
	const [head, ...rest] = parts;
	const props = resolved["properties"];
	if (props && head !== void 0 && props[head]) return schemaAt(root, props[head], rest);
	if (resolved["items"] && /^\d+$/.test(head ?? "")) return schemaAt(root, resolved["items"], rest);
	for (const branch of resolved["oneOf"] ?? []) {
		const found = schemaAt(root, branch, parts);
		if (found) return found;
	}
}
function resolve(root, node) {
	const ref = node?.["$ref"];
	if (typeof ref !== "string") return (node?.["oneOf"])?.map((b) => resolve(root, b)).find((b) => b?.["type"] === "object") ?? node;
	return ref.replace(/^#\//, "").split("/").reduce((cur, k) => cur?.[k], root);
}
/** The closest candidate by edit distance, if it is close enough to be a likely typo. */
function closest(input, candidates) {
	let best;
	let bestDistance = Infinity;
	for (const c of candidates) {
		const d = editDistance(input.toLowerCase(), c.toLowerCase());
		if (d < bestDistance) {
			best = c;
			bestDistance = d;
		}
	}
	return best !== void 0 && bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return row[b.length];
}
export { decodeText as a, LIMITS as i, pointerToPath as n, locateIn as o, schemaDiagnostics as r, parseYaml as s, closest as t };
