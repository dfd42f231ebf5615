import { a as require_dist, n as knownRegionIds, t as findRegion } from "./regions-BdGi6hxy.js";
import { t as ArchcapError } from "./errors-BcMCNHWs.js";
import { o as MESSAGING_KINDS } from "./types-MAxxWLjR.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// dist/wizard/check.js
var import_dist = require_dist();
const shown = (v) => JSON.stringify(v);
function list$2(choices) {
	const values = choices.map((c) => String(c.value));
	return values.length > 24 ? `${values.slice(0, 24).join(", ")}, … (${values.length} in all)` : values.join(", ");
}
/** The accepted choice equal to `v`, also when a file wrote `1` for '1' or the reverse. */
function find(choices, v) {
	const exact = choices.find((c) => c.value === v);
	if (exact || typeof v !== "string" && typeof v !== "number") return exact;
	return choices.find((c) => typeof c.value !== "boolean" && String(c.value) === String(v));
}
function pick$1(choices, v) {
	const enabled = choices.filter((c) => !c.disabled);
	const found = find(choices, v);
	if (found?.disabled) return { error: `${shown(v)} cannot be chosen here: ${found.disabled}` };
	if (found) return { value: found.value };
	return { error: enabled.length ? `${shown(v)} is not one of the accepted values: ${list$2(enabled)}` : `${shown(v)} cannot be chosen: nothing can be chosen here` };
}
/** The value in the question's own type, or a message saying what was expected. */
function coerce(kind, choices, v) {
	switch (kind) {
		case "input": return typeof v === "string" ? { value: v.trim() } : typeof v === "number" ? { value: String(v) } : { error: `expected text, got ${shown(v)}` };
		case "number": return typeof v === "number" && Number.isFinite(v) ? { value: v } : { error: `expected a number, got ${shown(v)}` };
		case "confirm": return typeof v === "boolean" ? { value: v } : { error: `expected true or false, got ${shown(v)}` };
		case "select": return pick$1(choices ?? [], v);
		case "checkbox": {
			if (!Array.isArray(v)) return { error: `expected a list, got ${shown(v)}` };
			const out = [];
			for (const element of v) {
				const picked = pick$1(choices ?? [], element);
				if ("error" in picked) return picked;
				if (!out.includes(String(picked.value))) out.push(String(picked.value));
			}
			return { value: out };
		}
	}
}
// dist/wizard/errors.js
/** A question the answers leave unanswered, or answer with a value it does not accept. */
var AnswerError = class extends ArchcapError {
	path;
	question;
	reason;
	constructor(code, path, question, reason) {
		super(code, `${path}: ${reason}${question ? ` (question: “${question}”)` : ""}`);
		this.path = path;
		this.question = question;
		this.reason = reason;
	}
};
/** The interview was interrupted (Ctrl-C); nothing has been written. */
var InterviewCancelled = class extends ArchcapError {
	constructor() {
		super("cancelled", "init stopped; nothing was written, and the answers so far are saved: `archcap init --resume` continues from here");
	}
};
// dist/wizard/paths.js
function segments(path) {
	const out = [];
	for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] === void 0 ? m[1] : Number(m[2]));
	return out;
}
function joinPath(base, id) {
	if (typeof id === "number") return `${base}[${id}]`;
	return base ? `${base}.${id}` : id;
}
const isDraft$1 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function getPath(root, path) {
	let node = root;
	for (const seg of segments(path)) {
		if (typeof seg === "number") node = Array.isArray(node) ? node[seg] : void 0;
		else node = isDraft$1(node) && Object.hasOwn(node, seg) ? node[seg] : void 0;
		if (node === void 0) return void 0;
	}
	return node;
}
/** Set a dotted id (no indexes) inside `item`, creating the objects on the way. */
function setIn(item, id, value) {
	const keys = id.split(".");
	let node = item;
	for (const key of keys.slice(0, -1)) {
		const next = node[key];
		node = isDraft$1(next) ? next : node[key] = {};
	}
	node[keys[keys.length - 1]] = value;
}
function getIn(item, id) {
	return getPath(item, id);
}
/** Every leaf of a plain value: scalars, and non-empty arrays of scalars as one leaf; empty containers have none. */
function leafPaths(value, base = "") {
	if (Array.isArray(value)) {
		if (value.length && value.every((v) => typeof v !== "object" || v === null)) return [base];
		return value.flatMap((v, i) => leafPaths(v, joinPath(base, i)));
	}
	if (isDraft$1(value)) return Object.keys(value).flatMap((k) => leafPaths(value[k], joinPath(base, k)));
	return [base];
}
// dist/wizard/schema-choices.js
const isNode = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function resolve$1(root, node) {
	const ref = node["$ref"];
	if (typeof ref !== "string" || !ref.startsWith("#/$defs/")) return node;
	const defs = root["$defs"];
	const target = isNode(defs) ? defs[ref.slice(8)] : void 0;
	return isNode(target) ? target : node;
}
/** Step into arrays and into the object branch of a `oneOf`. */
function unwrap(root, node) {
	let n = resolve$1(root, node);
	for (;;) if (n["type"] === "array" && isNode(n["items"])) n = resolve$1(root, n["items"]);
	else if (Array.isArray(n["oneOf"])) n = resolve$1(root, n["oneOf"].find((b) => isNode(b) && isNode(b["properties"])) ?? {});
	else return n;
}
/** The schema node of a model path without indexes: `datasets.access.pattern`. */
function schemaNode(schema, path) {
	let node = schema;
	for (const key of path.split(".")) {
		const props = unwrap(schema, node)["properties"];
		const next = isNode(props) ? props[key] : void 0;
		if (!isNode(next)) return void 0;
		node = next;
	}
	return unwrap(schema, node);
}
/** The accepted values at `path` as choices; throws when the schema has no enum there (a wizard bug). */
function schemaChoices(schema, path, describe = {}) {
	const values = schemaNode(schema, path)?.["enum"];
	if (!Array.isArray(values)) throw new Error(`the system schema has no list of values at ${path}`);
	return values.map((v) => {
		const value = v;
		const description = describe[value];
		return {
			value,
			name: value,
			...description ? { description } : {}
		};
	});
}
/** The schema's pattern for a string at `path` (names, durations, rates), if any. */
function schemaPattern(schema, path) {
	const p = schemaNode(schema, path)?.["pattern"];
	return typeof p === "string" ? new RegExp(p) : void 0;
}
// dist/wizard/kb-choices.js
/** Choices that come from the knowledge base: engines, regions, jurisdictions, models, invariants. */
const engineChoice = (e) => ({
	value: e.id,
	name: e.id,
	description: `${e.name}: ${e.kind}, ${e.topology} by default`
});
/** Engines for data stores: everything but brokers (logs and queues are topics). */
function storeEngines(kb) {
	return [...kb.engines.values()].filter((e) => !MESSAGING_KINDS.includes(e.kind)).sort((a, b) => a.id.localeCompare(b.id)).map(engineChoice);
}
function topicEngines(kb) {
	return [...kb.engines.values()].filter((e) => MESSAGING_KINDS.includes(e.kind)).sort((a, b) => a.id.localeCompare(b.id)).map(engineChoice);
}
function regionChoices() {
	return knownRegionIds().map((id) => {
		const r = findRegion(id);
		return {
			value: id,
			name: id,
			...r && r.displayName !== id ? { description: r.displayName } : {}
		};
	});
}
/** Jurisdictions (`eu`, `us`, `de` …) the known regions lie in. */
function jurisdictionChoices() {
	const all = /* @__PURE__ */ new Set();
	for (const id of knownRegionIds()) for (const j of findRegion(id)?.jurisdictions ?? []) all.add(j);
	return [...all].sort().map((j) => ({
		value: j,
		name: j
	}));
}
/** Consistency models the knowledge base describes and the schema accepts for a data set. */
function consistencyChoices(s) {
	return schemaChoices(s.schema, "datasets.consistency").filter((c) => s.kb.models.has(c.value)).map((c) => ({
		...c,
		description: s.kb.models.get(c.value)?.description ?? ""
	}));
}
function invariantChoices(s) {
	return [...s.kb.invariants.values()].map((i) => ({
		value: i.id,
		name: i.id,
		description: `${i.summary} (${i.confluent ? "confluent: safe without coordination" : "needs coordination"})`
	}));
}
/** Values the profile's rules test for a store key (`topology: multi-leader`). */
function ruleValues(profile, key) {
	const values = /* @__PURE__ */ new Set();
	for (const rule of profile.rules) for (const cond of rule.when ?? []) {
		const m = cond[key];
		if (typeof m === "string") values.add(m);
		else if (m && typeof m === "object" && Array.isArray(m.in)) for (const v of m.in) values.add(String(v));
	}
	return [...values];
}
const withDefault = (first, rest) => [first, ...rest.filter((v) => v !== first)];
/** Topologies the engine can run in, as far as its profile tells them apart. */
function engineTopologies(profile) {
	return withDefault(profile.topology, ruleValues(profile, "topology"));
}
/**
* Replication modes worth asking about: the default, any the rules test, and for engines
* whose sync-standby derivation reads `replication`, the leader-follower modes.
*/
function engineReplications(profile) {
	const values = withDefault(profile.replication, ruleValues(profile, "replication"));
	if (profile.derive.includes("sync-standbys")) {
		for (const mode of [
			"async",
			"semi-sync",
			"sync"
		]) if (!values.includes(mode)) values.push(mode);
	}
	return values;
}
/** Whether the profile's rules distinguish automatic from manual failover. */
function engineAsksFailover(profile) {
	return ruleValues(profile, "failover").length > 0;
}
// dist/wizard/scope-helpers.js
/** Small look-ups over the answers so far, shared by the question files. */
const asChoices = (values) => values.map((v) => ({
	value: v,
	name: v
}));
function items(s, list) {
	const found = getPath(s.answers, list);
	return Array.isArray(found) ? found : [];
}
const listNames = (s, list) => items(s, list).map((i) => String(i["name"]));
const findItem = (s, list, name) => items(s, list).find((i) => i["name"] === name);
const stringList = (v) => Array.isArray(v) ? v.map(String) : [];
const systemRegions = (s) => stringList(s.answers["regions"]);
/** The item's name for prompt text, or a fallback before it has one. */
const label = (s, fallback) => typeof s.item["name"] === "string" ? s.item["name"] : fallback;
// dist/wizard/validators.js
/** Validation shared by the questions: names, units and uniqueness, checked against the schema's own patterns. */
const EXAMPLES = {
	duration: "a duration such as 250ms, 2s or 5m",
	rate: "a rate such as 500/s",
	size: "a size such as 200GB",
	percent: "a percentage such as 99.95%",
	name: "a name of letters, digits, '-', '_', '.' or ':' (no spaces)"
};
/** A string matching the schema's pattern at `schemaPath` (e.g. `requirements.rpo`). */
function matches(schemaPath, what) {
	return (value, s) => {
		const re = schemaPattern(s.schema, schemaPath);
		return re && !re.test(String(value)) ? `expected ${EXAMPLES[what]}, got '${String(value)}'` : void 0;
	};
}
/** A name the schema accepts, not used by another item of `list` (`datastores`). */
function uniqueName(list) {
	return (value, s) => {
		const name = String(value);
		const re = schemaPattern(s.schema, `${list}.name`);
		if (re && !re.test(name)) return `'${name}' is not a usable name: start with a letter or digit, then letters, digits, '-', '_', '.' or ':' (no spaces)`;
		const items = getPath(s.answers, list);
		return Array.isArray(items) && items.some((other) => other !== s.item && other["name"] === name) ? `another entry of ${list} is already called '${name}'` : void 0;
	};
}
/** At least one element (a checkbox answer). */
function nonEmpty(what) {
	return (value) => Array.isArray(value) && value.length === 0 ? `choose at least one ${what}` : void 0;
}
function atLeast(min) {
	return (value) => typeof value === "number" && value < min ? `must be at least ${min}` : void 0;
}
// dist/wizard/needs.js
const NEEDS = [
	{
		id: "duplicate",
		name: "the same thing happens twice (a double charge, a double booking, two orders for one checkout)",
		invariants: ["unique-key"],
		why: "one row per key: the second of two concurrent inserts must fail"
	},
	{
		id: "oversell",
		name: "a count goes below zero (overselling stock, overdrawing a balance, overbooking seats)",
		invariants: ["non-negative"],
		why: "concurrent decrements must see each other, or two can take the last unit"
	},
	{
		id: "dangling",
		name: "a record points at something that does not exist (an order line without its order)",
		invariants: ["foreign-key"],
		why: "the referenced row must exist when the reference is written"
	},
	{
		id: "lost",
		name: "something the user was told is done is lost, even in a failover (a confirmed order or payment)",
		rpoZero: true,
		why: "an acknowledged write must already be on another replica: RPO 0"
	},
	{
		id: "stale-own",
		name: "a user does not see what they just did (a post missing after posting)",
		consistency: "read-your-writes",
		why: "a user’s reads must follow their own writes"
	},
	{
		id: "stale-any",
		name: "anyone sees an old value after a newer one was confirmed (a stale balance shown)",
		consistency: "linearizable",
		why: "every read must return the latest confirmed write"
	},
	{
		id: "lost-update",
		name: "two concurrent updates silently overwrite each other",
		consistency: "serializable",
		why: "concurrent read-modify-writes must behave as if one ran after the other"
	}
];
/** Strongest first: when needs ask for several models, the strongest is required. */
const STRENGTH = [
	"strict-serializable",
	"linearizable",
	"serializable",
	"snapshot-isolation",
	"read-your-writes",
	"causal",
	"read-committed",
	"eventual"
];
const needChoices = () => NEEDS.map((n) => ({
	value: n.id,
	name: n.name
}));
const chosen = (s) => {
	const ids = s.item["_needs"];
	return Array.isArray(ids) ? NEEDS.filter((n) => ids.includes(n.id)) : [];
};
/** What the needs of the data set being asked imply, each with its plain-language reason. */
function deriveFromNeeds(s) {
	const needs = chosen(s);
	const out = [];
	const invariants = [...new Set(needs.flatMap((n) => n.invariants ?? []))].filter((i) => s.kb.invariants.has(i));
	if (invariants.length) out.push({
		id: "invariants",
		value: invariants,
		why: needs.filter((n) => n.invariants).map((n) => n.why).join("; ")
	});
	const models = needs.map((n) => n.consistency).filter((m) => m !== void 0);
	const strongest = STRENGTH.find((m) => models.includes(m));
	if (strongest) out.push({
		id: "consistency",
		value: strongest,
		why: needs.find((n) => n.consistency === strongest).why
	});
	const lost = needs.find((n) => n.rpoZero);
	if (lost) out.push({
		id: "requirements.rpo",
		value: "0s",
		why: lost.why
	});
	return out;
}
// dist/wizard/questions-datasets.js
/** "Add a data set?": which store holds it, what it must guarantee, and how it is used. */
const storeRegions = (s) => stringList(findItem(s, "datastores", s.item["store"])?.["regions"]);
const dsLabel = (s) => label(s, "this data set");
const datasetSection = {
	repeat: "datasets",
	noun: "Data set",
	add: "Add a data set (a table, collection or key space with its own guarantees)?",
	more: "Add another data set?",
	when: (s) => listNames(s, "datastores").length > 0,
	steps: [
		{
			id: "name",
			kind: "input",
			message: "Name of the data set (e.g. account-balance)",
			validate: uniqueName("datasets")
		},
		{
			id: "store",
			kind: "select",
			message: (s) => `Store holding ${dsLabel(s)}`,
			choices: (s) => asChoices(listNames(s, "datastores")),
			default: (s) => listNames(s, "datastores").at(-1)
		},
		{
			id: "_needs",
			kind: "checkbox",
			message: (s) => `What must never happen to ${dsLabel(s)}? (none is fine; archcap derives the guarantees)`,
			choices: needChoices,
			optional: true,
			when: (s) => s.prefill === void 0
		},
		{ derive: (s) => s.prefill === void 0 ? deriveFromNeeds(s) : [] },
		{
			id: "_advanced",
			kind: "confirm",
			message: "Choose invariants and the consistency model yourself (advanced)?",
			default: (s) => s.prefill !== void 0
		},
		{
			id: "invariants",
			kind: "checkbox",
			message: (s) => `Invariants ${dsLabel(s)} must keep (none is fine)`,
			choices: invariantChoices,
			optional: true,
			when: (s) => s.item["_advanced"] === true
		},
		{
			when: (s) => s.item["_advanced"] === true,
			id: "consistency",
			kind: "select",
			message: (s) => `Consistency ${dsLabel(s)} needs (none: derived from the invariants)`,
			choices: consistencyChoices,
			optional: true
		},
		{
			id: "access.pattern",
			kind: "select",
			message: "Dominant access pattern",
			choices: (s) => schemaChoices(s.schema, "datasets.access.pattern"),
			optional: true
		},
		{
			id: "access.reads",
			kind: "input",
			message: "Peak reads (e.g. 5000/s; empty if unknown)",
			optional: true,
			validate: matches("datasets.access.reads", "rate")
		},
		{
			id: "access.writes",
			kind: "input",
			message: "Peak writes (e.g. 500/s; empty if unknown)",
			optional: true,
			validate: matches("datasets.access.writes", "rate")
		},
		{
			id: "access.hotKeys",
			kind: "confirm",
			message: "Do a few keys take a large share of the traffic (hot keys)?",
			default: false
		},
		{
			id: "access.writeRegions",
			kind: "checkbox",
			message: "Regions writes come from",
			when: (s) => storeRegions(s).length > 1,
			choices: (s) => asChoices(storeRegions(s)),
			optional: true
		},
		{
			id: "size",
			kind: "input",
			message: "Size (e.g. 200GB; empty if unknown)",
			optional: true,
			validate: matches("datasets.size", "size")
		},
		{
			id: "residency",
			kind: "checkbox",
			message: "Jurisdictions the data must stay in (none: anywhere)",
			choices: () => jurisdictionChoices(),
			optional: true
		}
	]
};
// dist/wizard/questions-flows.js
/** Multi-step workflows with their compensations, and distributed locks. */
const workflowSection = {
	repeat: "workflows",
	noun: "Workflow",
	add: "Add a workflow (a multi-step operation across services, such as placing an order)?",
	more: "Add another workflow?",
	when: (s) => listNames(s, "services").length > 0,
	steps: [
		{
			id: "name",
			kind: "input",
			message: "Name of the workflow (e.g. place-order)",
			validate: uniqueName("workflows")
		},
		{
			id: "atomicity",
			kind: "select",
			message: "If a step fails…",
			choices: (s) => schemaChoices(s.schema, "workflows.atomicity", {
				"all-or-nothing": "the earlier steps must be undone",
				"best-effort": "the earlier steps may stand"
			}),
			default: "all-or-nothing"
		},
		{
			id: "protocol",
			kind: "select",
			message: "How atomicity is achieved (none: not decided yet)",
			choices: (s) => schemaChoices(s.schema, "workflows.protocol"),
			optional: true
		},
		{
			repeat: "steps",
			noun: "Step",
			add: "Add a step?",
			more: (s) => `Add another step to ${label(s, "the workflow")}?`,
			min: 1,
			steps: [
				{
					id: "name",
					kind: "input",
					message: "Name of the step (e.g. charge-card)",
					validate: matches("workflows.steps.name", "name")
				},
				{
					id: "service",
					kind: "select",
					message: "Service that runs it",
					choices: (s) => asChoices(listNames(s, "services"))
				},
				{
					id: "external",
					kind: "confirm",
					message: "Does it call a system outside yours (a card network, an e-mail provider)?",
					default: false
				},
				{
					id: "compensation",
					kind: "input",
					message: "Action that undoes it (e.g. refund; empty if it cannot be undone)",
					optional: true
				}
			]
		}
	]
};
const lockSection = {
	repeat: "locks",
	noun: "Lock",
	add: "Add a distributed lock?",
	more: "Add another lock?",
	when: (s) => listNames(s, "datastores").length > 0,
	steps: [
		{
			id: "name",
			kind: "input",
			message: "Name of the lock (e.g. stock-lock)",
			validate: uniqueName("locks")
		},
		{
			id: "store",
			kind: "select",
			message: "Store holding the lock",
			choices: (s) => asChoices(listNames(s, "datastores"))
		},
		{
			id: "guards",
			kind: "select",
			message: "Data set it protects (none: not a data set)",
			when: (s) => listNames(s, "datasets").length > 0,
			choices: (s) => asChoices(listNames(s, "datasets")),
			optional: true
		},
		{
			id: "leaseTtl",
			kind: "input",
			message: "Lease length (e.g. 30s; empty for none)",
			optional: true,
			default: "30s",
			validate: matches("locks.leaseTtl", "duration")
		},
		{
			id: "fencing",
			kind: "confirm",
			message: "Does the protected resource check a fencing token on every write?",
			default: false
		},
		{
			id: "purpose",
			kind: "select",
			message: "What happens if two holders act at once?",
			choices: (s) => schemaChoices(s.schema, "locks.purpose", {
				correctness: "data is corrupted",
				efficiency: "work is only done twice"
			}),
			default: "correctness"
		},
		{
			id: "algorithm",
			kind: "select",
			message: "How the lock is implemented",
			choices: (s) => schemaChoices(s.schema, "locks.algorithm"),
			default: "single-instance"
		}
	]
};
// dist/wizard/settings-questions.js
/** The first sentence of a setting's description, short enough for a prompt line. */
function shortDescription(text, max = 90) {
	const first = (text.replace(/\s+/g, " ").trim().split(/(?<=\.)\s/)[0] ?? "").replace(/\.$/, "");
	return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}
