import { t as builtinRules } from "../chunks/builtin-DPRasjyD.js";
import { a as UsageError, r as InputError } from "../chunks/errors-BcMCNHWs.js";
import { n as writeFileSafely } from "../chunks/generate-DKcvjrqi.js";
import { l as loadKnowledge } from "../chunks/knowledge-Ds0TRpTO.js";
import { t as loadDeps } from "../chunks/deps-BOrXBgQ1.js";
import { o as loadSystemFile, s as loadSystemText } from "../chunks/suppress-BRATUARX.js";
import { t as analyzeSystem } from "../chunks/pipeline-D0GfurdR.js";
import { n as analysisJson, t as analysisText } from "../chunks/analysis-text-CAM5-FfS.js";
import { a as sectionsOf, c as getPath, d as AnswerError, i as interview, l as leafPaths, n as runSession, o as INTERVIEW, r as normaliseValues, s as engineReplications, u as segments } from "../chunks/session-ILLe6Lym.js";
import { t as readInputFile } from "../chunks/read-input-C36F5GKW.js";
import { a as decodeText, i as LIMITS, o as locateIn, s as parseYaml } from "../chunks/validate-CY0BQx8e.js";
import { a as require_dist, n as knownRegionIds, t as findRegion } from "../chunks/regions-BdGi6hxy.js";
import { b as classifySystem } from "../chunks/rule-file-JQenpjRl.js";
import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { Flags } from "@oclif/core";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
// dist/wizard/answers-file.js
/**
* Answers from a file (`archcap init --answers FILE`, YAML or JSON): an `ask` that looks
* each question up by its path, and a check that every answer in the file was used, so
* a misspelt key is an error instead of a silently ignored answer.
*/
function readAnswersFile(file) {
	const text = decodeText(file, readInputFile(file, LIMITS.maxBytes, "the answers file"));
	if (text.trim() === "") throw InputError.at("empty", file, "the answers file is empty; it needs at least name and regions");
	try {
		const parsed = parseYaml(file, text);
		return {
			file,
			values: parsed.value,
			positions: parsed.positions
		};
	} catch (error) {
		if (error instanceof InputError && error.code === "not-a-mapping") throw InputError.at("not-a-mapping", file, "the answers must be a mapping (key: value pairs), shaped like the system YAML");
		throw error;
	}
}
function answerSource(values) {
	const asked = /* @__PURE__ */ new Set();
	return {
		ask: async (prompt) => {
			if (prompt.repeat) return getPath(values, prompt.path) !== void 0;
			if (prompt.path.endsWith("._advanced")) {
				const item = getPath(values, prompt.path.slice(0, -10));
				return [
					"settings",
					"invariants",
					"consistency"
				].some((k) => item?.[k] !== void 0);
			}
			asked.add(prompt.path);
			return getPath(values, prompt.path);
		},
		unused: () => leafPaths(values).filter((leaf) => ![...asked].some((p) => leaf === p || leaf.startsWith(`${p}.`) || leaf.startsWith(`${p}[`)))
	};
}
/** An answer problem as a file:line:col diagnostic pointing into the answers file. */
function answerDiagnostic(error, answers) {
	const at = locateIn(answers.positions, error.path);
	return InputError.at(error.code, answers.file, error.message, at.line, at.column, error.path);
}
/** Answers given on the command line (`--name`, `--regions`) are not asked again. */
function withPresets(ask, presets) {
	return async (p) => !p.repeat && Object.hasOwn(presets, p.path) ? presets[p.path] : ask(p);
}
// dist/wizard/notes-data.js
var import_dist = require_dist();
function storeText(c) {
	const loss = c.onPartition.ackedWritesLostOnFailover ? "acknowledged writes can be lost on failover" : "acknowledged writes survive failover";
	return `As configured: ${c.pacelc} (${c.cap}), ${c.consistency}; ${loss}.\n${c.explanation}`;
}
function dataNotes(model, classes, kb) {
	const notes = [];
	for (const store of model.datastores) {
		const c = classes.stores.get(store.name);
		if (c) notes.push({
			path: segments(store.path),
			text: storeText(c),
			where: "before"
		});
		if (kb.engines.get(store.engine)?.replicasPerRegion && store.regions.length > 1) notes.push({
			path: [...segments(store.path), "replicas"],
			text: `per region: ${store.regions.length} regions hold ${store.replicas} copies in all`,
			where: "after"
		});
	}
	for (const topic of model.messaging) {
		const c = classes.topics.get(topic.name);
		if (c) notes.push({
			path: segments(topic.path),
			text: storeText(c),
			where: "before"
		});
	}
	for (const ds of model.datasets) {
		const c = classes.datasets.get(ds.name);
		if (c) {
			const needs = `${c.requires}${c.requiresFrom === "invariants" ? " (derived from its invariants)" : ""}`;
			const verdict = c.satisfied ? "met" : "NOT met - see the findings of `archcap analyze`";
			notes.push({
				path: segments(ds.path),
				text: `Needs ${needs}; ${ds.store} gives ${c.provided}: ${verdict}.`,
				where: "before"
			});
		}
		const coordinated = ds.invariants.filter((i) => kb.invariants.get(i)?.confluent === false);
		if (coordinated.length) notes.push({
			path: [...segments(ds.path), "invariants"],
			text: `${coordinated.join(", ")}: not confluent, need coordination (Bailis et al. 2015)`,
			where: "after"
		});
	}
	return notes;
}
// dist/wizard/notes-services.js
function callNote(call) {
	const parts = [];
	if (call.mode === "sync" && call.timeout === void 0) parts.push("no timeout: a slow callee holds this caller until its own callers give up");
	const retried = (call.retries?.attempts ?? 1) > 1;
	if (retried && !call.idempotent && !call.idempotencyKey) parts.push("retried but not idempotent and without an idempotency key: a retry can apply the request twice");
	if (retried && call.retries?.backoff === "exponential" && call.retries.jitter === "none") parts.push("exponential backoff without jitter: clients that failed together retry together");
	return parts.length ? `${parts.join("; ")}.` : void 0;
}
function serviceNotes(model) {
	const notes = [];
	for (const svc of model.services) {
		for (const call of svc.calls) {
			const text = callNote(call);
			if (text) notes.push({
				path: segments(call.path),
				text,
				where: "before"
			});
		}
		for (const p of svc.publishes) if (p.via === "direct" && svc.writes.length) notes.push({
			path: segments(p.path),
			text: `published directly beside writes to ${svc.writes.join(", ")}: a dual write; a crash between the two loses the event or publishes one for a write that never committed (an outbox makes them atomic).`,
			where: "before"
		});
	}
	for (const wf of model.workflows) {
		if (wf.atomicity !== "all-or-nothing") continue;
		wf.steps.slice(0, -1).forEach((step) => {
			if (step.compensation === void 0) notes.push({
				path: segments(step.path),
				text: `no compensation: if a later step fails, ${step.name} cannot be undone.`,
				where: "before"
			});
		});
	}
	for (const lock of model.locks) if (!lock.fencing && lock.purpose === "correctness") notes.push({
		path: [...segments(lock.path), "fencing"],
		text: "without fencing tokens a holder whose lease ran out (a GC pause, a slow network) can still write",
		where: "after"
	});
	const delivery = new Map(model.messaging.map((t) => [t.name, t.delivery]));
	for (const c of model.consumers) if (!c.idempotent && delivery.get(c.topic) === "at-least-once") notes.push({
		path: segments(c.path),
		text: `at-least-once delivery: ${c.service} will see some messages of ${c.topic} twice.`,
		where: "before"
	});
	return notes;
}
// dist/model/schema-file.js
/**
* The JSON Schema as a file shipped in the package (schema/system.schema.json,
* written by `npm run docs`), and how a system description points editors at it.
*/
/** The schema file of this installation (from src/ and dist/ alike). */
const PUBLISHED_SCHEMA = fileURLToPath(new URL("../../schema/system.schema.json", import.meta.url));
/** The schema's path relative to the folder of `file` (what a modeline in `file` needs), or a file URL when there is no relative path. */
function schemaReference(file, schema = PUBLISHED_SCHEMA) {
	const rel = relative(dirname(resolve(file)), schema);
	if (isAbsolute(rel)) return pathToFileURL(schema).href;
	const slashed = rel.split(sep).join("/");
	return slashed.startsWith(".") ? slashed : `./${slashed}`;
}
/** The yaml-language-server modeline (without the leading `# `). */
const schemaModeline = (reference) => `yaml-language-server: $schema=${reference}`;
// dist/wizard/notes-system.js
/** Comments on the file as a whole, its sections and the system-wide requirements. */
/** The first line: points yaml-language-server at the schema archcap ships, relative to the written file. */
function headerNote(model, file, schemaRef = schemaReference(file)) {
	const title = model.description ? `${model.name}: ${model.description}` : model.name;
	return {
		path: [],
		where: "before",
		text: [
			schemaModeline(schemaRef),
			"",
			title,
			"",
			`Written by \`archcap init\`; the file is yours now. Check it with \`archcap analyze ${file}\` or \`archcap lint ${file}\`. For completion in editors, write the schema beside it once: \`archcap schema > archcap.schema.json\`.`,
			"Units: durations 250ms, 2s, 5m; rates 500/s; sizes 200GB; percentages 99.95%."
		].join("\n")
	};
}
const SECTION_NOTES = {
	regions: "Regions the system runs in; stores and services below use some or all of them.",
	requirements: "System-wide targets. Every finding is measured against these; a data set or service may override them.",
	datastores: "Data stores: where data lives, how many copies there are, and how writes reach them. The comment above each store is what archcap makes of it as configured.",
	datasets: "Data sets: what each needs. `consistency` is the model it needs; without it archcap derives one from the invariants.",
	messaging: "Topics: what the broker promises about delivery and order.",
	services: "Services: where they run, what they call (with timeouts and retries), read, write and publish.",
	workflows: "Workflows: operations across services. A step’s compensation undoes it when a later step fails.",
	locks: "Distributed locks: what they guard and what stops a holder whose lease ran out.",
	consumers: "Consumers: who handles each topic’s messages, and whether handling one twice is harmless."
};
const sectionNotes = (model) => Object.entries(SECTION_NOTES).filter(([key]) => key === "requirements" || model[key]?.length).map(([key, text]) => ({
	path: [key],
	text,
	where: "before"
}));
function downtime(availability) {
	const minutes = (1 - availability) * 30 * 24 * 60;
	return minutes >= 120 ? `${(minutes / 60).toFixed(1)} hours` : minutes >= 1 ? `${minutes.toFixed(1)} minutes` : `${Math.round(minutes * 60)} seconds`;
}
function requirementNotes(model) {
	const r = model.requirements;
	const notes = [];
	const at = (key, text, where = "after") => void notes.push({
		path: ["requirements", key],
		text,
		where
	});
	if (r.availability !== void 0) at("availability", `at most ${downtime(r.availability)} of downtime in a 30-day month`);
	if (r.rpo === 0) at("rpo", "no acknowledged write may be lost: needs synchronous or consensus replication");
	if (r.tolerate.regions > 0) at("tolerate", "Surviving the loss of a region with a majority quorum needs replicas in at least three regions (two would each hold only half).", "before");
	if (r.partitionPreference === "consistency") at("partitionPreference", "on a partition, refuse requests rather than serve stale or conflicting data");
	if (r.partitionPreference === "availability") at("partitionPreference", "on a partition, keep serving on both sides and reconcile afterwards");
	return notes;
}
// dist/wizard/to-raw.js
/** Drop what carries no information: undefined, empty lists, empty objects. */
function compact(value) {
	if (Array.isArray(value)) return value.map(compact);
	if (value && typeof value === "object") {
		const out = {};
		for (const [k, v] of Object.entries(value)) {
			const c = compact(v);
			if (!(c === void 0 || Array.isArray(c) && c.length === 0 || c !== null && typeof c === "object" && !Array.isArray(c) && Object.keys(c).length === 0)) out[k] = c;
		}
		return out;
	}
	return value;
}
const store = (s) => ({
	name: s.name,
	engine: s.engine,
	regions: s.regions,
	replicas: s.replicas,
	topology: s.topology,
	replication: s.replication,
	failover: s.failover,
	conflictResolution: s.conflictResolution,
	settings: s.settings
});
const call = (c) => ({
	service: c.service,
	timeout: c.timeout,
	retries: c.retries && c.retries.attempts > 1 ? {
		attempts: c.retries.attempts,
		backoff: c.retries.backoff,
		jitter: c.retries.jitter
	} : void 0,
	idempotent: c.idempotent,
	idempotencyKey: c.idempotencyKey || void 0
});
const service = (s) => ({
	name: s.name,
	regions: s.regions,
	instances: s.instances,
	calls: s.calls?.map(call),
	reads: s.reads,
	writes: s.writes,
	publishes: s.publishes?.map((p) => ({
		topic: p.topic,
		via: p.via
	}))
});
/** Findings accepted during the interview stay with their item. */
const IGNORE = "x-archcap-ignore";
function keepIgnores(raw, a) {
	const src = a;
	if (src[IGNORE] !== void 0) raw[IGNORE] = src[IGNORE];
	for (const list of [
		"datastores",
		"datasets",
		"messaging",
		"services",
		"workflows",
		"locks",
		"consumers"
	]) {
		const from = src[list];
		const to = raw[list];
		if (!Array.isArray(from) || !Array.isArray(to)) continue;
		from.forEach((item, i) => {
			const ignore = item[IGNORE];
			if (ignore !== void 0 && to[i]) to[i][IGNORE] = ignore;
		});
	}
	return raw;
}
function toRaw(a) {
	return keepIgnores(toRawItems(a), a);
}
function toRawItems(a) {
	const r = a.requirements ?? {};
	return compact({
		version: 1,
		name: a.name,
		description: a.description,
		regions: a.regions,
		requirements: {
			availability: r.availability,
			latency: r.latency,
			rpo: r.rpo,
			rto: r.rto,
			tolerate: r.tolerate,
			partitionPreference: r.partitionPreference
		},
		datastores: a.datastores?.map(store),
		datasets: a.datasets?.map((d) => ({
			name: d.name,
			store: d.store,
			consistency: d.consistency,
			invariants: d.invariants,
			access: d.access,
			size: d.size,
			residency: d.residency,
			requirements: d.requirements
		})),
		messaging: a.messaging?.map((t) => ({
			name: t.name,
			engine: t.engine,
			delivery: t.delivery,
			ordering: t.ordering,
			settings: t.settings
		})),
		services: a.services?.map(service),
		workflows: a.workflows?.map((w) => ({
			name: w.name,
			atomicity: w.atomicity,
			protocol: w.protocol,
			steps: w.steps.map((s) => ({
				name: s.name,
				service: s.service,
				external: s.external || void 0,
				compensation: s.compensation
			}))
		})),
		locks: a.locks?.map((l) => ({
			name: l.name,
			store: l.store,
			guards: l.guards,
			leaseTtl: l.leaseTtl,
			fencing: l.fencing,
			purpose: l.purpose,
			algorithm: l.algorithm
		})),
		consumers: a.consumers?.map((c) => ({
			service: c.service,
			topic: c.topic,
			idempotent: c.idempotent
		}))
	});
}
// dist/wizard/yaml-notes.js
/**
* Comments and layout on a `yaml` Document: a note before a key or a list item, or at
* the end of a value's line; short collections in flow style; strings that YAML 1.1
* tools would read as booleans quoted.
*/
/** Wrap prose into comment lines of at most `width` characters (each starts with a space after `#`). */
function commentLines(text, width = 86) {
	const lines = [];
	for (const paragraph of text.split("\n")) {
		let line = "";
		for (const word of paragraph.split(/\s+/).filter(Boolean)) if (line && line.length + word.length + 1 > width) lines.push(line), line = word;
		else line = line ? `${line} ${word}` : word;
		lines.push(line);
	}
	return lines.map((l) => l ? ` ${l}` : "").join("\n");
}
const append = (old, text) => old ? `${old}\n${text}` : text;
/** Attach `text` to the node at `path`: before its key (or list item), or after its value. */
function note(doc, path, text, where = "before") {
	if (path.length === 0) {
		doc.commentBefore = append(doc.commentBefore, commentLines(text));
		return true;
	}
	const parent = doc.getIn(path.slice(0, -1), true);
	const last = path[path.length - 1];
	let target;
	let value;
	if ((0, import_dist.isMap)(parent)) {
		const pair = parent.items.find((p) => (0, import_dist.isPair)(p) && (0, import_dist.isScalar)(p.key) && p.key.value === last);
		target = pair?.key;
		value = pair?.value;
	} else if ((0, import_dist.isSeq)(parent) && typeof last === "number") {
		target = parent.items[last];
		value = target;
	}
	if (!target) return false;
	if (where === "before" || text.length > 56) target.commentBefore = append(target.commentBefore, commentLines(text));
	else if ((0, import_dist.isNode)(value)) value.comment = ` ${text.replace(/\s+/g, " ").trim()}`;
	else return false;
	return true;
}
/** A blank line before each top-level section after the first few keys. */
function spaceSections(doc, keys) {
	if (!(0, import_dist.isMap)(doc.contents)) return;
	for (const pair of doc.contents.items) if ((0, import_dist.isScalar)(pair.key) && keys.includes(String(pair.key.value))) pair.key.spaceBefore = true;
}
/** Flow style only where it keeps the collection on one line. */
const fits = (node, max = 72) => JSON.stringify(node.toJSON()).length <= max;
const FLOW_MAPS = /* @__PURE__ */ new Set([
	"settings",
	"access",
	"tolerate",
	"read",
	"write",
	"retries"
]);
const FLOW_ITEMS = /* @__PURE__ */ new Set([
	"publishes",
	"consumers",
	"steps",
	"calls"
]);
const YAML11_BOOL = /^(y|yes|n|no|true|false|on|off)$/i;
function styleDocument(doc) {
	(0, import_dist.visit)(doc, {
		Pair(_, pair) {
			const key = (0, import_dist.isScalar)(pair.key) ? String(pair.key.value) : "";
			if ((0, import_dist.isMap)(pair.value) && FLOW_MAPS.has(key)) pair.value.flow = fits(pair.value);
			if ((0, import_dist.isSeq)(pair.value) && FLOW_ITEMS.has(key)) {
				for (const item of pair.value.items) if ((0, import_dist.isCollection)(item)) item.flow = fits(item, 96);
			}
		},
		Seq(_, seq) {
			if (seq.items.every((i) => (0, import_dist.isScalar)(i))) seq.flow = fits(seq, 96);
		},
		Scalar(_, node) {
			if (typeof node.value === "string" && YAML11_BOOL.test(node.value)) node.type = "QUOTE_DOUBLE";
		}
	});
}
// dist/wizard/build.js
/**
* Answers → a commented system YAML that loads. The document is built from the answers,
* loaded like any system file (so an inconsistent answer is caught here, named by its
* path), classified, and then annotated with what archcap makes of each choice.
*/
const SECTIONS = [
	"regions",
	"requirements",
	"datastores",
	"datasets",
	"messaging",
	"services",
	"workflows",
	"locks",
	"consumers"
];
const TO_STRING = {
	lineWidth: 100,
	flowCollectionPadding: true
};
/** The YAML text for `answers`; throws AnswerError when the answers do not make a valid system. */
function buildSystemYaml(answers, options) {
	const file = options.file ?? "system.yaml";
	const doc = new import_dist.Document(toRaw(answers));
	styleDocument(doc);
	spaceSections(doc, SECTIONS);
	let loaded;
	try {
		loaded = loadSystemText(file, doc.toString(TO_STRING), options.deps);
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		const first = error.diagnostics[0];
		const reasons = error.diagnostics.map((d) => d.path && d.message.startsWith(`${d.path}: `) ? d.message.slice(d.path.length + 2) : d.message);
		throw new AnswerError("invalid-system", first?.path ?? "", "", reasons.join("; "));
	}
	const model = loaded.model;
	const notes = [
		headerNote(model, file, options.schemaRef),
		...sectionNotes(model),
		...requirementNotes(model),
		...dataNotes(model, classifySystem(model, options.kb), options.kb),
		...serviceNotes(model)
	];
	for (const n of notes) note(doc, n.path, n.text, n.where);
	return doc.toString(TO_STRING);
}
// dist/wizard/index.js
/** Answers from a plain object (an answers file): every question answered from it, every entry of it used. */
async function answersFromValues(values, ctx) {
	const source = answerSource(values);
	const answers = await interview({
		...ctx,
		ask: source.ask
	});
	const [unused] = source.unused();
	if (unused !== void 0) throw new AnswerError("unused-answer", unused, "", "no question asks for this answer here: a misspelt key, or a question that does not apply given the other answers");
	return answers;
}
// dist/wizard/advice.js
/**
* Advice as the interview goes: after each item of a top-level list is settled, the
* answers so far are loaded and analysed like a finished file. The new store or data
* set gets one or two lines (PACELC, consistency, what a failover loses), and every
* finding not seen before is a warning right there, at the answer that caused it;
* where a finding has a mechanical fix, it is offered as the next question's default.
*/
/** The analysis of the answers so far, or undefined while they do not yet make a valid system. */
function analyseAnswers(answers, deps, rules) {
	if (typeof answers["name"] !== "string" || !Array.isArray(answers["regions"])) return void 0;
	try {
		const text = new import_dist.Document(toRaw(answers)).toString();
		return analyzeSystem(loadSystemText("system.yaml", text, deps), rules);
	} catch {
		return;
	}
}
const indexIn = (path, list) => {
	const m = new RegExp(`^${list}\\[(\\d+)\\]`).exec(path);
	return m ? Number(m[1]) : void 0;
};
const storeAt = (answers, path) => {
	const i = indexIn(path, "datastores");
	return i === void 0 ? void 0 : getPath(answers, `datastores[${i}]`);
};
function storeLines(report, store) {
	const c = report.datastores.find((d) => d.name === store["name"]);
	if (!c) return [];
	const p = c.onPartition;
	const lost = p.ackedWritesLostOnFailover ? "a failover can lose writes already acknowledged (those not yet on the replica that takes over)" : "a failover keeps every acknowledged write";
	return [`${c.name}: ${c.pacelc}, ${c.consistency}; cut off by a partition, the minority side's reads are ${p.reads}, writes ${p.writes}`, `  ${lost}`];
}
function datasetLines(report, name) {
	const d = report.datasets.find((x) => x.name === name);
	if (!d) return [];
	const verdict = d.satisfied ? "provided" : `NOT provided (${d.store} gives ${d.provided})`;
	return [`${d.name} needs ${d.requires} (${d.requiresFrom === "declared" ? "as chosen" : "from its invariants"}): ${verdict}`];
}
/** A third region near the others (same provider first), for surviving a region with a majority store. */
function nearbyRegion(regions) {
	const provider = regions[0]?.split(":")[0];
	const chosen = regions.map((r) => findRegion(r)).filter((r) => r !== void 0);
	const candidates = knownRegionIds().filter((id) => !regions.includes(id) && id.startsWith(`${provider}:`));
	const distance = (id) => {
		const at = findRegion(id)?.location;
		if (!at) return Number.MAX_SAFE_INTEGER;
		return chosen.reduce((sum, c) => sum + (c?.location ? Math.hypot(at.lat - c.location.lat, at.lon - c.location.lon) : 0), 0);
	};
	return candidates.sort((a, b) => distance(a) - distance(b))[0];
}
/** Mechanical fixes, by rule: what the next default becomes after the warning. */
const FIXES = {
	"durability/async-replication-rpo": (f, answers, kb) => {
		const store = storeAt(answers, f.path);
		const profile = kb.engines.get(String(store?.["engine"]));
		if (!store || !profile || !engineReplications(profile).includes("sync")) return void 0;
		return {
			text: `replicate ${String(store["name"])} synchronously (replication: sync), so a failover keeps every acknowledged write`,
			apply: () => {
				store["replication"] = "sync";
				if (Number(store["replicas"] ?? 1) < 2) store["replicas"] = 2;
				const settings = store["settings"];
				if (settings) {
					for (const key of Object.keys(settings)) if (/^synchronous|^sync|waitReplicas|acks|writeConcern/i.test(key)) delete settings[key];
				}
			}
		};
	},
	"fault-tolerance/region-loss": (f, answers) => {
		const store = storeAt(answers, f.path);
		const regions = answers["regions"] ?? [];
		if (!store) return void 0;
		const storeRegions = store["regions"] ?? [];
		if (storeRegions.length >= 3) return {
			text: `run ${storeRegions.length} replicas of ${String(store["name"])}, one per region`,
			apply: () => void (store["replicas"] = Math.max(3, storeRegions.length))
		};
		const spare = regions.find((r) => !storeRegions.includes(r)) ?? nearbyRegion(regions);
		if (!spare) return void 0;
		return {
			text: `add ${spare} as a third region of ${String(store["name"])} with one replica in each region (a majority survives losing any one)`,
			apply: (a) => {
				if (!(a["regions"] ?? []).includes(spare)) a["regions"] = [...a["regions"] ?? [], spare];
				store["regions"] = [...storeRegions, spare];
				store["replicas"] = Math.max(3, Number(store["replicas"] ?? 1));
				delete store["placement"];
			}
		};
	}
};
/** An advisor for one run of the interview (it remembers what it has already said). */
function makeAdvisor(deps, kb, rules) {
	const seen = /* @__PURE__ */ new Set();
	/** Findings a fix was offered for: checked again on the next call (after the fix was applied, or not). */
	let offered = [];
	let offeredAt = "";
	return (answers, path, say) => {
		const report = analyseAnswers(answers, deps, rules);
		if (!report) return [];
		for (const f of offeredAt === path ? offered : []) if (report.findings.some((g) => g.ruleId === f.ruleId && g.path === f.path)) say({
			path,
			kind: "warning",
			ruleId: f.ruleId,
			text: `✖ ${f.ruleId} still holds: ${f.fix ?? f.message}`
		});
		offered = [];
		offeredAt = path;
		const item = getPath(answers, path);
		const lines = path.startsWith("datastores[") && item ? storeLines(report, item) : path.startsWith("datasets[") && item ? datasetLines(report, item["name"]) : [];
		for (const text of lines) say({
			path,
			kind: "advice",
			text
		});
		const fixes = [];
		for (const f of report.findings) {
			const key = `${f.ruleId} ${f.path} ${f.message}`;
			if (seen.has(key)) continue;
			seen.add(key);
			if (f.severity === "info") continue;
			say({
				path,
				kind: "warning",
				ruleId: f.ruleId,
				text: `${f.severity === "error" ? "✖" : "⚠"} ${f.ruleId}: ${f.message}`
			});
			const fix = FIXES[f.ruleId]?.(f, answers, kb);
			if (fix) fixes.push(fix), offered.push(f);
		}
		return fixes;
	};
}
// dist/wizard/edit-file.js
/**
* `archcap init --from FILE`: the edits of an interview applied to the file's own YAML
* document, node by node, so everything not edited stays byte for byte as it was,
* comments and layout included.
*/
const isObj = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** Interview-only keys (`_advanced`) never reach the file. */
function clean(v) {
	if (Array.isArray(v)) return v.map(clean);
	if (isObj(v)) return Object.fromEntries(Object.entries(v).filter(([k, x]) => !k.startsWith("_") && x !== void 0).map(([k, x]) => [k, clean(x)]));
	return v;
}
function setNode(doc, path, value) {
	const old = doc.getIn(path, true);
	const node = doc.createNode(value);
	if (old && ((0, import_dist.isSeq)(old) || (0, import_dist.isMap)(old)) && old.flow && ((0, import_dist.isSeq)(node) || (0, import_dist.isMap)(node))) node.flow = true;
	if (old && (0, import_dist.isScalar)(old) && (0, import_dist.isScalar)(node) && old.comment) node.comment = old.comment;
	doc.setIn(path, node);
}
const keyOf = (item) => isObj(item) ? typeof item["name"] === "string" ? item["name"] : item["service"] !== void 0 ? `${String(item["service"])}<${String(item["topic"])}` : void 0 : void 0;
function editList(doc, path, before, after) {
	const keys = before.map(keyOf);
	if (!(keys.every((k) => k !== void 0) && after.every((a) => keyOf(a) !== void 0)) || before.some((b) => !isObj(b))) {
		setNode(doc, path, after);
		return;
	}
	const afterKeys = after.map(keyOf);
	for (let i = before.length - 1; i >= 0; i--) if (!afterKeys.includes(keys[i])) doc.deleteIn([...path, i]);
	const kept = before.filter((_, i) => afterKeys.includes(keys[i]));
	const keptKeys = kept.map(keyOf);
	for (const [j, item] of after.entries()) {
		const at = keptKeys.indexOf(keyOf(item));
		if (at >= 0) edit(doc, [...path, at], kept[at], item);
		else doc.addIn(path, doc.createNode(item));
	}
}
function edit(doc, path, before, after) {
	if (same(before, after)) return;
	if (isObj(before) && isObj(after) && doc.getIn(path, true) !== void 0 && (0, import_dist.isMap)(doc.getIn(path, true))) {
		for (const k of Object.keys(before)) if (!(k in after)) doc.deleteIn([...path, k]);
		for (const [k, v] of Object.entries(after)) if (!(k in before)) setNode(doc, [...path, k], v);
		else edit(doc, [...path, k], before[k], v);
		return;
	}
	if (Array.isArray(before) && Array.isArray(after) && (0, import_dist.isSeq)(doc.getIn(path, true)) && before.some(isObj)) {
		editList(doc, path, before, after);
		return;
	}
	if (after === void 0) doc.deleteIn(path);
	else setNode(doc, path, after);
}
/** Leaf changes between two plain values (a changed list or map shape is one change of the whole). */
function changes(before, after, path = []) {
	if (same(before, after)) return [];
	if (isObj(before) && isObj(after)) {
		if (Object.keys(before).some((k) => !(k in after)) || Object.keys(after).some((k) => !(k in before))) return void 0;
		const out = [];
		for (const k of Object.keys(after)) {
			const c = changes(before[k], after[k], [...path, k]);
			if (!c) return void 0;
			out.push(...c);
		}
		return out;
	}
	if (Array.isArray(before) && Array.isArray(after)) {
		if (before.length !== after.length) return void 0;
		const out = [];
		for (const [i, v] of after.entries()) {
			const c = changes(before[i], v, [...path, i]);
			if (!c) return void 0;
			out.push(...c);
		}
		return out;
	}
	if (typeof after === "object" || typeof before === "object" || after === void 0) return void 0;
	return [{
		path,
		value: after
	}];
}
/** A scalar as YAML source: plain when it reads back as the same value, double-quoted otherwise. */
function scalarSource(value) {
	const text = String(value);
	return (typeof value === "string" ? /^[^\s'"{}[\],&*#?|<>=!%@`-][^#:]*$/.test(text) && (0, import_dist.parse)(text) === text && !text.includes(": ") : true) ? {
		text,
		type: "PLAIN"
	} : {
		text,
		type: "QUOTE_DOUBLE"
	};
}
/** Only scalars changed: rewrite their source tokens, every other byte kept. Undefined when not possible. */
function editScalars(text, list) {
	const tokens = [...new import_dist.Parser().parse(text)];
	const docs = [...new import_dist.Composer({ keepSourceTokens: true }).compose(tokens)];
	const doc = docs[0];
	if (docs.length !== 1 || !doc) return void 0;
	for (const c of list) {
		const node = doc.getIn(c.path, true);
		if (!(0, import_dist.isScalar)(node) || !node.srcToken) return void 0;
		const src = scalarSource(c.value);
		import_dist.CST.setScalarValue(node.srcToken, src.text, { type: src.type });
	}
	return tokens.map((t) => import_dist.CST.stringify(t)).join("");
}
/** Top-level sections of a YAML text: key → its slice (from its key line to the next top-level key). */
function sections(text) {
	const lines = text.split(/(?<=\n)/);
	const out = [{
		key: void 0,
		text: ""
	}];
	for (const line of lines) {
		const m = /^([A-Za-z_][\w-]*):/.exec(line);
		if (m) out.push({
			key: m[1],
			text: line
		});
		else out[out.length - 1].text += line;
	}
	return out;
}
/**
* `text` with the difference between `before` and `after` (plain values shaped like the
* system YAML, `before` being what `text` holds once normalised) applied to it.
* Changed scalars are rewritten in place; a section whose shape changed (an item
* added or removed) is rewritten on its own, with its comments; every other section
* is kept as it was, byte for byte.
*/
function applyEdits(text, before, after) {
	const b = clean(before);
	const a = clean(after);
	if (same(b, a)) return text;
	const leafs = changes(b, a);
	const scalarOnly = leafs ? editScalars(text, leafs) : void 0;
	if (scalarOnly !== void 0) return scalarOnly;
	const doc = (0, import_dist.parseDocument)(text);
	edit(doc, [], b, a);
	const rewritten = sections(doc.toString({
		lineWidth: 0,
		flowCollectionPadding: true
	}));
	const original = sections(text);
	const out = [];
	for (const part of rewritten) {
		const key = part.key;
		const old = original.find((o) => o.key === key);
		const unchanged = key !== void 0 && old !== void 0 && same(b[key], a[key]);
		out.push(key === void 0 ? original[0]?.text ?? part.text : unchanged ? old.text : part.text);
	}
	return out.join("");
}
// dist/wizard/state-file.js
/**
* The interview's state, saved after every answer so that `archcap init --resume`
* continues after Ctrl-C or a closed terminal. Written with the safe writer.
*/
/** `.system.yaml.init.json` beside the file the interview will write. */
const stateFileFor = (out) => join(dirname(resolve(out)), `.${basename(out)}.init.json`);
function saver(file) {
	return (state) => void writeFileSafely(dirname(file), basename(file), `${JSON.stringify({
		...state,
		version: 1
	}, null, 1)}\n`, {
		force: true,
		useManifest: false
	});
}
function readState(file) {
	if (!existsSync(file)) throw new UsageError(`there is no interrupted interview to resume (${file} does not exist); start one with archcap init`);
	try {
		const state = JSON.parse(readFileSync(file, "utf8"));
		if (state.version !== 1 || !Array.isArray(state.log)) throw new Error("not an interview state");
		return state;
	} catch (error) {
		throw InputError.at("bad-state", file, `cannot resume from this file: ${error.message}`);
	}
}
const forgetState = (file) => rmSync(file, { force: true });
// dist/wizard/collect.js
/**
* Where the answers come from for `archcap init`: a file (`--answers`), or the terminal.
* Without a file and without a terminal nothing may prompt, so that is a usage error
* rather than a process waiting for input forever.
*/
const NO_TTY_MESSAGE = "archcap init asks its questions on a terminal, and there is none here (or --json was given). Give every answer in a file instead: archcap init --answers answers.yaml (YAML or JSON shaped like the system YAML; see `archcap init --help`).";
/** Fail fast, before anything else, when the answers can come from nowhere. */
function assertAnswerable(options) {
	if (options.answersFile === void 0 && !options.interactive) throw new UsageError(NO_TTY_MESSAGE);
}
/** The answers, and the YAML built from them; answer problems in a file point into that file. */
async function collectSystemYaml(options, ctx, build) {
	assertAnswerable(options);
	if (options.answersFile === void 0) {
		const { inquirerAsk, terminalSay, TERMINAL_HELP } = await import("../chunks/inquirer-ask-D8PSmzLN.js");
		const start = startState(options);
		process.stdout.write(`${TERMINAL_HELP}\n`);
		if (start.edit && options.resume === void 0) {
			const problem = firstProblem(start.edit.text, options.from, build.deps);
			if (problem) {
				process.stdout.write(`${problem.message}\n`);
				start.state.focus = problem.section;
			}
		}
		const answers = await runSession({
			...ctx,
			ask: withPresets(inquirerAsk, options.presets),
			say: terminalSay,
			advisor: () => makeAdvisor(build.deps, build.kb, options.rules ?? builtinRules()),
			findings: (a) => (analyseAnswers(a, build.deps, options.rules ?? builtinRules())?.findings ?? []).filter((f) => f.severity !== "info"),
			state: start.state,
			...options.stateFile ? { save: saver(options.stateFile) } : {}
		});
		if (start.edit) return {
			answers,
			yaml: applyEdits(start.edit.text, start.edit.values, answers)
		};
		return {
			answers,
			yaml: buildSystemYaml(answers, build)
		};
	}
	const file = readAnswersFile(options.answersFile);
	try {
		const answers = await answersFromValues({
			...file.values,
			...options.presets
		}, ctx);
		return {
			answers,
			yaml: buildSystemYaml(answers, build)
		};
	} catch (error) {
		if (error instanceof AnswerError) throw answerDiagnostic(error, file);
		throw error;
	}
}
function startState(options) {
	const edit = options.from === void 0 ? void 0 : readEditable(options.from);
	if (options.resume !== void 0) {
		const state = readState(options.resume);
		const resumed = state.mode === "edit" && state.from !== void 0 ? readEditable(state.from) : void 0;
		return {
			state,
			...resumed ? { edit: resumed } : {}
		};
	}
	if (edit) return {
		state: {
			version: 1,
			mode: "edit",
			from: options.from,
			prefill: edit.values,
			focus: null,
			log: []
		},
		edit
	};
	return { state: {
		version: 1,
		mode: "new",
		log: []
	} };
}
/** The system file to edit, checked the way archcap loads it (a bad file is reported, not edited). */
function readEditable(file) {
	const parsed = readAnswersFile(file);
	return {
		text: readFileSync(file, "utf8"),
		values: normaliseValues(parsed.values)
	};
}
/** At the end on a terminal: offer to generate the recommended patterns (a yes/no, default yes). */
async function offerOnTerminal(message) {
	const { inquirerAsk } = await import("../chunks/inquirer-ask-D8PSmzLN.js");
	return await inquirerAsk({
		path: "generate",
		kind: "confirm",
		message,
		default: true,
		optional: false,
		check: () => void 0
	}).catch(() => false) === true;
}
/** The first problem of a system file that does not load, and the section of the interview that fixes it. */
function firstProblem(text, file, deps) {
	try {
		loadSystemText(file, text, deps);
		return;
	} catch (error) {
		if (!(error instanceof InputError)) throw error;
		const d = error.diagnostics[0];
		const top = /^[^.[]+/.exec(d?.path ?? "")?.[0];
		const section = sectionsOf(INTERVIEW).find((s) => top !== void 0 && s.keys.includes(top))?.section ?? null;
		return {
			message: `${file}:${d?.line ?? 1}:${d?.column ?? 1}: ${d?.message ?? error.message}`,
			section
		};
	}
}
// dist/commands/init.js
var Init = class Init extends BaseCommand {
	static summary = "Interview: answer questions about your system, get a commented system YAML and its analysis.";
	static description = "Starts from an archetype cut from the examples (checkout, payments ledger, social feed, booking, IoT ingestion, ride sharing) or from nothing, and asks what each data set must never suffer rather than for raw settings; after each store, data set or call it says what archcap makes of it and warns about contradictions with the requirements, offering the fix as the next default. Esc goes back a question, a summary jumps to any section, answers are saved as you go (--resume continues after Ctrl-C), and --from edits an existing file, leaving what was not edited byte for byte. Writes the YAML, prints its analysis and offers to generate the recommended patterns. With --answers every question is answered from a YAML or JSON file shaped like the system YAML (for scripts); without a terminal, --answers is required. An existing file is never overwritten without --force.";
	static examples = [
		"<%= config.bin %> init",
		"<%= config.bin %> init --out checkout.yaml --name checkout --regions aws:us-east-1,aws:eu-west-1",
		"<%= config.bin %> init --answers answers.yaml --out system.yaml",
		"<%= config.bin %> init --resume",
		"<%= config.bin %> init --from system.yaml"
	];
	static enableJsonFlag = true;
	static flags = {
		out: Flags.string({
			char: "o",
			default: "system.yaml",
			description: "file to write the system description to"
		}),
		answers: Flags.string({
			char: "a",
			description: "answer every question from this YAML or JSON file instead of asking"
		}),
		force: Flags.boolean({ description: "overwrite --out if it already exists" }),
		name: Flags.string({ description: "the system’s name (not asked then)" }),
		regions: Flags.string({ description: "comma-separated region ids, e.g. aws:us-east-1,aws:eu-west-1 (not asked then)" }),
		resume: Flags.boolean({
			description: "continue the interview that was interrupted (answers are saved as you go)",
			exclusive: ["answers"]
		}),
		from: Flags.string({
			description: "edit this system file: jump to the sections to change; everything else stays byte for byte (--out defaults to it)",
			exclusive: ["answers"]
		})
	};
	async run() {
		const { flags } = await this.parse(Init);
		const out = flags.from !== void 0 && !this.argv.some((a) => a === "--out" || a === "-o" || a.startsWith("--out=")) ? flags.from : flags.out;
		const stateFile = stateFileFor(out);
		const presets = {
			...flags.name === void 0 ? {} : { name: flags.name },
			...flags.regions === void 0 ? {} : { regions: flags.regions.split(",").map((r) => r.trim()).filter(Boolean) }
		};
		const interactive = !this.jsonEnabled() && Boolean(process.stdin.isTTY && process.stdout.isTTY);
		const options = {
			presets,
			interactive,
			stateFile,
			...flags.answers === void 0 ? {} : { answersFile: flags.answers },
			...flags.from === void 0 ? {} : { from: flags.from },
			...flags.resume ? { resume: stateFile } : {}
		};
		assertAnswerable(options);
		const editing = flags.from !== void 0 && resolve(flags.from) === resolve(out);
		if (!flags.resume && !editing && existsSync(out) && !flags.force) throw new UsageError(`${out} already exists and archcap init does not overwrite files; add --force to replace it, or choose another file with --out`);
		const kb = loadKnowledge();
		const deps = await loadDeps();
		const { yaml } = await collectSystemYaml(options, {
			kb,
			schema: deps.schema
		}, {
			deps,
			kb,
			file: basename(out),
			schemaRef: schemaReference(out)
		});
		const result = writeFileSafely(dirname(resolve(out)), basename(out), yaml, {
			force: flags.force || editing || flags.resume,
			useManifest: false
		});
		if (result.conflicts.length) throw new UsageError(`${out} appeared while the questions were asked; not overwritten (add --force to replace it)`);
		const report = analyzeSystem(loadSystemFile(out, deps), builtinRules());
		const json = {
			file: out,
			written: result.changes.length > 0,
			analysis: analysisJson(report)
		};
		if (this.jsonEnabled()) return json;
		process.stdout.write(`${json.written ? "Wrote" : "Unchanged:"} ${out}. Its analysis:\n\n`);
		process.stdout.write(analysisText(report, Boolean(process.stdout.isTTY)));
		forgetState(stateFile);
		if (interactive && flags.answers === void 0 && report.recommendations.length > 0) {
			const dir = join(dirname(out), "generated");
			if (await offerOnTerminal(`Generate the ${report.recommendations.length} recommended pattern(s) into ${dir}? (archcap generate ${out} --out ${dir})`)) await this.config.runCommand("generate", [
				out,
				"--out",
				dir
			]);
		}
		return json;
	}
};
export { Init as default };
