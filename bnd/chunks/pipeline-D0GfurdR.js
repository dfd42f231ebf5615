import { a as stablePath, i as runRules, n as applySuppressions } from "./suppress-BRATUARX.js";
import { C as classifyDatastore, E as lookup, S as datasetPathFor, T as verdictOf, _ as analyseWorkflow, b as classifySystem, g as majorityReason, h as modelRegionResolver, p as callOrders, v as mergedRequirements, w as classifyDataset, x as accessOverrides, y as requirementLevels } from "./rule-file-JQenpjRl.js";
import { n as compareFindings } from "./finding-BM2L4nLP.js";
import { l as loadKnowledge, o as requiredModelFor } from "./knowledge-Ds0TRpTO.js";
import { a as legBetween, c as rttFloorMs, i as leaderCommitLatency } from "./physics-BlSanAw0.js";
import { t as findRegion } from "./regions-BdGi6hxy.js";
import { r as consistencyLevelOverlap, t as CONSISTENCY_LEVELS } from "./quorum-Cn9Qm6EK.js";
import { o as MESSAGING_KINDS } from "./types-MAxxWLjR.js";
import { createHash } from "node:crypto";
// dist/recommend/shared.js
/** Small helpers the recommenders share: ids, names, effective requirements, sources. */
/** Citations used by more than one recommender (each fact in a recommendation names its source). */
const REF = {
	bailis2015: "Bailis et al., \"Coordination Avoidance in Database Systems\", VLDB 2015",
	jepsen: "Jepsen, \"Consistency Models\", https://jepsen.io/consistency",
	sagas: "Garcia-Molina & Salem, \"Sagas\", SIGMOD 1987, doi:10.1145/38713.38742",
	sagaPattern: "Richardson, \"Pattern: Saga\" (compensatable, pivot and retriable transactions), https://microservices.io/patterns/data/saga.html",
	outbox: "Richardson, \"Pattern: Transactional outbox\", https://microservices.io/patterns/data/transactional-outbox.html",
	idempotency: "IETF draft-ietf-httpapi-idempotency-key-header; Stripe, \"Idempotent requests\", https://docs.stripe.com/api/idempotent_requests",
	backoff: "Brooker, \"Exponential Backoff And Jitter\", AWS Architecture Blog, 2015",
	builders: "AWS Builders' Library, \"Timeouts, retries and backoff with jitter\", https://aws.amazon.com/builders-library/timeouts-retries-and-backoff-with-jitter/",
	sreOverload: "Google SRE book, ch. 21 \"Handling Overload\" (per-client retry budget of 10%) and ch. 22 \"Addressing Cascading Failures\"",
	breaker: "Nygard, \"Release It!\", 2nd ed., 2018, ch. 5 \"Circuit Breaker\"",
	ddia: "Kleppmann, \"Designing Data-Intensive Applications\", 2017, ch. 5 (replication) and ch. 6 (partitioning)",
	raft: "Ongaro & Ousterhout, \"In Search of an Understandable Consensus Algorithm\", USENIX ATC 2014 (majority quorums, 2f+1)",
	lamport: "Lamport, \"Time, Clocks, and the Ordering of Events in a Distributed System\", CACM 1978",
	vector: "Fidge 1988 / Mattern 1989, vector clocks",
	hlc: "Kulkarni et al., \"Logical Physical Clocks and Consistent Snapshots in Globally Distributed Databases\" (HLC), OPODIS 2014",
	dynamoPartitions: "Amazon DynamoDB Developer Guide, \"Best practices for designing and using partition keys effectively\" (a partition serves at most 3,000 reads/s and 1,000 writes/s) and \"Partitions and data distribution\" (10 GB per partition)",
	crdt: "Shapiro et al., \"Conflict-free Replicated Data Types\", SSS 2011"
};
const recId = (topic, what, name) => `${topic}/${what}:${name}`;
/** System requirements overlaid by a store's, then a data set's or service's own (least specific first). */
function effectiveRequirements(model, ...overrides) {
	const levels = requirementLevels(model, ...overrides.map((requirements, i) => ({
		path: `override[${i}]`,
		requirements
	})).reverse());
	return mergedRequirements(levels);
}
const storeNamed = (model, name) => lookup(model).datastores.get(name);
const datasetsOf = (model, store) => lookup(model).datasetsByStore.get(store) ?? [];
/** `order-events` → `order_events` (a table or key name for generated code). */
const snake = (name) => name.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toLowerCase() || "data";
/** `snake(name) + suffix`, shortened with a hash of the name when too long: deterministic, and distinct names stay distinct. */
function sqlTable(name, suffix = "") {
	const full = `${snake(name)}${suffix}`;
	if (full.length <= 48) return full;
	const hash = createHash("sha256").update(name).digest("hex").slice(0, 8);
	return `${snake(name).slice(0, 48 - suffix.length - 9).replace(/_+$/, "")}_${hash}${suffix}`;
}
function formatMs(ms) {
	if (ms >= 6e4 && ms % 6e4 === 0) return `${ms / 6e4}m`;
	if (ms >= 1e3) return `${Number((ms / 1e3).toFixed(2))}s`;
	return `${Math.round(ms * 10) / 10}ms`;
}
function list(items) {
	if (items.length <= 1) return items.join("");
	return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
// dist/recommend/consistency-access.js
/**
* Consistency advice where the cause sits on the data set itself - its own read/write
* settings, or the regions it is read and written in - and the grouping that gives one
* store-wide cause one recommendation (and so one ADR) naming every data set it fails.
*/
const own = (ds, at) => at !== void 0 && (at.startsWith(`${ds.path}.reads.`) || at.startsWith(`${ds.path}.writes.`));
const byRegions = (ds, at) => at !== void 0 && (at === ds.path || at.startsWith(`${ds.path}.access`));
/** The data set's own setting that causes it, turned to the value the profile's cause says removes it. */
function ownSettingAdvice(ds, store, c, ctx, kb) {
	const engine = kb.engines.get(store.engine);
	const given = ctx.classification.datasetPaths.get(ds.name);
	const rule = engine?.rules.find((r) => `${engine.id}/${r.id}` === given?.rule);
	if (!engine || !rule?.cause || !given) return void 0;
	const overrides = accessOverrides(ds, engine);
	const changes = Object.entries(rule.cause.fix).flatMap(([setting, value]) => {
		const path = overrides.paths[setting];
		return path && String(overrides.settings[setting]) !== String(value) ? [`\`${path.slice(ds.path.length + 1)}: ${String(value)}\``] : [];
	});
	if (changes.length === 0) return void 0;
	return {
		id: recId("consistency", "access", ds.name),
		topic: "consistency",
		target: c.weakAt ?? ds.path,
		title: `Read and write ${ds.name} the way it needs`,
		recommendation: `Set ${list(changes)} on ${ds.name} (its own ${rule.cause.kind === "stale-reads" ? "read path" : "levels"}): the store-wide settings of ${store.name} already give what it needs, and no other data set changes.`,
		rationale: `${ds.name} needs ${c.requires}; its own settings give ${c.provided}: ${given.explanation}`,
		tradeoffs: rule.cause.kind === "stale-reads" ? "Its reads go back to the leader / primary: a round trip to the leaseholder or primary region instead of the nearest replica, and no reads from the minority side of a partition." : "Overlapping quorums wait for more replicas per operation (higher tail latency) and refuse operations that cannot reach them.",
		references: [REF.jepsen, ...given.references],
		patterns: []
	};
}
/** The nearest other region's round-trip floor, ms (what a quorum spanning regions pays at least). */
function crossRegionFloor(store) {
	const at = store.regions.map((r) => findRegion(r)?.location).filter((l) => l !== void 0);
	let best;
	for (let i = 0; i < at.length; i++) for (let j = i + 1; j < at.length; j++) best = Math.min(best ?? Infinity, rttFloorMs(at[i], at[j]));
	return best === void 0 ? void 0 : Math.round(best);
}
/** Reads in regions that do not write, on datacentre-local levels: compare the options by what they cost. */
function regionAdvice(ds, store, c, ctx) {
	const given = ctx.classification.datasetPaths.get(ds.name);
	if (!given) return void 0;
	const readOnly = (c.readRegions ?? []).filter((r) => !(c.writeRegions ?? []).includes(r));
	const floor = crossRegionFloor(store);
	const cost = floor === void 0 ? "a cross-region round trip" : `at least ${floor} ms (the round-trip floor to the nearest other region)`;
	return {
		id: recId("consistency", "regions", ds.name),
		topic: "consistency",
		target: c.weakAt ?? ds.path,
		title: `Read ${ds.name} where it is written`,
		recommendation: `Serve ${ds.name}'s reads from the region that wrote them: pin each client session to one region and route ${list(readOnly)}'s reads of it to ${list(c.writeRegions ?? [])} (or write it from ${list(readOnly)} as well). That keeps ${store.name}'s datacentre-local levels, the cheapest option: no operation waits on another region. Only if readers must stay where they are, write ${ds.name} at EACH_QUORUM (each write pays ${cost}) rather than QUORUM both ways (every read and write pays it).`,
		rationale: `${ds.name} needs ${c.requires}, but it is written in ${list(c.writeRegions ?? [])} and read in ${list(c.readRegions ?? [])}: ${given.explanation} A read in a region that never writes the data set can miss a write acknowledged elsewhere.`,
		tradeoffs: "Pinned sessions fail over to another region only by re-reading through a quorum there; EACH_QUORUM writes stop when any region lacks a quorum; QUORUM across continents adds a cross-region round trip to every read and write.",
		references: [REF.jepsen, ...given.references],
		patterns: []
	};
}
function accessAdvice(ds, store, c, ctx, kb) {
	if (c.satisfied) return void 0;
	if (own(ds, c.weakAt)) return ownSettingAdvice(ds, store, c, ctx, kb);
	if (byRegions(ds, c.weakAt) && c.weakness === "quorum") return regionAdvice(ds, store, c, ctx);
}
/**
* One store-wide cause (the same setting) failing several data sets gets one
* recommendation, at that setting, naming them all: the first data set's advice (whose
* settings search already covers every data set on the store) widened to the group.
*/
function groupByCause(recs, ctx) {
	const out = [];
	const groups = /* @__PURE__ */ new Map();
	for (const { rec, verdict } of recs) {
		const at = verdict && !verdict.satisfied && verdict.weakness !== "model" && verdict.weakness !== "coordination" ? verdict.weakAt : void 0;
		if (!at?.startsWith("datastores[")) {
			out.push(rec);
			continue;
		}
		const group = groups.get(at);
		if (group) {
			group.names.push(verdict.name);
			continue;
		}
		const entry = {
			rec: { ...rec },
			names: [verdict.name]
		};
		groups.set(at, entry);
		out.push(entry.rec);
	}
	for (const [at, { rec, names }] of groups) {
		if (names.length < 2) continue;
		const store = ctx.model.datastores.find((s) => at.startsWith(`${s.path}.`) || at === s.path);
		rec.id = recId("consistency", "cause", `${store?.name ?? "store"}${at.slice(at.indexOf(".settings") >= 0 ? at.indexOf(".settings") : at.length)}`);
		rec.target = at;
		rec.title = `Configure ${store?.name ?? "the store"} for ${list(names)}`;
		rec.recommendation = `${rec.recommendation} One setting causes it for ${names.length} data sets (${list(names)}); this one change fixes them all.`;
	}
	return out;
}
// dist/recommend/consistency-settings.js
/**
* Finding the store settings that deliver what a store's data sets need: every
* combination of the engine's own settings is classified with the knowledge base, and
* the weakest guarantee that still satisfies every data set on the store wins. So a
* recommended setting is, by construction, one the analysis itself accepts.
*/
const MAX_COMBINATIONS = 2e4;
/** Integer settings (synchronous standbys, WAIT replicas) only grow: fewer would weaken durability. */
function valuesOf(engine, name, replicas, current) {
	const spec = engine.settings[name];
	if (spec.type === "boolean") return [false, true];
	if (spec.type === "integer") {
		const from = Math.max(spec.minimum ?? 0, typeof current === "number" ? current : 0);
		return Array.from({ length: Math.max(0, replicas - from + 1) }, (_, i) => from + i);
	}
	return (spec.values ?? []).filter((v) => typeof v !== "number" || v <= replicas);
}
function combinations(engine, replicas, current) {
	let out = [{}];
	for (const name of Object.keys(engine.settings).sort()) {
		const values = valuesOf(engine, name, replicas, current(name));
		if (values.length === 0) continue;
		if (out.length * values.length > MAX_COMBINATIONS) return void 0;
		out = out.flatMap((c) => values.map((v) => ({
			...c,
			[name]: v
		})));
	}
	return out;
}
/** Values that stop serving when any one replica (ALL, or THREE at the usual replication factor of 3) or any one region (EACH_QUORUM) is down. */
const FRAGILE = /* @__PURE__ */ new Set([
	"ALL",
	"THREE",
	"EACH_QUORUM"
]);
const fragility = (settings) => Object.values(settings).filter((v) => FRAGILE.has(v)).length;
const isLevel = (v) => typeof v === "string" && CONSISTENCY_LEVELS.includes(v);
/**
* For Cassandra-style consistency levels: read and write replica sets must meet, and
* meet in every datacentre when the store spans several (LOCAL_* levels meet only
* locally, so a reader in another region can miss a write). Other engines: true.
*/
function levelsOverlap(store) {
	const read = store.settings["readConsistency"];
	const write = store.settings["writeConsistency"];
	if (!isLevel(read) || !isLevel(write)) return true;
	const scope = consistencyLevelOverlap(read, write, store.placement).scope;
	return scope === "global" || scope === "local" && store.regions.length <= 1;
}
const strength = (kb, c) => Math.max(...c.models.map((m) => kb.closure.get(m)?.size ?? 0));
/**
* The real cost of a candidate, in milliseconds of round-trip floor it adds to an
* operation: a configuration that waits for replicas in other regions (EC on a store
* that spans regions) pays at least the round trip to the nearest other region; one
* that answers in-region (EL) pays none. Used before "fewest changes", so LOCAL_QUORUM
* with sessions pinned to their region beats QUORUM across continents when both satisfy.
*/
function crossRegionCost(store, c) {
	if (store.regions.length < 2 || c.pacelc.endsWith("EL")) return 0;
	const at = store.regions.map((r) => findRegion(r)?.location).filter((l) => l !== void 0);
	let nearest = Infinity;
	for (let i = 0; i < at.length; i++) for (let j = 0; j < at.length; j++) if (i !== j) nearest = Math.min(nearest, rttFloorMs(at[i], at[j]));
	return Number.isFinite(nearest) ? nearest : 1;
}
/**
* The weakest settings under which every one of `datasets` is satisfied, or undefined
* when none exist. Settings that can lose acknowledged writes rank last when the store
* does not lose them today or `noLoss` asks for it (rpo 0): a fix never trades durability.
*/
function settingsFor(store, datasets, kb, noLoss = false, model) {
	const engine = kb.engines.get(store.engine);
	if (!engine) return void 0;
	const current = (name) => store.settings[name] ?? engine.settings[name]?.default;
	const all = combinations(engine, store.replicas, current);
	if (!all) return void 0;
	const keepDurable = noLoss || !classifyDatastore(store, kb).onPartition.ackedWritesLostOnFailover;
	const paths = model ? datasets.map((d) => ({
		d,
		path: datasetPathFor(d, store, model, kb)
	})) : void 0;
	const scored = all.flatMap((settings) => {
		const candidate = {
			...store,
			settings
		};
		const classification = classifyDatastore(candidate, kb);
		if (paths) {
			if (!paths.every(({ d, path }) => verdictOf(d, path(settings), kb).satisfied)) return [];
		} else {
			const checked = datasets.map((d) => classifyDataset(d, classification, kb));
			if (!checked.every((d) => d.satisfied)) return [];
			if (checked.some((d) => d.requires !== "eventual") && !levelsOverlap(candidate)) return [];
		}
		const changed = Object.fromEntries(Object.entries(settings).filter(([k, v]) => current(k) !== v));
		const key = JSON.stringify(Object.entries(changed).sort(([a], [b]) => a.localeCompare(b)));
		return [{
			changed,
			classification,
			loss: keepDurable && classification.onPartition.ackedWritesLostOnFailover ? 1 : 0,
			cost: model ? crossRegionCost(store, classification) : 0,
			strength: strength(kb, classification),
			fragile: fragility(settings),
			changes: Object.keys(changed).length,
			key
		}];
	});
	scored.sort((a, b) => a.loss - b.loss || a.fragile - b.fragile || a.cost - b.cost || a.changes - b.changes || a.strength - b.strength || a.key.localeCompare(b.key));
	const best = scored[0];
	return best && {
		changed: best.changed,
		classification: best.classification
	};
}
function describeSettings(settings) {
	return Object.entries(settings).map(([k, v]) => `\`${k}: ${String(v)}\``).join(", ");
}
// dist/recommend/consistency.js
/** Invariants whose data merges as a CRDT (last-writer-wins data already merges by timestamp). */
const MERGEABLE = {
	counter: "PN-counter",
	"grow-only-set": "OR-set"
};
function requirementText(ds, c, kb) {
	if (c.requiresFrom === "declared") return `${ds.name} declares ${c.requires}${ds.invariants.length ? ` (its invariants: ${list(ds.invariants)})` : ""}.`;
	if (ds.invariants.length === 0) return `${ds.name} declares no invariants, so eventual consistency is enough.`;
	const need = requiredModelFor(ds.invariants, kb);
	const coord = need.needCoordination.length ? ` ${list(need.needCoordination)} ${need.needCoordination.length > 1 ? "are" : "is"} not confluent: concurrent writers can each keep it locally and break it together, so the writes must be coordinated.` : " Every invariant is confluent, so replicas may accept writes independently and merge.";
	return `${c.requires} is the weakest model that keeps ${list(ds.invariants)}.${coord}`;
}
/** Engines whose profile can give a model that meets `required` in some configuration. */
function enginesOffering(required, kb) {
	return [...kb.engines.values()].filter((e) => e.kind === "database" && [e.base, ...e.rules.map((r) => ({
		...e.base,
		...r.gives
	}))].some((g) => g.consistency !== void 0 && (kb.closure.get(g.consistency)?.has(required) ?? false))).map((e) => e.id).sort();
}
function crdtNote(ds, ctx) {
	const types = ds.invariants.map((i) => MERGEABLE[i]).filter((t) => t !== void 0);
	const store = ctx.classification.stores.get(ds.store);
	if (types.length === 0 || store?.cap !== "AP") return {
		text: "",
		patterns: []
	};
	return {
		text: ` Model it as a CRDT (${list(types)}) so concurrent updates on different replicas merge without loss.`,
		patterns: ["crdt"]
	};
}
/**
* Non-confluent invariants on a store whose replicas each accept writes (multi-leader,
* leaderless) cannot be fixed by read/write settings: the writes themselves must be
* routed through one coordinator.
*/
function needsCoordination(ds, ctx, kb) {
	const store = storeNamed(ctx.model, ds.store);
	const topology = store?.topology ?? (store ? kb.engines.get(store.engine)?.topology : void 0);
	const enforced = ctx.classification.stores.get(ds.store)?.enforcesInvariants ?? [];
	return requiredModelFor(ds.invariants, kb).needCoordination.filter((i) => !enforced.includes(i)).length > 0 && (topology === "multi-leader" || topology === "leaderless");
}
function forDataset$2(ds, ctx, kb) {
	const c = ctx.classification.datasets.get(ds.name);
	const store = storeNamed(ctx.model, ds.store);
	if (!c || !store) return void 0;
	const base = {
		id: recId("consistency", "model", ds.name),
		topic: "consistency",
		target: ds.path,
		references: [REF.jepsen, REF.bailis2015]
	};
	const why = requirementText(ds, c, kb);
	if (c.satisfied) {
		const crdt = crdtNote(ds, ctx);
		if (crdt.patterns.length === 0) return void 0;
		return {
			...base,
			title: `Merge ${ds.name} as a CRDT`,
			recommendation: `Keep ${ds.name} at ${c.requires} on ${store.name}.${crdt.text}`,
			rationale: `${why} ${store.name} gives ${c.provided} and accepts writes on several replicas; a CRDT makes their merge deterministic and lossless instead of last-writer-wins.`,
			tradeoffs: "CRDT state grows with the number of replicas (and, for sets, with removed elements until garbage-collected); reads see a converging, not a linearizable, value.",
			patterns: crdt.patterns,
			references: [...base.references, REF.crdt]
		};
	}
	const own = accessAdvice(ds, store, c, ctx, kb);
	if (own) return own;
	const onStore = datasetsOf(ctx.model, store.name).filter((d) => !needsCoordination(d, ctx, kb));
	const noLoss = onStore.some((d) => effectiveRequirements(ctx.model, store.requirements, d.requirements).rpo === 0);
	const satisfiedNow = onStore.filter((d) => d !== ds && ctx.classification.datasets.get(d.name)?.satisfied);
	const choice = needsCoordination(ds, ctx, kb) ? void 0 : settingsFor(store, onStore, kb, noLoss, ctx.model) ?? settingsFor(store, [ds, ...satisfiedNow], kb, noLoss, ctx.model);
	if (choice) {
		const coordinated = requiredModelFor(ds.invariants, kb).needCoordination.filter((i) => !(ctx.classification.stores.get(store.name)?.enforcesInvariants ?? []).includes(i));
		return {
			...base,
			title: `Configure ${store.name} for ${c.requires} on ${ds.name}`,
			recommendation: `Set ${describeSettings(choice.changed)} on ${store.name}: it then gives ${choice.classification.models.join(" and ")} (${choice.classification.pacelc}), the least change to ${store.engine} that meets ${c.requires} for ${ds.name} without weakening the other data sets it keeps.${store.regions.length > 1 && Object.values(choice.changed).some((v) => String(v).startsWith("LOCAL_")) ? " Datacentre-local levels are the cheapest choice (no operation waits on another region); they hold for clients whose sessions stay in the region they write in." : ""}${coordinated.length ? ` This makes writes coordinate, which ${list(coordinated)} ${coordinated.length > 1 ? "need" : "needs"}.` : ""}`,
			rationale: `${why} As configured, ${store.name} gives only ${c.provided}. With the change: ${choice.classification.explanation}`,
			tradeoffs: `Stronger settings wait for more replicas: higher latency, and on a partition the minority side stops serving what it can no longer guarantee (${choice.classification.onPartition.reads} reads, ${choice.classification.onPartition.writes} writes).`,
			references: [...base.references, ...choice.classification.references],
			patterns: [],
			changes: [{
				store: store.name,
				settings: choice.changed
			}]
		};
	}
	const req = effectiveRequirements(ctx.model, store.requirements, ds.requirements);
	const multiRegion = store.regions.length > 1 || req.tolerate.regions >= 1;
	const consensusEngine = (e) => kb.engines.get(e)?.topology === "consensus" && kb.engines.get(e)?.kind === "database";
	const offering = enginesOffering(c.requires, kb).filter((e) => !multiRegion || consensusEngine(e));
	if (needsCoordination(ds, ctx, kb)) {
		const need = requiredModelFor(ds.invariants, kb).needCoordination;
		const consensus = offering.filter(consensusEngine).slice(0, 3);
		return {
			...base,
			title: `Coordinate writes to ${ds.name}`,
			recommendation: `Coordinate the writes that can break ${list(need)}: give every key a single-leader home region that all its writes go to (or move ${ds.name} to a consensus store such as ${list(consensus) || "a consensus-replicated database"}); keep only confluent data on ${store.name}.`,
			rationale: `${why} ${store.name} gives ${c.provided}, and its replicas accept writes independently.`,
			tradeoffs: "A home region adds a cross-region round trip to writes from elsewhere and makes that region a dependency for them; a consensus store pays a majority round trip on every write. Both keep the invariant through partitions by refusing writes that cannot coordinate.",
			patterns: []
		};
	}
	return {
		...base,
		title: `Move ${ds.name} to a store that gives ${c.requires}`,
		recommendation: `No configuration of ${store.engine} gives ${c.requires}: move ${ds.name} to a store that does (${list(offering.slice(0, 5)) || "none in the knowledge base"}), or relax its requirement if it was declared stronger than its invariants need.`,
		rationale: `${why} ${c.explanation}`,
		tradeoffs: "A second store for one data set adds operations and a boundary that transactions cannot cross without a saga; relaxing the requirement needs the application to tolerate the weaker model.",
		patterns: []
	};
}
/**
* A unique key on a store whose engine has its own compare-and-set (Cassandra lightweight
* transactions, DynamoDB condition expressions) is claimed with it - one partition, no
* scatter-gather over shards and no second store.
*/
function withConditionalWrite(rec, ds, ctx, kb) {
	const c = ctx.classification.datasets.get(ds.name);
	const store = storeNamed(ctx.model, ds.store);
	const cw = store ? kb.engines.get(store.engine)?.conditionalWrite : void 0;
	if (!rec || !c || c.satisfied || !store || !cw || !ds.invariants.includes("unique-key")) return rec;
	const manyWriters = store.regions.length > 1 || store.settings["globalTables"] === true;
	if (cw.singleRegionOnly && manyWriters) return rec;
	const source = kb.engines.get(store.engine)?.references[cw.source] ?? cw.source;
	return {
		...rec,
		recommendation: `Claim each new ${ds.name} key with ${cw.text}: the engine checks and writes it in one step on the key's own partition, so two writers cannot both create it (no scatter-gather over shards, no second store). ${rec.recommendation}`,
		references: [...rec.references, source]
	};
}
function recommendConsistency(ctx) {
	const kb = loadKnowledge();
	return groupByCause(ctx.model.datasets.flatMap((ds) => {
		const rec = withConditionalWrite(forDataset$2(ds, ctx, kb), ds, ctx, kb);
		const verdict = ctx.classification.datasets.get(ds.name);
		return rec ? [{
			rec,
			...verdict ? { verdict } : {}
		}] : [];
	}), ctx);
}
/** A callee must answer within its caller's timeout divided by this. */
const MARGIN = 1.25;
function backoffTotal(attempts, base, cap) {
	let sum = 0;
	for (let i = 0; i < attempts - 1; i++) sum += Math.min(cap, base * 2 ** i);
	return sum;
}
const total = (p) => p.attempts * p.timeoutMs + backoffTotal(p.attempts, p.baseDelayMs, p.maxDelayMs);
/** Callers before callees: reverse post-order of a depth-first walk. */
function topDown(model) {
	return [...callOrders(model).all.postOrder].reverse();
}
function planCalls(model) {
	const plans = /* @__PURE__ */ new Map();
	const amp = /* @__PURE__ */ new Map();
	const services = lookup(model).services;
	const callsOf = (name) => services.get(name)?.calls ?? [];
	const worst = (name) => Math.max(0, ...callsOf(name).filter((c) => c.mode === "sync").map((c) => plans.get(c)?.totalMs ?? 0));
	for (const name of topDown(model).reverse()) {
		let a = 1;
		for (const call of callsOf(name)) {
			const below = amp.get(call.service) ?? 1;
			const wanted = call.idempotent || call.idempotencyKey ? Math.min(call.retries?.attempts ?? 3, 3) : 1;
			const attempts = Math.max(1, Math.min(wanted, Math.floor(10 / below)));
			const leaf = services.get(call.service)?.requirements?.latency?.read?.p99 ?? 1e3;
			const need = call.mode === "sync" ? Math.ceil(worst(call.service) * MARGIN) : 0;
			const p = {
				attempts,
				timeoutMs: call.timeout ?? Math.max(leaf, need),
				baseDelayMs: call.retries?.baseDelay ?? 100,
				maxDelayMs: call.retries?.maxDelay ?? 2e3
			};
			const limitedBy = wanted === 1 && (call.retries?.attempts ?? 1) > 1 ? "idempotency" : attempts < wanted ? "amplification" : void 0;
			plans.set(call, {
				...p,
				totalMs: total(p),
				calleeMs: 0,
				amplification: attempts * below,
				...limitedBy ? { limitedBy } : {}
			});
			a = Math.max(a, attempts * below);
		}
		amp.set(name, a);
	}
	const budget = /* @__PURE__ */ new Map();
	for (const name of topDown(model)) {
		const b = budget.get(name);
		for (const call of callsOf(name)) {
			const p = { ...plans.get(call) };
			if (b !== void 0 && call.mode === "sync") {
				while (p.attempts > 1 && total(p) > b) {
					p.attempts -= 1;
					p.limitedBy = "budget";
				}
				if (total(p) > b) p.timeoutMs = Math.max(1, Math.floor(b));
				p.budgetMs = b;
			}
			p.totalMs = total(p);
			plans.set(call, p);
			if (call.mode === "sync") budget.set(call.service, Math.min(budget.get(call.service) ?? Infinity, Math.floor(p.timeoutMs / MARGIN)));
		}
	}
	for (const [call, p] of plans) plans.set(call, {
		...p,
		calleeMs: call.mode === "sync" ? worst(call.service) : 0
	});
	return plans;
}
const DEFAULT_BATCH_BASE_MS = 6e4;
const DEFAULT_BATCH_MAX_MS = 9e5;
const isBatchCall = (c) => c.kind === "batch" || c.kind === "file-drop";
function batchCallRecommendation(s, c) {
	const deadline = c.timeout ?? 18e5;
	const attempts = Math.max(1, c.retries?.attempts ?? 3);
	const base = c.retries?.baseDelay ?? DEFAULT_BATCH_BASE_MS;
	const cap = c.retries?.maxDelay ?? DEFAULT_BATCH_MAX_MS;
	const what = c.kind === "file-drop" ? "file drop" : "batch transfer";
	const safe = c.idempotent || c.idempotencyKey;
	return {
		id: recId("failure-handling", "batch", `${s.name}-to-${c.service}`),
		topic: "failure-handling",
		target: c.path,
		title: `Give ${s.name}'s ${what} to ${c.service} a deadline and resumable retries`,
		recommendation: `Treat ${s.name} → ${c.service} as a ${what}, not a request: give each run a deadline of ${formatMs(deadline)}${c.timeout === void 0 ? " (none is declared)" : ""}, retry a failed run up to ${attempts} times spaced from ${formatMs(base)} up to ${formatMs(cap)} with jitter, resuming from the last checkpoint (the last file or record acknowledged) instead of starting over, and alert when the run misses its window. ${safe ? "Keep deliveries idempotent (a file named by its sequence number, which the receiver ignores when repeated)." : `Make deliveries idempotent first (name each file by a sequence number the receiver de-duplicates on); until then, retrying can deliver twice.`} No circuit breaker or per-request retry budget: there is one run at a time, and the next scheduled run is the back-off.`,
		rationale: `A ${what} moves a whole window of data at once: it takes minutes, not milliseconds, and fails as a unit. RPC defaults (timeouts of about a second, a 10% retry budget, a breaker that opens after 20 calls) would cut off every healthy run and never gather enough calls to trip; what bounds the harm is a deadline for the run, checkpoints, idempotent delivery and a missed-window alert.`,
		tradeoffs: "A long run deadline detects a hung transfer late; checkpoints need the receiver (or a manifest) to say what arrived; retries inside the window can collide with the next scheduled run unless runs take a lock.",
		references: [REF.builders, REF.backoff],
		patterns: [],
		callPlan: {
			timeoutMs: deadline,
			maxAttempts: attempts,
			baseDelayMs: base,
			maxDelayMs: cap
		}
	};
}
// dist/recommend/failure-handling.js
const RETRY_BUDGET = .1;
const BREAKER = {
	failureRatio: .5,
	minimumRequests: 20,
	openMs: 3e4
};
function callRecommendation(s, c, p) {
	c.idempotent || c.idempotencyKey;
	const sync = c.mode === "sync";
	const why = {
		idempotency: "no retries until the call is idempotent or carries an idempotency key",
		amplification: `no more retries here (the layers below already multiply a request ${p.amplification / p.attempts}× at worst; more would push the chain past 10×)`,
		budget: `fewer retries than declared (more would not fit in the ${formatMs(p.budgetMs ?? 0)} that ${s.name} has)`
	};
	const backoff = `exponential backoff and full jitter (sleep a random time between 0 and min(${formatMs(p.maxDelayMs)}, ${formatMs(p.baseDelayMs)} × 2^attempt)), and stop retrying when retries exceed ${RETRY_BUDGET * 100}% of ${s.name}'s calls to ${c.service}`;
	const retryText = p.limitedBy ? `${p.attempts > 1 ? `${p.attempts} attempts with ${backoff}: ` : ""}${why[p.limitedBy]}` : p.attempts > 1 ? `at most ${p.attempts} attempts with ${backoff}` : "a single attempt";
	const guard = sync ? `Wrap it in a circuit breaker that opens when ${BREAKER.failureRatio * 100}% of at least ${BREAKER.minimumRequests} recent calls fail and probes again after ${formatMs(BREAKER.openMs)}, failing fast meanwhile.` : `It is queued: bound the queue and rate-limit the consumer (a token bucket), and answer 429 with Retry-After when full, so a slow ${c.service} pushes back instead of piling up work.`;
	const patterns = sync ? ["retry-policy", "circuit-breaker"] : ["retry-policy", "rate-limiter"];
	const callName = `${s.name}-to-${c.service}`;
	return {
		id: recId("failure-handling", "call", `${s.name}-to-${c.service}`),
		topic: "failure-handling",
		target: c.path,
		title: `Bound ${s.name}'s calls to ${c.service}`,
		recommendation: `Give ${s.name} → ${c.service} a ${formatMs(p.timeoutMs)} timeout per attempt${c.timeout === void 0 ? " (none is declared)" : c.timeout !== p.timeoutMs ? ` (now ${formatMs(c.timeout)})` : ""} and ${retryText}; the whole call then takes at most ${formatMs(p.totalMs)}. ${guard}`,
		rationale: `${p.budgetMs !== void 0 ? `${s.name}'s own callers give it ${formatMs(p.budgetMs * MARGIN)}; with a ${Math.round(25)}% margin its calls must finish within ${formatMs(p.budgetMs)}${p.budgetMs < (c.timeout ?? 0) * (c.retries?.attempts ?? 1) ? `, so this call cannot keep its declared ${formatMs(c.timeout ?? 0)} × ${c.retries?.attempts ?? 1} (if ${c.service} really needs that long, raise the budget upstream instead)` : ""}. ` : ""}${p.calleeMs > 0 ? `${c.service} itself may spend up to ${formatMs(p.calleeMs)} in its own calls, which the timeout covers. ` : ""}Retries multiply along a call chain; capped attempts, jitter and a budget keep a brief failure from turning into a retry storm.`,
		tradeoffs: "Tight timeouts and few retries turn slow successes into failures the caller must handle; a breaker rejects some requests that would have succeeded while it is open.",
		references: [
			REF.builders,
			REF.backoff,
			REF.sreOverload,
			...sync ? [REF.breaker] : []
		],
		patterns,
		patternInputs: {
			"retry-policy": {
				maxAttempts: p.attempts,
				baseDelayMs: p.baseDelayMs,
				maxDelayMs: p.maxDelayMs,
				deadlineMs: p.totalMs,
				budgetRatio: RETRY_BUDGET
			},
			...sync ? { "circuit-breaker": {
				breakerName: `${s.name}-to-${c.service}`,
				failureRateThreshold: BREAKER.failureRatio,
				minimumCalls: BREAKER.minimumRequests,
				openDurationMs: BREAKER.openMs
			} } : { "rate-limiter": { queueTimeoutMs: p.timeoutMs } }
		},
		patternListItems: {
			"retry-policy": { calls: [{
				name: callName,
				attemptTimeoutMs: p.timeoutMs,
				maxAttempts: p.attempts,
				baseDelayMs: p.baseDelayMs,
				maxDelayMs: p.maxDelayMs,
				deadlineMs: p.totalMs
			}] },
			...sync ? { "circuit-breaker": { calls: [{
				name: callName,
				callTimeoutMs: p.timeoutMs
			}] } } : {}
		},
		callPlan: {
			timeoutMs: p.timeoutMs,
			maxAttempts: p.attempts,
			baseDelayMs: p.baseDelayMs,
			maxDelayMs: p.maxDelayMs
		}
	};
}
function recommendFailureHandling(ctx) {
	const plans = planCalls(ctx.model);
	return ctx.model.services.flatMap((s) => s.calls.flatMap((c) => {
		if (isBatchCall(c)) return [batchCallRecommendation(s, c)];
		const plan = plans.get(c);
		return plan ? [callRecommendation(s, c, plan)] : [];
	}));
}
// dist/recommend/ordering.js
/**
* Ordering: by what the data needs. Concurrent writers whose conflicts the application
* resolves need to detect concurrency (vector clocks); last-writer-wins across writers
* needs timestamps that respect causality with bounded skew (hybrid logical clocks);
* gap-free sequences and total orders need one consensus log; events from several
* producers that only need a causal order can carry Lamport timestamps.
*/
/** CockroachDB's default maximum clock offset, a bound HLC-based systems commonly enforce. */
const MAX_OFFSET_MS = 500;
const HLC_REF = "CockroachDB, pkg/base/constants.go: DefaultMaxClockOffset = 500ms (the --max-offset a node tolerates before it stops)";
/** Replicas in several places accept writes to the same keys (several regions, or LWW declared). */
function multiWriter(ds, model) {
	const store = storeNamed(model, ds.store);
	const topology = store?.topology ?? (store ? loadKnowledge().engines.get(store.engine)?.topology : void 0);
	return {
		writers: ((store?.regions.length ?? 0) > 1 || store?.conflictResolution === "lww") && (topology === "multi-leader" || topology === "leaderless"),
		resolution: store?.conflictResolution
	};
}
function forDataset$1(ds, model) {
	const base = {
		topic: "ordering",
		target: ds.path
	};
	if (ds.invariants.includes("sequential-id")) return {
		...base,
		id: recId("ordering", "consensus-log", ds.name),
		title: `Number ${ds.name} from one counter, not a database sequence`,
		recommendation: `Assign ${ds.name}'s sequential ids from one counter row incremented in the same transaction that stores the record (UPDATE … SET n = n + 1 RETURNING n on a single leader or consensus group), or from a single consensus-replicated log; not a database sequence, and never per-replica counters.`,
		rationale: "Gap-free, totally ordered ids are a total order: only one agreed counter can hand them out without two replicas issuing the same number, and only one updated inside the transaction leaves no gap when that transaction aborts. A database sequence is never gap-free: nextval() is not rolled back, so aborted transactions and crashes skip values (PostgreSQL documentation, \"Sequence Manipulation Functions\").",
		tradeoffs: "Every id costs a round trip to the log's leader and a majority commit; batching ids (ranges per writer) trades gaps for throughput.",
		references: [REF.raft, REF.bailis2015],
		patterns: []
	};
	const { writers, resolution } = multiWriter(ds, model);
	if (!writers || ds.access.pattern === "append") return void 0;
	const mergeable = ds.invariants.some((i) => i === "counter" || i === "grow-only-set");
	if (resolution === "application" || resolution === "crdt" || mergeable || ds.consistency === "causal") return {
		...base,
		id: recId("ordering", "vector-clock", ds.name),
		title: `Version ${ds.name} with vector clocks`,
		recommendation: `Version each ${ds.name} record with a vector clock (one entry per writing replica) so concurrent updates are detected and kept as siblings for the ${resolution === "crdt" || mergeable ? "CRDT merge" : "application to merge"}, instead of one silently overwriting the other.`,
		rationale: `${ds.store} accepts writes on several replicas; only a vector clock tells "happened before" from "concurrent", which a merge needs.`,
		tradeoffs: "A vector clock grows with the number of writers (prune or use dotted version vectors); readers must handle siblings.",
		references: [REF.vector, REF.lamport],
		patterns: ["vector-clock"],
		patternInputs: { "vector-clock": { maxEntries: Math.max(1, storeNamed(model, ds.store)?.replicas ?? 1) } }
	};
	return {
		...base,
		id: recId("ordering", "hlc", ds.name),
		title: `Timestamp ${ds.name} with hybrid logical clocks`,
		recommendation: `If ${ds.name} keeps last-writer-wins across its writers, timestamp writes with a hybrid logical clock and reject clocks more than ${MAX_OFFSET_MS} ms apart, so a causally later write always wins and a skewed clock cannot win for long.`,
		rationale: `${ds.store} accepts writes on several replicas and resolves conflicts by timestamp; wall clocks drift, so a write can lose to an earlier one from a node whose clock runs ahead.`,
		tradeoffs: "LWW still drops one of two truly concurrent writes; HLC only makes the winner respect causality. Data that must not lose concurrent updates needs vector clocks or CRDTs instead.",
		references: [REF.hlc, HLC_REF],
		patterns: ["hybrid-logical-clock"],
		patternInputs: { "hybrid-logical-clock": { maxDriftMs: MAX_OFFSET_MS } }
	};
}
function forTopic(t, model) {
	const producers = model.services.filter((s) => s.publishes.some((p) => p.topic === t.name)).map((s) => s.name);
	const base = {
		topic: "ordering",
		target: t.path
	};
	if (t.ordering === "total") return {
		...base,
		id: recId("ordering", "consensus-log", t.name),
		title: `Keep ${t.name} in one replicated partition`,
		recommendation: `Keep ${t.name} in a single partition of a replicated log (acks=all, min.insync.replicas ≥ 2) so every consumer sees one total order.`,
		rationale: "A total order over all events exists only where one log appends them; several partitions order only within each.",
		tradeoffs: "One partition caps throughput at what one leader and one consumer can handle; prefer per-key ordering if the consumers allow it.",
		references: [REF.raft, "Apache Kafka documentation, \"Design: replication\""],
		patterns: []
	};
	if (t.ordering === "per-key" && producers.length > 1) return {
		...base,
		id: recId("ordering", "lamport", t.name),
		title: `Stamp ${t.name} events with Lamport clocks`,
		recommendation: `Partition ${t.name} by the entity key and have its ${producers.length} producers (${list(producers)}) stamp each event with a Lamport clock (max of the last seen and their own, plus one), so consumers can order causally related events from different producers.`,
		rationale: "Per-key order holds only for events of one producer in one partition; events from different services about one entity need a logical clock to be ordered consistently with causality.",
		tradeoffs: "A Lamport clock orders related events but cannot tell concurrent ones apart; producers must read the latest stamp before writing.",
		references: [REF.lamport],
		patterns: []
	};
}
function recommendOrdering(ctx) {
	return [...ctx.model.datasets.flatMap((d) => forDataset$1(d, ctx.model) ?? []), ...ctx.model.messaging.flatMap((t) => forTopic(t, ctx.model) ?? [])];
}
// dist/recommend/partition-sizing.js
/** DynamoDB's per-partition limits: the default budget when a caller names none. */
const PER_SHARD = {
	reads: 3e3,
	writes: 1e3,
	bytes: 10 * 1024 ** 3
};
const DYNAMO = {
	...PER_SHARD,
	text: "the DynamoDB per-partition limits"
};
/** The budget of one shard of an engine, or undefined when its docs give no per-shard figures (or it splits shards itself). */
function budgetOf(sizing) {
	if (!sizing || sizing.autoSplit || sizing.readsPerSecond === void 0 && sizing.writesPerSecond === void 0 && sizing.bytes === void 0) return void 0;
	return {
		...sizing.readsPerSecond !== void 0 ? { reads: sizing.readsPerSecond } : {},
		...sizing.writesPerSecond !== void 0 ? { writes: sizing.writesPerSecond } : {},
		...sizing.bytes !== void 0 ? { bytes: sizing.bytes } : {},
		text: sizing.text
	};
}
const nextPow2 = (n) => 2 ** Math.ceil(Math.log2(Math.max(1, n)));
/**
* `writesOnly`: a single-leader store that is not partitioned scales reads with replicas
* and holds far more than one partition's 10 GB on one primary, so only writes count.
*/
function estimateShards(ds, writesOnly = false, budget = DYNAMO) {
	const per = (rate, limit) => limit ? (rate ?? 0) / limit : 0;
	const [by, need] = [["writes", per(ds.access.writes, budget.writes)], ...writesOnly ? [] : [["reads", per(ds.access.reads, budget.reads)], ["size", per(ds.size, budget.bytes)]]].reduce((a, b) => b[1] > a[1] ? b : a);
	return {
		shards: nextPow2(Math.ceil(need * 2)),
		by,
		need
	};
}
/** Sub-keys per hot key when one key may take all the writes: enough to stay under one shard's write budget twice over. */
function saltBuckets(ds) {
	return Math.min(64, Math.max(4, nextPow2(Math.ceil((ds.access.writes ?? 0) / PER_SHARD.writes * 2))));
}
function sizing(ds, est, writesOnly = false, budget = DYNAMO) {
	const gb = ((ds.size ?? 0) / 1024 ** 3).toFixed(0);
	const limits = [
		budget.reads ? `${budget.reads} reads/s` : "",
		budget.writes ? `${budget.writes} writes/s` : "",
		budget.bytes ? `${Math.round(budget.bytes / 1024 ** 3)} GB` : ""
	].filter(Boolean).join(", ");
	return `${writesOnly ? `${ds.access.writes ?? 0} writes/s against a per-shard budget of ${budget.writes ?? "?"} writes/s (${budget.text}; reads scale with replicas on a single leader)` : `${ds.access.reads ?? 0} reads/s, ${ds.access.writes ?? 0} writes/s and ${gb} GB against a per-shard budget of ${limits} (${budget.text})`}, with 2× headroom, rounded up to a power of two: ${est.by} decide${est.by === "size" ? "s" : ""}, ${est.shards} shard${est.shards === 1 ? "" : "s"}`;
}
// dist/recommend/partitioning.js
/** Engines that partition by themselves, on a hash ring or by key ranges. */
const RING = /* @__PURE__ */ new Set([
	"cassandra",
	"scylladb",
	"riak",
	"dynamodb",
	"cosmosdb"
]);
const RANGES = /* @__PURE__ */ new Set([
	"cockroachdb",
	"spanner",
	"yugabytedb",
	"tidb",
	"hbase",
	"foundationdb"
]);
function strategyFor(ds, store) {
	const pattern = ds.access.pattern ?? "point";
	if (store.partitioning?.monotonicKey === true) return {
		strategy: "hash",
		why: `a monotonic key (time, sequence) sends every insert to the last range; hash a bucket prefix of it (and range-partition within the bucket if ${pattern} reads need order)${ds.residency.length ? `, and keep the replicas of every bucket inside ${ds.residency.join(", ")}` : ""}`
	};
	if (ds.residency.length > 0 && store.regions.length > 1) return {
		strategy: "geo",
		why: `${ds.name} must stay in ${ds.residency.join(", ")}: pin each partition to a region inside its jurisdiction`
	};
	if (pattern === "range" || pattern === "scan") return {
		strategy: "range",
		why: `${pattern} reads need neighbouring keys on the same shard; hash partitioning would fan every scan out to all shards`
	};
	if (RANGES.has(store.engine)) return {
		strategy: "range",
		why: `${store.engine} splits and moves key ranges by itself as they grow or get hot, so ${pattern} access needs no hashing unless the key is monotonic`
	};
	if (RING.has(store.engine) && store.partitioning?.strategy !== "hash") return {
		strategy: "consistent-hash",
		why: `${store.engine} places keys on a consistent-hash ring, so adding a node moves only its neighbours' keys`
	};
	return {
		strategy: "hash",
		why: `${pattern} access touches one key at a time; hashing spreads keys (and monotonic ones) evenly`
	};
}
function forDataset(ds, ctx) {
	const store = storeNamed(ctx.model, ds.store);
	if (!store) return void 0;
	const declared = store.partitioning;
	const partitioned = declared !== void 0 && declared.strategy !== "none" || RING.has(store.engine) || RANGES.has(store.engine);
	const guidance = loadKnowledge().engines.get(store.engine)?.partitionSizing;
	const budget = budgetOf(guidance);
	const raw = budget ? estimateShards(ds, !partitioned, budget) : {
		shards: 1,
		by: "writes",
		need: 0
	};
	const est = declared?.shards !== void 0 && raw.shards <= declared.shards ? {
		...raw,
		shards: 1
	} : raw;
	const oneIsEnough = !partitioned && est.need <= 1;
	if (oneIsEnough && !ds.access.hotKeys) return void 0;
	const { strategy, why } = strategyFor(ds, store);
	const key = declared?.key ?? `${snake(ds.name).replace(/s$/, "")}_id`;
	const hot = ds.access.hotKeys === true && !declared?.hotKeyMitigation;
	const buckets = saltBuckets(ds);
	const hotText = hot ? ` ${ds.name} has hot keys: salt each hot key into ${buckets} sub-keys (\`${key}#0\` … \`${key}#${buckets - 1}\`), writing to a random one and reading all ${buckets} (or a cache in front for hot reads).` : "";
	const shardText = est.shards > 1 ? `, ${est.shards} shards` : declared?.shards !== void 0 ? `, keeping the declared ${declared.shards} shards` : budget && partitioned ? ", one shard is enough for now" : "";
	if (est.shards <= 1 && !hot && (declared === void 0 || declared.strategy === "none" || declared.strategy === strategy)) return void 0;
	if (oneIsEnough) {
		if (!hot) return void 0;
		return {
			id: recId("partitioning", "hot-keys", ds.name),
			topic: "partitioning",
			target: ds.path,
			title: `Spread the hot keys of ${ds.name}`,
			recommendation: hotText.trim(),
			rationale: `One key taking most of the writes serialises them on one row or shard whatever the partitioning. ${budget ? `${ds.name} needs no more than one shard: ${sizing(ds, est, true, budget)}.` : guidance ? `Shards: ${guidance.text}.` : ""}`.trim(),
			tradeoffs: "Salting multiplies the reads of a hot key by the bucket count, and a total over the key must sum its sub-keys.",
			references: [REF.ddia, ...guidance ? [loadKnowledge().engines.get(store.engine)?.references[guidance.source] ?? guidance.source] : []],
			patterns: []
		};
	}
	const changeStrategy = declared && declared.strategy !== "none" && declared.strategy !== strategy ? ` (now ${declared.strategy})` : "";
	return {
		id: recId("partitioning", strategy, ds.name),
		topic: "partitioning",
		target: ds.path,
		title: `Partition ${ds.name} by ${strategy} on ${key}`,
		recommendation: `Partition ${ds.name} by ${strategy}${changeStrategy} on \`${key}\`${shardText}.${hotText}`,
		rationale: `${why.charAt(0).toUpperCase()}${why.slice(1)}. ${budget && est.shards > 1 ? `Shard count: ${sizing(ds, est, !partitioned, budget)}.` : declared?.shards !== void 0 ? `The declared ${declared.shards} shards are enough${budget ? ` (${budget.text})` : ""}.` : guidance ? `Shards: ${guidance.text}.` : `${store.engine} publishes no per-shard limit: size shards from a load test.`}`,
		tradeoffs: strategy === "range" ? "Range partitions keep scans local but can turn hot at the end of the key space and need splitting; hash partitions balance load but make every range read a scatter-gather." : strategy === "geo" ? "Geo partitions keep data and its writes near their users and inside their jurisdiction, but a query across regions pays cross-region latency." : "Hashing balances load but loses key order: a range query has to ask every shard." + (hot ? " Salting multiplies the reads of a hot key by the bucket count." : ""),
		references: [REF.ddia, ...guidance ? [loadKnowledge().engines.get(store.engine)?.references[guidance.source] ?? guidance.source] : []],
		patterns: strategy === "consistent-hash" ? ["consistent-hash-ring"] : [],
		...strategy === "consistent-hash" ? { patternInputs: { "consistent-hash-ring": { replicationFactor: Math.max(1, Math.max(...Object.values(store.placement), 0) || store.replicas) } } } : {}
	};
}
function recommendPartitioning(ctx) {
	return ctx.model.datasets.flatMap((ds) => forDataset(ds, ctx) ?? []);
}
// dist/recommend/replication-plan.js
/**
* The numbers behind a replication recommendation: replicas for `tolerate` (2f+1 when
* the store needs a majority — consensus, quorums, elections, automatic failover — else
* f+1), a placement over enough regions and zones that losing one leaves a majority (or
* a copy), synchronous standbys for rpo 0, and what a commit then costs in latency.
*/
/** `n` replicas over `regions`, round-robin from the first (the leader's region). */
function spread(n, regions) {
	const out = Object.fromEntries(regions.map((r) => [r, 0]));
	for (let i = 0; i < n; i++) out[regions[i % regions.length]] += 1;
	return out;
}
function safeLatency(fn) {
	try {
		return fn();
	} catch {
		return;
	}
}
function placementFor(store, replicas, regions, regionLoss) {
	if (regionLoss || regions.length > store.regions.length) return spread(replicas, regions);
	const out = { ...store.placement };
	const first = regions[0];
	out[first] = (out[first] ?? 0) + (replicas - store.replicas);
	return out;
}
function planReplication(store, topology, req, systemRegions, resolve) {
	const majority = majorityReason(store);
	const f = req.tolerate.nodes;
	const regionLoss = req.tolerate.regions > 0;
	const regionsNeeded = regionLoss ? majority ? 2 * req.tolerate.regions + 1 : req.tolerate.regions + 1 : 1;
	const spare = systemRegions.filter((r) => !store.regions.includes(r));
	const addRegions = [];
	while (store.regions.length + addRegions.length < regionsNeeded) addRegions.push(spare[addRegions.length] ?? `another region (#${addRegions.length + 1})`);
	const regions = [...store.regions.length ? store.regions : ["default"], ...addRegions];
	let replicas = Math.max(store.replicas, majority ? 2 * f + 1 : f + 1, regionLoss ? regions.length : 1);
	if (majority && replicas % 2 === 0 && replicas > store.replicas) replicas += 1;
	if (majority && replicas % 2 === 0 && (regionLoss || req.tolerate.zones > 0)) replicas += 1;
	const placement = replicas === store.replicas && addRegions.length === 0 && !(regionLoss && majority) ? { ...store.placement } : placementFor(store, replicas, regions, regionLoss);
	const zonesNeeded = req.tolerate.zones > 0 ? majority ? 3 : 2 : void 0;
	const zones = zonesNeeded !== void 0 && (store.zones ?? 0) < zonesNeeded ? zonesNeeded : store.zones;
	const syncStandbys = topology === "single-leader" ? req.rpo === 0 ? Math.max(1, f) : 0 : 0;
	const leader = regions[0];
	const latency = topology === "consensus" || topology === "leaderless" ? safeLatency(() => leaderCommitLatency(leader, placement, resolve)) : syncStandbys > 0 ? safeLatency(() => {
		const target = regionLoss ? regions[1] : leader;
		const leg = legBetween(leader, target, resolve);
		return {
			floorMs: leg.floorMs,
			typicalMs: leg.typicalMs,
			explanation: `a commit waits for a synchronous standby in ${target}, ~${leg.typicalMs.toFixed(1)} ms typical (${leg.typicalKind})`
		};
	}) : void 0;
	return {
		majority,
		replicas,
		placement,
		zones,
		addRegions,
		syncStandbys,
		...latency ? { latency } : {}
	};
}
// dist/recommend/replication.js
/**
* Replication: topology, replica count and placement for `tolerate` and `rpo`, and the
* latency that costs (from the analysis' physics). Consensus and quorum stores need
* 2f+1 replicas and, to survive a region, three regions with no majority in any one;
* a single leader needs f standbys, synchronous ones when no acknowledged write may be lost.
*/
/** Managed services whose replicas the user does not size or place. */
const MANAGED = /* @__PURE__ */ new Set([
	"dynamodb",
	"cosmosdb",
	"spanner"
]);
const SYNC_SETTINGS = {
	postgres: { synchronousCommit: "on" },
	mysql: { semiSync: true },
	mongodb: { writeConcern: "majority" }
};
function forStore(store, ctx) {
	const engine = loadKnowledge().engines.get(store.engine);
	const cls = ctx.classification.stores.get(store.name);
	if (!engine || !cls || MESSAGING_KINDS.includes(engine.kind) || MANAGED.has(store.engine)) return void 0;
	const reqs = datasetsOf(ctx.model, store.name).map((d) => effectiveRequirements(ctx.model, store.requirements, d.requirements));
	const req = effectiveRequirements(ctx.model, store.requirements);
	const rpos = reqs.map((r) => r.rpo).filter((r) => r !== void 0);
	const rpo = rpos.length ? Math.min(...rpos) : req.rpo;
	const tolerate = {
		nodes: Math.max(req.tolerate.nodes, ...reqs.map((r) => r.tolerate.nodes)),
		zones: Math.max(req.tolerate.zones, ...reqs.map((r) => r.tolerate.zones)),
		regions: Math.max(req.tolerate.regions, ...reqs.map((r) => r.tolerate.regions))
	};
	const topology = store.topology ?? engine.topology;
	const plan = planReplication(store, topology, {
		...req,
		tolerate,
		...rpo === void 0 ? {} : { rpo }
	}, ctx.model.regions.map((r) => r.id), modelRegionResolver(ctx.model));
	const placementText = Object.entries(plan.placement).map(([r, n]) => `${n} in ${r}`).join(", ");
	const sync = plan.syncStandbys > 0 ? SYNC_SETTINGS[store.engine] : void 0;
	const lossy = rpo === 0 && cls.onPartition.ackedWritesLostOnFailover;
	const parts = [`Run ${store.name} as ${topology} with ${plan.replicas} replicas (${placementText})`];
	if (plan.addRegions.length) parts.push(`adding ${list(plan.addRegions)} so that losing one region leaves a ${plan.majority ? "majority" : "copy"}`);
	if (plan.zones !== store.zones && plan.zones !== void 0) parts.push(`spread over ${plan.zones} zones per region`);
	if (plan.syncStandbys > 0) parts.push(`with ${plan.syncStandbys} synchronous standby${plan.syncStandbys > 1 ? "s" : ""}${sync ? ` (${Object.entries({
		...sync,
		...store.engine === "postgres" ? { syncReplicas: plan.syncStandbys } : {}
	}).map(([k, v]) => `\`${k}: ${String(v)}\``).join(", ")})` : ""} so a failover never loses an acknowledged write`);
	if (lossy && !sync) parts.push(`and keep data that needs rpo 0 off ${store.engine} in this configuration: it can lose acknowledged writes on failover`);
	const cost = plan.latency ? ` Cost: ${plan.latency.explanation} — about ${formatMs(plan.latency.typicalMs)} added to every write${plan.latency.floorMs >= 1 ? ` (never less than ${formatMs(plan.latency.floorMs)}, the physical floor)` : ""}.` : "";
	const change = {
		store: store.name,
		...plan.replicas !== store.replicas ? { replicas: plan.replicas } : {},
		...JSON.stringify(plan.placement) !== JSON.stringify(store.placement) ? { placement: plan.placement } : {},
		...plan.zones !== store.zones && plan.zones !== void 0 ? { zones: plan.zones } : {},
		...sync ? {
			settings: {
				...sync,
				...store.engine === "postgres" ? { syncReplicas: plan.syncStandbys } : {}
			},
			replication: "sync"
		} : {}
	};
	const changed = Object.keys(change).length > 1;
	if (!changed && store.regions.length < 2) return void 0;
	return {
		id: recId("replication", topology, store.name),
		topic: "replication",
		target: store.path,
		title: `Replicate ${store.name}: ${plan.replicas} ${topology} replicas`,
		recommendation: `${parts.join(", ")}.${cost}`,
		rationale: `The requirements ask to survive ${tolerate.nodes} node, ${tolerate.zones} zone and ${tolerate.regions} region failure${tolerate.regions === 1 ? "" : "s"}${rpo === void 0 ? "" : ` with rpo ${formatMs(rpo)}`}. ${plan.majority ? `${store.name} needs a majority (${plan.majority}): 2f+1 replicas survive f failures, and only three or more failure domains with no majority in any one survive losing a domain.` : `A single leader with f standbys survives f failures; only a synchronous standby holds every acknowledged write at failover time.`}${plan.syncStandbys > 0 && plan.majority ? " A synchronous standby keeps every acknowledged write through a failover." : ""}`,
		tradeoffs: plan.majority ? "More replicas and more regions cost money and put the majority further away: commit latency is the round trip to the nearest majority." : "Synchronous standbys add their round trip to every commit, and commits stall when no synchronous standby is reachable; asynchronous ones are fast but lose the tail of the log on failover.",
		references: [
			REF.raft,
			REF.ddia,
			...cls.references.slice(0, 1)
		],
		patterns: [],
		...changed ? { changes: [change] } : {}
	};
}
function recommendReplication(ctx) {
	return ctx.model.datastores.flatMap((s) => forStore(s, ctx) ?? []);
}
// dist/recommend/transactions-workflow.js
/**
* One recommendation per workflow: a local ACID transaction when one service and one
* store own every write; 2PC only when one service owns several stores that all speak
* XA / prepared transactions (one trust domain); otherwise a saga — orchestrated for three
* or more services — with compensatable steps first, then the single pivot, then
* retriable steps. Never 2PC across services.
*/
/** Engines whose participants can prepare a transaction for an external coordinator. */
const XA = /* @__PURE__ */ new Set(["postgres", "mysql"]);
function pivotOf(a) {
	const candidates = a.steps.filter((s) => s.kind === "pivot");
	return candidates.find((s) => s.step.pivot) ?? candidates[candidates.length - 1];
}
function sagaPlan(a) {
	const pivot = pivotOf(a);
	const fixes = [];
	const rank = (s) => {
		if (s === pivot) return 1;
		if (s.kind === "retriable") return 2;
		if (s.kind === "pivot") fixes.push(`give ${s.step.name} a compensation (undo-${s.step.name}) or make it retriable (idempotent and retried until it succeeds)`);
		return pivot && s.index > pivot.index && s.kind === "pivot" ? 2 : 0;
	};
	const ranked = a.steps.map((s) => ({
		s,
		r: rank(s)
	})).sort((x, y) => x.r - y.r || x.s.index - y.s.index);
	const label = (s, r) => `${s.step.name} (${r === 1 ? "pivot" : s.kind === "pivot" ? "needs a compensation" : r === 0 ? "compensatable" : "retriable"})`;
	return {
		order: ranked.map(({ s, r }) => label(s, r)),
		fixes,
		pivot: pivot?.step.name,
		steps: ranked.map(({ s }) => s)
	};
}
/** Inputs of templates/saga-orchestrator: tables named after the workflow, and its steps in the planned order. */
function sagaInputs(wf, plan) {
	const steps = plan.steps.map(({ step }) => ({
		name: step.name,
		service: step.service,
		compensation: step.compensation ?? "",
		pivot: step.name === plan.pivot,
		retriable: step.retriable,
		external: step.external
	}));
	return {
		sagaTable: sqlTable(wf.name, "_sagas"),
		stepTable: sqlTable(wf.name, "_saga_steps"),
		workflows: [{
			name: wf.name,
			steps
		}]
	};
}
function workflowRecommendation(wf, model) {
	const a = analyseWorkflow(wf, model);
	const base = {
		topic: "transactions",
		target: wf.path,
		references: [REF.sagas, REF.sagaPattern]
	};
	const engines = a.stores.map((s) => storeNamed(model, s)?.engine ?? "");
	if (a.services.length === 1 && a.stores.length <= 1) return {
		...base,
		id: recId("transactions", "local", wf.name),
		title: `Run ${wf.name} as one local transaction`,
		recommendation: `Run ${wf.name} as one local ACID transaction in ${a.services[0]}${a.stores[0] ? ` on ${a.stores[0]}` : ""}: one store owns every write, so no saga or distributed commit is needed.`,
		rationale: "A single database transaction is atomic and isolated with no coordination protocol between parties.",
		tradeoffs: "The steps must stay in one service and one store; splitting them later turns this into a saga.",
		patterns: []
	};
	if (a.services.length === 1 && a.stores.length > 1 && engines.every((e) => XA.has(e)) && !wf.steps.some((s) => s.external)) return {
		...base,
		id: recId("transactions", "2pc", wf.name),
		title: `Commit ${wf.name} with two-phase commit inside ${a.services[0]}`,
		recommendation: `${a.services[0]} alone writes ${list(a.stores)}, all ${list([...new Set(engines)])} in one trust domain: commit them with two-phase commit (prepared transactions / XA), or better, move the data into one store and use a local transaction.`,
		rationale: "Every participant supports prepare/commit and one service coordinates them, so atomicity needs no compensations.",
		tradeoffs: "A coordinator crash between prepare and commit leaves participants holding locks until it recovers (2PC blocks); prepared transactions must be monitored and resolved.",
		patterns: [],
		references: [...base.references, "Gray & Reuter, \"Transaction Processing: Concepts and Techniques\", 1993, ch. 10"]
	};
	const plan = sagaPlan(a);
	const orchestrated = a.services.length >= 3 || wf.protocol !== "saga-choreographed";
	const style = orchestrated ? "orchestrated" : "choreographed";
	const replace = wf.protocol === "2pc" ? " Replace the declared two-phase commit: it would hold locks across services and block them all when the coordinator fails." : "";
	const fixes = plan.fixes.length ? ` Before that, ${plan.fixes.join("; ")}.` : "";
	return {
		...base,
		id: recId("transactions", "saga", wf.name),
		title: `Run ${wf.name} as an ${style} saga`,
		recommendation: `Run ${wf.name} as an ${style} saga${orchestrated ? ` driven by ${wf.steps[0]?.service ?? "one orchestrator"}` : ""}, never two-phase commit across its ${a.services.length} services. Step order: ${plan.order.join(" → ")}.${plan.pivot ? ` ${plan.pivot} is the pivot: once it commits the saga only moves forward.` : ""}${fixes}${replace} Every step and compensation takes an idempotency key, since the orchestrator retries them.`,
		rationale: `${wf.name} writes through ${list(a.services)}${a.stores.length ? ` and ${list(a.stores)}` : ""}: no single transaction spans them. A saga commits each step locally and undoes earlier ones with compensations; it is safe when every step before the pivot can be compensated and every step after it can only be retried.`,
		tradeoffs: "A saga gives up isolation: other requests can see intermediate states (use semantic locks or pending states), and compensations are business logic that must be written and tested. An orchestrator is one more component to run, but keeps the flow in one place.",
		patterns: ["saga-orchestrator", "idempotency-key"],
		patternInputs: { "saga-orchestrator": sagaInputs(wf, plan) }
	};
}
// dist/recommend/transactions.js
function outbox(s) {
	const direct = s.publishes.filter((p) => p.via === "direct");
	if (s.writes.length === 0 || direct.length === 0) return void 0;
	const topics = direct.map((p) => p.topic);
	return {
		id: recId("transactions", "outbox", s.name),
		topic: "transactions",
		target: s.path,
		title: `Publish ${s.name}'s events through a transactional outbox`,
		recommendation: `Write ${topics.join(", ")} events into an outbox table in the same local transaction as ${s.name}'s changes to ${s.writes.join(", ")}, and let a relay (polling or change-data capture) publish them; consumers de-duplicate by message id.`,
		rationale: `${s.name} writes data and publishes events directly: a crash between the commit and the publish loses the event, and a publish before a rollback announces a change that never happened. One local transaction makes both happen or neither.`,
		tradeoffs: "Delivery becomes at-least-once and slightly delayed (the relay's polling interval); the outbox table needs cleaning; consumers must be idempotent.",
		references: [REF.outbox],
		patterns: ["transactional-outbox"],
		patternInputs: { "transactional-outbox": { outboxTable: sqlTable(s.name, "_outbox") } }
	};
}
function idempotentCall(s, c) {
	if ((c.retries?.attempts ?? 1) <= 1 || c.idempotent || c.idempotencyKey) return void 0;
	const timeout = c.timeout ?? 3e4;
	return {
		id: recId("transactions", "idempotency-key", `${s.name}-to-${c.service}`),
		topic: "transactions",
		target: c.path,
		title: `Send an idempotency key from ${s.name} to ${c.service}`,
		recommendation: `Have ${s.name} send an idempotency key with every call to ${c.service} (the same key on each of its ${c.retries?.attempts} attempts), and have ${c.service} run each key once and replay the stored response to repeats.`,
		rationale: `The call is retried but not idempotent: a timeout says nothing about whether the first attempt ran, so a retry may run it twice (a second charge, a second order).`,
		tradeoffs: "The callee stores a key and response per request for a retention window (24 h is common) and must bind the key to the request so a reused key with a different body is refused.",
		references: [REF.idempotency],
		patterns: ["idempotency-key"],
		patternInputs: { "idempotency-key": {
			table: `${snake(c.service)}_idempotency_keys`,
			leaseMs: Math.max(1e3, timeout),
			waitTimeoutMs: timeout
		} }
	};
}
function idempotentConsumer(c, model) {
	const topic = model.messaging.find((t) => t.name === c.topic);
	if (c.idempotent || topic?.delivery === "at-most-once") return void 0;
	return {
		id: recId("transactions", "idempotent-consumer", `${c.service}-from-${c.topic}`),
		topic: "transactions",
		target: c.path,
		title: `De-duplicate ${c.topic} in ${c.service}`,
		recommendation: `Make ${c.service} an idempotent consumer of ${c.topic}: record each message id in an inbox table in the same transaction as its effect, and skip ids already recorded.`,
		rationale: `${c.topic} delivers at least once, so ${c.service} will see some messages twice (after a rebalance or a crash before the offset commit).`,
		tradeoffs: "One more write per message, and the inbox needs a retention policy longer than the longest redelivery window.",
		references: [REF.outbox, REF.idempotency],
		patterns: ["transactional-outbox"],
		patternInputs: { "transactional-outbox": {
			inboxTable: sqlTable(c.service, "_inbox"),
			consumer: c.service,
			orderedByAggregate: topic?.ordering !== "none"
		} }
	};
}
function fencedLock(l, model) {
	const store = model.datastores.find((s) => s.name === l.store);
	if (l.purpose !== "correctness" || l.fencing && l.algorithm === "consensus") return void 0;
	const consensus = store && [
		"etcd",
		"zookeeper",
		"consul"
	].includes(store.engine);
	return {
		id: recId("transactions", "fenced-lock", l.name),
		topic: "transactions",
		target: l.path,
		title: `Fence writes under ${l.name}`,
		recommendation: `Issue a monotonically increasing fencing token with every grant of ${l.name} and have ${l.guards ?? "the guarded resource"} reject writes carrying an older token than it has seen${consensus ? "" : `; for a lock that guards correctness, take it from a consensus store (etcd, ZooKeeper) rather than ${store?.engine ?? l.store}`}.`,
		rationale: "A lease holder can pause (GC, page fault, network delay) past its lease and write after another holder took the lock; only a check at the resource stops the stale write.",
		tradeoffs: "The resource must store and compare the token on every write; a consensus store adds a round trip to each acquisition.",
		references: ["Kleppmann, \"How to do distributed locking\", 2016, https://martin.kleppmann.com/2016/02/08/how-to-do-distributed-locking.html"],
		patterns: ["fenced-lock"],
		patternInputs: { "fenced-lock": {
			keyPrefix: `${l.name}:`,
			...l.leaseTtl ? { ttlMs: l.leaseTtl } : {},
			resourceTable: l.guards !== void 0 ? sqlTable(l.guards) : sqlTable(l.name, "_resources")
		} }
	};
}
function recommendTransactions(ctx) {
	const m = ctx.model;
	return [
		...m.workflows.map((wf) => workflowRecommendation(wf, m)),
		...m.services.flatMap((s) => outbox(s) ?? []),
		...m.services.flatMap((s) => s.calls.flatMap((c) => idempotentCall(s, c) ?? [])),
		...m.consumers.flatMap((c) => idempotentConsumer(c, m) ?? []),
		...m.locks.flatMap((l) => fencedLock(l, m) ?? [])
	];
}
// dist/recommend/index.js
const RECOMMENDERS = [
	recommendConsistency,
	recommendPartitioning,
	recommendReplication,
	recommendTransactions,
	recommendOrdering,
	recommendFailureHandling
];
function recommend(model, classification, findings) {
	const ctx = {
		model,
		classification,
		findings
	};
	const out = RECOMMENDERS.flatMap((r) => r(ctx));
	const seen = /* @__PURE__ */ new Set();
	return out.filter((r) => seen.has(r.id) ? false : (seen.add(r.id), true));
}
// dist/pipeline.js
/**
* The whole pipeline for one system: load → validate → normalise (in `loadSystemFile`)
* → analyse → rules → recommend. Pure from the loaded system on; commands print.
*/
function analyzeSystem(loaded, rules, options = {}) {
	const classification = classifySystem(loaded.model);
	const findings = applySuppressions(runRules(loaded, rules), loaded, {
		inline: options.inlineIgnore ?? true,
		today: options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
	}).filter((f) => !f.suppressed).sort(compareFindings);
	return {
		system: loaded.model.name,
		file: loaded.file,
		datastores: [...classification.stores.values()],
		topics: [...classification.topics.values()],
		datasets: [...classification.datasets.values()],
		findings,
		recommendations: recommend(loaded.model, classification, findings).map((r) => ({
			...r,
			targetName: stablePath(loaded.raw, r.target)
		}))
	};
}
export { analyzeSystem as t };