function settingQuestion(name, spec) {
	const about = shortDescription(spec.description);
	const base = {
		id: `settings.${name}`,
		...spec.default === void 0 ? {} : { default: spec.default }
	};
	if (spec.type === "enum") return {
		...base,
		kind: "select",
		message: `${name}: ${about}`,
		choices: () => (spec.values ?? []).map((v) => ({
			value: v,
			name: String(v)
		}))
	};
	if (spec.type === "boolean") return {
		...base,
		kind: "confirm",
		message: `${name}? ${about}`,
		default: spec.default ?? false
	};
	return {
		...base,
		kind: "number",
		message: `${name}: ${about}`,
		validate: atLeast(spec.minimum ?? 0)
	};
}
/** One question per setting of the engine chosen in the current item (`engine`). */
function engineSettingQuestions(s) {
	const profile = s.kb.engines.get(String(s.item["engine"]));
	return profile ? Object.entries(profile.settings).map(([name, spec]) => settingQuestion(name, spec)) : [];
}
// dist/wizard/questions-messaging.js
/** Topics (before services, which publish to them) and the consumers that handle their messages. */
const topicSection = {
	repeat: "messaging",
	noun: "Topic",
	add: "Add a message topic (Kafka and the like)?",
	more: "Add another topic?",
	steps: [
		{
			id: "name",
			kind: "input",
			message: "Name of the topic (e.g. order-events)",
			validate: uniqueName("messaging")
		},
		{
			id: "engine",
			kind: "select",
			resets: ["settings"],
			message: (s) => `Engine of ${label(s, "the topic")}`,
			choices: (s) => topicEngines(s.kb)
		},
		{
			id: "delivery",
			kind: "select",
			message: "Delivery guarantee to consumers",
			choices: (s) => schemaChoices(s.schema, "messaging.delivery"),
			default: "at-least-once"
		},
		{
			id: "ordering",
			kind: "select",
			message: "Ordering guarantee",
			choices: (s) => schemaChoices(s.schema, "messaging.ordering"),
			default: "per-key"
		},
		{
			id: "_advanced",
			kind: "confirm",
			message: "Set the broker’s own settings yourself (advanced)?",
			default: (s) => s.item["settings"] !== void 0
		},
		{ expand: (s) => s.item["_advanced"] === true ? engineSettingQuestions(s) : [] }
	]
};
const consumerSection = {
	repeat: "consumers",
	noun: "Consumer",
	add: "Add a consumer (a service handling a topic’s messages)?",
	more: "Add another consumer?",
	when: (s) => listNames(s, "services").length > 0 && listNames(s, "messaging").length > 0,
	steps: [
		{
			id: "service",
			kind: "select",
			message: "Consuming service",
			choices: (s) => asChoices(listNames(s, "services"))
		},
		{
			id: "topic",
			kind: "select",
			message: (s) => `Topic ${String(s.item["service"])} consumes`,
			choices: (s) => asChoices(listNames(s, "messaging")),
			validate: (v, s) => items(s, "consumers").some((c) => c !== s.item && c["service"] === s.item["service"] && c["topic"] === v) ? `${String(s.item["service"])} already consumes ${String(v)}` : void 0
		},
		{
			id: "idempotent",
			kind: "confirm",
			message: "Does handling a message twice have the effect of handling it once (idempotent)?",
			default: false
		}
	]
};
// dist/wizard/questions-services.js
/** Services: where they run and what they read, write and publish; then, once all are known, their calls. */
const serviceSection = {
	repeat: "services",
	noun: "Service",
	add: "Add a service?",
	more: "Add another service?",
	steps: [
		{
			id: "name",
			kind: "input",
			message: "Name of the service (e.g. order-service)",
			validate: uniqueName("services")
		},
		{
			id: "regions",
			kind: "checkbox",
			message: (s) => `Regions ${label(s, "it")} runs in`,
			choices: (s) => asChoices(systemRegions(s)),
			default: (s) => systemRegions(s).slice(0, 1),
			validate: nonEmpty("region")
		},
		{
			id: "instances",
			kind: "number",
			message: "Instances in each region",
			default: 2,
			validate: atLeast(1)
		},
		{
			id: "reads",
			kind: "checkbox",
			message: "Data sets it reads",
			when: (s) => listNames(s, "datasets").length > 0,
			choices: (s) => asChoices(listNames(s, "datasets")),
			optional: true
		},
		{
			id: "writes",
			kind: "checkbox",
			message: "Data sets it writes",
			when: (s) => listNames(s, "datasets").length > 0,
			choices: (s) => asChoices(listNames(s, "datasets")),
			optional: true
		},
		{
			repeat: "publishes",
			noun: "Publishes to",
			add: (s) => `Does ${label(s, "it")} publish to a topic?`,
			more: "Does it publish to another topic?",
			when: (s) => listNames(s, "messaging").length > 0,
			steps: [{
				id: "topic",
				kind: "select",
				message: "Topic",
				choices: (s) => asChoices(listNames(s, "messaging"))
			}, {
				id: "via",
				kind: "select",
				message: "How events leave the service",
				choices: (s) => schemaChoices(s.schema, "services.publishes.via", {
					outbox: "written in the same transaction as the data, relayed afterwards",
					cdc: "read from the database log",
					direct: "sent to the broker beside the database write"
				}),
				default: "outbox"
			}]
		}
	]
};
/** Services `name` calls, directly or not (a call back to any of them would close a cycle). */
function reachableFrom(s, name) {
	const calls = new Map(items(s, "services").map((svc) => [String(svc["name"]), (Array.isArray(svc["calls"]) ? svc["calls"] : []).map((c) => String(c["service"]))]));
	const seen = /* @__PURE__ */ new Set();
	const visit = (n) => {
		for (const next of calls.get(n) ?? []) if (!seen.has(next)) seen.add(next), visit(next);
	};
	visit(name);
	return seen;
}
/** Services `caller` may call: every other one, those that already reach it shown but disabled. */
function callees(s, caller) {
	return listNames(s, "services").filter((n) => n !== caller).map((n) => ({
		value: n,
		name: n,
		...reachableFrom(s, n).has(caller) ? { disabled: `${n} already calls ${caller}, directly or not: a cycle of calls` } : {}
	}));
}
const callerOf = (s) => String(s.parents[s.parents.length - 1]["name"]);
const attempts = (s) => Number(s.item["retries"]?.["attempts"] ?? 1);
const callSection = {
	each: "services",
	when: (s) => listNames(s, "services").length > 1,
	steps: [{
		repeat: "calls",
		noun: "Call to",
		add: (s) => `Does ${label(s, "this service")} call another service synchronously?`,
		more: (s) => `Does ${label(s, "it")} call yet another service?`,
		when: (s) => callees(s, label(s, "")).some((c) => !c.disabled),
		steps: [
			{
				id: "service",
				kind: "select",
				message: "Service it calls",
				choices: (s) => callees(s, callerOf(s))
			},
			{
				id: "timeout",
				kind: "input",
				message: "Timeout of one attempt (e.g. 2s; empty for none)",
				default: "1s",
				optional: true,
				validate: matches("services.calls.timeout", "duration")
			},
			{
				id: "retries.attempts",
				kind: "number",
				message: "Attempts in all, the first included (1: no retries)",
				default: 1,
				validate: atLeast(1)
			},
			{
				id: "retries.backoff",
				kind: "select",
				message: "Backoff between attempts",
				when: (s) => attempts(s) > 1,
				choices: (s) => schemaChoices(s.schema, "services.calls.retries.backoff"),
				default: "exponential"
			},
			{
				id: "retries.jitter",
				kind: "select",
				message: "Jitter on the delay",
				when: (s) => attempts(s) > 1,
				choices: (s) => schemaChoices(s.schema, "services.calls.retries.jitter"),
				default: "full"
			},
			{
				id: "idempotent",
				kind: "confirm",
				message: "Is the call idempotent (repeating it has the effect of one call)?",
				default: false
			},
			{
				id: "idempotencyKey",
				kind: "confirm",
				message: "Does it carry an idempotency key the callee de-duplicates on?",
				when: (s) => s.item["idempotent"] !== true && attempts(s) > 1,
				default: false
			}
		]
	}]
};
// dist/wizard/questions-stores.js
const profile = (s) => s.kb.engines.get(String(s.item["engine"]));
const storeLabel = (s) => label(s, "this store");
const regionCount = (s) => Array.isArray(s.item["regions"]) ? s.item["regions"].length : 1;
/**
* The engine's usual replica count, raised to 3 for a store spread over regions that
* needs a majority (consensus, or a single leader elected by one): with 2 a majority
* is both of them, so losing either stops it.
*/
function replicasDefault(s) {
	const p = profile(s);
	const base = p?.defaultReplicas ?? 1;
	return p !== void 0 && (p.topology === "consensus" || p.topology === "single-leader") && !p.replicasPerRegion && regionCount(s) > 1 ? Math.max(base, 3) : base;
}
const storeSection = {
	repeat: "datastores",
	noun: "Data store",
	add: "Add a data store?",
	more: "Add another data store?",
	steps: [
		{
			id: "name",
			kind: "input",
			message: "Name of the data store (e.g. orders-db)",
			validate: uniqueName("datastores")
		},
		{
			id: "engine",
			kind: "select",
			resets: ["settings"],
			message: (s) => `Engine of ${storeLabel(s)}`,
			choices: (s) => storeEngines(s.kb)
		},
		{
			id: "regions",
			kind: "checkbox",
			message: (s) => `Regions holding replicas of ${storeLabel(s)}`,
			choices: (s) => asChoices(systemRegions(s)),
			default: (s) => systemRegions(s),
			validate: nonEmpty("region")
		},
		{
			id: "replicas",
			kind: "number",
			message: (s) => `Replicas of ${storeLabel(s)}${profile(s)?.replicasPerRegion ? " in each region" : ", all regions together"}`,
			default: replicasDefault,
			validate: atLeast(1)
		},
		{
			id: "topology",
			kind: "select",
			message: (s) => `Topology of ${storeLabel(s)} (who accepts writes)`,
			when: (s) => profile(s) ? engineTopologies(profile(s)).length > 1 : false,
			choices: (s) => asChoices(engineTopologies(profile(s))),
			default: (s) => profile(s)?.topology
		},
		{
			id: "replication",
			kind: "select",
			message: (s) => `How writes reach the replicas of ${storeLabel(s)}`,
			when: (s) => profile(s) ? engineReplications(profile(s)).length > 1 && Number(s.item["replicas"]) > 1 : false,
			choices: (s) => asChoices(engineReplications(profile(s))),
			default: (s) => profile(s)?.replication
		},
		{
			id: "failover",
			kind: "select",
			message: (s) => `Failover of ${storeLabel(s)} when the leader fails`,
			when: (s) => profile(s) ? engineAsksFailover(profile(s)) && Number(s.item["replicas"]) > 1 && (s.item["topology"] ?? profile(s)?.topology) === "single-leader" : false,
			choices: (s) => schemaChoices(s.schema, "datastores.failover", {
				automatic: "the store elects or promotes a new leader itself",
				external: "automatic, but decided outside the store (Patroni with etcd, a managed database’s HA)",
				manual: "an operator promotes a replica (a runbook)"
			}),
			default: "automatic"
		},
		{
			id: "conflictResolution",
			kind: "select",
			message: (s) => `How ${storeLabel(s)} reconciles concurrent writes to one key`,
			when: (s) => s.item["topology"] === "multi-leader",
			choices: (s) => schemaChoices(s.schema, "datastores.conflictResolution"),
			default: "lww"
		},
		{
			id: "_advanced",
			kind: "confirm",
			message: (s) => `Set ${profile(s)?.name ?? "the engine"}’s own settings yourself (advanced)? If not, its defaults apply and archcap offers changes when your needs call for them`,
			when: (s) => Object.keys(profile(s)?.settings ?? {}).length > 0,
			default: (s) => s.item["settings"] !== void 0
		},
		{ expand: (s) => s.item["_advanced"] === true ? engineSettingQuestions(s) : [] }
	]
};
// dist/wizard/questions-system.js
/** The system itself: its name, its regions and its system-wide requirements. */
const systemQuestions = [
	{
		id: "name",
		kind: "input",
		message: "Name of the system",
		validate: (v) => String(v).trim() === "" ? "the system needs a name" : void 0
	},
	{
		id: "description",
		kind: "input",
		message: "What does it do? (one line, optional)",
		optional: true
	},
	{
		id: "regions",
		kind: "checkbox",
		message: "Regions it runs in",
		choices: () => regionChoices(),
		validate: nonEmpty("region")
	}
];
const requirementQuestions = [
	{
		id: "requirements.availability",
		kind: "input",
		message: "Availability target per month (e.g. 99.95%)",
		default: "99.9%",
		optional: true,
		validate: matches("requirements.availability", "percent")
	},
	{
		id: "requirements.latency.read.p99",
		kind: "input",
		message: "Read latency target, p99 (e.g. 50ms; empty for none)",
		optional: true,
		validate: matches("requirements.latency.read.p99", "duration")
	},
	{
		id: "requirements.latency.write.p99",
		kind: "input",
		message: "Write latency target, p99 (e.g. 150ms; empty for none)",
		optional: true,
		validate: matches("requirements.latency.write.p99", "duration")
	},
	{
		id: "requirements.rpo",
		kind: "input",
		message: "RPO: data loss tolerated on failover (0s for none)",
		optional: true,
		validate: matches("requirements.rpo", "duration")
	},
	{
		id: "requirements.rto",
		kind: "input",
		message: "RTO: time to recover after a failure (e.g. 60s)",
		optional: true,
		validate: matches("requirements.rto", "duration")
	},
	{
		id: "requirements.tolerate.nodes",
		kind: "number",
		message: "Node failures to survive while meeting these targets",
		default: 1,
		validate: atLeast(0)
	},
	{
		id: "requirements.tolerate.zones",
		kind: "number",
		message: "Availability-zone failures to survive",
		default: 1,
		validate: atLeast(0)
	},
	{
		id: "requirements.tolerate.regions",
		kind: "number",
		message: "Region failures to survive",
		default: 0,
		validate: atLeast(0)
	},
	{
		id: "requirements.partitionPreference",
		kind: "select",
		message: "When a network partition forces a choice, keep…",
		choices: (s) => schemaChoices(s.schema, "requirements.partitionPreference", {
			consistency: "refuse requests rather than return stale or conflicting data",
			availability: "keep answering on both sides and reconcile afterwards"
		}),
		optional: true
	}
];
// dist/wizard/prompt.js
/** Turning a question into a concrete prompt for one place in the answers. */
const resolve = (v, s) => typeof v === "function" ? v(s) : v;
function promptFor(q, s, path) {
	const message = resolve(q.message, s);
	const choices = q.choices?.(s);
	const before = s.prefill === void 0 ? void 0 : getIn(s.prefill, q.id);
	const def = before !== void 0 && typeof before !== "object" ? before : Array.isArray(before) ? before.map(String) : q.default === void 0 ? void 0 : resolve(q.default, s);
	return {
		path,
		kind: q.kind,
		message,
		...choices ? { choices } : {},
		...def === void 0 ? {} : { default: def },
		optional: q.optional ?? false,
		check(value) {
			const c = coerce(q.kind, choices, value);
			return "error" in c ? c.error : q.validate?.(c.value, s);
		}
	};
}
/** "Add a data store?" / "Add another data store?": `path` is the item that a yes would start. */
function confirmMore(r, s, path, first) {
	return {
		path,
		kind: "confirm",
		message: resolve(first ? r.add : r.more, s),
		default: false,
		optional: false,
		repeat: true,
		check: (v) => typeof v === "boolean" ? void 0 : `expected true or false, got ${JSON.stringify(v)}`
	};
}
/** One line of what a prefilled item holds: `engine postgres, regions aws:us-east-1 + aws:us-west-2, replicas 3`. */
function oneLine(item, skip = ["name"]) {
	const parts = [];
	for (const [k, v] of Object.entries(item)) {
		if (skip.includes(k) || v === void 0 || k.startsWith("_") || k.startsWith("x-")) continue;
		if (Array.isArray(v)) parts.push(`${k} ${v.map((e) => typeof e === "object" && e !== null ? Object.values(e)[0] ?? "" : e).join(" + ")}`);
		else if (typeof v === "object" && v !== null) parts.push(`${k} {${oneLine(v, [])}}`);
		else parts.push(`${k} ${String(v)}`);
	}
	return parts.join(", ");
}
/**
* "Keep, edit or remove?" for a prefilled item (`removable`) or section. Keep is the
* default, so an archetype that fits is a run of Enters.
*/
function reviewPrompt(path, noun, name, item, summary, removable = true) {
	const about = summary ?? oneLine(item);
	const values = removable ? [
		"keep",
		"edit",
		"remove"
	] : ["keep", "edit"];
	const names = {
		keep: "Keep it as it is",
		edit: "Edit it, question by question (its answers are the defaults)",
		remove: "Remove it"
	};
	return {
		path,
		kind: "select",
		message: name ? `${noun} ${name}: ${about}` : `${noun}: ${about}`,
		choices: values.map((v) => ({
			value: v,
			name: names[v]
		})),
		default: "keep",
		optional: false,
		review: true,
		check: (v) => typeof v === "string" && values.includes(v) ? void 0 : `expected one of ${values.join(", ")}, got ${JSON.stringify(v)}`
	};
}
// dist/wizard/questions.js
/**
* The whole interview, in order, in sections (each with a title for the progress line
* and the summary screen). Topics come before services and calls after all services,
* so every choice lists things already declared and no answer refers forward.
*/
const list$1 = (key, title, steps) => ({
	section: key,
	title,
	keys: [key],
	steps
});
const INTERVIEW = [
	{
		section: "system",
		title: "The system and its regions",
		keys: [
			"name",
			"description",
			"regions"
		],
		steps: systemQuestions
	},
	{
		section: "requirements",
		title: "Requirements",
		keys: ["requirements"],
		review: (p) => typeof p["requirements"] === "object" && p["requirements"] !== null ? oneLine(p["requirements"], []) : void 0,
		steps: requirementQuestions
	},
	list$1("datastores", "Data stores", [storeSection]),
	list$1("datasets", "Data sets", [datasetSection]),
	list$1("messaging", "Topics", [topicSection]),
	list$1("services", "Services and their calls", [serviceSection, callSection]),
	list$1("workflows", "Workflows", [workflowSection]),
	list$1("locks", "Locks", [lockSection]),
	list$1("consumers", "Consumers", [consumerSection])
];
// dist/wizard/interview.js
/** A safety net against an `ask` that never says "no more". */
const MAX_ITEMS = 200;
const clone = (v) => v === void 0 ? v : JSON.parse(JSON.stringify(v));
const isDraft = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function deleteIn(item, id) {
	const keys = id.split(".");
	let node = item;
	for (const key of keys.slice(0, -1)) node = isDraft(node) ? node[key] : void 0;
	if (isDraft(node)) delete node[keys[keys.length - 1]];
}
async function askQuestion(q, s, base, c) {
	if (q.when && !q.when(s)) return;
	const prompt = promptFor(q, s, joinPath(base, q.id));
	let value = await c.ask(prompt);
	if (value === "" && prompt.optional) value = void 0;
	if (value === void 0) value = prompt.default;
	if (value === void 0 || prompt.optional && Array.isArray(value) && value.length === 0) {
		if (prompt.optional) {
			deleteIn(s.item, q.id);
			return;
		}
		throw new AnswerError("missing-answer", prompt.path, prompt.message, "no answer given, and the question has no default");
	}
	const problem = prompt.check(value);
	if (problem) throw new AnswerError("invalid-answer", prompt.path, prompt.message, problem);
	const cv = coerce(q.kind, prompt.choices, value);
	if ("error" in cv) return;
	const before = getIn(s.item, q.id);
	const prefilled = s.prefill !== void 0 && getIn(s.prefill, q.id) !== void 0;
	if (before === void 0 && s.prefill !== void 0 && !prefilled && q.default !== void 0 && typeof q.default !== "function" && q.default === cv.value) return;
	if (before !== void 0 && JSON.stringify(before) !== JSON.stringify(cv.value)) for (const key of q.resets ?? []) deleteIn(s.item, key);
	setIn(s.item, q.id, cv.value);
}
/** The name of an item for messages: its name, or what it links (a consumer). */
function itemLabel(item) {
	if (typeof item["name"] === "string") return item["name"];
	if (typeof item["service"] === "string" && typeof item["topic"] === "string") return `${item["service"]} ← ${item["topic"]}`;
	if (typeof item["service"] === "string") return item["service"];
	return "";
}
/** After an item is settled: advice, warnings, and the first mechanical fix offered as a yes/no (yes by default). */
async function settle(s, itemPath, c) {
	if (!c.advise) return;
	for (let round = 0; round < 3; round++) {
		const fixes = c.advise(c.answers, itemPath, c.say);
		const fix = s.parents.length === 0 ? fixes[0] : void 0;
		if (!fix) return;
		const prompt = {
			path: `${itemPath}#fix`,
			kind: "confirm",
			message: `Fix it: ${fix.text}?`,
			default: true,
			optional: false,
			check: (v) => typeof v === "boolean" ? void 0 : `expected true or false, got ${JSON.stringify(v)}`
		};
		if ((await c.ask(prompt) ?? true) !== true) return;
		fix.apply(c.answers);
		c.say({
			path: itemPath,
			kind: "derived",
			text: `→ ${fix.text}`
		});
	}
}
async function askRepeat(r, s, base, c) {
	if (r.when && !r.when(s)) return;
	const list = [];
	const listPath = joinPath(base, r.repeat);
	const pre = getPath(s.prefill, r.repeat);
	const prefilled = Array.isArray(pre) ? pre.filter(isDraft) : [];
	setIn(s.item, r.repeat, list);
	for (const [j, p] of prefilled.entries()) {
		const itemPath = joinPath(listPath, list.length);
		const choice = await c.ask(reviewPrompt(`${joinPath(listPath, j)}#review`, r.noun ?? r.repeat, itemLabel(p), p));
		if (choice === "remove") continue;
		const item = clone(p);
		list.push(item);
		if (choice === "edit") await run(r.steps, {
			...s,
			item,
			parents: [...s.parents, s.item],
			index: list.length - 1,
			prefill: p
		}, itemPath, c);
		await settle(s, itemPath, c);
	}
	for (let i = 0; i < MAX_ITEMS; i++) {
		const itemPath = joinPath(listPath, list.length);
		if (list.length >= (r.min ?? 0)) {
			const prompt = confirmMore(r, s, itemPath, list.length === 0);
			const answer = await c.ask(prompt) ?? false;
			const problem = prompt.check(answer);
			if (problem) throw new AnswerError("invalid-answer", itemPath, prompt.message, problem);
			if (answer !== true) break;
		}
		const item = {};
		list.push(item);
		await run(r.steps, {
			...s,
			item,
			parents: [...s.parents, s.item],
			index: list.length - 1,
			prefill: void 0
		}, itemPath, c);
		await settle(s, itemPath, c);
	}
	if (list.length === 0) delete s.item[r.repeat];
}
async function askEach(e, s, base, c) {
	if (e.when && !e.when(s)) return;
	const list = getIn(s.item, e.each);
	if (!Array.isArray(list)) return;
	const pre = getPath(s.prefill, e.each);
	for (const [i, item] of list.entries()) {
		const prefill = Array.isArray(pre) ? pre.find((p) => isDraft(p) && p["name"] === item["name"]) : void 0;
		await run(e.steps, {
			...s,
			item,
			parents: [...s.parents, s.item],
			index: i,
			prefill
		}, joinPath(joinPath(base, e.each), i), c);
	}
}
const hasAny = (d, keys) => d !== void 0 && keys.some((k) => d[k] !== void 0);
async function askSection(sec, s, base, c, progress, focused) {
	c.say({
		path: sec.section,
		kind: "progress",
		text: `${progress}: ${sec.title}`
	});
	const summary = !focused && s.prefill && hasAny(s.prefill, sec.keys) ? sec.review?.(s.prefill) : void 0;
	if (summary !== void 0) {
		if (await c.ask(reviewPrompt(`${sec.section}#review`, sec.title, "", s.prefill, summary, false)) === "keep") {
			for (const key of sec.keys) if (s.prefill[key] !== void 0) s.item[key] = clone(s.prefill[key]);
			return;
		}
	}
	for (const key of sec.keys) if (s.prefill?.[key] !== void 0 && !Array.isArray(s.prefill[key])) s.item[key] = clone(s.prefill[key]);
	await run(sec.steps, s, base, c);
}
async function run(steps, s, base, c, walk) {
	for (const step of steps) if ("section" in step) {
		const sections = walk?.sections ?? [step];
		const k = sections.indexOf(step) + 1;
		if (walk && walk.focus !== void 0 && walk.focus !== step.section) {
			for (const key of step.keys) if (s.prefill?.[key] !== void 0) s.item[key] = clone(s.prefill[key]);
			continue;
		}
		await askSection(step, s, base, c, `Section ${k} of ${sections.length}`, walk?.focus === step.section);
	} else if ("repeat" in step) await askRepeat(step, s, base, c);
	else if ("each" in step) await askEach(step, s, base, c);
	else if ("expand" in step) await run(step.expand(s), s, base, c);
	else if ("derive" in step) for (const d of step.derive(s)) {
		setIn(s.item, d.id, d.value);
		c.say({
			path: joinPath(base, d.id),
			kind: "derived",
			text: `→ ${d.id}: ${Array.isArray(d.value) ? d.value.join(", ") : String(d.value)} — ${d.why}`
		});
	}
	else await askQuestion(step, s, base, c);
}
/** The sections of an interview, in order (an interview of bare steps has none). */
const sectionsOf = (steps) => steps.filter((st) => "section" in st);
/** Run the interview; the result has every required answer, each checked. */
async function interview(options) {
	const answers = {};
	const steps = options.steps ?? INTERVIEW;
	const prefill = options.prefill === void 0 ? void 0 : clone(options.prefill);
	await run(steps, {
		kb: options.kb,
		schema: options.schema,
		answers,
		item: answers,
		parents: [],
		index: 0,
		...prefill ? { prefill } : {}
	}, "", {
		ask: options.ask,
		say: options.say ?? (() => void 0),
		advise: options.advise,
		answers
	}, {
		focus: options.focus,
		sections: sectionsOf(steps)
	});
	if (prefill) {
		for (const [k, v] of Object.entries(prefill)) if (answers[k] === void 0 && !sectionsOf(steps).some((sec) => sec.keys.includes(k))) answers[k] = v;
	}
	return answers;
}
// dist/wizard/archetypes.js
/**
* Systems to start an interview from, each cut from one of the worked examples shipped
* in examples/: a few of its items, chosen by name, with every reference to an item left
* out dropped, and only the keys the interview asks about. An archetype that fits turns
* the interview into a run of confirmations.
*/
const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/", import.meta.url));
const ARCHETYPES = [
	{
		id: "checkout",
		title: "Checkout (orders and card payments)",
		about: "two regions; an order database and a cache, the orders data set, payment events, an order and a payment service, a two-step place-order saga",
		example: "ecommerce-checkout.yaml",
		keep: {
			datastores: ["orders-db", "cache"],
			datasets: ["orders"],
			messaging: ["payment-events"],
			services: ["order-service", "payment-service"],
			workflows: ["place-order"]
		},
		steps: ["create-order", "authorise-card"]
	},
	{
		id: "payments-ledger",
		title: "Payments ledger (balances and double-entry journal)",
		about: "three regions; one consensus store holding balances, journal entries and idempotency keys; payment and ledger events; a card-payment workflow",
		example: "payments-ledger.yaml",
		keep: {
			datastores: ["ledger"],
			datasets: [
				"account-balances",
				"journal-entries",
				"idempotency-keys"
			],
			messaging: ["payment-events"],
			services: [
				"payment-service",
				"ledger-service",
				"webhook-service"
			],
			workflows: ["card-payment"]
		}
	},
	{
		id: "social-feed",
		title: "Social feed (posts, timelines, likes)",
		about: "three regions; a wide-column feed cluster, a content cluster and an edge cache; post events fanned out to timelines",
		example: "social-feed.yaml",
		keep: {
			datastores: [
				"feed-cluster",
				"content-cluster",
				"edge-cache"
			],
			datasets: [
				"home-timelines",
				"posts",
				"like-counts"
			],
			messaging: ["post-events"],
			services: [
				"feed-api",
				"post-service",
				"fanout-worker"
			],
			workflows: ["publish-post"]
		}
	},
	{
		id: "booking",
		title: "Booking (rooms, seats or slots that must not be double-booked)",
		about: "two regions; a reservations database and a guest store; reservation events; a book-room workflow",
		example: "hotel-booking.yaml",
		keep: {
			datastores: ["reservations-db", "guest-store"],
			datasets: [
				"room-inventory",
				"reservations",
				"loyalty-points"
			],
			messaging: ["reservation-events"],
			services: ["booking-service", "loyalty-service"],
			workflows: ["book-room"]
		}
	},
	{
		id: "iot-ingestion",
		title: "IoT ingestion (device telemetry and shadows)",
		about: "three regions; a time-series store, a shadow table and a device registry; one telemetry topic read by two writers",
		example: "iot-ingestion.yaml",
		keep: {
			datastores: [
				"telemetry-store",
				"shadow-table",
				"registry-db"
			],
			datasets: [
				"telemetry-points",
				"device-shadows",
				"devices"
			],
			messaging: ["telemetry"],
			services: [
				"device-registry",
				"points-writer",
				"shadow-writer"
			],
			workflows: ["provision-device"]
		}
	},
	{
		id: "ride-sharing",
		title: "Ride sharing (trips, driver locations, fares)",
		about: "two regions; a trips database, a driver-location table and a billing database; trip events; a complete-trip workflow",
		example: "ride-sharing.yaml",
		keep: {
			datastores: [
				"trips-db",
				"locations-table",
				"billing-db"
			],
			datasets: [
				"trips",
				"driver-locations",
				"fares"
			],
			messaging: ["trip-events"],
			services: [
				"trip-service",
				"location-service",
				"payment-service"
			],
			workflows: ["complete-trip"]
		}
	}
];
/** The keys the interview asks about, per kind of item (the rest of an example is left out). */
const KEYS = {
	root: [
		"name",
		"description",
		"regions",
		"requirements",
		"datastores",
		"datasets",
		"messaging",
		"services",
		"workflows",
		"locks",
		"consumers"
	],
	requirements: [
		"availability",
		"latency",
		"rpo",
		"rto",
		"tolerate",
		"partitionPreference"
	],
	datastores: [
		"name",
		"engine",
		"regions",
		"replicas",
		"topology",
		"replication",
		"failover",
		"conflictResolution",
		"settings"
	],
	datasets: [
		"name",
		"store",
		"consistency",
		"invariants",
		"access",
		"size",
		"residency",
		"requirements"
	],
	messaging: [
		"name",
		"engine",
		"delivery",
		"ordering",
		"settings"
	],
	services: [
		"name",
		"regions",
		"instances",
		"reads",
		"writes",
		"publishes",
		"calls"
	],
	calls: [
		"service",
		"timeout",
		"retries",
		"idempotent",
		"idempotencyKey"
	],
	workflows: [
		"name",
		"atomicity",
		"protocol",
		"steps"
	],
	steps: [
		"name",
		"service",
		"compensation",
		"external"
	],
	locks: [
		"name",
		"store",
		"guards",
		"leaseTtl",
		"fencing",
		"purpose",
		"algorithm"
	],
	consumers: [
		"service",
		"topic",
		"idempotent"
	]
};
const pick = (item, kind) => Object.fromEntries(Object.entries(item).filter(([k]) => KEYS[kind].includes(k)));
const list = (v) => Array.isArray(v) ? v : [];
const names = (v) => Array.isArray(v) ? v.map(String) : [];
/**
* Values shaped like the system YAML, normalised the way the interview asks (a topic
* published as a bare name becomes `{ topic, via: direct }`), from any system file.
*/
function normaliseValues(raw) {
	const out = { ...raw };
	out["services"] = list(raw["services"]).map((s) => ({
		...s,
		...Array.isArray(s["publishes"]) ? { publishes: s["publishes"].map((p) => typeof p === "string" ? {
			topic: p,
			via: "direct"
		} : p) } : {}
	}));
	if (raw["services"] === void 0) delete out["services"];
	return out;
}
/** The starting answers of an archetype, cut from its example. */
function archetypeValues(a, dir = EXAMPLES_DIR) {
	const ex = normaliseValues((0, import_dist.parse)(readFileSync(`${dir}/${a.example}`, "utf8")));
	const keep = (kind) => list(ex[kind]).filter((i) => a.keep[kind]?.includes(String(i["name"])));
	const stores = keep("datastores").map((s) => pick(s, "datastores"));
	const storeNames = stores.map((s) => s["name"]);
	const datasets = keep("datasets").filter((d) => storeNames.includes(d["store"])).map((d) => pick(d, "datasets"));
	const dsNames = datasets.map((d) => String(d["name"]));
	const topics = keep("messaging").map((t) => pick(t, "messaging"));
	const topicNames = topics.map((t) => String(t["name"]));
	const svcNames = keep("services").map((s) => String(s["name"]));
	const services = keep("services").map((s) => {
		const out = pick(s, "services");
		out["reads"] = names(s["reads"]).filter((d) => dsNames.includes(d));
		out["writes"] = names(s["writes"]).filter((d) => dsNames.includes(d));
		out["publishes"] = list(s["publishes"]).filter((p) => topicNames.includes(String(p["topic"])));
		out["calls"] = list(s["calls"]).filter((c) => svcNames.includes(String(c["service"]))).map((c) => pick(c, "calls"));
		for (const k of [
			"reads",
			"writes",
			"publishes",
			"calls"
		]) if (out[k].length === 0) delete out[k];
		return out;
	});
	const workflows = keep("workflows").map((w) => ({
		...pick(w, "workflows"),
		steps: list(w["steps"]).filter((st) => svcNames.includes(String(st["service"])) && (a.steps === void 0 || a.steps.includes(String(st["name"])))).map((st) => pick(st, "steps"))
	})).filter((w) => w.steps.length > 0);
	const locks = keep("locks").filter((l) => storeNames.includes(l["store"])).map((l) => pick(l, "locks"));
	const consumers = list(ex["consumers"]).filter((c) => svcNames.includes(String(c["service"])) && topicNames.includes(String(c["topic"]))).map((c) => pick(c, "consumers"));
	const out = {
		name: a.id,
		description: ex["description"],
		regions: ex["regions"],
		requirements: pick(ex["requirements"] ?? {}, "requirements"),
		datastores: stores,
		datasets,
		messaging: topics,
		services,
		workflows,
		locks,
		consumers
	};
	for (const [k, v] of Object.entries(out)) if (v === void 0 || Array.isArray(v) && v.length === 0) delete out[k];
	return out;
}
// dist/wizard/session.js
/** Thrown by an `ask` when the user asks to go back (Escape). */
var GoBack = class extends Error {
	constructor() {
		super("back");
		this.name = "GoBack";
	}
};
const BLANK = "blank";
function archetypePrompt() {
	const choices = [...ARCHETYPES.map((a) => ({
		value: a.id,
		name: a.title,
		description: a.about
	})), {
		value: BLANK,
		name: "Blank (answer every question)",
		description: "start from nothing"
	}];
	return {
		path: "archetype",
		kind: "select",
		message: "What are you building? (an example to start from: most answers become confirmations)",
		choices,
		default: "checkout",
		optional: false,
		check: (v) => choices.some((c) => c.value === v) ? void 0 : `not one of ${choices.map((c) => c.value).join(", ")}`
	};
}
const WRITE = "write";
function summaryPrompt(answers, mode) {
	const sections = sectionsOf(INTERVIEW);
	const describe = (keys) => {
		const parts = keys.map((k) => answers[k]).filter((v) => v !== void 0);
		if (!parts.length) return "(none)";
		return parts.map((v) => Array.isArray(v) ? v.map((i) => typeof i === "object" && i !== null ? String(i["name"] ?? oneLine(i)) : String(i)).join(", ") : typeof v === "object" && v !== null ? oneLine(v, []) : String(v)).join(" · ");
	};
	const choices = [{
		value: WRITE,
		name: mode === "edit" ? "Save the changes and analyse" : "Write the file and analyse it",
		description: ""
	}, ...sections.map((s, i) => ({
		value: s.section,
		name: `Edit ${i + 1}. ${s.title}`,
		description: describe(s.keys)
	}))];
	return {
		path: "summary",
		kind: "select",
		message: "Summary: write the file, or jump to a section to change it",
		choices,
		default: WRITE,
		optional: false,
		check: (v) => choices.some((c) => c.value === v) ? void 0 : "not a section"
	};
}
/** Runs the session to its end (the user chose to write); the answers, and the state last saved. */
async function runSession(o) {
	const state = o.state;
	const remembered = /* @__PURE__ */ new Map();
	const save = () => o.save?.(state);
	for (;;) {
		let i = 0;
		const log = state.log;
		const ask = async (p) => {
			if (i < log.length) {
				const entry = log[i];
				if (entry.path === p.path && (entry.value === null || p.check(entry.value) === void 0)) {
					i++;
					return entry.value ?? void 0;
				}
				log.length = i;
			}
			const before = remembered.get(p.path);
			const value = await o.ask(before === void 0 || p.check(before) !== void 0 ? p : {
				...p,
				default: before
			});
			log.push({
				path: p.path,
				value: value ?? null
			});
			i++;
			save();
			return value;
		};
		const say = (r) => {
			if (i >= log.length) o.say(r);
		};
		try {
			let prefill = state.prefill;
			if (prefill === void 0 && state.mode === "new") {
				const id = await ask(archetypePrompt());
				const a = ARCHETYPES.find((x) => x.id === id);
				prefill = a ? archetypeValues(a) : void 0;
			}
			const answers = await interview({
				kb: o.kb,
				schema: o.schema,
				ask,
				say,
				...prefill ? { prefill } : {},
				...state.focus !== void 0 ? { focus: state.focus } : {},
				...o.advisor ? { advise: o.advisor() } : {}
			});
			const next = await ask(summaryPrompt(answers, state.mode));
			if (next === WRITE) {
				if (o.findings) await acceptFindings(answers, o.findings(answers), ask);
				return answers;
			}
			state.prefill = answers;
			state.focus = String(next);
			state.log = [];
			save();
		} catch (error) {
			if (!(error instanceof GoBack)) throw error;
			const last = log.pop();
			if (last && last.value !== null) remembered.set(last.path, last.value);
			if (!last && state.focus) state.focus = null;
			save();
		}
	}
}
/** The item a finding is about (`datastores[0]` for `datastores[0].settings`), or the root. */
const itemOf = (path) => /^[a-z]+\[\d+\]/i.exec(path)?.[0] ?? "";
/**
* Findings the user accepts as they are go into the file as `x-archcap-ignore` with the
* user's reason, so that `archcap lint` afterwards reports only the others.
*/
async function acceptFindings(answers, findings, ask) {
	if (!findings.length) return;
	const key = (f) => `${f.ruleId}@${itemOf(f.path)}`;
	const choices = [...new Map(findings.map((f) => [key(f), {
		value: key(f),
		name: `${f.ruleId} at ${itemOf(f.path) || "the system"}`,
		description: f.message
	}])).values()];
	const chosen = await ask({
		path: "accept",
		kind: "checkbox",
		message: `${findings.length} finding(s) remain. Accept any as they are? (recorded in the file with your reason; lint then reports only the others; none: keep them all)`,
		choices,
		default: [],
		optional: true,
		check: (v) => Array.isArray(v) && v.every((x) => choices.some((c) => c.value === x)) ? void 0 : "not one of the findings"
	});
	if (!Array.isArray(chosen) || chosen.length === 0) return;
	const reason = await ask({
		path: "acceptReason",
		kind: "input",
		message: "Why are they acceptable? (one line, recorded as the reason)",
		optional: false,
		check: (v) => typeof v === "string" && v.trim() !== "" ? void 0 : "a reason is needed"
	});
	for (const value of chosen) {
		const [rule, at] = String(value).split("@");
		const item = at ? getPath(answers, at) : answers;
		if (!item) continue;
		const list = item["x-archcap-ignore"] ?? [];
		if (!list.some((e) => e["rule"] === rule)) item["x-archcap-ignore"] = [...list, {
			rule,
			reason: String(reason).trim()
		}];
	}
}
export { sectionsOf as a, getPath as c, AnswerError as d, InterviewCancelled as f, interview as i, leafPaths as l, runSession as n, INTERVIEW as o, normaliseValues as r, engineReplications as s, GoBack as t, segments as u };
