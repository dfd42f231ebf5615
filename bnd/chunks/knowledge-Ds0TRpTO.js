import { a as ENGINE_KINDS, i as DERIVED_FACTS, n as CAP_CLASSES, o as MESSAGING_KINDS, r as DERIVATIONS, s as PACELC_CLASSES, t as AVAILABILITY_CLASSES } from "./types-MAxxWLjR.js";
import { a as require_dist } from "./regions-BdGi6hxy.js";
import { r as InputError, t as ArchcapError } from "./errors-BcMCNHWs.js";
import { a as decodeText, o as locateIn, r as schemaDiagnostics, s as parseYaml$1 } from "./validate-CY0BQx8e.js";
import { createRequire } from "node:module";
import { basename, join, relative } from "node:path";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";
// dist/knowledge/hierarchy.js
var import_dist = require_dist();
/** model → all models it implies, itself included. Throws on a cycle (two distinct models implying each other). */
function computeClosure(models) {
	const closure = /* @__PURE__ */ new Map();
	const visit = (id, path) => {
		const done = closure.get(id);
		if (done) return done;
		if (path.includes(id)) throw new Error(`cycle in the consistency hierarchy: ${[...path, id].join(" -> ")}`);
		const set = /* @__PURE__ */ new Set([id]);
		for (const next of models.get(id)?.implies ?? []) for (const m of visit(next, [...path, id])) set.add(m);
		closure.set(id, set);
		return set;
	};
	for (const id of models.keys()) visit(id, []);
	return closure;
}
/** Does a store that provides `provided` meet a requirement of `required`? */
function satisfiesIn(kb, provided, required) {
	return kb.closure.get(provided)?.has(required) ?? false;
}
/** Number of models a model implies: a total order used only to break ties deterministically. */
function strength(kb, m) {
	return kb.closure.get(m)?.size ?? 0;
}
/**
* The weakest model that meets every one of `required` (their join), or undefined
* when none does. Ties between incomparable candidates go to the one implying fewer models.
*/
function weakestSatisfyingAllIn(kb, required) {
	const candidates = [...kb.models.keys()].filter((c) => required.every((r) => satisfiesIn(kb, c, r)));
	return candidates.filter((c) => !candidates.some((o) => o !== c && satisfiesIn(kb, c, o))).sort((a, b) => strength(kb, a) - strength(kb, b) || a.localeCompare(b))[0];
}
// dist/knowledge/shape.js
/**
* Small shape checks for the knowledge-base YAML. Each failure throws a
* KnowledgeError naming the file and the path inside it, so a broken fact is
* found at load time, not when a classification happens to use it.
*/
var KnowledgeError = class extends ArchcapError {
	file;
	/** Path inside the file (`rules[0].gives.pacelc`), when the failure concerns one node. */
	where;
	/** The message without the file and path. */
	detail;
	constructor(file, message, where, detail) {
		super("knowledge", `${file}: ${message}`);
		this.file = file;
		this.where = where;
		this.detail = detail ?? message;
	}
};
var Shape = class {
	file;
	constructor(file) {
		this.file = file;
	}
	fail(where, message) {
		throw new KnowledgeError(this.file, where ? `${where}: ${message}` : message, where || void 0, message);
	}
	obj(value, where) {
		if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(where, "expected a mapping");
		return value;
	}
	str(value, where) {
		if (typeof value !== "string" || value.trim() === "") this.fail(where, "expected a non-empty string");
		return value;
	}
	optStr(value, where) {
		return value === void 0 ? void 0 : this.str(value, where);
	}
	bool(value, where) {
		if (typeof value !== "boolean") this.fail(where, "expected true or false");
		return value;
	}
	int(value, where, minimum = 0) {
		if (typeof value !== "number" || !Number.isInteger(value) || value < minimum) this.fail(where, `expected an integer >= ${minimum}`);
		return value;
	}
	scalar(value, where) {
		if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
		return this.fail(where, "expected a string, number or boolean");
	}
	oneOf(value, allowed, where) {
		if (typeof value !== "string" || !allowed.includes(value)) this.fail(where, `expected one of ${allowed.join(", ")}; got ${JSON.stringify(value)}`);
		return value;
	}
	list(value, where) {
		if (value === void 0) return [];
		if (!Array.isArray(value)) this.fail(where, "expected a list");
		return value;
	}
	strList(value, where) {
		return this.list(value, where).map((v, i) => this.str(v, `${where}[${i}]`));
	}
	/** Reject keys the format does not define (catches typos such as `implys`). */
	keys(o, allowed, where) {
		for (const key of Object.keys(o)) if (!allowed.includes(key)) this.fail(where, `unknown key "${key}" (expected ${allowed.join(", ")})`);
	}
};
// dist/knowledge/parse-models.js
/** Every name of the model's ConsistencyModel type: the YAML must define exactly these. */
const MODEL_NAMES = [
	"strict-serializable",
	"serializable",
	"snapshot-isolation",
	"repeatable-read",
	"cursor-stability",
	"monotonic-atomic-view",
	"read-committed",
	"read-uncommitted",
	"linearizable",
	"sequential",
	"causal",
	"bounded-staleness",
	"pram",
	"writes-follow-reads",
	"read-your-writes",
	"monotonic-reads",
	"monotonic-writes",
	"consistent-prefix",
	"eventual"
];
const INVARIANT_NAMES = [
	"unique-key",
	"non-negative",
	"foreign-key",
	"sequential-id",
	"counter",
	"append-only",
	"grow-only-set",
	"last-writer-wins",
	"bounded-value"
];
function sourcesOf(shape, raw) {
	const o = shape.obj(raw, "sources");
	return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, shape.str(v, `sources.${k}`)]));
}
function knownSource(shape, sources, key, where) {
	if (!(key in sources)) shape.fail(where, `unknown source "${key}" (define it under sources)`);
	return key;
}
function parseModels(doc, file) {
	const shape = new Shape(file);
	const root = shape.obj(doc, "");
	const sources = sourcesOf(shape, root.sources);
	const rawModels = shape.obj(root.models, "models");
	const models = /* @__PURE__ */ new Map();
	for (const [id, raw] of Object.entries(rawModels)) {
		const where = `models.${id}`;
		const name = shape.oneOf(id, MODEL_NAMES, where);
		const m = shape.obj(raw, where);
		shape.keys(m, [
			"description",
			"implies",
			"availability",
			"source",
			"note"
		], where);
		const implies = shape.strList(m.implies, `${where}.implies`).map((x, i) => shape.oneOf(x, MODEL_NAMES, `${where}.implies[${i}]`));
		const note = shape.optStr(m.note, `${where}.note`);
		models.set(name, {
			id: name,
			description: shape.str(m.description, `${where}.description`),
			implies,
			availability: shape.oneOf(m.availability, AVAILABILITY_CLASSES, `${where}.availability`),
			source: knownSource(shape, sources, shape.str(m.source, `${where}.source`), `${where}.source`),
			...note === void 0 ? {} : { note }
		});
	}
	for (const name of MODEL_NAMES) if (!models.has(name)) shape.fail("models", `model "${name}" is missing`);
	const behaviours = shape.obj(root.partitionBehaviours, "partitionBehaviours");
	const partitionBehaviours = /* @__PURE__ */ new Map();
	for (const [id, raw] of Object.entries(behaviours)) partitionBehaviours.set(id, shape.str(shape.obj(raw, `partitionBehaviours.${id}`).description, `partitionBehaviours.${id}.description`));
	return {
		models,
		partitionBehaviours,
		sources
	};
}
function parseInvariants(doc, file) {
	const shape = new Shape(file);
	const root = shape.obj(doc, "");
	const sources = sourcesOf(shape, root.sources);
	const invariants = /* @__PURE__ */ new Map();
	for (const [id, raw] of Object.entries(shape.obj(root.invariants, "invariants"))) {
		const where = `invariants.${id}`;
		const name = shape.oneOf(id, INVARIANT_NAMES, where);
		const o = shape.obj(raw, where);
		shape.keys(o, [
			"summary",
			"confluent",
			"confluentFor",
			"weakestModel",
			"weakestModelIfInsertOnly",
			"sufficientAlso",
			"merge",
			"why",
			"avoidCoordination",
			"source"
		], where);
		const model = (v, w) => shape.oneOf(v, MODEL_NAMES, w);
		const info = {
			id: name,
			summary: shape.str(o.summary, `${where}.summary`),
			confluent: shape.bool(o.confluent, `${where}.confluent`),
			confluentFor: shape.strList(o.confluentFor, `${where}.confluentFor`),
			weakestModel: model(o.weakestModel, `${where}.weakestModel`),
			sufficientAlso: shape.list(o.sufficientAlso, `${where}.sufficientAlso`).map((v, i) => model(v, `${where}.sufficientAlso[${i}]`)),
			why: shape.str(o.why, `${where}.why`),
			source: knownSource(shape, sources, shape.str(o.source, `${where}.source`), `${where}.source`)
		};
		if (o.weakestModelIfInsertOnly !== void 0) info.weakestModelIfInsertOnly = model(o.weakestModelIfInsertOnly, `${where}.weakestModelIfInsertOnly`);
		if (o.merge !== void 0) info.merge = shape.oneOf(o.merge, [
			"commutative",
			"union",
			"lww"
		], `${where}.merge`);
		const avoid = shape.optStr(o.avoidCoordination, `${where}.avoidCoordination`);
		if (avoid !== void 0) info.avoidCoordination = avoid;
		invariants.set(name, info);
	}
	for (const name of INVARIANT_NAMES) if (!invariants.has(name)) shape.fail("invariants", `invariant "${name}" is missing`);
	return {
		invariants,
		sources
	};
}
// dist/knowledge/parse-settings.js
const SETTING_KEYS = [
	"type",
	"values",
	"minimum",
	"default",
	"description",
	"source",
	"status"
];
function parseSettings(shape, raw) {
	const out = {};
	for (const [name, value] of Object.entries(raw === void 0 ? {} : shape.obj(raw, "settings"))) {
		const where = `settings.${name}`;
		const o = shape.obj(value, where);
		shape.keys(o, SETTING_KEYS, where);
		const spec = {
			type: shape.oneOf(o.type, [
				"enum",
				"integer",
				"boolean"
			], `${where}.type`),
			description: shape.str(o.description, `${where}.description`),
			source: shape.str(o.source, `${where}.source`)
		};
		if (spec.type === "enum") {
			const values = shape.list(o.values, `${where}.values`).map((v, i) => shape.scalar(v, `${where}.values[${i}]`));
			if (values.length === 0) shape.fail(`${where}.values`, "an enum needs its accepted values");
			spec.values = values;
		}
		if (o.minimum !== void 0) spec.minimum = shape.int(o.minimum, `${where}.minimum`, -1);
		if (o.default !== void 0) {
			spec.default = shape.scalar(o.default, `${where}.default`);
			checkValue(shape, spec, spec.default, `${where}.default`);
		}
		out[name] = spec;
	}
	return out;
}
/** Does `value` fit the setting? Fails with the accepted values when not. */
function checkValue(shape, spec, value, where) {
	if (spec.type === "boolean" && typeof value !== "boolean") shape.fail(where, "expected true or false");
	if (spec.type === "integer" && (typeof value !== "number" || !Number.isInteger(value) || value < (spec.minimum ?? 0))) shape.fail(where, `expected an integer >= ${spec.minimum ?? 0}`);
	if (spec.type === "enum" && !(spec.values ?? []).includes(value)) shape.fail(where, `${JSON.stringify(value)} is not an accepted value (${(spec.values ?? []).join(", ")})`);
}
const FACT_KEYS = [
	"topology",
	"replication",
	"failover",
	"conflictResolution",
	"regions",
	"replicas"
];
const MATCHER_KEYS = [
	"in",
	"notIn",
	"not",
	"gt",
	"gte",
	"lt",
	"lte"
];
function parseMatcher(shape, raw, where, spec) {
	const check = (v, w) => {
		if (spec) checkValue(shape, spec, v, w);
		return v;
	};
	if (typeof raw !== "object" || raw === null) return check(shape.scalar(raw, where), where);
	const o = shape.obj(raw, where);
	shape.keys(o, MATCHER_KEYS, where);
	const m = {};
	if (o.in !== void 0) m.in = shape.list(o.in, `${where}.in`).map((v, i) => check(shape.scalar(v, `${where}.in[${i}]`), `${where}.in[${i}]`));
	if (o.notIn !== void 0) m.notIn = shape.list(o.notIn, `${where}.notIn`).map((v, i) => check(shape.scalar(v, `${where}.notIn[${i}]`), `${where}.notIn[${i}]`));
	if (o.not !== void 0) m.not = check(shape.scalar(o.not, `${where}.not`), `${where}.not`);
	for (const k of [
		"gt",
		"gte",
		"lt",
		"lte"
	]) if (o[k] !== void 0) m[k] = shape.int(o[k], `${where}.${k}`, -1);
	return m;
}
/** `when:` is one mapping or a list of alternatives; each key must name a known fact or a declared setting. */
function parseWhen(shape, raw, where, settings, derived) {
	if (raw === void 0) return void 0;
	return (Array.isArray(raw) ? raw : [raw]).map((alt, i) => {
		const w = Array.isArray(raw) ? `${where}[${i}]` : where;
		const o = shape.obj(alt, w);
		const cond = {};
		for (const [key, value] of Object.entries(o)) {
			let spec;
			if (key.startsWith("settings.")) {
				spec = settings[key.slice(9)];
				if (!spec) shape.fail(`${w}.${key}`, `no setting named "${key.slice(9)}" is declared`);
			} else if (key.startsWith("derived.")) {
				if (!derived.has(key.slice(8))) shape.fail(`${w}.${key}`, `no derivation of this profile produces "${key.slice(8)}"`);
			} else if (!FACT_KEYS.includes(key)) shape.fail(`${w}.${key}`, `unknown fact (expected settings.X, derived.X or ${FACT_KEYS.join(", ")})`);
			cond[key] = parseMatcher(shape, value, `${w}.${key}`, spec);
		}
		return cond;
	});
}
// dist/knowledge/parse-operations.js
const OPERATION_KEYS = [
	"setting",
	"optIn",
	"weakerOnly",
	"description",
	"source"
];
function parseOne(shape, raw, where, settings, references) {
	const o = shape.obj(raw, where);
	shape.keys(o, OPERATION_KEYS, where);
	const setting = shape.str(o.setting, `${where}.setting`);
	const spec = settings[setting];
	if (!spec) shape.fail(`${where}.setting`, `no setting named "${setting}" is declared under settings`);
	const source = shape.str(o.source, `${where}.source`);
	if (!(source in references)) shape.fail(`${where}.source`, `unknown reference "${source}" (define it under references)`);
	const weakerOnly = o.weakerOnly === void 0 ? false : shape.bool(o.weakerOnly, `${where}.weakerOnly`);
	if (weakerOnly && spec.type !== "enum") shape.fail(`${where}.weakerOnly`, "only an enum setting (values listed strongest first) can be weaker-only");
	return {
		setting,
		optIn: o.optIn === void 0 ? false : shape.bool(o.optIn, `${where}.optIn`),
		weakerOnly,
		description: shape.str(o.description, `${where}.description`),
		source
	};
}
function parseOperations(shape, raw, settings, references) {
	const out = {
		reads: {},
		writes: {}
	};
	if (raw === void 0) return out;
	const o = shape.obj(raw, "operations");
	shape.keys(o, ["reads", "writes"], "operations");
	for (const kind of ["reads", "writes"]) {
		if (o[kind] === void 0) continue;
		for (const [name, value] of Object.entries(shape.obj(o[kind], `operations.${kind}`))) out[kind][name] = parseOne(shape, value, `operations.${kind}.${name}`, settings, references);
	}
	return out;
}
function parseCause(shape, raw, where, settings) {
	const o = shape.obj(raw, where);
	shape.keys(o, ["kind", "fix"], where);
	const kind = shape.oneOf(o.kind, ["stale-reads", "quorum"], `${where}.kind`);
	const fix = {};
	for (const [name, value] of Object.entries(shape.obj(o.fix, `${where}.fix`))) {
		const spec = settings[name];
		if (!spec) shape.fail(`${where}.fix.${name}`, `no setting named "${name}" is declared`);
		const v = shape.scalar(value, `${where}.fix.${name}`);
		checkValue(shape, spec, v, `${where}.fix.${name}`);
		fix[name] = v;
	}
	if (Object.keys(fix).length === 0) shape.fail(`${where}.fix`, "name at least one setting and the value that removes the cause");
	return {
		kind,
		fix
	};
}
const ref = (shape, v, where, references) => {
	const key = shape.str(v, where);
	if (!(key in references)) shape.fail(where, `unknown reference "${key}" (define it under references)`);
	return key;
};
/** `partitionSizing: { readsPerSecond, writesPerSecond, bytes, autoSplit, text, source }`. */
function parsePartitionSizing(shape, raw, references) {
	if (raw === void 0) return void 0;
	const o = shape.obj(raw, "partitionSizing");
	shape.keys(o, [
		"readsPerSecond",
		"writesPerSecond",
		"bytes",
		"autoSplit",
		"text",
		"source"
	], "partitionSizing");
	const out = {
		autoSplit: o.autoSplit === void 0 ? false : shape.bool(o.autoSplit, "partitionSizing.autoSplit"),
		text: shape.str(o.text, "partitionSizing.text"),
		source: ref(shape, o.source, "partitionSizing.source", references)
	};
	for (const k of [
		"readsPerSecond",
		"writesPerSecond",
		"bytes"
	]) if (o[k] !== void 0) out[k] = shape.int(o[k], `partitionSizing.${k}`, 1);
	return out;
}
/** `conditionalWrite: { text, singleRegionOnly, source }`. */
function parseConditionalWrite(shape, raw, references) {
	if (raw === void 0) return void 0;
	const o = shape.obj(raw, "conditionalWrite");
	shape.keys(o, [
		"text",
		"singleRegionOnly",
		"source"
	], "conditionalWrite");
	return {
		text: shape.str(o.text, "conditionalWrite.text"),
		singleRegionOnly: o.singleRegionOnly === void 0 ? false : shape.bool(o.singleRegionOnly, "conditionalWrite.singleRegionOnly"),
		source: ref(shape, o.source, "conditionalWrite.source", references)
	};
}
// dist/knowledge/parse-engine.js
const TOPOLOGIES = [
	"single-leader",
	"multi-leader",
	"leaderless",
	"consensus"
];
const REPLICATION = [
	"sync",
	"semi-sync",
	"async",
	"quorum",
	"consensus"
];
const PROFILE_KEYS = [
	"id",
	"name",
	"kind",
	"topology",
	"replication",
	"replicasPerRegion",
	"defaultReplicas",
	"replicasNote",
	"derive",
	"settings",
	"operations",
	"partitionSizing",
	"conditionalWrite",
	"settingBehaviours",
	"base",
	"rules",
	"references",
	"caveats",
	"disagreements",
	"notes"
];
const GIVES_KEYS = [
	"pacelc",
	"cap",
	"consistency",
	"alsoProvides",
	"onPartition",
	"explanation",
	"references",
	"caveats",
	"enforcesInvariants",
	"messaging"
];
const DELIVERIES = [
	"at-most-once",
	"at-least-once",
	"exactly-once"
];
const ORDERINGS = [
	"none",
	"per-key",
	"total"
];
const WINDOW = /^[0-9]+(\.[0-9]+)?(ms|s|m|h|d)$/;
/** `settingBehaviours: { readConsistency: { ONE: available-stale, ... } }`: every accepted value mapped to a known behaviour. */
function parseSettingBehaviours(shape, raw, settings, behaviours) {
	const out = {};
	if (raw === void 0) return out;
	for (const [name, table] of Object.entries(shape.obj(raw, "settingBehaviours"))) {
		const where = `settingBehaviours.${name}`;
		const spec = settings[name];
		if (!spec || spec.type === "integer") shape.fail(where, "only an enum or boolean setting declared under settings can map to behaviours");
		const o = shape.obj(table, where);
		const map = {};
		for (const value of spec.type === "boolean" ? [true, false] : spec.values ?? []) {
			const b = o[String(value)];
			if (typeof b !== "string" || !behaviours.has(b)) shape.fail(`${where}.${String(value)}`, `expected a partition behaviour (${[...behaviours.keys()].join(", ")})`);
			map[String(value)] = b;
		}
		out[name] = map;
	}
	return out;
}
function parseGives(ctx, raw, where) {
	const { shape } = ctx;
	const o = shape.obj(raw, where);
	shape.keys(o, GIVES_KEYS, where);
	const g = {};
	const model = (v, w) => shape.oneOf(v, MODEL_NAMES, w);
	if (o.pacelc !== void 0) g.pacelc = shape.oneOf(o.pacelc, PACELC_CLASSES, `${where}.pacelc`);
	if (o.cap !== void 0) g.cap = shape.oneOf(o.cap, CAP_CLASSES, `${where}.cap`);
	if (o.consistency !== void 0) g.consistency = model(o.consistency, `${where}.consistency`);
	if (o.alsoProvides !== void 0) g.alsoProvides = shape.list(o.alsoProvides, `${where}.alsoProvides`).map((v, i) => model(v, `${where}.alsoProvides[${i}]`));
	if (o.onPartition !== void 0) {
		const p = shape.obj(o.onPartition, `${where}.onPartition`);
		shape.keys(p, [
			"reads",
			"writes",
			"ackedWritesLostOnFailover"
		], `${where}.onPartition`);
		const behaviour = (v, w) => {
			const s = shape.str(v, w);
			if (s.startsWith("by-setting:")) {
				if (!ctx.bySetting.has(s.slice(11))) shape.fail(w, `"${s}" names a setting without settingBehaviours`);
				return s;
			}
			if (!ctx.behaviours.has(s)) shape.fail(w, `unknown partition behaviour "${s}" (expected ${[...ctx.behaviours.keys()].join(", ")})`);
			return s;
		};
		g.onPartition = {
			reads: behaviour(p.reads, `${where}.onPartition.reads`),
			writes: behaviour(p.writes, `${where}.onPartition.writes`),
			ackedWritesLostOnFailover: shape.bool(p.ackedWritesLostOnFailover, `${where}.onPartition.ackedWritesLostOnFailover`)
		};
	}
	if (o.explanation !== void 0) g.explanation = shape.str(o.explanation, `${where}.explanation`).trim();
	if (o.references !== void 0) g.references = shape.strList(o.references, `${where}.references`).map((r, i) => {
		if (!(r in ctx.references)) shape.fail(`${where}.references[${i}]`, `unknown reference "${r}" (define it under references)`);
		return r;
	});
	if (o.caveats !== void 0) g.caveats = shape.strList(o.caveats, `${where}.caveats`);
	if (o.enforcesInvariants !== void 0) g.enforcesInvariants = shape.list(o.enforcesInvariants, `${where}.enforcesInvariants`).map((v, i) => shape.oneOf(v, INVARIANT_NAMES, `${where}.enforcesInvariants[${i}]`));
	if (o.messaging !== void 0) g.messaging = parseMessaging(shape, o.messaging, `${where}.messaging`);
	return g;
}
/** `messaging: { delivery, ordering, dedupWindow }` of a broker configuration. */
function parseMessaging(shape, raw, where) {
	const m = shape.obj(raw, where);
	shape.keys(m, [
		"delivery",
		"ordering",
		"dedupWindow"
	], where);
	const out = {
		delivery: shape.oneOf(m.delivery, DELIVERIES, `${where}.delivery`),
		ordering: shape.oneOf(m.ordering, ORDERINGS, `${where}.ordering`)
	};
	const window = shape.optStr(m.dedupWindow, `${where}.dedupWindow`);
	if (window !== void 0) {
		if (!WINDOW.test(window)) shape.fail(`${where}.dedupWindow`, `expected a duration such as 5m or 2s; got ${JSON.stringify(window)}`);
		out.dedupWindow = window;
	}
	return out;
}
const REQUIRED = [
	"pacelc",
	"consistency",
	"onPartition",
	"explanation",
	"references"
];
function parseRule(ctx, raw, where, profile) {
	const { shape } = ctx;
	const o = shape.obj(raw, where);
	shape.keys(o, [
		"id",
		"when",
		"gives",
		"note",
		"cause"
	], where);
	const derived = new Set(profile.derive.flatMap((d) => [...DERIVED_FACTS[d]]));
	const rule = {
		id: shape.str(o.id, `${where}.id`),
		gives: parseGives(ctx, o.gives, `${where}.gives`)
	};
	const when = parseWhen(shape, o.when, `${where}.when`, profile.settings, derived);
	if (when) rule.when = when;
	if (o.cause !== void 0) rule.cause = parseCause(shape, o.cause, `${where}.cause`, profile.settings);
	const note = shape.optStr(o.note, `${where}.note`);
	if (note !== void 0) rule.note = note;
	const merged = {
		...profile.base,
		...rule.gives
	};
	for (const key of REQUIRED) if (merged[key] === void 0) shape.fail(`${where}.gives`, `"${key}" is set neither here nor in base`);
	if (profile.kind && MESSAGING_KINDS.includes(profile.kind) && merged.messaging === void 0) shape.fail(`${where}.gives`, `"messaging" (delivery, ordering) is set neither here nor in base; a ${profile.kind} profile needs it`);
	return rule;
}
function parseCaveat(shape, raw, where) {
	const o = shape.obj(raw, where);
	shape.keys(o, [
		"text",
		"source",
		"versions"
	], where);
	const versions = shape.optStr(o.versions, `${where}.versions`);
	return {
		text: shape.str(o.text, `${where}.text`),
		source: shape.str(o.source, `${where}.source`),
		...versions ? { versions } : {}
	};
}
function parseDisagreement(shape, raw, where) {
	const o = shape.obj(raw, where);
	shape.keys(o, [
		"id",
		"topic",
		"positions",
		"choice"
	], where);
	const positions = shape.list(o.positions, `${where}.positions`).map((p, i) => {
		const po = shape.obj(p, `${where}.positions[${i}]`);
		return {
			claim: shape.str(po.claim, `${where}.positions[${i}].claim`),
			source: shape.str(po.source, `${where}.positions[${i}].source`)
		};
	});
	if (positions.length < 2) shape.fail(`${where}.positions`, "a disagreement needs at least two positions");
	return {
		id: shape.str(o.id, `${where}.id`),
		topic: shape.str(o.topic, `${where}.topic`),
		positions,
		choice: shape.str(o.choice, `${where}.choice`)
	};
}
function parseEngine(doc, file, behaviours) {
	const shape = new Shape(file);
	const o = shape.obj(doc, "");
	shape.keys(o, PROFILE_KEYS, "");
	const refs = shape.obj(o.references, "references");
	const references = Object.fromEntries(Object.entries(refs).map(([k, v]) => [k, shape.str(v, `references.${k}`)]));
	const derive = shape.list(o.derive, "derive").map((d, i) => shape.oneOf(d, DERIVATIONS, `derive[${i}]`));
	const settings = parseSettings(shape, o.settings);
	const settingBehaviours = parseSettingBehaviours(shape, o.settingBehaviours, settings, behaviours);
	const ctx = {
		shape,
		references,
		behaviours,
		bySetting: new Set(Object.keys(settingBehaviours))
	};
	const base = o.base === void 0 ? {} : parseGives(ctx, o.base, "base");
	const kind = shape.oneOf(o.kind, ENGINE_KINDS, "kind");
	const partial = {
		settings,
		base,
		derive,
		kind
	};
	const rules = shape.list(o.rules, "rules").map((r, i) => parseRule(ctx, r, `rules[${i}]`, partial));
	if (rules.length === 0) shape.fail("rules", "a profile needs at least one rule");
	if (rules[rules.length - 1]?.when !== void 0) shape.fail(`rules[${rules.length - 1}]`, "the last rule must have no `when` (it is the fallback)");
	const profile = {
		id: shape.str(o.id, "id"),
		name: shape.str(o.name, "name"),
		kind,
		topology: shape.oneOf(o.topology, TOPOLOGIES, "topology"),
		replication: shape.oneOf(o.replication, REPLICATION, "replication"),
		replicasPerRegion: shape.bool(o.replicasPerRegion, "replicasPerRegion"),
		defaultReplicas: shape.int(o.defaultReplicas, "defaultReplicas", 1),
		derive,
		settings,
		operations: parseOperations(shape, o.operations, settings, references),
		settingBehaviours,
		base,
		rules,
		references,
		caveats: shape.list(o.caveats, "caveats").map((c, i) => parseCaveat(shape, c, `caveats[${i}]`)),
		disagreements: shape.list(o.disagreements, "disagreements").map((d, i) => parseDisagreement(shape, d, `disagreements[${i}]`)),
		file
	};
	const sizing = parsePartitionSizing(shape, o.partitionSizing, references);
	if (sizing) profile.partitionSizing = sizing;
	const conditional = parseConditionalWrite(shape, o.conditionalWrite, references);
	if (conditional) profile.conditionalWrite = conditional;
	const note = shape.optStr(o.replicasNote, "replicasNote");
	if (note !== void 0) profile.replicasNote = note;
	return profile;
}
// dist/knowledge/snapshot.js
/**
* A JSON snapshot of the validated knowledge base, written by the build to
* build/knowledge.json, so the CLI skips YAML parsing at start-up (parsing the
* ~110 KB of YAML cold costs well over 50 ms; JSON takes a few). The snapshot
* records a hash of every YAML file's bytes and is used only while it matches,
* so an edited profile is never shadowed by a stale snapshot.
*/
/** Hash of the knowledge files' names and bytes, in the given order. */
function hashFiles(files) {
	const h = createHash("sha256");
	for (const f of files) h.update(f.name).update("\0").update(f.text).update("\0");
	return h.digest("hex");
}
/** The knowledge base stored in a snapshot file, when it exists and was made from files with `hash`. */
function readSnapshot(file, hash, dir) {
	let snap;
	try {
		snap = JSON.parse(readFileSync(file, "utf8"));
	} catch {
		return;
	}
	if (snap.version !== 1 || snap.hash !== hash) return void 0;
	return {
		dir,
		engines: new Map(snap.engines),
		models: new Map(snap.models),
		closure: new Map(snap.closure.map(([m, list]) => [m, new Set(list)])),
		invariants: new Map(snap.invariants),
		partitionBehaviours: new Map(snap.partitionBehaviours),
		sources: snap.sources
	};
}
// dist/knowledge/load.js
/**
* Loads rules/knowledge/ (engines/*.yaml, consistency-models.yaml, invariants.yaml),
* validates every file's shape and caches the result per directory. Synchronous on
* purpose: the knowledge base is small and every command needs it first.
*/
/** rules/knowledge beside src/ (tests) or dist/ (the built CLI): both are two levels below the package root. */
const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL("../../rules/knowledge", import.meta.url));
/** Where the build writes the JSON snapshot of the default knowledge base. */
const DEFAULT_SNAPSHOT_FILE = fileURLToPath(new URL("../../build/knowledge.json", import.meta.url));
const cache = /* @__PURE__ */ new Map();
/** The default knowledge base with a project's own profiles added (see `setActiveKnowledge`). */
let active;
/** Make `kb` what `loadKnowledge()` returns for the default folder (a project's engine profiles); undefined restores the built-in one. */
function setActiveKnowledge(kb) {
	active = kb;
}
/** Whether a project's own profiles are in use. */
function hasActiveKnowledge() {
	return active !== void 0;
}
function readText(file) {
	try {
		return readFileSync(file, "utf8");
	} catch (error) {
		throw new KnowledgeError(file, `cannot read the file (${error.message})`);
	}
}
function parseYaml(file, text) {
	try {
		return (0, import_dist.parse)(text);
	} catch (error) {
		throw new KnowledgeError(file, `invalid YAML: ${error.message}`);
	}
}
function readFiles(dir) {
	const engineDir = join(dir, "engines");
	let names;
	try {
		names = readdirSync(engineDir).filter((n) => n.endsWith(".yaml")).sort();
	} catch {
		throw new KnowledgeError(engineDir, "the engines folder is missing");
	}
	const file = (name) => ({
		name,
		text: readText(name)
	});
	return {
		models: file(join(dir, "consistency-models.yaml")),
		invariants: file(join(dir, "invariants.yaml")),
		engines: names.map((n) => file(join(engineDir, n)))
	};
}
function loadEngines(files, behaviours) {
	const engines = /* @__PURE__ */ new Map();
	for (const { name: file, text } of files) {
		const profile = parseEngine(parseYaml(file, text), file, behaviours);
		if (basename(file) !== `${profile.id}.yaml`) throw new KnowledgeError(file, `id "${profile.id}" does not match the file name`);
		engines.set(profile.id, profile);
	}
	return engines;
}
const hashOf = (files, dir) => hashFiles([
	files.models,
	files.invariants,
	...files.engines
].map((f) => ({
	name: relative(dir, f.name),
	text: f.text
})));
/**
* The knowledge base in `dir`, cached. With the default folder, a build snapshot made
* from exactly these files is used instead of parsing the YAML (pass `snapshot: false` to force parsing).
*/
function loadKnowledge(dir = DEFAULT_KNOWLEDGE_DIR, options = {}) {
	if (active && dir === DEFAULT_KNOWLEDGE_DIR) return active;
	const cached = cache.get(dir);
	if (cached) return cached;
	const files = readFiles(dir);
	const snapshotFile = options.snapshot ?? (dir === DEFAULT_KNOWLEDGE_DIR ? DEFAULT_SNAPSHOT_FILE : false);
	const kb = (snapshotFile ? readSnapshot(snapshotFile, hashOf(files, dir), dir) : void 0) ?? parseKnowledge(dir, files);
	cache.set(dir, kb);
	return kb;
}
function parseKnowledge(dir, files) {
	const modelsFile = files.models.name;
	const parsed = parseModels(parseYaml(modelsFile, files.models.text), modelsFile);
	let closure;
	try {
		closure = computeClosure(parsed.models);
	} catch (error) {
		throw new KnowledgeError(modelsFile, error.message);
	}
	const invariantsFile = files.invariants.name;
	const inv = parseInvariants(parseYaml(invariantsFile, files.invariants.text), invariantsFile);
	return {
		dir,
		engines: loadEngines(files.engines, parsed.partitionBehaviours),
		models: parsed.models,
		closure,
		invariants: inv.invariants,
		partitionBehaviours: parsed.partitionBehaviours,
		sources: {
			...parsed.sources,
			...inv.sources
		}
	};
}
// dist/knowledge/queries.js
function getEngine(id, kb = loadKnowledge()) {
	return kb.engines.get(id);
}
function invariantInfo(invariant, kb = loadKnowledge()) {
	const info = kb.invariants.get(invariant);
	if (!info) throw new KnowledgeError("invariants.yaml", `unknown invariant "${invariant}"`);
	return info;
}
/** What a data set needs, derived from its invariants; `eventual` when it declares none. */
function requiredModelFor(invariants, kb = loadKnowledge()) {
	const perInvariant = {};
	for (const inv of invariants) perInvariant[inv] = invariantInfo(inv, kb).weakestModel;
	const needed = Object.values(perInvariant);
	const model = needed.length === 0 ? "eventual" : weakestSatisfyingAllIn(kb, needed);
	if (model === void 0) throw new KnowledgeError("consistency-models.yaml", `no model meets all of ${needed.join(", ")}`);
	return {
		model,
		needCoordination: invariants.filter((i) => !invariantInfo(i, kb).confluent),
		perInvariant
	};
}
// dist/model/types.js
/**
* The typed system model, after loading, schema validation and normalisation.
*
* Units are fixed here once so no later stage has to guess:
* durations are milliseconds, rates are per second, sizes are bytes and
* percentages are fractions in [0, 1]. Every node carries `path`, the
* JSON-path-like location in the YAML (`datastores[0].settings`), which the
* source map turns into file:line:col.
*/
const DISRUPTIONS = [
	"node",
	"zone",
	"region",
	"partition"
];
/** The engine name that means "no profile: use `declared`". */
const CUSTOM_ENGINE = "custom";
// dist/knowledge/user-engines.js
/**
* A project's own engine profiles (`engines:` in .archcap.yaml): the same format as
* rules/knowledge/engines/*.yaml, checked first against the published JSON Schema
* (schema/engine-profile.schema.json) and then by the same parser as the built-in
* profiles. Every problem is an InputError with file:line:col.
*/
const ENGINE_PROFILE_SCHEMA_FILE = fileURLToPath(new URL("../../schema/engine-profile.schema.json", import.meta.url));
let validate;
let schema;
function engineProfileSchema() {
	schema ??= JSON.parse(readFileSync(ENGINE_PROFILE_SCHEMA_FILE, "utf8"));
	return schema;
}
function validator() {
	if (!validate) {
		const { Ajv } = createRequire(import.meta.url)("ajv");
		validate = new Ajv({
			allErrors: true,
			strict: false
		}).compile(engineProfileSchema());
	}
	return validate;
}
/** One profile file, validated against the schema and the knowledge base it joins. */
function loadEngineFile(file, kb) {
	let bytes;
	try {
		bytes = readFileSync(file);
	} catch (error) {
		const code = error.code;
		throw InputError.at("unreadable", file, `cannot read engine profile: ${code === "ENOENT" ? "no such file" : error.message}`);
	}
	const { value, positions } = parseYaml$1(file, decodeText(file, bytes));
	const check = validator();
	if (!check(value)) throw new InputError(schemaDiagnostics(file, check.errors ?? [], positions, value, engineProfileSchema()).map((d) => ({
		...d,
		code: "invalid-engine-profile"
	})));
	const at = (where, message) => {
		const p = locateIn(positions, where);
		return InputError.at("invalid-engine-profile", file, `${where ? `${where}: ` : ""}${message}`, p.line, p.column, where);
	};
	let profile;
	try {
		profile = parseEngine(value, file, kb.partitionBehaviours);
	} catch (error) {
		if (error instanceof KnowledgeError) throw at(error.where ?? "", error.detail);
		throw error;
	}
	if (profile.id === "custom") throw at("id", `'${CUSTOM_ENGINE}' is reserved for engines declared inline; choose another id`);
	if (kb.engines.has(profile.id)) throw at("id", `'${profile.id}' is a built-in profile; give your profile its own id (e.g. '${profile.id}-inhouse')`);
	return profile;
}
/** The knowledge base with the project's profiles added (ids must be new). */
function withUserEngines(kb, files) {
	const engines = new Map(kb.engines);
	for (const file of files) {
		const profile = loadEngineFile(file, kb);
		if (engines.has(profile.id)) throw InputError.at("invalid-engine-profile", file, `id '${profile.id}' is defined twice (also in ${engines.get(profile.id).file})`);
		engines.set(profile.id, profile);
	}
	return {
		...kb,
		engines
	};
}
export { invariantInfo as a, hasActiveKnowledge as c, KnowledgeError as d, satisfiesIn as f, getEngine as i, loadKnowledge as l, CUSTOM_ENGINE as n, requiredModelFor as o, DISRUPTIONS as r, DEFAULT_KNOWLEDGE_DIR as s, withUserEngines as t, setActiveKnowledge as u };
