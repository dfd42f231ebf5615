import { a as require_dist, t as findRegion } from "./regions-BdGi6hxy.js";
import { a as UsageError, i as RuleError, r as InputError, t as ArchcapError } from "./errors-BcMCNHWs.js";
import { a as invariantInfo, d as KnowledgeError, f as satisfiesIn, i as getEngine, l as loadKnowledge, n as CUSTOM_ENGINE, o as requiredModelFor, r as DISRUPTIONS } from "./knowledge-Ds0TRpTO.js";
import { n as greatCircleKm, o as quorumLatency, r as kthNearestReplica, s as round2, t as clientToLeader } from "./physics-BlSanAw0.js";
import { a as replicasAcked, i as majority$2, t as CONSISTENCY_LEVELS } from "./quorum-Cn9Qm6EK.js";
import { a as formatAvailability, n as check, o as formatDuration$1, r as downtimeMs } from "./availability-Cmt3Vn7i.js";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// dist/engine/given.js
/**
* `given` selects the nodes a rule looks at, with a small path language over the
* normalised model: `services[*].calls[*]`, `datastores[?engine=redis]`,
* `workflows[?atomicity!=best-effort]`, or `$` for the whole model.
*/
function compileGiven(given) {
	if (given === "$") return [];
	const steps = [];
	const re = /([A-Za-z_][A-Za-z0-9_]*)|\[\*\]|\[\?([A-Za-z0-9_.]+)(!=|=)([^\]]*)\]|\./gy;
	let m;
	let consumed = 0;
	while ((m = re.exec(given)) !== null) {
		consumed = re.lastIndex;
		if (m[0] === ".") continue;
		if (m[1]) steps.push({
			kind: "key",
			key: m[1]
		});
		else if (m[0] === "[*]") steps.push({ kind: "all" });
		else steps.push({
			kind: "filter",
			field: m[2] ?? "",
			op: m[3],
			value: (m[4] ?? "").trim()
		});
	}
	if (consumed !== given.length || steps.length === 0) throw new RuleError(`given '${given}' is not a path such as services[*].calls[*] or datastores[?engine=redis]`);
	return steps;
}
function field(node, dotted) {
	let cur = node;
	for (const k of dotted.split(".")) {
		if (cur === null || typeof cur !== "object") return void 0;
		cur = cur[k];
	}
	return cur;
}
function select(root, steps) {
	let current = [{
		node: root,
		parent: void 0,
		path: ""
	}];
	for (const step of steps) {
		const next = [];
		for (const s of current) if (step.kind === "key") {
			const value = field(s.node, step.key);
			if (value !== void 0) next.push({
				node: value,
				parent: s.node,
				path: s.path ? `${s.path}.${step.key}` : step.key
			});
		} else if (Array.isArray(s.node)) s.node.forEach((item, i) => {
			if (step.kind === "filter" && String(field(item, step.field)) === step.value !== (step.op === "=")) return;
			const path = item && typeof item === "object" && typeof item.path === "string" ? item.path : `${s.path}[${i}]`;
			next.push({
				node: item,
				parent: s.parent,
				path
			});
		});
		current = next;
	}
	return current;
}
// dist/model/lookup.js
const cache$1 = /* @__PURE__ */ new WeakMap();
function lookup(model) {
	let index = cache$1.get(model);
	if (!index) {
		const datasetsByStore = /* @__PURE__ */ new Map();
		for (const d of model.datasets) datasetsByStore.set(d.store, [...datasetsByStore.get(d.store) ?? [], d]);
		index = {
			services: new Map(model.services.map((s) => [s.name, s])),
			datastores: new Map(model.datastores.map((s) => [s.name, s])),
			datasets: new Map(model.datasets.map((d) => [d.name, d])),
			topics: new Map(model.messaging.map((t) => [t.name, t])),
			datasetsByStore
		};
		cache$1.set(model, index);
	}
	return index;
}
// dist/engine/functions/consumer-idempotence.js
/** At-least-once delivery (or exactly-once inside the broker only) into a consumer that is not idempotent. */
const consumerIdempotence = {
	name: "consumer-idempotence",
	description: "Reports non-idempotent consumers of topics whose delivery can repeat a message.",
	optionsSchema: {
		type: "object",
		properties: { deliveries: {
			type: "array",
			items: { enum: [
				"at-most-once",
				"at-least-once",
				"exactly-once"
			] }
		} },
		required: ["deliveries"],
		additionalProperties: false
	},
	run(node, options, ctx) {
		const consumer = node;
		if (consumer.idempotent) return [];
		const topic = lookup(ctx.model).topics.get(consumer.topic);
		if (!topic || !options.deliveries.includes(topic.delivery)) return [];
		const why = topic.delivery === "exactly-once" ? "exactly-once holds only inside the broker (its transactions or de-duplication); side effects outside it still repeat after a redelivery" : "a redelivery (after a consumer crash, rebalance or visibility timeout before the acknowledgement or offset commit) runs the handler twice";
		return [{ message: `'${consumer.service}' consumes '${topic.name}' (${topic.delivery}) but is not idempotent: ${why}` }];
	}
};
// dist/analysis/access-regions.js
/**
* Where a data set is read and written from, as regions of its store: declared
* (`access.readRegions` / `access.writeRegions`), or else the regions of the services
* (and workflow steps) that read or write it. A client region without a replica is
* served by the store's nearest region, as drivers route to the closest data centre.
*/
/** Who reads and writes each data set, indexed once per model (look-ups per data set stay linear overall). */
const usersCache$1 = /* @__PURE__ */ new WeakMap();
function users(model) {
	let u = usersCache$1.get(model);
	if (u) return u;
	const readers = /* @__PURE__ */ new Map();
	const writers = /* @__PURE__ */ new Map();
	const add = (m, ds, regions) => {
		m.set(ds, [...m.get(ds) ?? [], ...regions]);
	};
	const byName = new Map(model.services.map((s) => [s.name, s]));
	for (const s of model.services) {
		for (const d of s.reads) add(readers, d, s.regions);
		for (const d of s.writes) add(writers, d, s.regions);
	}
	for (const w of model.workflows) for (const st of w.steps) for (const d of st.writes) add(writers, d, byName.get(st.service)?.regions ?? []);
	u = {
		readers,
		writers,
		locations: new Map(model.regions.map((r) => [r.id, r.location]))
	};
	usersCache$1.set(model, u);
	return u;
}
function locationOf(model, id) {
	return users(model).locations.get(id) ?? findRegion(id)?.location;
}
/** The store region that serves a client in `region`: the region itself, else the nearest by great-circle distance. */
function servedBy(model, store, region) {
	if (store.regions.includes(region)) return region;
	const from = locationOf(model, region);
	if (!from) return void 0;
	let best;
	for (const candidate of store.regions) {
		const at = locationOf(model, candidate);
		if (!at) continue;
		const km = greatCircleKm(from, at);
		if (!best || km < best.km) best = {
			id: candidate,
			km
		};
	}
	return best?.id;
}
function mapped(model, store, regions) {
	const out = /* @__PURE__ */ new Set();
	for (const r of regions) {
		const s = servedBy(model, store, r);
		if (s) out.add(s);
	}
	return store.regions.filter((r) => out.has(r));
}
function accessRegions(ds, store, model) {
	const u = users(model);
	const readers = u.readers.get(ds.name) ?? [];
	const writers = u.writers.get(ds.name) ?? [];
	return {
		readRegions: mapped(model, store, ds.access.readRegions ?? readers),
		writeRegions: mapped(model, store, ds.access.writeRegions ?? writers),
		declared: {
			reads: ds.access.readRegions !== void 0,
			writes: ds.access.writeRegions !== void 0
		}
	};
}
// dist/analysis/classify-dataset.js
/**
* Classifies a data set: what it requires (declared, or derived from its invariants),
* what it is actually given, and whether that is enough. What it is given is the
* store's configuration × the data set's own read/write settings × the regions it is
* read and written from (classify-access.ts); the store's row is only the default path.
*/
/** Is a data set's requirement met by a classification (of its store, or of its own path)? */
function verdictOf(ds, given, kb) {
	const derived = requiredModelFor(ds.invariants, kb);
	const requires = ds.consistency ?? derived.model;
	const requiresFrom = ds.consistency ? "declared" : "invariants";
	const keeps = (m) => given.models.some((g) => satisfiesIn(kb, g, m));
	const byModel = keeps(requires);
	const byEngine = requiresFrom === "invariants" && derived.needCoordination.every((i) => given.enforcesInvariants.includes(i)) && ds.invariants.filter((i) => !derived.needCoordination.includes(i)).every((i) => satisfiesIn(kb, given.consistency, derived.perInvariant[i] ?? "eventual"));
	const unmetInvariants = derived.needCoordination.filter((i) => !given.enforcesInvariants.includes(i) && !keeps(derived.perInvariant[i] ?? "linearizable"));
	return {
		requires,
		requiresFrom,
		satisfied: byModel || byEngine,
		byModel,
		byEngine,
		needCoordination: derived.needCoordination,
		unmetInvariants
	};
}
function explain(ds, given, v) {
	return `${v.requiresFrom === "declared" ? `It declares ${v.requires}.` : ds.invariants.length === 0 ? "It declares no consistency and no invariants, so eventual consistency is enough." : `It declares no consistency; ${v.requires} is the weakest model that keeps ${ds.invariants.join(", ")} without application-level coordination.`} ${v.byModel ? `${given.name} provides ${given.consistency}, which ${given.consistency === v.requires ? "is" : "implies"} ${v.requires}.` : v.byEngine ? `${given.name} provides ${given.consistency}, weaker than ${v.requires}, but the engine enforces ${v.needCoordination.join(", ")} itself in this configuration.` : `${given.name} provides only ${given.consistency}, which does not imply ${v.requires}.`}`;
}
/** The data set against its store's default path only (no settings or regions of its own). */
function classifyDataset(ds, storeClass, kb) {
	const v = verdictOf(ds, storeClass, kb);
	return {
		name: ds.name,
		path: ds.path,
		store: ds.store,
		requires: v.requires,
		requiresFrom: v.requiresFrom,
		provided: storeClass.consistency,
		satisfied: v.satisfied,
		explanation: explain(ds, storeClass, v)
	};
}
// dist/analysis/classify-quorum.js
/**
* Cassandra / ScyllaDB consistency-level arithmetic: must the replicas that
* acknowledged a write intersect the replicas that answer a read?
*
* Each level is a requirement on how many replicas answer, anywhere, in the
* coordinator's region only (LOCAL_*), or in every region (EACH_QUORUM, ALL).
* An adversary picks which replicas acknowledge the write and which answer the
* read; if some choice meets both levels with no replica in common, the read can
* miss the write (decided in closed form in `canMiss`, not by enumerating choices).
* Source: DataStax, "How is the consistency level configured?" (Cassandra 2.2 docs).
*/
const majority$1 = (n) => Math.floor(n / 2) + 1;
function requirement$1(level, rfs, home) {
	const total = rfs.reduce((a, b) => a + b, 0);
	switch (level) {
		case "ANY": return {
			kind: "count",
			n: 0,
			local: false
		};
		case "ONE": return {
			kind: "count",
			n: 1,
			local: false
		};
		case "TWO": return {
			kind: "count",
			n: 2,
			local: false
		};
		case "THREE": return {
			kind: "count",
			n: 3,
			local: false
		};
		case "QUORUM":
		case "SERIAL": return {
			kind: "count",
			n: majority$1(total),
			local: false
		};
		case "LOCAL_ONE": return {
			kind: "count",
			n: 1,
			local: true
		};
		case "LOCAL_QUORUM":
		case "LOCAL_SERIAL": return {
			kind: "count",
			n: majority$1(rfs[home] ?? 0),
			local: true
		};
		case "EACH_QUORUM": return {
			kind: "each",
			need: majority$1
		};
		case "ALL": return {
			kind: "each",
			need: (rf) => rf
		};
		default: throw new Error(`unknown consistency level ${level}`);
	}
}
/**
* Can a read in region `reader` miss a write coordinated in region `writer`?
* Say the write reaches w[d] replicas in region d and the read the other
* rf[d] − w[d] (answering from more replicas only helps a read, so the adversary's
* best read uses all of them). Every level bounds w: per region (LOCAL_*, EACH_QUORUM,
* ALL) or in total (the others). So a miss is possible exactly when the per-region
* bounds lo[d] ≤ w[d] ≤ hi[d] are consistent and their sums reach the total bounds:
* linear in regions, where enumerating the splits was exponential.
*/
function canMiss(writeLevel, readLevel, rfs, writer, reader) {
	const wr = requirement$1(writeLevel, rfs, writer);
	const rr = requirement$1(readLevel, rfs, reader);
	const total = rfs.reduce((a, b) => a + b, 0);
	const lo = rfs.map(() => 0);
	const hi = [...rfs];
	let atLeast = 0;
	let atMost = total;
	if (wr.kind === "each") rfs.forEach((rf, d) => {
		lo[d] = Math.max(lo[d], wr.need(rf));
	});
	else if (wr.local) lo[writer] = Math.max(lo[writer] ?? 0, wr.n);
	else atLeast = wr.n;
	if (rr.kind === "each") rfs.forEach((rf, d) => {
		hi[d] = Math.min(hi[d], rf - rr.need(rf));
	});
	else if (rr.local) hi[reader] = Math.min(hi[reader] ?? 0, (rfs[reader] ?? 0) - rr.n);
	else atMost = total - rr.n;
	if (lo.some((l, d) => l > hi[d])) return false;
	const sum = (xs) => xs.reduce((a, b) => a + b, 0);
	return Math.max(atLeast, sum(lo)) <= Math.min(atMost, sum(hi));
}
/** `global`: every read sees every acknowledged write; `local`: only reads in the writer's region do; `none`: neither. */
function quorumOverlap$1(writeLevel, readLevel, replicasPerRegion) {
	const regions = replicasPerRegion.map((_, i) => i);
	if (!regions.every((d) => !canMiss(writeLevel, readLevel, replicasPerRegion, d, d))) return "none";
	return regions.every((w) => regions.every((r) => !canMiss(writeLevel, readLevel, replicasPerRegion, w, r))) ? "global" : "local";
}
/**
* The overlap a data set gets from where it is actually written (`writers`) and read
* (`readers`), as indices into the per-region replica counts: `global` when no read in
* a reading region can miss a write from a writing region; `local` when every reading
* region also writes and a read there sees that region's writes (a client pinned to its
* region reads its own writes); `none` otherwise - a region that only reads gets
* other regions' writes with no guaranteed overlap.
*/
function quorumOverlapFor(writeLevel, readLevel, replicasPerRegion, writers, readers) {
	if (writers.every((w) => readers.every((r) => !canMiss(writeLevel, readLevel, replicasPerRegion, w, r)))) return "global";
	return readers.every((r) => writers.includes(r) && !canMiss(writeLevel, readLevel, replicasPerRegion, r, r)) ? "local" : "none";
}
// dist/analysis/classify-derive.js
const majority = (n) => Math.floor(n / 2) + 1;
/** Riak `r`/`w` accept `one`, `quorum`, `all` or a number. */
function riakCount(value, n) {
	if (value === "one") return 1;
	if (value === "all") return n;
	if (typeof value === "number") return value;
	return majority(n);
}
const DERIVE = {
	"cassandra-quorum": ({ settings, perRegion, access }) => {
		const write = String(settings.writeConsistency ?? "ONE");
		const read = String(settings.readConsistency ?? "ONE");
		return { overlap: access ? quorumOverlapFor(write, read, perRegion, access.writers, access.readers) : quorumOverlap$1(write, read, perRegion) };
	},
	"riak-quorum": ({ settings, store }) => {
		const n = store.replicas;
		if (riakCount(settings.r, n) + riakCount(settings.w, n) <= n) return { overlap: "none" };
		return { overlap: settings.sloppyQuorum === false ? "strict" : "sloppy" };
	},
	"mongo-write-concern": ({ settings, store }) => {
		const w = settings.writeConcern;
		return { writeMajority: w === "majority" || typeof w === "number" && w >= majority(store.replicas) };
	},
	"sync-standbys": ({ settings, store }) => {
		const declared = typeof settings.syncReplicas === "number" ? settings.syncReplicas : 0;
		const implied = settings.semiSync === true || store.replication === "sync" || store.replication === "semi-sync" ? 1 : 0;
		const syncStandbys = Math.max(declared, implied);
		return {
			syncStandbys,
			allStandbysSync: syncStandbys > 0 && syncStandbys >= store.replicas - 1
		};
	},
	"kafka-durability": ({ settings, store }) => {
		const replicationFactor = typeof settings.replicas === "number" ? settings.replicas : store.replicas;
		const minIsr = typeof settings.minInsyncReplicas === "number" ? settings.minInsyncReplicas : 1;
		return {
			replicationFactor,
			lossless: String(settings.acks) === "all" && minIsr >= 2 && settings.uncleanLeaderElection !== true
		};
	}
};
// dist/analysis/classify-match.js
/** Replicas per region in region order: `placement` when given, else an even round-robin spread. */
function replicasPerRegion(store) {
	const regions = store.regions.length > 0 ? store.regions : ["default"];
	const placed = regions.map((r) => store.placement?.[r]);
	if (placed.every((n) => typeof n === "number")) return placed;
	return regions.map((_, i) => Math.floor(store.replicas / regions.length) + (i < store.replicas % regions.length ? 1 : 0));
}
function buildFacts(engine, store) {
	const settings = {};
	for (const [name, spec] of Object.entries(engine.settings)) settings[name] = store.settings[name] ?? spec.default;
	const facts = {
		topology: store.topology ?? engine.topology,
		replication: store.replication ?? engine.replication,
		failover: store.failover,
		conflictResolution: store.conflictResolution,
		regions: Math.max(1, store.regions.length),
		replicas: store.replicas
	};
	for (const [name, value] of Object.entries(settings)) facts[`settings.${name}`] = value;
	const perRegion = replicasPerRegion(store);
	for (const d of engine.derive) for (const [name, value] of Object.entries(DERIVE[d]({
		store,
		settings,
		perRegion,
		...store.access ? { access: store.access } : {}
	}))) facts[`derived.${name}`] = value;
	return facts;
}
function same(a, b) {
	return a === b || a !== void 0 && String(a) === String(b);
}
function matches(value, m) {
	if (typeof m !== "object") return same(value, m);
	if (m.in && !m.in.some((v) => same(value, v))) return false;
	if (m.notIn && m.notIn.some((v) => same(value, v))) return false;
	if (m.not !== void 0 && same(value, m.not)) return false;
	const n = typeof value === "number" ? value : void 0;
	if (m.gt !== void 0 && !(n !== void 0 && n > m.gt)) return false;
	if (m.gte !== void 0 && !(n !== void 0 && n >= m.gte)) return false;
	if (m.lt !== void 0 && !(n !== void 0 && n < m.lt)) return false;
	if (m.lte !== void 0 && !(n !== void 0 && n <= m.lte)) return false;
	return true;
}
function holds(when, facts) {
	if (!when) return true;
	return when.some((cond) => Object.entries(cond).every(([key, m]) => matches(facts[key], m)));
}
/** The first rule that holds, merged over the base (the loader guarantees the result is complete). */
function matchRule(engine, store) {
	const facts = buildFacts(engine, store);
	const rule = engine.rules.find((r) => holds(r.when, facts)) ?? engine.rules[engine.rules.length - 1];
	if (!rule) throw new Error(`${engine.file}: no rules`);
	const g = {
		...engine.base,
		...rule.gives
	};
	const pacelc = g.pacelc ?? "PA/EL";
	return {
		rule,
		guarantee: {
			pacelc,
			cap: g.cap ?? (pacelc.startsWith("PA") ? "AP" : "CP"),
			consistency: g.consistency ?? "eventual",
			alsoProvides: g.alsoProvides ?? [],
			onPartition: g.onPartition ?? {
				reads: "available",
				writes: "available",
				ackedWritesLostOnFailover: true
			},
			explanation: g.explanation ?? "",
			references: [...engine.base.references ?? [], ...rule.gives.references ?? []].filter((r, i, all) => all.indexOf(r) === i),
			caveats: [...engine.base.caveats ?? [], ...rule.gives.caveats ?? []],
			enforcesInvariants: g.enforcesInvariants ?? [],
			...g.messaging ? { messaging: g.messaging } : {}
		},
		facts
	};
}
// dist/analysis/classify-store.js
/**
* Classifies a data store (or a messaging topic) as configured: PACELC and CAP
* class, the consistency model it really gives, what happens on a partition, and
* why — all from the engine's profile in the knowledge base.
*/
var UnknownEngineError = class extends ArchcapError {
	constructor(engine, known) {
		super("unknown-engine", `unknown engine "${engine}" (known: ${known.join(", ")})`);
	}
};
function fill(template, facts) {
	return template.replace(/\{([A-Za-z0-9_.]+)\}/g, (whole, key) => {
		const value = facts[key];
		return value === void 0 ? whole : String(value);
	});
}
function behaviour(value, engine, facts) {
	if (!value.startsWith("by-setting:")) return value;
	const setting = value.slice(11);
	const current = facts[`settings.${setting}`];
	return engine.settingBehaviours[setting]?.[String(current)] ?? "available";
}
function engineCaveats(engine) {
	const caveats = engine.caveats.map((c) => `${c.text} (${c.versions ? `${c.versions}; ` : ""}${c.source})`);
	const disagreements = engine.disagreements.map((d) => `Sources disagree on ${d.topic}: ${d.positions.map((p) => `${p.claim} (${p.source})`).join(" vs ")}. archcap: ${d.choice}`);
	return [...caveats, ...disagreements];
}
/** Store-wide values of opt-in settings (follower reads, stale reads): they only make a read mode available, so the default path ignores them. */
function optInSettings(engine) {
	return new Set([...Object.values(engine.operations.reads), ...Object.values(engine.operations.writes)].filter((o) => o.optIn).map((o) => o.setting));
}
function withoutOptIn(engine, settings) {
	const optIn = optInSettings(engine);
	const dropped = Object.keys(settings).filter((k) => optIn.has(k) && settings[k] !== engine.settings[k]?.default);
	return {
		settings: Object.fromEntries(Object.entries(settings).filter(([k]) => !optIn.has(k))),
		dropped
	};
}
function classifyShape(engine, target) {
	const { rule, guarantee: g, facts } = matchRule(engine, target);
	const models = [g.consistency, ...g.alsoProvides.filter((m) => m !== g.consistency)];
	return {
		name: target.name,
		path: target.path,
		engine: engine.id,
		pacelc: g.pacelc,
		cap: g.cap,
		consistency: g.consistency,
		models,
		onPartition: {
			reads: behaviour(g.onPartition.reads, engine, facts),
			writes: behaviour(g.onPartition.writes, engine, facts),
			ackedWritesLostOnFailover: g.onPartition.ackedWritesLostOnFailover
		},
		explanation: fill(g.explanation, facts),
		references: g.references.map((key) => engine.references[key] ?? key),
		caveats: [...g.caveats.map((c) => fill(c, facts)), ...engineCaveats(engine)],
		enforcesInvariants: g.enforcesInvariants,
		rule: `${engine.id}/${rule.id}`,
		...g.messaging ? { messaging: g.messaging } : {}
	};
}
/** `engine: custom`: the user's declaration taken as it stands. */
function classifyDeclared(target, d, messaging) {
	return {
		name: target.name,
		path: target.path,
		engine: CUSTOM_ENGINE,
		pacelc: d.pacelc,
		cap: d.cap ?? (d.pacelc.startsWith("PA") ? "AP" : "CP"),
		consistency: d.consistency,
		models: [d.consistency],
		onPartition: { ...d.onPartition },
		explanation: `Declared in the system description (engine: custom), not derived: ${d.pacelc}, ${d.consistency}; on a partition reads are ${d.onPartition.reads} and writes ${d.onPartition.writes}; acknowledged writes ${d.onPartition.ackedWritesLostOnFailover ? "can" : "cannot"} be lost on failover.`,
		references: [],
		caveats: ["archcap has not checked this classification against any documentation or test; it holds only as far as the declaration is true."],
		enforcesInvariants: [],
		rule: `${CUSTOM_ENGINE}/declared`,
		declared: true,
		...messaging ? { messaging } : {}
	};
}
function engineOf(id, kb) {
	const engine = kb.engines.get(id);
	if (!engine) throw new UnknownEngineError(id, [...kb.engines.keys()].sort());
	return engine;
}
/** The store's default path: what an operation gets when it asks for nothing of its own. */
function classifyDatastore(store, kb) {
	if (store.engine === "custom" && store.declared) return classifyDeclared(store, store.declared);
	const engine = engineOf(store.engine, kb);
	const { settings, dropped } = withoutOptIn(engine, store.settings);
	const c = classifyShape(engine, {
		...store,
		settings
	});
	if (dropped.length === 0) return c;
	const names = dropped.map((k) => `${k}: ${String(store.settings[k])}`).join(", ");
	const ops = Object.entries(engine.operations.reads).filter(([, o]) => dropped.includes(o.setting)).map(([n]) => `reads.${n}`).join(" / ");
	return {
		...c,
		explanation: `${c.explanation} (${names} only makes that read mode available: it applies to the reads of a data set that asks for it with ${ops}, never to read-write transactions.)`
	};
}
/** A messaging topic (Kafka): `settings.replicas` is its replication factor. */
function classifyTopic(topic, kb) {
	if (topic.engine === "custom" && topic.declared) return classifyDeclared(topic, topic.declared, {
		delivery: topic.delivery,
		ordering: topic.ordering
	});
	const engine = engineOf(topic.engine, kb);
	const rf = typeof topic.settings.replicas === "number" ? topic.settings.replicas : engine.defaultReplicas;
	return classifyShape(engine, {
		name: topic.name,
		path: topic.path,
		regions: topic.regions,
		replicas: rf,
		placement: {},
		settings: topic.settings
	});
}
// dist/analysis/classify-access.js
/** The data set's `reads.*` / `writes.*` as the store settings they override, with the YAML path of each. */
function accessOverrides(ds, engine) {
	const settings = {};
	const paths = {};
	for (const kind of ["reads", "writes"]) for (const [name, value] of Object.entries(ds[kind] ?? {})) {
		const op = engine.operations[kind][name];
		if (!op) continue;
		settings[op.setting] = value;
		paths[op.setting] = `${ds.path}.${kind}.${name}`;
	}
	return {
		settings,
		paths
	};
}
function regionIndices(store, regions) {
	if (store.regions.length < 2 || regions.readRegions.length === 0 || regions.writeRegions.length === 0) return void 0;
	const at = (list) => list.map((r) => store.regions.indexOf(r)).filter((i) => i >= 0);
	return {
		writers: at(regions.writeRegions),
		readers: at(regions.readRegions)
	};
}
function decided(store, withSettings, full) {
	const bySettings = withSettings !== store;
	const byRegions = full !== withSettings;
	if (bySettings && byRegions) return "access-settings-and-regions";
	if (bySettings) return "access-settings";
	if (byRegions) return "access-regions";
	return "store";
}
/** The YAML path of a cause: the data set's own setting, its regions, one store setting that alone fixes it, or the store's settings as a whole. */
function whereCaused(p, fix, fixes) {
	const current = (k) => p.settings[k] ?? p.engine.settings[k]?.default;
	const differing = Object.keys(fix).filter((k) => String(current(k)) !== String(fix[k]));
	const alone = differing.filter((k) => fixes({ [k]: fix[k] }));
	const own = [...alone, ...differing].find((k) => p.overridePaths[k] !== void 0);
	if (own) return p.overridePaths[own];
	if (p.decidedBy === "access-regions" || p.decidedBy === "access-settings-and-regions") {
		if (p.regions.declared.reads) return `${p.ds.path}.access.readRegions`;
		if (p.regions.declared.writes) return `${p.ds.path}.access.writeRegions`;
		return p.ds.path;
	}
	const key = alone.find((k) => p.store.settings[k] !== void 0) ?? alone[0] ?? (differing.length === 1 ? differing[0] : void 0);
	return key === void 0 ? `${p.store.path}.settings` : `${p.store.path}.settings.${key}`;
}
function weaknessOf(p, given, v, kb) {
	const ruleId = given.rule.slice(p.engine.id.length + 1);
	const cause = p.engine.rules.find((r) => r.id === ruleId)?.cause;
	const fixes = (partial) => verdictOf(p.ds, classifyShape(p.engine, {
		...p.store,
		settings: {
			...p.settings,
			...partial
		},
		...p.access ? { access: p.access } : {}
	}), kb).satisfied;
	if (cause && fixes(cause.fix)) return {
		weakness: cause.kind,
		weakAt: whereCaused(p, cause.fix, fixes)
	};
	const topology = p.store.topology ?? p.engine.topology;
	const uncoordinated = given.cap === "AP" || topology === "multi-leader" || topology === "leaderless";
	const first = v.unmetInvariants[0];
	if (v.requiresFrom === "invariants" && uncoordinated && first !== void 0) return {
		weakness: "coordination",
		weakAt: `${p.ds.path}.invariants[${p.ds.invariants.indexOf(first)}]`
	};
	return {
		weakness: "model",
		weakAt: v.requiresFrom === "declared" ? `${p.ds.path}.consistency` : `${p.ds.path}.invariants`
	};
}
/** The classification of one data set on its own path (store × its settings × its regions). */
function classifyDatasetAccess(ds, store, storeClass, model, kb) {
	const engine = engineOf(store.engine, kb);
	const optIn = optInSettings(engine);
	const base = Object.fromEntries(Object.entries(store.settings).filter(([k]) => !optIn.has(k)));
	const overrides = accessOverrides(ds, engine);
	const settings = {
		...base,
		...overrides.settings
	};
	const regions = accessRegions(ds, store, model);
	const access = regionIndices(store, regions);
	const target = {
		...store,
		settings
	};
	const withSettings = Object.keys(overrides.settings).length === 0 ? storeClass : classifyShape(engine, target);
	const given = access ? classifyShape(engine, {
		...target,
		access
	}) : withSettings;
	const decidedBy = decided(storeClass.rule, withSettings.rule, given.rule);
	const v = verdictOf(ds, given, kb);
	const path = {
		ds,
		store,
		engine,
		settings,
		overridePaths: overrides.paths,
		access,
		regions,
		decidedBy
	};
	const own = decidedBy === "store" ? "" : ` On its own path (${decidedBy.replace(/-/g, " ")}): ${given.explanation}`;
	return {
		row: {
			name: ds.name,
			path: ds.path,
			store: ds.store,
			requires: v.requires,
			requiresFrom: v.requiresFrom,
			provided: given.consistency,
			satisfied: v.satisfied,
			explanation: `${explain(ds, {
				name: decidedBy === "store" ? given.name : `its own path on ${given.name}`,
				consistency: given.consistency
			}, v)}${own}`,
			models: given.models,
			decidedBy,
			rule: given.rule,
			storeRule: storeClass.rule,
			accessSettings: overrides.settings,
			readRegions: regions.readRegions,
			writeRegions: regions.writeRegions,
			unmetInvariants: v.unmetInvariants,
			...v.satisfied ? {} : weaknessOf(path, given, v, kb)
		},
		given
	};
}
/**
* A data set's path with the store settings left open: everything that does not depend on
* them (its own overrides, its regions) is worked out once, so searching many candidate
* store settings (the recommender) classifies each candidate only once per data set.
*/
function datasetPathFor(ds, store, model, kb) {
	if (!kb.engines.has(store.engine)) return () => classifyDatastore(store, kb);
	const engine = engineOf(store.engine, kb);
	const optIn = optInSettings(engine);
	const overrides = accessOverrides(ds, engine).settings;
	const access = regionIndices(store, accessRegions(ds, store, model));
	return (settings) => {
		const base = Object.fromEntries(Object.entries(settings).filter(([k]) => !optIn.has(k)));
		return classifyShape(engine, {
			...store,
			settings: {
				...base,
				...overrides
			},
			...access ? { access } : {}
		});
	};
}
// dist/analysis/system.js
/**
* Classifying a whole system once: every store, topic and data set. Rules and
* reports share this result (rules reach it through the check context's memo).
*/
function classifySystem(model, kb = loadKnowledge()) {
	const stores = new Map(model.datastores.map((s) => [s.name, classifyDatastore(s, kb)]));
	const topics = new Map(model.messaging.filter((t) => kb.engines.has(t.engine) || t.declared).map((t) => [t.name, classifyTopic(t, kb)]));
	const datasets = /* @__PURE__ */ new Map();
	const datasetPaths = /* @__PURE__ */ new Map();
	const storeNodes = new Map(model.datastores.map((s) => [s.name, s]));
	for (const ds of model.datasets) {
		const store = stores.get(ds.store);
		const node = storeNodes.get(ds.store);
		if (!store || !node) continue;
		const { row, given } = kb.engines.has(node.engine) ? classifyDatasetAccess(ds, node, store, model, kb) : {
			row: declaredRow(classifyDataset(ds, store, kb), store),
			given: store
		};
		datasets.set(ds.name, row);
		datasetPaths.set(ds.name, given);
	}
	return {
		stores,
		topics,
		datasets,
		datasetPaths
	};
}
/** A data set on a declared store: judged against the declaration; an unmet one is weak in its own requirement. */
function declaredRow(row, store) {
	const out = {
		...row,
		decidedBy: "store",
		rule: store.rule,
		storeRule: store.rule
	};
	if (!row.satisfied) Object.assign(out, {
		weakness: "model",
		weakAt: `${row.path}.${row.requiresFrom === "declared" ? "consistency" : "invariants"}`
	});
	return out;
}
// dist/engine/analysis-context.js
/** How checks reach the shared analysis: computed once per file, on first use. */
function classification(ctx) {
	return ctx.knowledge.memo("classification", () => classifySystem(ctx.model));
}
// dist/engine/functions/dataset-consistency.js
/**
* A data set whose requirement (declared, or derived from its invariants) its own path -
* store configuration × its read/write settings × its regions - does not meet, where the
* cause is the model itself (not a stale read path or a missing quorum overlap, which
* their own rules report, nor an invariant left uncoordinated, which
* invariant/coordination-required reports).
*/
const datasetConsistency = {
	name: "dataset-consistency",
	description: "Reports a data set whose consistency requirement its classification (store, own settings, regions) does not meet.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node, _options, ctx) {
		const ds = node;
		const c = classification(ctx);
		const verdict = c.datasets.get(ds.name);
		const given = c.datasetPaths.get(ds.name);
		if (!verdict || !given || verdict.satisfied || verdict.weakness !== "model") return [];
		const need = verdict.requiresFrom === "declared" ? `needs ${verdict.requires}` : `needs ${verdict.requires} to keep ${ds.invariants.join(", ")}`;
		const how = verdict.decidedBy === "store" ? `store '${given.name}' (${given.engine}) as configured gives ${given.consistency}` : `its own path on store '${given.name}' (${given.engine}, ${verdict.decidedBy?.replace(/-/g, " ")}) gives ${given.consistency}`;
		return [{
			path: verdict.weakAt ?? `${ds.path}.consistency`,
			message: `data set '${ds.name}' ${need}, but ${how}: ${given.explanation}`,
			references: given.references
		}];
	}
};
// dist/engine/functions/invariant-coordination.js
/**
* An invariant that is not confluent (Bailis et al., VLDB 2015) on a store that
* accepts writes without coordinating them: two replicas can each accept a write
* that is valid alone and invalid together.
*/
const invariantCoordination = {
	name: "invariant-coordination",
	description: "Reports non-confluent invariants on stores that do not coordinate writes (AP, multi-leader, leaderless).",
	optionsSchema: {
		type: "object",
		properties: { uncoordinatedTopologies: {
			type: "array",
			items: { type: "string" }
		} },
		required: ["uncoordinatedTopologies"],
		additionalProperties: false
	},
	run(node, options, ctx) {
		const ds = node;
		const store = lookup(ctx.model).datastores.get(ds.store);
		const cls = classification(ctx).datasetPaths.get(ds.name);
		const verdict = classification(ctx).datasets.get(ds.name);
		if (!store || !cls || !verdict) return [];
		if (verdict.requiresFrom === "invariants" && verdict.weakness !== "coordination") return [];
		const topology = store.topology ?? loadKnowledge().engines.get(store.engine)?.topology;
		if (!(cls.cap === "AP" || topology !== void 0 && options.uncoordinatedTopologies.includes(topology))) return [];
		const unmet = verdict.unmetInvariants ?? [];
		return ds.invariants.map((inv) => ({
			inv,
			info: invariantInfo(inv)
		})).filter(({ inv, info }) => !info.confluent && unmet.includes(inv)).map(({ inv, info }) => ({
			path: `${ds.path}.invariants[${ds.invariants.indexOf(inv)}]`,
			message: `invariant '${inv}' on '${ds.name}' needs coordination, but store '${store.name}' (${store.engine}, ${cls.cap}${topology ? `, ${topology}` : ""}) accepts writes on several replicas without it: ${info.why}`,
			references: [info.source]
		}));
	}
};
// dist/engine/functions/lock-safety.js
/** A correctness lock built on Redlock or on a store that can lose acknowledged writes (an AP store). */
const lockSafety = {
	name: "lock-safety",
	description: "Reports correctness locks on Redlock or on AP stores.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node, _options, ctx) {
		const lock = node;
		if (lock.purpose !== "correctness") return [];
		const cls = classification(ctx).stores.get(lock.store);
		if (lock.algorithm === "redlock") return [{
			path: `${lock.path}.algorithm`,
			message: `lock '${lock.name}' uses Redlock for correctness: its safety rests on bounded clock drift, process pauses and network delays, which an asynchronous system does not have`
		}];
		if (cls && (cls.cap === "AP" || cls.onPartition.ackedWritesLostOnFailover) && lock.algorithm !== "consensus") return [{
			path: `${lock.path}.store`,
			message: `lock '${lock.name}' is held in '${lock.store}' (${cls.engine}, ${cls.cap}), which can lose an acknowledged lock grant on failover: two clients can then hold the lock at once`,
			references: cls.references
		}];
		return [];
	}
};
// dist/engine/functions/lww-skew.js
/**
* Last-writer-wins on wall-clock timestamps where several replicas accept writes:
* clock skew decides which concurrent write survives, and the other is lost silently.
*/
const lwwSkew$1 = {
	name: "lww-skew",
	description: "Reports last-writer-wins conflict resolution across several writers.",
	optionsSchema: {
		type: "object",
		properties: {
			lwwEngines: {
				type: "array",
				items: { type: "string" }
			},
			multiWriterTopologies: {
				type: "array",
				items: { type: "string" }
			},
			multiWriteSettings: {
				type: "object",
				additionalProperties: { type: "string" }
			}
		},
		required: [
			"lwwEngines",
			"multiWriterTopologies",
			"multiWriteSettings"
		],
		additionalProperties: false
	},
	run(node, options, ctx) {
		const store = node;
		if (!(store.conflictResolution === "lww" || store.conflictResolution === void 0 && options.lwwEngines.includes(store.engine))) return [];
		const topology = store.topology ?? loadKnowledge().engines.get(store.engine)?.topology;
		const flag = options.multiWriteSettings[store.engine];
		const multiWriter = topology !== void 0 && options.multiWriterTopologies.includes(topology) || flag !== void 0 && store.settings[flag] === true;
		const regions = /* @__PURE__ */ new Set([...store.regions, ...ctx.model.datasets.filter((d) => d.store === store.name).flatMap((d) => d.access.writeRegions ?? [])]);
		if (!multiWriter || regions.size < 2) return [];
		return [{
			path: store.conflictResolution ? `${store.path}.conflictResolution` : store.path,
			message: `store '${store.name}' (${store.engine}) resolves concurrent writes by last-writer-wins on timestamps across ${regions.size} regions: clock skew between writers decides which write survives, and the other is dropped without an error`
		}];
	}
};
// dist/model/requirements.js
/** The levels for a node: each of `nodes` (most specific first), then the system. */
function requirementLevels(model, ...nodes) {
	const levels = [];
	for (const n of nodes) if (n) levels.push({
		label: n.label ?? `${n.path} requirement`,
		path: `${n.path}.requirements`,
		requirements: n.requirements
	});
	levels.push({
		label: "system requirement",
		path: "requirements",
		requirements: model.requirements
	});
	return levels;
}
/** The first level that declares `key`, with where it was declared. */
function declaredRequirement(levels, key) {
	for (const level of levels) {
		const value = level.requirements?.[key];
		if (value !== void 0) return {
			value,
			label: level.label,
			path: `${level.path}.${key}`
		};
	}
}
/** Every field from its most specific level; `tolerate` field by field. */
function mergedRequirements(levels) {
	const out = { tolerate: {
		nodes: 0,
		zones: 0,
		regions: 0
	} };
	for (const level of [...levels].reverse()) {
		const r = level.requirements;
		if (!r) continue;
		Object.assign(out, {
			...r,
			tolerate: {
				...out.tolerate,
				...r.tolerate
			}
		});
	}
	return out;
}
// dist/engine/functions/consistency-shared.js
/** Small helpers shared by the consistency and durability checks. */
/** The data sets a store holds. */
function datasetsOn(model, store) {
	return lookup(model).datasetsByStore.get(store) ?? [];
}
/** A requirement, taken from the most specific place that states it: data set, store, system. */
function requirement(key, model, store, dataset) {
	return declaredRequirement(requirementLevels(model, dataset, store), key) ?? {
		value: void 0,
		path: `requirements.${key}`
	};
}
/**
* The unmet data sets of a store whose classification names `weakness`, grouped by the
* YAML path of their cause: one group per setting (or data set) that causes it, so one
* store-wide setting that fails several data sets is one finding naming them all.
*/
function unmetGroups(model, c, store, weakness) {
	const groups = /* @__PURE__ */ new Map();
	for (const ds of datasetsOn(model, store)) {
		const verdict = c.datasets.get(ds.name);
		if (!verdict || verdict.satisfied || verdict.weakness !== weakness || !verdict.weakAt) continue;
		groups.set(verdict.weakAt, [...groups.get(verdict.weakAt) ?? [], {
			ds,
			verdict
		}]);
	}
	return [...groups].map(([at, datasets]) => ({
		at,
		datasets
	}));
}
/** `'a' (needs linearizable, gets consistent-prefix), 'b' (…)`. */
function namesWithNeeds(datasets) {
	return datasets.map(({ ds, verdict }) => `'${ds.name}' (needs ${verdict.requires}, gets ${verdict.provided})`).join(", ");
}
function relatedDatasets(datasets) {
	return datasets.map(({ ds, verdict }) => ({
		path: ds.path,
		message: `data set '${ds.name}' needs ${verdict.requires} and gets ${verdict.provided}`
	}));
}
// dist/engine/functions/partition-preference.js
/** A declared partition preference that the store's CAP side contradicts. */
const partitionPreference = {
	name: "partition-preference",
	description: "Reports stores whose behaviour under partition contradicts the declared partitionPreference.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node, _options, ctx) {
		const store = node;
		const cls = classification(ctx).stores.get(store.name);
		if (!cls) return [];
		const conflict = [requirement("partitionPreference", ctx.model, store), ...datasetsOn(ctx.model, store.name).map((d) => requirement("partitionPreference", ctx.model, store, d))].find((p) => p.value === "consistency" && cls.cap === "AP" || p.value === "availability" && cls.cap === "CP");
		if (!conflict) return [];
		const wants = conflict.value === "consistency" ? "keep consistency (refuse rather than diverge)" : "stay available (answer rather than wait)";
		const side = `minority-side reads ${cls.onPartition.reads}, writes ${cls.onPartition.writes}`;
		const does = cls.cap === "AP" ? `gives up consistency to stay available (${cls.pacelc}): ${cls.onPartition.ackedWritesLostOnFailover ? `a failover can promote a replica that lacks acknowledged writes; ${side}` : `replicas keep accepting operations and diverge; ${side}`}` : `refuses requests rather than diverge (${cls.pacelc}; ${side})`;
		return [{
			path: store.path,
			message: `${conflict.path} asks to ${wants} during a partition, but store '${store.name}' (${store.engine}) ${does}`,
			references: cls.references
		}];
	}
};
// dist/engine/functions/quorum-overlap.js
/**
* Leaderless reads and writes whose replica sets need not meet (R + W ≤ N, sloppy
* quorums, datacentre-local levels read in a region that does not write), where a data
* set needs fresh reads: exactly the data sets whose own classification (store levels ×
* the data set's own levels × the regions it is read and written in) is unmet for that
* reason and would be met with overlapping quorums. One finding per cause.
*/
const quorumOverlap = {
	name: "quorum-overlap",
	description: "Reports read and write quorums that need not overlap (store-wide, per data set, or across the regions a data set uses) under data sets whose classification they leave unmet.",
	optionsSchema: {
		type: "object",
		description: "No options: the engine profiles mark which configurations lack quorum overlap (a rule `cause` of kind quorum)."
	},
	run(node, _options, ctx) {
		const store = node;
		const c = classification(ctx);
		return unmetGroups(ctx.model, c, store.name, "quorum").map(({ at, datasets }) => {
			const first = datasets[0];
			const path = c.datasetPaths.get(first.ds.name);
			return {
				path: at,
				message: `${at.startsWith(`${first.ds.path}.access`) || at === first.ds.path ? `data set '${first.ds.name}' is written in ${first.verdict.writeRegions?.join(", ") || "?"} and read in ${first.verdict.readRegions?.join(", ") || "?"}` : at.startsWith("datasets[") ? `data set '${first.ds.name}' sets its own levels` : `store '${store.name}' (${store.engine})`}: read and write replicas need not overlap, so a read can miss an acknowledged write. ${path?.explanation ?? ""} ${datasets.length > 1 ? `${datasets.length} data sets need fresh reads` : "It needs fresh reads"}: ${namesWithNeeds(datasets)}`,
				references: path?.references ?? [],
				related: relatedDatasets(datasets)
			};
		});
	}
};
// dist/engine/functions/replica-reads.js
/**
* Reads served by lagging replicas (async standbys, secondaries, followers, stale reads)
* where a data set needs fresher reads: exactly the data sets whose own classification
* is unmet because of such a read path (and would be met without it). One finding per
* cause - a store-wide setting, or one data set's own read setting - naming every data
* set it affects.
*/
const replicaReads = {
	name: "replica-reads",
	description: "Reports read paths served by lagging replicas (store-wide or per data set) under data sets whose classification they leave unmet.",
	optionsSchema: {
		type: "object",
		description: "No options: the engine profiles mark which configurations read from lagging replicas (a rule `cause` of kind stale-reads)."
	},
	run(node, _options, ctx) {
		const store = node;
		const c = classification(ctx);
		return unmetGroups(ctx.model, c, store.name, "stale-reads").map(({ at, datasets }) => {
			const own = at.startsWith("datasets[");
			const path = c.datasetPaths.get(datasets[0].ds.name);
			return {
				path: at,
				message: `${own ? `data set '${datasets[0].ds.name}' reads` : `store '${store.name}' (${store.engine}) serves reads`} from replicas that can lag, so a client can miss a recent write: ${path?.explanation ?? ""} ${datasets.length > 1 ? `${datasets.length} data sets need fresher reads` : "It needs fresher reads"}: ${namesWithNeeds(datasets)}`,
				references: path?.references ?? [],
				related: relatedDatasets(datasets)
			};
		});
	}
};
// dist/engine/functions/write-loss.js
/**
* Stores and topics whose configuration can lose acknowledged writes on failover.
* `when: rpo-zero` reports them where an RPO of zero is required (an error);
* `when: otherwise` reports the documented loss where no zero RPO is asked (so the
* two rules never say the same thing twice).
*/
const writeLoss = {
	name: "write-loss",
	description: "Reports configurations that lose acknowledged writes on failover, against the RPO.",
	optionsSchema: {
		type: "object",
		properties: { when: { enum: ["rpo-zero", "otherwise"] } },
		required: ["when"],
		additionalProperties: false
	},
	run(node, options, ctx) {
		const target = node;
		const c = classification(ctx);
		const isTopic = ctx.model.messaging.includes(target);
		const cls = isTopic ? c.topics.get(target.name) : c.stores.get(target.name);
		if (!cls) return [];
		if (!cls.onPartition.ackedWritesLostOnFailover) {
			if (isTopic) return [];
			const store = target;
			return datasetsOn(ctx.model, store.name).flatMap((d) => {
				const own = c.datasetPaths.get(d.name);
				const writes = Object.keys(d.writes ?? {});
				if (!own?.onPartition.ackedWritesLostOnFailover || writes.length === 0) return [];
				const rpo = requirement("rpo", ctx.model, store, d);
				if (options.when === "rpo-zero" !== (rpo.value === 0)) return [];
				const message = options.when === "rpo-zero" ? `data set '${d.name}' writes with its own settings that can lose acknowledged writes on failover, but an RPO of 0 is required (${rpo.path}): ${own.explanation}` : `data set '${d.name}' writes with its own settings that can lose writes it has acknowledged when a replica takes over: ${own.explanation}`;
				return [{
					path: `${d.path}.writes.${writes[0]}`,
					message,
					references: own.references
				}];
			});
		}
		const store = isTopic ? void 0 : target;
		const zero = (isTopic ? [requirement("rpo", ctx.model)] : [requirement("rpo", ctx.model, store), ...datasetsOn(ctx.model, target.name).map((d) => requirement("rpo", ctx.model, store, d))]).find((r) => r.value === 0);
		if (options.when === "rpo-zero" !== (zero !== void 0)) return [];
		const kind = isTopic ? "topic" : "store";
		const message = options.when === "rpo-zero" ? `${kind} '${target.name}' (${target.engine}) can lose acknowledged writes on failover, but an RPO of 0 is required (${zero.path}): ${cls.explanation}` : `${kind} '${target.name}' (${target.engine}) as configured can lose writes it has acknowledged when a replica takes over: ${cls.explanation}`;
		return [{
			path: `${target.path}.settings`,
			message,
			references: cls.references
		}];
	}
};
// dist/engine/functions/dual-write.js
/** A service that writes data sets and publishes events directly: the two can diverge on a crash. */
const dualWrite = {
	name: "dual-write",
	description: "Reports direct publishes from a service that also writes data sets.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node) {
		const service = node;
		if (service.writes.length === 0) return [];
		return service.publishes.filter((p) => p.via === "direct").map((p) => ({
			path: p.path,
			message: `service '${service.name}' writes ${service.writes.map((w) => `'${w}'`).join(", ")} and publishes to '${p.topic}' directly: a crash between the two commits one without the other`
		}));
	}
};
// dist/engine/functions/match.js
const OPS = {
	eq: (a, e) => a === e,
	ne: (a, e) => a !== e,
	gt: (a, e) => typeof a === "number" && a > Number(e),
	gte: (a, e) => typeof a === "number" && a >= Number(e),
	lt: (a, e) => typeof a === "number" && a < Number(e),
	lte: (a, e) => typeof a === "number" && a <= Number(e),
	in: (a, e) => Array.isArray(e) && e.includes(a),
	notIn: (a, e) => Array.isArray(e) && !e.includes(a),
	defined: (a) => a !== void 0,
	undefined: (a) => a === void 0,
	truthy: (a) => Boolean(a) && !(Array.isArray(a) && a.length === 0),
	falsy: (a) => !a || Array.isArray(a) && a.length === 0
};
/** Reports the node when every condition holds: simple rules stay pure data. */
const match = {
	name: "match",
	description: "Reports the selected node when all conditions on its fields hold.",
	optionsSchema: {
		type: "object",
		properties: { all: {
			type: "array",
			minItems: 1,
			items: {
				type: "object",
				properties: {
					field: { type: "string" },
					op: { enum: Object.keys(OPS) },
					value: {}
				},
				required: ["field", "op"],
				additionalProperties: false
			}
		} },
		required: ["all"],
		additionalProperties: false
	},
	run(node, options) {
		return options.all.every((c) => OPS[c.op](field(node, c.field), c.value)) ? [{ message: "" }] : [];
	}
};
// dist/analysis/workflow.js
function analyseWorkflow(workflow, model) {
	const storeOf = new Map(model.datasets.map((d) => [d.name, d.store]));
	const steps = workflow.steps.map((step, index) => {
		return {
			step,
			index,
			kind: step.compensation !== void 0 && !step.pivot ? "compensatable" : step.retriable ? "retriable" : "pivot",
			canFail: !step.retriable,
			commits: step.writes.map((dataset) => ({
				dataset,
				store: storeOf.get(dataset)
			}))
		};
	});
	const pivot = steps.find((s) => s.kind === "pivot")?.index;
	const stores = [...new Set(steps.flatMap((s) => s.commits.map((c) => c.store)).filter((s) => s !== void 0))];
	return {
		workflow,
		steps,
		pivot,
		services: [...new Set(workflow.steps.map((s) => s.service))],
		stores
	};
}
/** Steps after `index` that can still fail for good. */
function failingStepsAfter(analysis, index) {
	return analysis.steps.slice(index + 1).filter((s) => s.canFail);
}
// dist/engine/functions/saga-steps.js
/**
* Checks the step order of an all-or-nothing workflow (compensatable steps, then
* the pivot, then retriable steps). `check: missing-compensation` reports steps
* of our own with no compensation that later steps can still undo the need for;
* `check: pivot-order` reports a step that cannot be compensated by nature
* (external, or declared pivot) placed before steps that can fail.
*/
const sagaSteps = {
	name: "saga-steps",
	description: "Checks compensations and pivot placement in an all-or-nothing workflow.",
	optionsSchema: {
		type: "object",
		properties: { check: { enum: ["missing-compensation", "pivot-order"] } },
		required: ["check"],
		additionalProperties: false
	},
	run(node, options, ctx) {
		const workflow = node;
		if (workflow.atomicity !== "all-or-nothing" || workflow.protocol === "2pc" || workflow.protocol === "local") return [];
		const analysis = analyseWorkflow(workflow, ctx.model);
		const results = [];
		for (const s of analysis.steps) {
			if (s.kind !== "pivot") continue;
			const failing = failingStepsAfter(analysis, s.index);
			if (failing.length === 0) continue;
			const byNature = s.step.external || s.step.pivot;
			const names = failing.map((f) => `'${f.step.name}'`).join(", ");
			if (options.check === "pivot-order" && byNature) results.push({
				path: s.step.path,
				message: `step '${s.step.name}' of workflow '${workflow.name}' cannot be compensated${s.step.external ? " (it calls an external system)" : ""}, yet ${names} after it can still fail; a failure there leaves the workflow neither done nor undone`
			});
			else if (options.check === "missing-compensation" && !byNature) results.push({
				path: s.step.path,
				message: `step '${s.step.name}' of all-or-nothing workflow '${workflow.name}' has no compensation, but ${names} after it can fail; nothing would undo '${s.step.name}'`
			});
		}
		return results;
	}
};
// dist/analysis/fault-tolerance.js
/**
* How many failures a replica group survives. Crash-fault consensus (Paxos, Raft)
* needs n ≥ 2f + 1 replicas for f failures; Byzantine agreement needs n ≥ 3f + 1
* (Lamport, Shostak, Pease 1982; facts.md §6.1). With majority quorums, no split
* over two failure domains survives losing the larger one: three domains (or two
* plus a witness) are needed (facts.md §6.1, confirmed by CockroachDB, FoundationDB
* and DynamoDB MRSC documentation).
*/
const crashReplicasNeeded = (f) => 2 * f + 1;
function zoneDomains(input) {
	const out = [];
	for (const [region, count] of Object.entries(input.placement)) {
		const given = typeof input.zones === "number" ? input.zones : input.zones?.[region];
		const zones = Math.max(1, Math.min(count, given ?? Math.min(count, 3)));
		for (let z = 0; z < zones; z++) {
			const held = Math.floor(count / zones) + (z < count % zones ? 1 : 0);
			if (held > 0) out.push([`${region}/zone-${z + 1}`, held]);
		}
	}
	return out;
}
/** The worst loss of `k` domains: the k that hold the most replicas. */
function worstLoss(domains, total, quorum, k = 1) {
	const lostDomains = [...domains].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, k);
	const remaining = total - lostDomains.reduce((s, [, n]) => s + n, 0);
	return {
		lost: lostDomains.map(([name]) => name),
		remaining,
		survives: remaining >= quorum,
		copyRemains: remaining > 0,
		breaking: domains.filter(([, n]) => total - n < quorum).map(([name]) => name)
	};
}
/** Whether losing one node, one zone or one region leaves a quorum, and which loss breaks it. */
function analyseFaultTolerance(input, tolerate = {}) {
	const entries = Object.entries(input.placement);
	if (entries.length === 0 || entries.some(([, n]) => !Number.isInteger(n) || n < 0)) throw new UsageError("a placement gives a non-negative whole number of replicas per region");
	const replicas = entries.reduce((s, [, n]) => s + n, 0);
	const quorum = input.quorum ?? majority$2(replicas);
	const node = worstLoss(entries.flatMap(([region, n]) => Array.from({ length: n }, (_, i) => [`${region}#${i + 1}`, 1])), replicas, quorum, tolerate.nodes ?? 1);
	const zone = worstLoss(zoneDomains(input), replicas, quorum, tolerate.zones ?? 1);
	const region = worstLoss(entries.filter(([, n]) => n > 0), replicas, quorum, tolerate.regions ?? 1);
	const say = (kind, o) => o.survives ? `losing ${o.lost.join(" + ")} leaves ${o.remaining} of ${replicas}, still a quorum of ${quorum}` : `losing ${o.lost.join(" + ")} leaves ${o.remaining} of ${replicas}, short of a quorum of ${quorum}` + (o.breaking.length ? ` (${kind} losses that break it: ${o.breaking.join(", ")})` : "");
	return {
		replicas,
		quorum,
		node,
		zone,
		region,
		explanation: [
			say("node", node),
			say("zone", zone),
			say("region", region)
		].join("; ")
	};
}
// dist/engine/functions/support/coordination.js
/**
* How a store coordinates its writes, as configured or by its engine's defaults
* (the knowledge base). Simple, documented heuristics, used by the fault-tolerance
* and latency rules; the full classification lives in src/analysis/classify-*.
*/
/** Engines whose writes go through a consensus group (Paxos/Raft/ZAB) by design. */
const CONSENSUS_ENGINES = [
	"spanner",
	"cockroachdb",
	"yugabytedb",
	"tidb",
	"foundationdb",
	"etcd",
	"zookeeper",
	"consul"
];
/** Engines that elect a new primary by a majority vote of the replicas (MongoDB replica sets). */
const ELECTING_ENGINES = ["mongodb"];
function storeShape(store) {
	const profile = getEngine(store.engine);
	return {
		topology: store.topology ?? profile?.topology,
		replication: store.replication ?? profile?.replication,
		consensusEngine: CONSENSUS_ENGINES.includes(store.engine)
	};
}
/** A setting's value, or the engine's documented default. */
function settingOf(store, name) {
	return store.settings[name] ?? getEngine(store.engine)?.settings[name]?.default;
}
/**
* Why the store needs a majority of its replicas to keep accepting writes, or
* undefined when it does not (async single-leader with manual failover, multi-leader).
*/
function majorityReason(store) {
	const s = storeShape(store);
	if (s.consensusEngine || s.topology === "consensus" || s.replication === "consensus") return "consensus needs a majority of replicas to commit and to elect a leader";
	if (s.topology === "leaderless" || s.replication === "quorum") return "quorum reads and writes need a majority of replicas";
	if (ELECTING_ENGINES.includes(store.engine)) return "replica-set elections need a majority of voting members";
	if (s.topology === "single-leader" && store.failover === "automatic") return "automatic failover needs a majority of voters to pick one new leader safely";
}
/** The writes wait for replicas in other regions: consensus, quorum or sync replication, or a consensus engine. */
function coordinatesSynchronously(store) {
	const s = storeShape(store);
	return s.consensusEngine || s.topology === "consensus" || [
		"consensus",
		"quorum",
		"sync"
	].includes(s.replication ?? "");
}
// dist/engine/functions/support/requirements.js
/**
* The requirements that apply to one node: the most specific declaration wins
* (a data set's over its store's over the system's), field by field.
*/
/** Merge `specific` (most specific first, each labelled) over the system's requirements. */
function effectiveRequirements(model, ...specific) {
	const levels = requirementLevels(model, ...specific.map(([label, requirements]) => ({
		label,
		path: "",
		requirements
	})));
	const tolerate = declaredRequirement(levels, "tolerate") ?? {
		label: "system requirement",
		value: {
			nodes: 0,
			zones: 0,
			regions: 0
		}
	};
	const availability = declaredRequirement(levels, "availability");
	const write = levels.find((l) => l.requirements?.latency?.write !== void 0 && tightest(l.requirements.latency.write));
	const out = {
		tolerate: tolerate.value,
		from: { tolerate: tolerate.label }
	};
	if (availability) [out.from.availability, out.availability] = [availability.label, availability.value];
	if (write) {
		out.latency = { write: write.requirements.latency.write };
		out.from.write = write.label;
	}
	return out;
}
/** The tightest bound among the percentiles given: every write must meet it, so it is the one physics can rule out. */
function tightest(p) {
	let best;
	for (const [percentile, ms] of Object.entries(p)) if (ms !== void 0 && (best === void 0 || ms < best.ms)) best = {
		percentile,
		ms
	};
	return best;
}
// dist/engine/functions/quorum-size.js
/**
* A store that needs a majority to make progress (consensus, quorums, automatic
* failover by election) must hold 2f + 1 replicas to survive f node failures.
*/
const quorumSize = {
	name: "quorum-size",
	description: "Reports majority-based stores with fewer than 2f+1 replicas for the node failures they must tolerate.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node, _options, ctx) {
		const store = node;
		const req = effectiveRequirements(ctx.model, [`store '${store.name}' requirement`, store.requirements]);
		const f = req.tolerate.nodes;
		const why = majorityReason(store);
		if (f < 1 || why === void 0) return [];
		const needed = crashReplicasNeeded(f);
		const n = store.replicas;
		if (n >= needed) return [];
		const q = majority$2(n);
		return [{
			path: `${store.path}.replicas`,
			message: `'${store.name}' (${store.engine}) has ${n} replica${n === 1 ? "" : "s"} but must survive ${f} node failure${f === 1 ? "" : "s"} (tolerate.nodes: ${f}, ${req.from.tolerate}); ${why}, so it needs 2f+1 = ${needed}: losing ${f} of ${n} leaves ${Math.max(0, n - f)}, short of the majority of ${q}`
		}];
	}
};
// dist/engine/functions/support/regions.js
/** Resolves known ids from the knowledge base and custom ids from the model's `regions`. */
function modelRegionResolver(model) {
	const custom = new Map(model.regions.filter((r) => r.location && !findRegion(r.id)).map((r) => [r.id, r]));
	return (id) => {
		const c = custom.get(id);
		return c?.location ? findRegion(id, {
			location: c.location,
			jurisdictions: c.jurisdictions
		}) : findRegion(id);
	};
}
/** Jurisdictions of a region (custom regions: as declared); empty when unknown. */
function jurisdictionsOf(model, id) {
	return model.regions.find((r) => r.id === id)?.jurisdictions ?? findRegion(id)?.jurisdictions ?? [];
}
/** Regions that hold at least one replica, in placement order. */
function occupiedRegions(placement) {
	return Object.entries(placement).filter(([, n]) => n > 0).map(([r]) => r);
}
// dist/engine/functions/region-loss.js
/**
* Losing the worst `tolerate.regions` regions (or `tolerate.zones` zones) of a
* store's placement must leave a majority (stores that need one) or at least a
* copy (the rest).
*/
const regionLoss = {
	name: "region-loss",
	description: "Reports stores whose placement cannot survive the region or zone losses the requirements ask for.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node, _options, ctx) {
		const store = node;
		const req = effectiveRequirements(ctx.model, [`store '${store.name}' requirement`, store.requirements]);
		const { regions, zones } = req.tolerate;
		if (regions < 1 && zones < 1 || occupiedRegions(store.placement).length === 0) return [];
		const why = majorityReason(store);
		const report = analyseFaultTolerance({
			placement: store.placement,
			...store.zones !== void 0 ? { zones: store.zones } : {}
		}, {
			nodes: 1,
			regions: Math.max(1, regions),
			zones: Math.max(1, zones)
		});
		const results = [];
		for (const [kind, k, outcome] of [[
			"region",
			regions,
			report.region
		], [
			"zone",
			zones,
			report.zone
		]]) {
			if (k < 1) continue;
			if (!(why ? !outcome.survives : !outcome.copyRemains)) continue;
			results.push({
				path: `${store.path}.placement`,
				message: describe(store, kind, k, outcome, report.replicas, report.quorum, why, req.from.tolerate)
			});
		}
		return results;
	}
};
function describe(store, kind, k, o, n, quorum, why, from) {
	const asked = `tolerate.${kind}s: ${k}, ${from}`;
	const lost = o.lost.join(" + ");
	if (!why || !o.copyRemains) return `'${store.name}' keeps all ${n} replica${n === 1 ? "" : "s"} where losing ${lost} takes every copy with it, yet it must survive ${k} ${kind} loss${k === 1 ? "" : "es"} (${asked})`;
	const hint = (kind === "region" ? occupiedRegions(store.placement).length : void 0) === 2 ? "; two regions cannot keep a majority through the loss of either: use three (or two and a witness)" : "";
	const single = o.breaking.length ? ` (single ${kind}s whose loss breaks it: ${o.breaking.join(", ")})` : "";
	return `losing ${lost} leaves '${store.name}' ${o.remaining} of ${n} replicas, short of the majority of ${quorum} (${why})${single}, yet it must survive ${k} ${kind} loss${k === 1 ? "" : "es"} (${asked})${hint}`;
}
// dist/engine/functions/support/write-latency.js
/**
* The least time a write to a store takes, from the region it starts in: the
* round trips its coordination needs (a majority, a consistency level's acks, or
* a trip to a single leader and its synchronous standbys).
*/
/** Levels that a coordinator answers from its own region (or the nearest replica): no cross-region wait. */
const LOCAL_LEVELS = [
	"ANY",
	"ONE",
	"LOCAL_ONE",
	"LOCAL_QUORUM",
	"LOCAL_SERIAL"
];
/** Undefined when the store's writes do not wait on other regions. */
function writeLatency(store, from, resolve) {
	const placement = Object.fromEntries(Object.entries(store.placement).filter(([, n]) => n > 0));
	const total = Object.values(placement).reduce((s, n) => s + n, 0);
	const level = settingOf(store, "writeConsistency");
	if (typeof level === "string" && CONSISTENCY_LEVELS.includes(level)) {
		if (LOCAL_LEVELS.includes(level)) return void 0;
		if (level === "EACH_QUORUM") {
			const per = Object.entries(placement).map(([r, n]) => quorumLatency(from, { [r]: n }, majority$2(n), resolve));
			const worst = per.reduce((a, b) => b.floorMs > a.floorMs ? b : a);
			const worstTypical = per.reduce((a, b) => b.typicalMs > a.typicalMs ? b : a);
			return {
				...worst,
				typicalMs: worstTypical.typicalMs,
				dominant: {
					floor: worst.dominant.floor,
					typical: worstTypical.dominant.typical
				},
				waitsFor: `a majority in each of ${per.length} regions (EACH_QUORUM)`
			};
		}
		const acks = replicasAcked(level, placement, from in placement ? from : occupiedRegions(placement)[0]);
		return {
			...quorumLatency(from, placement, acks, resolve),
			waitsFor: `${acks} of ${total} replicas (${level})`
		};
	}
	const shape = storeShape(store);
	if (shape.topology === "single-leader" && !shape.consensusEngine) {
		const leader = occupiedRegions(placement)[0];
		const sync = settingOf(store, "syncReplicas");
		const acks = shape.replication === "sync" ? Math.min(total, 1 + (typeof sync === "number" && sync > 0 ? sync : 1)) : majority$2(total);
		const trip = clientToLeader(from, leader, resolve);
		const commit = kthNearestReplica({
			from: leader,
			placement,
			acks,
			selfIsReplica: true,
			resolve
		});
		return {
			floorMs: trip.floorMs + commit.floorMs,
			typicalMs: round2(trip.typicalMs + commit.typicalMs),
			dominant: {
				floor: [...trip.dominant.floor, ...commit.dominant.floor],
				typical: [...trip.dominant.typical, ...commit.dominant.typical]
			},
			explanation: `${trip.explanation}; then ${commit.explanation}`,
			waitsFor: `the leader in ${leader} and ${acks} of ${total} replicas`
		};
	}
	return {
		...quorumLatency(from, placement, majority$2(total), resolve),
		waitsFor: `a majority of ${total} replicas`
	};
}
// dist/engine/functions/quorum-latency.js
/**
* The write latency SLA against the round trips a store's synchronous,
* cross-region coordination needs. `bound: floor` reports what physics rules out
* (the fibre floor alone is above the SLA); `bound: typical` what measured or
* estimated round trips make unlikely while the floor still fits.
*/
const quorumLatencyCheck = {
	name: "quorum-latency",
	description: "Reports multi-region stores whose write coordination needs more round-trip time than the write latency SLA allows.",
	optionsSchema: {
		type: "object",
		properties: { bound: { enum: ["floor", "typical"] } },
		required: ["bound"],
		additionalProperties: false
	},
	run(node, options, ctx) {
		const store = node;
		const regions = occupiedRegions(store.placement);
		if (regions.length < 2 || !coordinatesSynchronously(store)) return [];
		const resolve = modelRegionResolver(ctx.model);
		const storeReq = [`store '${store.name}' requirement`, store.requirements];
		const datasets = ctx.model.datasets.filter((d) => d.store === store.name);
		const cases = datasets.length ? datasets.map((d) => ({
			who: `data set '${d.name}'`,
			origins: d.access.writeRegions ?? [regions[0]],
			req: effectiveRequirements(ctx.model, [`data set '${d.name}' requirement`, d.requirements], storeReq),
			own: d.requirements?.latency?.write ? `${d.path}.requirements.latency.write` : void 0
		})) : [{
			who: `'${store.name}'`,
			origins: [regions[0]],
			req: effectiveRequirements(ctx.model, storeReq),
			own: void 0
		}];
		const results = [];
		const seen = /* @__PURE__ */ new Set();
		for (const c of cases) {
			const sla = c.req.latency?.write ? tightest(c.req.latency.write) : void 0;
			if (!sla) continue;
			for (const from of c.origins) {
				const est = writeLatency(store, from, resolve);
				if (!est) continue;
				if (!(options.bound === "floor" ? est.floorMs > sla.ms : est.typicalMs > sla.ms && est.floorMs <= sla.ms)) continue;
				const path = c.own ?? `${store.path}.regions`;
				const all = options.bound === "floor" ? est.dominant.floor : est.dominant.typical;
				const remote = all.filter((l) => l.from !== l.to);
				const legs = remote.length ? remote : all;
				const message = `a write to '${store.name}' (${c.who}) from ${from} needs ${est.waitsFor}, so it waits on ${legs.map(say).join(", then ")}; at least ${ms(est.floorMs)} by physics, ~${ms(est.typicalMs)} typical, against the write ${sla.percentile} SLA of ${ms(sla.ms)} (${c.req.from.write})` + (options.bound === "floor" ? ": physics rules this out" : ": the SLA fits the fibre floor but not the typical round trips between these regions");
				const key = `${path}|${from}|${sla.ms}`;
				if (seen.has(key)) continue;
				seen.add(key);
				const measured = est.dominant.typical.find((l) => l.typicalKind === "measured");
				results.push({
					path,
					message,
					...measured ? { references: [measured.typicalSource] } : {}
				});
			}
		}
		return results;
	}
};
const ms = (x) => `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`;
const say = (l) => `${l.from === l.to ? `a replica in ${l.to}` : `${l.from} → ${l.to}`} (floor ${ms(l.floorMs)}, typical ${ms(l.typicalMs)}${l.typicalKind === "estimated" ? " estimated" : ""})`;
// dist/model/graph-order.js
/**
* Depth-first order of a directed graph without recursion, so a call chain thousands
* of services deep is walked like a short one. Every walk over service calls builds
* on this: callees come before their callers in `postOrder`, and an edge that closes
* a cycle is a back edge, which walks cut.
*/
/**
* Walks from each root in turn; `out` gives a node's edges (an edge to a node `out`
* knows nothing about is followed like any other and ends there). `onBackEdge` sees
* the path from the walk's root down to the node whose edge closes the cycle.
*/
function depthFirst(roots, out, onBackEdge) {
	const state = /* @__PURE__ */ new Map();
	const postOrder = [];
	const backEdges = /* @__PURE__ */ new Set();
	const path = [];
	const next = [];
	const edges = [];
	const enter = (node) => {
		state.set(node, "active");
		path.push(node);
		next.push(0);
		edges.push(out(node));
	};
	for (const root of roots) {
		if (state.has(root)) continue;
		enter(root);
		while (path.length > 0) {
			const top = path.length - 1;
			const list = edges[top];
			const i = next[top];
			if (i === list.length) {
				const node = path.pop();
				next.pop();
				edges.pop();
				state.set(node, "done");
				postOrder.push(node);
				continue;
			}
			next[top] = i + 1;
			const { to, edge } = list[i];
			const seen = state.get(to);
			if (seen === "active") {
				backEdges.add(edge);
				onBackEdge?.(edge, path, to);
			} else if (seen === void 0) enter(to);
		}
	}
	return {
		postOrder,
		backEdges
	};
}
// dist/analysis/availability-graph.js
/**
* Availability composed along a call graph. A component shared by two branches
* (a diamond) is one failure, so it is counted once, not per path.
*
* The loader refuses synchronous call cycles, so a loaded system's graph is acyclic
* and is composed once for all services, callees first (reverse call order): each
* service's set of distinct dependencies is the union of its callees' sets, kept
* as a bit set, and its weakest serial path extends the weakest of its callees'.
* That is linear in services × components / 32 instead of one walk over everything
* reachable per service. A graph given with a cycle (only possible through the
* library) is composed per service, cutting each cycle where it closes.
*/
const own = (s) => s.availability ?? 1;
function callGraphComposer(services) {
	for (const s of services) check([own(s), ...(s.stores ?? []).map((x) => x.availability)]);
	const byName = new Map(services.map((s) => [s.name, s]));
	const callees = new Map(services.map((s) => [s.name, s.calls.filter((c) => (c.mode ?? "sync") === "sync").map((c) => byName.get(c.service)).filter((c) => c !== void 0)]));
	const order = depthFirst(byName.keys(), (name) => (callees.get(name) ?? []).map((c) => ({
		to: c.name,
		edge: c
	})));
	const compose = order.backEdges.size === 0 ? acyclic(byName, callees, order.postOrder) : cyclic(byName, callees);
	const done = /* @__PURE__ */ new Map();
	return { of(name) {
		const cached = done.get(name);
		if (cached) return cached;
		const service = byName.get(name);
		if (!service) return void 0;
		const result = compose(service);
		done.set(name, result);
		return result;
	} };
}
function result(root, effective, count, dependencies, weakest, path, isCyclic) {
	let listed;
	return {
		service: root.name,
		own: own(root),
		effective,
		get dependencies() {
			return listed ??= dependencies();
		},
		weakest,
		weakestPath: path,
		cyclic: isCyclic,
		explanation: `${root.name} needs ${count} other component(s) synchronously: ${formatAvailability(own(root))} own → ${formatAvailability(effective)} effective (${formatDuration$1(downtimeMs(effective))} down per 30-day month); weakest serial path ${path.names.join(" → ")} = ${formatAvailability(path.availability)}`
	};
}
/** The last of equally weak parts wins, as a scan in dependency order would pick it. */
const weaker = (a, b) => b.availability <= a.availability ? b : a;
function acyclic(byName, callees, postOrder) {
	const components = [...byName.values()].map((s) => ({
		name: s.name,
		kind: "service",
		availability: own(s)
	}));
	const index = new Map(components.map((c, i) => [`service:${c.name}`, i]));
	for (const s of byName.values()) for (const st of s.stores ?? []) if (!index.has(`store:${st.name}`)) index.set(`store:${st.name}`, components.push({
		name: st.name,
		kind: "store",
		availability: st.availability
	}) - 1);
	const words = Math.ceil(components.length / 32);
	const bits = new Uint32Array(byName.size * words);
	const row = (i) => bits.subarray(i * words, (i + 1) * words);
	const set = (r, bit) => {
		r[bit >>> 5] |= 1 << (bit & 31);
	};
	const slot = (kind, name) => index.get(`${kind}:${name}`);
	const weakestOf = /* @__PURE__ */ new Map();
	const path = /* @__PURE__ */ new Map();
	for (const name of postOrder) {
		const s = byName.get(name);
		const mine = row(slot("service", name));
		let weakest = components[slot("service", name)];
		let below = { availability: 1 };
		for (const st of s.stores ?? []) {
			set(mine, slot("store", st.name));
			weakest = weaker(weakest, components[slot("store", st.name)]);
			if (st.availability < below.availability) below = {
				availability: st.availability,
				store: st.name
			};
		}
		for (const c of callees.get(name) ?? []) {
			const theirs = row(slot("service", c.name));
			for (let w = 0; w < words; w++) mine[w] |= theirs[w];
			set(mine, slot("service", c.name));
			weakest = weaker(weakest, weakestOf.get(c.name));
			const sub = path.get(c.name);
			if (sub.availability < below.availability) below = {
				availability: sub.availability,
				next: c.name
			};
		}
		weakestOf.set(name, weakest);
		path.set(name, {
			...below,
			availability: own(s) * below.availability
		});
	}
	return (root) => {
		const mine = row(slot("service", root.name));
		const self = slot("service", root.name);
		const members = () => {
			const out = [];
			for (let w = 0; w < words; w++) for (let word = mine[w]; word !== 0; word &= word - 1) {
				const bit = w * 32 + (31 - Math.clz32(word & -word));
				if (bit !== self) out.push(bit);
			}
			return out;
		};
		const found = members();
		const effective = found.reduce((p, bit) => p * components[bit].availability, own(root));
		const names = [root.name];
		let step = path.get(root.name);
		for (let next = step.next; next !== void 0; next = step.next) {
			names.push(next);
			step = path.get(next);
		}
		if (step.store !== void 0) names.push(step.store);
		return result(root, effective, found.length, () => members().map((bit) => components[bit]), weakestOf.get(root.name), {
			names,
			availability: path.get(root.name).availability
		}, false);
	};
}
/** Per service: a walk over what it reaches, and a depth-first search for its weakest path that cuts cycles. */
function cyclic(byName, callees) {
	const syncCallees = (s) => callees.get(s.name) ?? [];
	return (root) => {
		const deps = /* @__PURE__ */ new Map();
		const stack = [root];
		const seen = /* @__PURE__ */ new Set([root.name]);
		while (stack.length > 0) {
			const s = stack.pop();
			for (const store of s.stores ?? []) deps.set(`store:${store.name}`, {
				name: store.name,
				kind: "store",
				availability: store.availability
			});
			for (const callee of syncCallees(s)) {
				if (seen.has(callee.name)) continue;
				seen.add(callee.name);
				deps.set(`service:${callee.name}`, {
					name: callee.name,
					kind: "service",
					availability: own(callee)
				});
				stack.push(callee);
			}
		}
		let cycleSeen = false;
		const weakestFrom = (s, onPath) => {
			onPath.add(s.name);
			let best = {
				names: [],
				availability: 1
			};
			for (const store of s.stores ?? []) if (store.availability < best.availability) best = {
				names: [store.name],
				availability: store.availability
			};
			for (const callee of syncCallees(s)) {
				if (onPath.has(callee.name)) {
					cycleSeen = true;
					continue;
				}
				const sub = weakestFrom(callee, onPath);
				if (sub.availability < best.availability) best = sub;
			}
			onPath.delete(s.name);
			return {
				names: [s.name, ...best.names],
				availability: own(s) * best.availability
			};
		};
		const path = weakestFrom(root, /* @__PURE__ */ new Set());
		const dependencies = [...deps.values()];
		const effective = own(root) * dependencies.reduce((p, d) => p * d.availability, 1);
		const weakest = dependencies.reduce(weaker, {
			name: root.name,
			kind: "service",
			availability: own(root)
		});
		return result(root, effective, dependencies.length, () => dependencies, weakest, path, cycleSeen);
	};
}
// dist/model/call-order.js
/**
* The order of services along their calls, computed once per model without
* recursion: callees before callers. `all` follows every call; `sync` only the
* synchronous ones (the loader refuses synchronous cycles, but a queued call back
* up the chain is ordinary, so `all` may have back edges, which walks cut).
*/
const cache = /* @__PURE__ */ new WeakMap();
function callOrders(model) {
	let orders = cache.get(model);
	if (!orders) {
		const services = lookup(model).services;
		const roots = model.services.map((s) => s.name);
		const edges = (syncOnly) => (name) => (services.get(name)?.calls ?? []).filter((c) => !syncOnly || c.mode === "sync").map((c) => ({
			to: c.service,
			edge: c
		}));
		orders = {
			all: depthFirst(roots, edges(false)),
			sync: depthFirst(roots, edges(true))
		};
		cache.set(model, orders);
	}
	return orders;
}
// dist/engine/functions/support/call-graph.js
/** Names of the services some other service calls; the rest are entry points. */
function calledServices(ctx) {
	return ctx.knowledge.memo("services/called", () => new Set(ctx.model.services.flatMap((s) => s.calls.map((c) => c.service))));
}
/** Requests one attempt can turn into: attempts, or 1 + budget when a retry budget caps retries. */
function multiplier(r) {
	if (!r) return 1;
	return r.budget !== void 0 ? Math.min(r.attempts, 1 + r.budget) : r.attempts;
}
const chainTables = /* @__PURE__ */ new WeakMap();
/** The worst chain from every service, callees first, in one pass; a call that closes a (queued) cycle is cut. */
function chainTable(model) {
	let table = chainTables.get(model);
	if (table) return table;
	table = /* @__PURE__ */ new Map();
	const { all } = callOrders(model);
	const services = lookup(model).services;
	for (const name of all.postOrder) {
		let best = { factor: 1 };
		for (const call of services.get(name)?.calls ?? []) {
			if (all.backEdges.has(call)) continue;
			const factor = multiplier(call.retries) * (table.get(call.service)?.factor ?? 1);
			if (factor > best.factor) best = {
				factor,
				call
			};
		}
		table.set(name, best);
	}
	chainTables.set(model, table);
	return table;
}
/** The call chain from `start` whose product of attempts is largest. */
function worstRetryChain(model, start) {
	const table = chainTable(model);
	const factor = table.get(start)?.factor ?? 1;
	const calls = [];
	let from = start;
	for (let step = table.get(from); step?.call; step = table.get(from)) {
		calls.push({
			from,
			call: step.call
		});
		from = step.call.service;
	}
	return {
		calls,
		factor
	};
}
/** Sum of the waits between attempts at their cap (jitter only shortens them); 0 when no delay is declared. */
function backoffMs(r) {
	if (!r || r.attempts < 2 || r.backoff === "none" || r.baseDelay === void 0) return 0;
	const cap = r.maxDelay ?? Number.POSITIVE_INFINITY;
	let total = 0;
	for (let i = 1; i < r.attempts; i++) {
		const raw = r.backoff === "fixed" ? r.baseDelay : r.backoff === "linear" ? r.baseDelay * i : r.baseDelay * 2 ** (i - 1);
		total += Math.min(cap, raw);
	}
	return total;
}
function timeOfCall(call, serviceWorst) {
	const attempts = call.retries?.attempts ?? 1;
	const per = call.timeout !== void 0 ? {
		ms: call.timeout,
		how: `${fmt$1(call.timeout)} timeout`
	} : serviceWorst(call.service);
	if (!per) return void 0;
	const backoff = backoffMs(call.retries);
	return {
		ms: attempts * per.ms + backoff,
		how: `${attempts} attempt${attempts === 1 ? "" : "s"} × ${call.timeout !== void 0 ? per.how : `('${call.service}' up to ${fmt$1(per.ms)})`}${backoff ? ` + ${fmt$1(backoff)} backoff` : ""}`
	};
}
const timeTables = /* @__PURE__ */ new WeakMap();
/** Every service's worst case, callees first, in one pass over the synchronous calls. */
function serviceTimes(model) {
	let table = timeTables.get(model);
	if (table) return table;
	const times = /* @__PURE__ */ new Map();
	const { sync } = callOrders(model);
	const services = lookup(model).services;
	for (const name of sync.postOrder) {
		let worst;
		for (const call of services.get(name)?.calls ?? []) {
			if (call.mode !== "sync" || sync.backEdges.has(call)) continue;
			const t = timeOfCall(call, (callee) => times.get(callee));
			if (t && (!worst || t.ms > worst.ms)) worst = {
				...t,
				call
			};
		}
		times.set(name, worst);
	}
	timeTables.set(model, times);
	return times;
}
/** A service's worst case: its slowest synchronous dependency (calls may run in parallel, so they are not summed). */
function serviceTime(model, name) {
	return serviceTimes(model).get(name);
}
const fmt$1 = (ms) => ms >= 1e3 ? `${Number((ms / 1e3).toFixed(2))}s` : `${Math.round(ms)}ms`;
// dist/engine/functions/composite-availability.js
/**
* A service's availability composed with everything it needs synchronously
* (services it calls, stores behind the data sets it reads and writes, each
* counted once) against its target. A service's own `requirements.availability`
* is checked for that service; the system's target is checked at the entry
* points (services no other service calls), since every service
* below them is part of their figure.
*/
const compositeAvailability = {
	name: "composite-availability",
	description: "Reports services whose composed availability is below their target or the system target.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node, _options, ctx) {
		const svc = node;
		const own = svc.requirements?.availability;
		const target = own ?? (!calledServices(ctx).has(svc.name) ? ctx.model.requirements.availability : void 0);
		if (target === void 0) return [];
		const composed = ctx.knowledge.memo("availability/call-graph", () => callGraphComposer(graph(ctx.model))).of(svc.name);
		if (!composed || composed.effective >= target) return [];
		const gap = downtimeMs(composed.effective) - downtimeMs(target);
		return [{ message: `'${svc.name}' composes to ${formatAvailability(composed.effective)} (${formatDuration$1(downtimeMs(composed.effective))} down per 30-day month) against ${own !== void 0 ? "its" : "the system"} target of ${formatAvailability(target)} (${formatDuration$1(downtimeMs(target))}): ${formatDuration$1(gap)} more downtime a month. ${weakestLink(composed)}` }];
	}
};
/** The services as a call graph; a store counts only where its availability is declared. */
function graph(model) {
	const storeOf = new Map(model.datasets.map((d) => [d.name, d.store]));
	const stores = new Map(model.datastores.map((s) => [s.name, s]));
	return model.services.map((s) => {
		const used = [...new Set([...s.reads, ...s.writes].map((d) => storeOf.get(d)).filter((n) => n !== void 0))];
		return {
			name: s.name,
			...s.availability !== void 0 ? { availability: s.availability } : {},
			calls: s.calls.map((c) => ({
				service: c.service,
				mode: c.mode
			})),
			stores: used.flatMap((n) => {
				const a = stores.get(n)?.availability;
				return a === void 0 ? [] : [{
					name: n,
					availability: a
				}];
			})
		};
	});
}
function weakestLink(c) {
	const weakest = c.weakest;
	const path = c.weakestPath.names.length > 1 ? `; weakest serial path ${c.weakestPath.names.join(" → ")} = ${formatAvailability(c.weakestPath.availability)}` : "";
	return `Weakest link: ${weakest.kind} '${weakest.name}' at ${formatAvailability(weakest.availability)}${path}`;
}
// dist/engine/functions/single-instance.js
/**
* A service with a single instance in a single region, or a store with a single
* replica, while the requirements ask for high availability (≥ `minAvailability`)
* or for surviving node failures: one crash, deploy or zone outage stops it.
*/
const singleInstance = {
	name: "single-instance",
	description: "Reports services with one instance and stores with one replica when availability or node-failure tolerance is required.",
	optionsSchema: {
		type: "object",
		properties: { minAvailability: {
			type: "number",
			minimum: 0,
			maximum: 1
		} },
		required: ["minAvailability"],
		additionalProperties: false
	},
	run(node, options) {
		const model = node;
		const results = [];
		for (const s of model.services) {
			if (s.instances > 1 || s.regions.length > 1) continue;
			const why = demand(effectiveRequirements(model, [`service '${s.name}' requirement`, s.requirements]), options.minAvailability);
			if (why) results.push({
				path: `${s.path}.instances`,
				message: `service '${s.name}' runs a single instance${s.regions[0] ? ` in ${s.regions[0]}` : ""} (instances: 1, also the default): one crash, deploy or zone outage stops it, ${why}`
			});
		}
		for (const d of model.datastores) {
			if (d.replicas > 1) continue;
			const why = demand(effectiveRequirements(model, [`store '${d.name}' requirement`, d.requirements]), options.minAvailability);
			if (why) results.push({
				path: `${d.path}.replicas`,
				message: `store '${d.name}' (${d.engine}) keeps a single replica: losing that node stops every reader and writer and may lose its data, ${why}`
			});
		}
		return results;
	}
};
function demand(req, min) {
	const asks = [];
	if (req.availability !== void 0 && req.availability >= min) asks.push(`${formatAvailability(req.availability)} availability (${formatDuration$1(downtimeMs(req.availability))} of downtime a month, ${req.from.availability})`);
	if (req.tolerate.nodes >= 1) asks.push(`surviving ${req.tolerate.nodes} node failure${req.tolerate.nodes === 1 ? "" : "s"} (${req.from.tolerate})`);
	return asks.length ? `yet the requirements ask for ${asks.join(" and ")}` : void 0;
}
// dist/engine/functions/retry-amplification.js
/**
* Retries at every layer multiply: a request entering a chain of services each
* making `a` attempts can reach the last one aⁿ times. Checked from entry points
* (services no other service calls), whose worst chain covers every sub-chain.
*/
const retryAmplification = {
	name: "retry-amplification",
	description: "Reports call chains whose product of retry attempts exceeds a bound.",
	optionsSchema: {
		type: "object",
		properties: { maxFactor: {
			type: "number",
			exclusiveMinimum: 1
		} },
		required: ["maxFactor"],
		additionalProperties: false
	},
	run(node, options, ctx) {
		const svc = node;
		if (calledServices(ctx).has(svc.name)) return [];
		const chain = worstRetryChain(ctx.model, svc.name);
		if (chain.factor <= options.maxFactor) return [];
		const last = chain.calls[chain.calls.length - 1].call.service;
		const steps = chain.calls.map(({ call }) => `→ ${call.service} (${factor(multiplier(call.retries))})`).join(" ");
		return [{
			path: chain.calls[0].call.path,
			message: `one request to '${svc.name}' can reach '${last}' ${factor(chain.factor)}: ${svc.name} ${steps}, above the bound of ${factor(options.maxFactor)}; during an outage of '${last}' its callers multiply the load on it by that much`
		}];
	}
};
const factor = (x) => `${Number.isInteger(x) ? x : x.toFixed(2)}×`;
// dist/engine/functions/timeout-inversion.js
/**
* A caller that gives up before its callee can: the callee's own synchronous calls
* (timeout × attempts + backoff, along its slowest dependency) may take longer than
* the caller's timeout, so the caller abandons work that is still running.
*/
const timeoutInversion = {
	name: "timeout-inversion",
	description: "Reports calls whose timeout is shorter than the callee's worst-case time through its own calls and retries.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node, _options, ctx) {
		const call = node;
		const caller = ctx.parent;
		if (call.mode !== "sync" || call.timeout === void 0) return [];
		const worst = serviceTime(ctx.model, call.service);
		if (!worst?.call || call.timeout >= worst.ms) return [];
		return [{ message: `'${caller.name}' gives '${call.service}' ${fmt$1(call.timeout)}, but '${call.service}' can take ${fmt$1(worst.ms)} before it answers: its call to '${worst.call.service}' allows ${worst.how}. '${caller.name}' gives up while '${call.service}' is still working` + ((call.retries?.attempts ?? 1) > 1 ? `, and its own retries pile new work on top of the abandoned one` : "") }];
	}
};
// dist/engine/functions/distributed-2pc.js
/**
* Two-phase commit is only at home inside one trust domain of homogeneous
* participants (one database engine's own distributed transactions). Across
* services, engines or external systems a coordinator failure after `prepare`
* leaves every participant blocked, holding locks, until it comes back.
*/
const distributed2pc = {
	name: "distributed-2pc",
	description: "Reports two-phase-commit workflows that span services, store engines or external systems.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node, _options, ctx) {
		const wf = node;
		if (wf.protocol !== "2pc") return [];
		const services = [...new Set(wf.steps.map((s) => s.service))];
		const storeOf = new Map(ctx.model.datasets.map((d) => [d.name, d.store]));
		const engineOf = new Map(ctx.model.datastores.map((s) => [s.name, s.engine]));
		const stores = [...new Set(wf.steps.flatMap((s) => s.writes).map((d) => storeOf.get(d)).filter((s) => s !== void 0))];
		const engines = [...new Set(stores.map((s) => engineOf.get(s)).filter((e) => e !== void 0))];
		const external = wf.steps.filter((s) => s.external).map((s) => s.name);
		const spans = [];
		if (services.length > 1) spans.push(`services ${list(services)}`);
		if (engines.length > 1) spans.push(`stores of different engines (${stores.map((s) => `'${s}' ${engineOf.get(s)}`).join(", ")})`);
		if (external.length) spans.push(`external step${external.length > 1 ? "s" : ""} ${list(external)} outside our trust domain`);
		if (spans.length === 0) return [];
		return [{
			path: `${wf.path}.protocol`,
			message: `workflow '${wf.name}' uses two-phase commit across ${spans.join(" and ")}: if the coordinator fails after participants have prepared, they must hold their locks until it recovers, so one failure blocks every participant`
		}];
	}
};
const list = (xs) => xs.map((x) => `'${x}'`).join(", ");
// dist/engine/functions/partitioning-fit.js
const KEYED = [
	"hash",
	"range",
	"consistent-hash"
];
const HASHED = ["hash", "consistent-hash"];
/**
* How a store's partitioning fits the way its data sets are used. `hot-key`: a
* data set declares hot keys on a keyed partitioning with no mitigation, so one
* shard takes their whole load. `strategy-mismatch`: range or scan access on a
* hashed key (every shard must answer), or a monotonic key on range partitioning
* (every new write lands on the last shard).
*/
const partitioningFit = {
	name: "partitioning-fit",
	description: "Checks a store's partitioning against its data sets' hot keys and access patterns.",
	optionsSchema: {
		type: "object",
		properties: { check: { enum: ["hot-key", "strategy-mismatch"] } },
		required: ["check"],
		additionalProperties: false
	},
	run(node, options, ctx) {
		const store = node;
		const p = store.partitioning;
		if (!p || !KEYED.includes(p.strategy)) return [];
		const key = p.key ? ` on '${p.key}'` : "";
		const datasets = ctx.model.datasets.filter((d) => d.store === store.name);
		const results = [];
		if (options.check === "hot-key") {
			if (p.hotKeyMitigation) return [];
			for (const d of datasets.filter((x) => x.access.hotKeys === true)) results.push({
				path: `${d.path}.access.hotKeys`,
				message: `data set '${d.name}' has hot keys, and '${store.name}' is ${p.strategy}-partitioned${key} with no hotKeyMitigation: each hot key lives on one shard, which takes its whole load while the others idle`
			});
			return results;
		}
		if (HASHED.includes(p.strategy)) for (const d of datasets.filter((x) => x.access.pattern === "range" || x.access.pattern === "scan")) results.push({
			path: `${d.path}.access.pattern`,
			message: `data set '${d.name}' is read by ${d.access.pattern}, but '${store.name}' is ${p.strategy}-partitioned${key}: hashing scatters adjacent keys, so every ${d.access.pattern} must ask every shard`
		});
		if (p.strategy === "range" && p.monotonicKey === true) results.push({
			path: `${store.path}.partitioning.monotonicKey`,
			message: `'${store.name}' is range-partitioned${key} and the key grows monotonically: every new write lands on the last range, so one shard takes all inserts however many there are`
		});
		return results;
	}
};
// dist/engine/functions/residency.js
/**
* A data set whose `residency` names jurisdictions (`eu`, `de`) or region ids must
* have every replica of its store in a region that is one of those ids or lies in
* one of those jurisdictions. A region with no known jurisdiction cannot be shown
* to comply, so it is reported too.
*/
const residency = {
	name: "residency",
	description: "Reports data sets whose store keeps replicas outside the data set's residency.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node, _options, ctx) {
		const ds = node;
		if (ds.residency.length === 0) return [];
		const store = lookup(ctx.model).datastores.get(ds.store);
		if (!store) return [];
		const outside = occupiedRegions(store.placement).map((region) => ({
			region,
			count: store.placement[region],
			jurisdictions: jurisdictionsOf(ctx.model, region)
		})).filter((r) => !ds.residency.includes(r.region) && !r.jurisdictions.some((j) => ds.residency.includes(j)));
		if (outside.length === 0) return [];
		const where = outside.map((r) => `${r.count} replica${r.count === 1 ? "" : "s"} in ${r.region} (${r.jurisdictions.length ? r.jurisdictions.join(", ") : "no jurisdiction declared"})`).join(", ");
		return [{
			path: `${ds.path}.residency`,
			message: `data set '${ds.name}' must stay in ${ds.residency.join(", ")}, but its store '${store.name}' keeps ${where}`
		}];
	}
};
// dist/engine/functions/declared-classification.js
/** Every store and topic whose classification was declared (`engine: custom`), not derived from a profile. */
const declaredClassification = {
	name: "declared-classification",
	description: "Reports stores and topics classified from a declaration (engine: custom) instead of an engine profile.",
	optionsSchema: {
		type: "object",
		properties: {},
		additionalProperties: false
	},
	run(_node, _options, ctx) {
		const c = classification(ctx);
		return [...c.stores.values(), ...c.topics.values()].filter((s) => s.declared).map((s) => ({
			path: `${s.path}.declared`,
			message: `'${s.name}' is classified as declared (${s.pacelc}, ${s.consistency}, acknowledged writes ${s.onPartition.ackedWritesLostOnFailover ? "lost" : "kept"} on failover), not derived: every rule takes the declaration as true`
		}));
	}
};
// dist/engine/functions/broker-guarantees.js
const DELIVERY_RANK = {
	"at-most-once": 0,
	"at-least-once": 1,
	"exactly-once": 2
};
const ORDERING_RANK = {
	none: 0,
	"per-key": 1,
	total: 2
};
/**
* What a topic declares (`delivery`, `ordering`) against what its broker, as configured,
* gives (the profile's `messaging`). Works for every broker profile, not one engine.
* `check: delivery | ordering | dedup-window`.
*/
const brokerGuarantees = {
	name: "broker-guarantees",
	description: "Compares a topic's declared delivery and ordering with what its broker configuration provides.",
	optionsSchema: {
		type: "object",
		properties: { check: { enum: [
			"delivery",
			"ordering",
			"dedup-window"
		] } },
		required: ["check"],
		additionalProperties: false
	},
	run(node, options, ctx) {
		const topic = node;
		const cls = classification(ctx).topics.get(topic.name);
		const given = cls?.messaging;
		if (!cls || !given || cls.declared) return [];
		const how = `${topic.engine} as configured (${cls.rule})`;
		if (options.check === "delivery") {
			if (DELIVERY_RANK[topic.delivery] <= DELIVERY_RANK[given.delivery] || topic.delivery === "at-most-once") return [];
			return [{
				path: `${topic.path}.delivery`,
				message: `topic '${topic.name}' declares ${topic.delivery} delivery, but ${how} delivers ${given.delivery}: consumers will see repeats`,
				references: cls.references
			}];
		}
		if (options.check === "ordering") {
			const ordering = given.ordering === "per-key" && topic.settings["partitions"] === 1 ? "total" : given.ordering;
			if (ORDERING_RANK[topic.ordering] <= ORDERING_RANK[ordering]) return [];
			return [{
				path: `${topic.path}.ordering`,
				message: `topic '${topic.name}' declares ${topic.ordering} ordering, but ${how} orders ${given.ordering === "none" ? "nothing" : given.ordering}`,
				references: cls.references
			}];
		}
		if (topic.delivery !== "exactly-once" || !given.dedupWindow) return [];
		return [{
			path: `${topic.path}.delivery`,
			message: `topic '${topic.name}' relies on ${topic.engine}'s de-duplication, which drops repeats only within ${given.dedupWindow}: a publisher retry after that window is delivered again`,
			references: cls.references
		}];
	}
};
// dist/model/units.js
/** Parsing the units of a system description. The schema has already checked the form. */
const DURATION_MS = {
	ms: 1,
	s: 1e3,
	m: 6e4,
	h: 36e5,
	d: 864e5
};
const PER_SECOND = {
	s: 1,
	m: 1 / 60,
	h: 1 / 3600,
	d: 1 / 86400
};
const BYTES = {
	B: 1,
	KB: 1e3,
	MB: 1e6,
	GB: 1e9,
	TB: 0xe8d4a51000,
	PB: 0x38d7ea4c68000,
	KiB: 1024,
	MiB: 2 ** 20,
	GiB: 2 ** 30,
	TiB: 2 ** 40,
	PiB: 2 ** 50
};
function split(text, units) {
	const m = new RegExp(`^([0-9]+(?:\\.[0-9]+)?)\\s*(${units})$`).exec(text.trim());
	if (!m) throw new RangeError(`cannot parse '${text}'`);
	return [Number(m[1]), m[2] ?? ""];
}
/** `250ms` → 250, `2s` → 2000, `5m` → 300000 */
function parseDuration(text) {
	const [n, unit] = split(text, "ms|s|m|h|d");
	return n * (DURATION_MS[unit] ?? NaN);
}
/** `500/s` → 500, `30/m` → 0.5 */
function parseRate(text) {
	const [n, unit] = split(text.replace(/\s*\/\s*/, "/"), "/s|/m|/h|/d");
	return n * (PER_SECOND[unit.slice(1)] ?? NaN);
}
/** `200GB` → 2e11 bytes (decimal units; KiB/MiB/GiB are binary) */
function parseSize(text) {
	const [n, unit] = split(text, "B|KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB|PiB");
	return n * (BYTES[unit] ?? NaN);
}
/** `99.95%` → 0.9995 */
function parsePercent(text) {
	const [n] = split(text, "%");
	return n / 100;
}
function formatDuration(ms) {
	if (ms >= 36e5 && ms % 36e5 === 0) return `${ms / 36e5}h`;
	if (ms >= 6e4 && ms % 6e4 === 0) return `${ms / 6e4}m`;
	if (ms >= 1e3 && ms % 1e3 === 0) return `${ms / 1e3}s`;
	return `${Math.round(ms * 10) / 10}ms`;
}
// dist/analysis/simulate/failures.js
/**
* The `--fail` vocabulary: parsing a failure from its text, checking it against the
* model, and printing it back in one canonical form.
*
*   region=aws:us-east-1              the whole region is lost
*   zone=aws:us-east-1/2              zone 2 of the region is lost (zones are numbered from 1)
*   partition=A,B|C                   regions A and B cannot reach C; unnamed regions sit with C
*   node=NAME                         one node of a store (its leader) or one instance of a service crashes
*   failover=STORE                    the store's leader fails over
*   skew=aws:eu-west-1:500ms          the region's clocks are off by 500 ms
*   down=SERVICE                      a service (or the outside system behind it) is down everywhere
*/
const FAILURE_SYNTAX = [
	"region=REGION",
	"zone=REGION/N",
	"partition=REGION,…|REGION,…",
	"node=STORE|SERVICE",
	"failover=STORE",
	"skew=REGION:DURATION",
	"down=SERVICE"
];
function regionsOf(model) {
	const all = new Set(model.regions.map((r) => r.id));
	for (const s of model.datastores) for (const r of s.regions) all.add(r);
	for (const s of model.services) for (const r of s.regions) all.add(r);
	for (const t of model.messaging) for (const r of t.regions) all.add(r);
	return all;
}
function fail(spec, why) {
	throw new UsageError(`--fail ${spec}: ${why} (accepted: ${FAILURE_SYNTAX.join(", ")})`);
}
function parseFailure(spec, model) {
	const eq = spec.indexOf("=");
	if (eq < 1) fail(spec, "expected KIND=TARGET");
	const kind = spec.slice(0, eq).trim();
	const value = spec.slice(eq + 1).trim();
	if (value === "") fail(spec, "the target is empty");
	const regions = regionsOf(model);
	const region = (id) => {
		if (!regions.has(id)) fail(spec, `unknown region '${id}' (this system uses ${[...regions].sort().join(", ")})`);
		return id;
	};
	const index = lookup(model);
	switch (kind) {
		case "region": return {
			kind,
			region: region(value)
		};
		case "zone": {
			const m = /^(.+)\/(\d+)$/.exec(value);
			if (!m) fail(spec, "a zone is REGION/N, e.g. aws:us-east-1/1");
			const zone = Number(m[2]);
			if (zone < 1 || zone > 9) fail(spec, "zones are numbered 1 to 9");
			return {
				kind,
				region: region(m[1]),
				zone
			};
		}
		case "partition": {
			const groups = value.split("|").map((g) => g.split(",").map((r) => r.trim()).filter(Boolean));
			if (groups.length !== 2 || groups[0].length === 0) fail(spec, "a partition is REGION,…|REGION,… (the second group may be empty: the rest)");
			const a = groups[0].map(region);
			const named = groups[1].map(region);
			const overlap = a.filter((r) => named.includes(r));
			if (overlap.length) fail(spec, `region ${overlap.join(", ")} is on both sides`);
			const b = [...named, ...[...regions].filter((r) => !a.includes(r) && !named.includes(r)).sort()];
			if (b.length === 0) fail(spec, "every region is on the first side, so nothing is cut off");
			return {
				kind,
				sides: [[...a].sort(), b.sort()]
			};
		}
		case "node":
			if (!index.datastores.has(value) && !index.services.has(value) && !index.topics.has(value)) fail(spec, `no store, topic or service is named '${value}'`);
			return {
				kind,
				target: value
			};
		case "failover":
			if (!index.datastores.has(value) && !index.topics.has(value)) fail(spec, `no store or topic is named '${value}'`);
			return {
				kind,
				store: value
			};
		case "skew": {
			const at = value.lastIndexOf(":");
			let ms;
			try {
				ms = at > 0 ? parseDuration(value.slice(at + 1)) : void 0;
			} catch {
				ms = void 0;
			}
			if (ms === void 0 || !Number.isFinite(ms)) fail(spec, "a skew is REGION:DURATION, e.g. aws:eu-west-1:500ms");
			return {
				kind,
				region: region(value.slice(0, at)),
				ms
			};
		}
		case "down":
			if (!index.services.has(value)) fail(spec, `no service is named '${value}'`);
			return {
				kind,
				service: value
			};
		default: return fail(spec, `unknown failure kind '${kind}'`);
	}
}
function failureText(f) {
	switch (f.kind) {
		case "region": return `region=${f.region}`;
		case "zone": return `zone=${f.region}/${f.zone}`;
		case "partition": return `partition=${f.sides[0].join(",")}|${f.sides[1].join(",")}`;
		case "node": return `node=${f.target}`;
		case "failover": return `failover=${f.store}`;
		case "skew": return `skew=${f.region}:${f.ms}ms`;
		case "down": return `down=${f.service}`;
	}
}
function scenarioId(failures) {
	return failures.length === 0 ? "none" : failures.map(failureText).join(" + ");
}
// dist/analysis/simulate/world.js
const regionsCache = /* @__PURE__ */ new WeakMap();
/** Every region the system names (the system's, its stores', services' and topics'), sorted; computed once per model. */
function allRegions(model) {
	const known = regionsCache.get(model);
	if (known) return known;
	const all = new Set(model.regions.map((r) => r.id));
	for (const s of model.datastores) for (const r of s.regions) all.add(r);
	for (const s of model.services) for (const r of s.regions) all.add(r);
	for (const t of model.messaging) for (const r of t.regions) all.add(r);
	const sorted = [...all].sort();
	regionsCache.set(model, sorted);
	return sorted;
}
function buildWorld(model, failures, regions = allRegions(model)) {
	const world = {
		lostRegions: /* @__PURE__ */ new Set(),
		lostZones: /* @__PURE__ */ new Map(),
		sides: [],
		crashed: /* @__PURE__ */ new Map(),
		failovers: /* @__PURE__ */ new Set(),
		skew: /* @__PURE__ */ new Map(),
		down: /* @__PURE__ */ new Set()
	};
	const cuts = [];
	for (const f of failures) if (f.kind === "region") world.lostRegions.add(f.region);
	else if (f.kind === "zone") world.lostZones.set(f.region, /* @__PURE__ */ new Set([...world.lostZones.get(f.region) ?? [], f.zone]));
	else if (f.kind === "partition") cuts.push(new Set(f.sides[0]));
	else if (f.kind === "node") world.crashed.set(f.target, (world.crashed.get(f.target) ?? 0) + 1);
	else if (f.kind === "failover") world.failovers.add(f.store);
	else if (f.kind === "skew") world.skew.set(f.region, Math.max(world.skew.get(f.region) ?? 0, Math.abs(f.ms)));
	else world.down.add(f.service);
	const groups = /* @__PURE__ */ new Map();
	for (const r of regions) {
		if (world.lostRegions.has(r)) continue;
		const key = cuts.map((c) => c.has(r) ? "a" : "b").join("");
		groups.set(key, [...groups.get(key) ?? [], r]);
	}
	world.sides = [...groups.values()];
	return world;
}
const zonesIn = (count, declared) => Math.max(1, Math.min(count, declared ?? Math.min(count, 3)));
/** Replicas zone `zone` (1-based) holds when `count` replicas are spread round-robin over `zones` zones. */
function replicasInZone(count, zones, zone) {
	if (zone > zones) return 0;
	return Math.floor(count / zones) + (zone - 1 < count % zones ? 1 : 0);
}
/** Where the store's primary / leader lives: the first of its regions that holds a replica (zone 1 there). */
function leaderRegion(store) {
	return store.regions.find((r) => (store.placement[r] ?? 0) > 0) ?? store.regions[0];
}
/** Replicas of a store (or topic) still up in each region, and whether its leader went down. */
function replicaState(world, name, store) {
	const up = /* @__PURE__ */ new Map();
	let total = 0;
	const leader = leaderRegion(store);
	let leaderLost = world.failovers.has(name) || (world.crashed.get(name) ?? 0) > 0;
	for (const r of store.regions) {
		const count = store.placement[r] ?? 0;
		total += count;
		if (world.lostRegions.has(r)) {
			up.set(r, 0);
			if (r === leader) leaderLost = true;
			continue;
		}
		const zones = zonesIn(count, store.zones);
		let lost = 0;
		for (const z of world.lostZones.get(r) ?? []) lost += replicasInZone(count, zones, z);
		if (r === leader && (world.lostZones.get(r)?.has(1) ?? false) && count > 0) leaderLost = true;
		up.set(r, Math.max(0, count - lost));
	}
	let crashed = world.crashed.get(name) ?? 0;
	for (const r of [leader, ...store.regions].filter((x) => x !== void 0)) while (crashed > 0 && (up.get(r) ?? 0) > 0) {
		up.set(r, (up.get(r) ?? 0) - 1);
		crashed -= 1;
	}
	return {
		up,
		total,
		leaderLost,
		leaderRegion: leader
	};
}
// dist/analysis/simulate/services.js
/**
* Services along the call graph: a service serves in a region when it runs there and
* every dependency it needs answers from that side of the world. A sync call to a
* callee that cannot answer takes the caller down (failing fast with a timeout and a
* breaker, piling up without); an async call, an outbox or a cache miss only degrade it.
*/
const needsCache = /* @__PURE__ */ new WeakMap();
function needsOf(model) {
	const known = needsCache.get(model);
	if (known) return known;
	const index = lookup(model);
	const resolve = (list) => list.flatMap((ds) => {
		const store = index.datasets.get(ds)?.store;
		return store ? [[ds, store]] : [];
	});
	const out = new Map(model.services.map((s) => [s.name, {
		reads: resolve(s.reads),
		writes: resolve(s.writes)
	}]));
	needsCache.set(model, out);
	return out;
}
const RANK = {
	down: 0,
	degraded: 1,
	up: 2
};
const worse = (a, b) => RANK[a] <= RANK[b] ? a : b;
/** Whether the service's own instances run in `region` (before looking at dependencies). */
function runsIn(world, svc, region) {
	if (world.down.has(svc.name)) return {
		state: "down",
		reasons: ["it is down"]
	};
	if (world.lostRegions.has(region)) return {
		state: "down",
		reasons: [`${region} is lost`]
	};
	let instances = svc.instances;
	const lostZones = world.lostZones.get(region);
	if (lostZones) {
		const zones = zonesIn(instances, svc.zones);
		for (const z of lostZones) if (z <= zones) instances -= Math.floor(svc.instances / zones) + (z - 1 < svc.instances % zones ? 1 : 0);
	}
	if (svc.regions[0] === region) instances -= world.crashed.get(svc.name) ?? 0;
	if (instances <= 0) return {
		state: "down",
		reasons: [`no instance is left in ${region}`]
	};
	if (instances < svc.instances) return {
		state: "up",
		reasons: [],
		capacity: `${svc.instances - instances} of ${svc.instances} instances in ${region} are down; the rest carry the load`
	};
	return {
		state: "up",
		reasons: []
	};
}
function callFailureMode(call) {
	if (call.timeout === void 0) return "piles-up";
	if (call.circuitBreaker) return "fails-fast";
	return (call.retries?.attempts ?? 1) > 1 ? "piles-up" : "fails-fast";
}
function simulateServices(inputs) {
	const { model, world, stores, topics, caches } = inputs;
	const index = lookup(model);
	const needs = needsOf(model);
	const sideIndex = /* @__PURE__ */ new Map();
	world.sides.forEach((side, i) => {
		for (const r of side) sideIndex.set(r, i);
	});
	const opOn = (effect, side, op) => {
		if (!effect) return "available";
		return effect.sides[side]?.[op] ?? "unavailable";
	};
	const memo = /* @__PURE__ */ new Map();
	/** The best state a callee offers on one side of the world, per call mode. */
	const bestMemo = /* @__PURE__ */ new Map();
	const bestOn = (callee, side, async) => {
		const key = `${callee.name}\u0000${side}\u0000${async ? "a" : "s"}`;
		const known = bestMemo.get(key);
		if (known) return known;
		let best = "down";
		const states = async ? void 0 : evaluate(callee);
		for (const r of callee.regions) {
			if (sideIndex.get(r) !== side) continue;
			const s = async ? runsIn(world, callee, r).state : states.get(r)?.state ?? "down";
			if (RANK[s] > RANK[best]) best = s;
			if (best === "up") break;
		}
		bestMemo.set(key, best);
		return best;
	};
	const evaluate = (svc) => {
		const known = memo.get(svc.name);
		if (known) return known;
		const out = /* @__PURE__ */ new Map();
		memo.set(svc.name, out);
		const need = needs.get(svc.name);
		for (const region of svc.regions) {
			const own = runsIn(world, svc, region);
			if (own.state === "down") {
				out.set(region, own);
				continue;
			}
			const side = sideIndex.get(region) ?? -1;
			let state = own.state;
			const reasons = [];
			let failureMode;
			for (const [ds, store] of need.reads) {
				const op = opOn(stores.get(store), side, "reads");
				if (op === "unavailable") {
					const cache = caches.has(store);
					state = worse(state, cache ? "degraded" : "down");
					reasons.push(cache ? `cache ${store} is unreachable: reads of ${ds} fall through` : `cannot read ${ds} (${store} serves no reads in ${region})`);
				} else if (op === "stale") {
					state = worse(state, "degraded");
					reasons.push(`reads of ${ds} are stale in ${region}`);
				}
			}
			for (const [ds, store] of need.writes) if (opOn(stores.get(store), side, "writes") === "unavailable") {
				state = worse(state, caches.has(store) ? "degraded" : "down");
				reasons.push(`cannot write ${ds} (${store} takes no writes in ${region})`);
			}
			for (const p of svc.publishes) if (opOn(topics.get(p.topic), side, "writes") === "unavailable") {
				const buffered = p.via !== "direct";
				state = worse(state, buffered ? "degraded" : "down");
				reasons.push(buffered ? `${p.topic} takes no messages; the ${p.via} holds them until it does` : `cannot publish to ${p.topic}`);
			}
			for (const call of svc.calls) {
				const callee = index.services.get(call.service);
				if (!callee) continue;
				const best = bestOn(callee, side, call.mode === "async");
				if (best === "down") {
					if (call.mode === "async") {
						state = worse(state, "degraded");
						reasons.push(`${call.service} is down; its queued work waits`);
					} else {
						state = "down";
						failureMode = failureMode === "piles-up" ? "piles-up" : callFailureMode(call);
						reasons.push(`${call.service} does not answer in ${region}: the call ${failureMode === "fails-fast" ? "fails fast" : "piles up (no timeout, or retries without a breaker)"}`);
					}
				} else if (best === "degraded") {
					state = worse(state, "degraded");
					reasons.push(`${call.service} is degraded`);
				}
			}
			if (own.capacity) reasons.push(own.capacity);
			const entry = {
				state,
				reasons
			};
			if (failureMode) entry.failureMode = failureMode;
			out.set(region, entry);
		}
		return out;
	};
	return model.services.map((svc) => {
		const regions = evaluate(svc);
		let up = 0;
		let serving = 0;
		let mode;
		const servingRegions = [];
		const reasons = [];
		for (const r of svc.regions) {
			const s = regions.get(r);
			if (!s) continue;
			if (s.state === "up") {
				up += 1;
				servingRegions.push(r);
			}
			if (s.state !== "down") serving += 1;
			mode ??= s.failureMode;
			for (const why of s.reasons) if (!reasons.includes(why)) reasons.push(why);
		}
		const state = regions.size > 0 && up === regions.size ? "up" : serving > 0 ? "degraded" : "down";
		const effect = {
			name: svc.name,
			path: svc.path,
			state,
			servingRegions,
			reasons
		};
		if (state === "down" && mode) effect.failureMode = mode;
		return effect;
	});
}
// dist/knowledge/failover-times.js
/**
* Documented failover times per engine (rules/knowledge/failover-times.yaml), for the
* RTO estimates of `archcap simulate`. Read on first use: only simulate needs it.
*/
var import_dist = require_dist();
const FILE = fileURLToPath(new URL("../../rules/knowledge/failover-times.yaml", import.meta.url));
let cached;
function failoverTimes(file = FILE) {
	if (cached && file === FILE) return cached;
	const doc = (0, import_dist.parse)(readFileSync(file, "utf8"));
	const map = /* @__PURE__ */ new Map();
	for (const [engine, entry] of Object.entries(doc?.engines ?? {})) {
		if (typeof entry?.basis !== "string" || typeof entry.source !== "string") throw new KnowledgeError(file, `engines.${engine} needs a basis and a source`);
		if (entry.automaticMs !== void 0 && !(Number.isFinite(entry.automaticMs) && entry.automaticMs >= 0)) throw new KnowledgeError(file, `engines.${engine}.automaticMs must be a non-negative number`);
		map.set(engine, entry);
	}
	if (file === FILE) cached = map;
	return map;
}
/** The failover mode a store gets when it declares none. */
function defaultFailover(engine, settings, topology) {
	const entry = failoverTimes().get(engine);
	const by = entry?.defaultBySetting;
	if (by) return by.values[String(settings[by.setting])] ?? "manual";
	if (entry?.default) return entry.default;
	return topology === "consensus" || topology === "leaderless" ? "automatic" : "manual";
}
// dist/analysis/simulate/stores.js
const reach = (state, side) => side.reduce((n, r) => n + (state.up.get(r) ?? 0), 0);
function holdsLeader(ctx, side) {
	return !ctx.state.leaderLost && ctx.state.leaderRegion !== void 0 && side.includes(ctx.state.leaderRegion);
}
/** The side that promotes a new leader when the old one is lost or cut off, or -1. */
function electingSide(ctx, sides) {
	const { state, mode } = ctx;
	const quorum = majority$2(state.total);
	const leaderSide = sides.findIndex((s) => holdsLeader({
		...ctx,
		electing: -1
	}, s));
	if (mode === "manual") return -1;
	if (mode === "external") {
		const home = sides.findIndex((s) => state.leaderRegion !== void 0 && s.includes(state.leaderRegion));
		for (let i = 0; i < sides.length; i++) {
			if (i === leaderSide) continue;
			const n = reach(state, sides[i]);
			if (n > 0 && (2 * n > state.total || 2 * n === state.total && i === home)) return i;
		}
		return -1;
	}
	for (let i = 0; i < sides.length; i++) if (i !== leaderSide && reach(state, sides[i]) >= quorum) return i;
	return -1;
}
/**
* Single-leader writes: the leader's side serves, a side that promotes a new leader
* serves after the failover. A consistent (CP) store with automatic failover fences an
* old leader that is cut off from a majority (Patroni demotes it when its leader key
* lapses, a MongoDB primary steps down), so two leaders never take writes at once.
*/
function leaderWrites(ctx, side, i, fenced) {
	if (holdsLeader(ctx, side)) {
		const othersElect = ctx.electing >= 0 && ctx.electing !== i;
		const n = reach(ctx.state, side);
		const minority = ctx.mode === "automatic" ? n < majority$2(ctx.state.total) : ctx.mode === "external" && 2 * n < ctx.state.total;
		if (fenced && (othersElect || minority)) return {
			state: "unavailable",
			afterFailover: false
		};
		return {
			state: "available",
			afterFailover: false
		};
	}
	if (ctx.electing === i) return {
		state: "available",
		afterFailover: true
	};
	return {
		state: "unavailable",
		afterFailover: false
	};
}
function localQuorum(ctx, side) {
	return side.some((r) => (ctx.input.placement[r] ?? 0) > 0 && (ctx.state.up.get(r) ?? 0) >= majority$2(ctx.input.placement[r] ?? 0));
}
function everyRegionQuorum(ctx, side) {
	return ctx.input.regions.every((r) => (ctx.input.placement[r] ?? 0) === 0 || side.includes(r) && (ctx.state.up.get(r) ?? 0) >= majority$2(ctx.input.placement[r] ?? 0));
}
/** Replicas a numbered consistency level (Cassandra's TWO, THREE) must reach, whatever the behaviour. */
const LEVEL_REPLICAS = {
	TWO: 2,
	THREE: 3
};
/** One operation on one side, under the behaviour the classification names. */
function operation(ctx, behaviour, side, i, op) {
	const reachable = reach(ctx.state, side);
	const none = {
		state: "unavailable",
		afterFailover: false
	};
	if (reachable === 0) return none;
	const level = ctx.input.settings[op === "reads" ? "readConsistency" : "writeConsistency"];
	if (reachable < (LEVEL_REPLICAS[String(level)] ?? 1)) return none;
	const cp = ctx.input.classification.cap === "CP";
	const singleLeader = (ctx.input.topology ?? "single-leader") === "single-leader";
	const consensusRestart = ctx.state.leaderLost && ctx.input.topology === "consensus";
	switch (behaviour) {
		case "available": return singleLeader ? leaderWrites(ctx, side, i, false) : {
			state: "available",
			afterFailover: false
		};
		case "available-stale": return {
			state: holdsLeader(ctx, side) || ctx.electing === i || !singleLeader && reachable >= majority$2(ctx.state.total) ? "available" : "stale",
			afterFailover: false
		};
		case "available-local-quorum": return localQuorum(ctx, side) ? {
			state: "available",
			afterFailover: false
		} : none;
		case "unavailable-minority": return reachable >= majority$2(ctx.state.total) ? {
			state: "available",
			afterFailover: consensusRestart || singleLeader && !holdsLeader(ctx, side)
		} : none;
		case "unavailable-without-leader": return leaderWrites(ctx, side, i, cp);
		case "unavailable-if-any-region-down": return everyRegionQuorum(ctx, side) ? {
			state: "available",
			afterFailover: false
		} : none;
		case "unavailable-if-any-replica-down": return reachable === ctx.state.total ? {
			state: "available",
			afterFailover: ctx.state.leaderLost
		} : none;
		case "unavailable-without-quorum-of-isr": {
			const minIsr = typeof ctx.input.settings["minInsyncReplicas"] === "number" ? ctx.input.settings["minInsyncReplicas"] : 1;
			const acksAll = String(ctx.input.settings["acks"] ?? "all") === "all";
			const leader = leaderWrites(ctx, side, i, true);
			return leader.state === "available" && reachable >= (acksAll ? minIsr : 1) ? leader : none;
		}
		default:
			ctx.reasons.push(`the partition behaviour '${behaviour}' is not modelled by the simulation; taken as ${cp ? "majority-only (CP)" : "any-replica (AP)"}`);
			return cp ? reachable >= majority$2(ctx.state.total) ? {
				state: "available",
				afterFailover: ctx.state.leaderLost
			} : none : {
				state: "available",
				afterFailover: false
			};
	}
}
function failoverEstimate(input, mode) {
	const entry = failoverTimes().get(input.engine);
	if (mode === "manual") return input.rto !== void 0 ? {
		ms: input.rto,
		basis: `manual failover: the declared recovery target (${formatDuration(input.rto)}) is the runbook's promise, not a measurement`
	} : {
		ms: null,
		basis: "manual failover: until an operator promotes a replica"
	};
	if (entry?.automaticMs !== void 0) return {
		ms: entry.automaticMs,
		basis: `${entry.basis} (${entry.source})`
	};
	return {
		ms: null,
		basis: `${mode} failover: the engine documents no failover time`
	};
}
function simulateStore(input, world) {
	const state = replicaState(world, input.name, input);
	const mode = input.failover ?? defaultFailover(input.engine, input.settings, input.topology);
	const base = {
		input,
		state,
		mode,
		reasons: []
	};
	const sides = world.sides.filter((s) => s.length > 0);
	const ctx = {
		...base,
		electing: electingSide(base, sides)
	};
	const { onPartition, references } = input.classification;
	const sideEffects = sides.map((side, i) => {
		const w = operation(ctx, onPartition.writes, side, i, "writes");
		const r = operation(ctx, onPartition.reads, side, i, "reads");
		return {
			regions: side,
			replicas: reach(state, side),
			reads: r.state,
			writes: w.state,
			afterFailover: w.afterFailover || r.afterFailover
		};
	});
	const lostReplicas = state.total - [...state.up.values()].reduce((a, b) => a + b, 0);
	const affected = lostReplicas > 0 || state.leaderLost || sides.filter((s) => s.some((r) => input.regions.includes(r))).length > 1;
	const splitBrain = sideEffects.filter((s) => s.writes !== "unavailable").length > 1;
	const failedOver = sideEffects.some((s) => s.afterFailover);
	const reasons = ctx.reasons;
	if (lostReplicas > 0) reasons.push(`${lostReplicas} of ${state.total} replicas are down`);
	if (state.leaderLost) reasons.push(`the leader (in ${state.leaderRegion ?? "its first region"}) is down`);
	if (ctx.electing >= 0 && (input.topology ?? "single-leader") === "single-leader") reasons.push(`${mode} failover promotes a replica in ${sides[ctx.electing].join(", ")}`);
	else if ((state.leaderLost || sides.length > 1) && mode === "manual" && onPartition.writes === "unavailable-without-leader") reasons.push("failover is manual: writes wait for an operator");
	let lost = false;
	let rpo = {
		ms: 0,
		basis: "every acknowledged write is on a replica that survives"
	};
	const totalUp = sideEffects.reduce((n, s) => n + s.replicas, 0);
	if (state.total > 0 && totalUp === 0) {
		lost = true;
		rpo = {
			ms: null,
			basis: "every replica is lost: what is not in a backup outside the lost places is gone"
		};
		reasons.push("no replica survives");
	} else if (onPartition.ackedWritesLostOnFailover && (failedOver || state.leaderLost && mode === "manual")) {
		lost = true;
		rpo = {
			ms: null,
			basis: "the promoted replica lacks the writes the old leader acknowledged but had not yet replicated (asynchronous replication: bounded only by the replication lag at the moment of failure)"
		};
		reasons.push(failedOver ? "the failover loses acknowledged writes that had not reached the promoted replica" : "promoting a replica by hand will lose the acknowledged writes it had not received");
	} else if (splitBrain && input.conflictResolution !== "crdt") {
		lost = true;
		rpo = {
			ms: null,
			basis: `both sides accept writes while the partition lasts; where they wrote the same key, ${input.conflictResolution === "lww" || input.conflictResolution === void 0 ? "last-writer-wins keeps one write and discards the other" : "conflict resolution may discard one of them"} on healing`
		};
		reasons.push("both sides accept writes (split brain)");
	}
	let rto;
	const fresh = sideEffects.some((s) => s.writes === "available" && !s.afterFailover);
	if (!affected || fresh) rto = {
		ms: 0,
		basis: "writes go on without a failover"
	};
	else if (failedOver) rto = failoverEstimate(input, mode);
	else if (state.leaderLost && mode === "manual") rto = failoverEstimate(input, mode);
	else if (sides.length > 1) rto = {
		ms: null,
		basis: "no side can serve writes until the partition heals"
	};
	else rto = {
		ms: null,
		basis: "no surviving replica can take over writes"
	};
	return {
		name: input.name,
		path: input.path,
		type: input.type,
		affected,
		sides: sideEffects,
		splitBrain,
		ackedWritesLost: lost,
		rpo,
		rto,
		reasons,
		references: [...references]
	};
}
// dist/analysis/simulate/workflows.js
/**
* Workflows in a scenario: the first step whose service is down (or whose writes
* cannot be taken) stops it. An all-or-nothing saga that stops at or before its pivot
* compensates the steps already done, latest first; after the pivot it can only be
* retried forward until the service recovers; a two-phase commit blocks with its
* participants' locks held.
*/
/** The pivot: the declared one, else the last step that cannot be compensated and is not declared retriable. */
function pivotIndex(wf) {
	const declared = wf.steps.findIndex((s) => s.pivot);
	if (declared >= 0) return declared;
	let pivot = -1;
	wf.steps.forEach((s, i) => {
		if (!s.compensation && !s.retriable && i < wf.steps.length - 1) pivot = i;
	});
	return pivot >= 0 ? pivot : wf.steps.length - 1;
}
function simulateWorkflows(model, services, stores) {
	const index = lookup(model);
	return model.workflows.map((wf) => {
		const reasons = [];
		let failing = -1;
		wf.steps.forEach((step, i) => {
			if (failing >= 0) return;
			const svc = services.get(step.service);
			if (svc && svc.state === "down") {
				failing = i;
				reasons.push(`step ${step.name}: ${step.service} is down${svc.reasons[0] ? ` (${svc.reasons[0]})` : ""}`);
				return;
			}
			for (const ds of step.writes) {
				const store = index.datasets.get(ds)?.store;
				const effect = store ? stores.get(store) : void 0;
				const regions = svc?.servingRegions.length ? svc.servingRegions : index.services.get(step.service)?.regions ?? [];
				if (!(!effect || effect.sides.some((s) => s.writes !== "unavailable" && s.regions.some((r) => regions.includes(r))))) {
					failing = i;
					reasons.push(`step ${step.name}: ${ds} takes no writes where ${step.service} runs`);
					return;
				}
			}
		});
		if (failing < 0) return {
			name: wf.name,
			path: wf.path,
			canStart: true,
			canComplete: true,
			compensates: [],
			compensationBlocked: [],
			reasons
		};
		const stuck = wf.steps[failing];
		const pivot = pivotIndex(wf);
		const done = wf.steps.slice(0, failing);
		let compensates = [];
		let blocked = [];
		if (wf.protocol === "2pc") reasons.push("two-phase commit: the coordinator waits and the participants keep their locks until the step recovers");
		else if (wf.atomicity === "all-or-nothing" && failing <= pivot) {
			const undo = [...done].reverse().filter((s) => s.compensation);
			compensates = undo.map((s) => s.name);
			blocked = undo.filter((s) => services.get(s.service)?.state === "down").map((s) => s.name);
			const without = done.filter((s) => !s.compensation).map((s) => s.name);
			if (compensates.length) reasons.push(`the saga compensates ${compensates.join(", ")}`);
			if (without.length) reasons.push(`no compensation for ${without.join(", ")}: their effects stay`);
		} else if (failing > pivot) reasons.push(`past the pivot (${wf.steps[pivot]?.name ?? "none"}): the saga retries ${stuck.name} until ${stuck.service} recovers`);
		return {
			name: wf.name,
			path: wf.path,
			canStart: failing > 0,
			canComplete: false,
			stuckAt: stuck.name,
			compensates,
			compensationBlocked: blocked,
			reasons
		};
	});
}
// dist/analysis/simulate/index.js
/** CockroachDB nodes shut themselves down when their clock is more than 80 % of max-offset (500 ms) off. */
const CLOCK_SHUTDOWN = { cockroachdb: 400 };
function disruption(failures) {
	const kinds = new Set(failures.map((f) => f.kind));
	if (kinds.size === 0) return "none";
	if (kinds.has("region")) return "region";
	if (kinds.has("partition")) return "partition";
	if (kinds.has("zone")) return "zone";
	if (kinds.has("node") || kinds.has("failover")) return "node";
	return "other";
}
/** Round-robin placement of a topic's replication factor over its regions. */
function topicPlacement(topic, rf) {
	const regions = topic.regions.length ? topic.regions : [];
	const out = Object.fromEntries(regions.map((r) => [r, 0]));
	for (let i = 0; i < rf && regions.length; i++) out[regions[i % regions.length]] += 1;
	return out;
}
/** A per-store view of the world: regions whose nodes stop on clock skew count as lost for that store. */
function worldFor(world, engine) {
	const limit = CLOCK_SHUTDOWN[engine];
	if (limit === void 0) return world;
	const skewed = [...world.skew].filter(([, ms]) => ms > limit).map(([r]) => r);
	if (skewed.length === 0) return world;
	const lostZones = new Map(world.lostZones);
	for (const r of skewed) lostZones.set(r, /* @__PURE__ */ new Set([
		1,
		2,
		3,
		4,
		5,
		6,
		7,
		8,
		9
	]));
	return {
		...world,
		lostZones
	};
}
function storeInput(model, s, classification, kb) {
	const c = classification.stores.get(s.name);
	if (!c) return void 0;
	const rto = declaredRequirement(requirementLevels(model, s), "rto")?.value;
	return {
		name: s.name,
		path: s.path,
		type: "store",
		engine: s.engine,
		regions: s.regions,
		placement: s.placement,
		...s.zones !== void 0 ? { zones: s.zones } : {},
		topology: s.topology ?? kb.engines.get(s.engine)?.topology ?? "single-leader",
		...s.failover ? { failover: s.failover } : {},
		...s.conflictResolution ? { conflictResolution: s.conflictResolution } : {},
		settings: s.settings,
		...rto !== void 0 ? { rto } : {},
		classification: c
	};
}
function lwwSkew(s, topology, world) {
	if (s.conflictResolution === "crdt" || s.conflictResolution === "application") return void 0;
	if (s.conflictResolution !== "lww" && !(topology === "leaderless" || topology === "multi-leader")) return void 0;
	const skewed = s.regions.filter((r) => (world.skew.get(r) ?? 0) > 0);
	if (skewed.length === 0 || s.regions.length < 2 && topology !== "leaderless") return void 0;
	return `clocks in ${skewed.map((r) => `${r} (${world.skew.get(r)} ms)`).join(", ")} are off: last-writer-wins keeps the write with the later timestamp, not the later write, so a newer acknowledged write can be discarded`;
}
const usersCache = /* @__PURE__ */ new WeakMap();
/** Data set → regions of the services that read or write it; computed once per model. */
function datasetUsers(model) {
	const known = usersCache.get(model);
	if (known) return known;
	const users = /* @__PURE__ */ new Map();
	for (const svc of model.services) for (const ds of [...svc.reads, ...svc.writes]) {
		const set = users.get(ds) ?? /* @__PURE__ */ new Set();
		for (const r of svc.regions) set.add(r);
		users.set(ds, set);
	}
	usersCache.set(model, users);
	return users;
}
function datasetEffects(model, classification, kb, stores, world) {
	const index = lookup(model);
	const users = datasetUsers(model);
	const out = [];
	for (const ds of model.datasets) {
		const dc = classification.datasets.get(ds.name);
		const effect = stores.get(ds.store);
		const store = index.datastores.get(ds.store);
		if (!dc || !effect || !store) continue;
		const reasons = [];
		let state = dc.satisfied ? "met" : "violated";
		if (!dc.satisfied) reasons.push(`${ds.store} does not give ${dc.requires} even without failures`);
		const access = /* @__PURE__ */ new Set([
			...ds.access.readRegions ?? [],
			...ds.access.writeRegions ?? [],
			...users.get(ds.name) ?? []
		]);
		const sides = effect.sides.filter((s) => access.size === 0 || s.regions.some((r) => access.has(r)));
		const lostAccess = [...access].filter((r) => world.lostRegions.has(r));
		const totallyAvailable = kb.models.get(dc.requires)?.availability === "total";
		const rpo = declaredRequirement(requirementLevels(model, ds, store), "rpo")?.value;
		const bump = (to, why) => {
			reasons.push(why);
			if (to === "violated" || state === "met") state = to;
		};
		if (effect.ackedWritesLost && (rpo === void 0 || rpo === 0 || effect.rpo.ms === null || effect.rpo.ms > rpo)) bump("violated", `acknowledged writes are lost (${effect.rpo.basis})${rpo !== void 0 ? `, beyond the rpo of ${rpo === 0 ? "0s" : formatDuration(rpo)}` : ""}`);
		else if (effect.ackedWritesLost) bump("degraded", `up to ${formatDuration(effect.rpo.ms ?? 0)} of acknowledged writes are lost, within the rpo of ${formatDuration(rpo ?? 0)}`);
		if (effect.splitBrain && !totallyAvailable) bump("violated", `two sides accept writes at once, which ${dc.requires} forbids`);
		const skew = lwwSkew(store, store.topology ?? kb.engines.get(store.engine)?.topology, world);
		if (skew && !totallyAvailable) bump("violated", skew);
		else if (skew) bump("degraded", skew);
		for (const side of sides) {
			const where = side.regions.join(", ");
			if (side.reads === "unavailable" || side.writes === "unavailable") bump("degraded", `${side.reads === "unavailable" ? side.writes === "unavailable" ? "reads and writes" : "reads" : "writes"} are unavailable in ${where}`);
			else if (side.reads === "stale" && dc.requires !== "eventual") bump("degraded", `reads in ${where} may be stale (cut off from the writer)`);
		}
		if (lostAccess.length > 0) bump("degraded", `${lostAccess.length === access.size ? "every region that uses it is lost" : `regions that use it are lost`} (${lostAccess.join(", ")})`);
		out.push({
			name: ds.name,
			path: ds.path,
			store: ds.store,
			requires: dc.requires,
			state,
			reasons
		});
	}
	return out;
}
function topicEffects(model, topics) {
	return model.messaging.flatMap((t) => {
		const e = topics.get(t.name);
		if (!e) return [];
		const reasons = [...e.reasons];
		const canPublish = e.sides.some((s) => s.writes !== "unavailable");
		const canConsume = e.sides.some((s) => s.reads !== "unavailable");
		let orderKept = true;
		if (t.ordering !== "none" && e.splitBrain) {
			orderKept = false;
			reasons.push("two leaders take messages for the same key: their order is lost");
		}
		if (t.ordering !== "none" && e.ackedWritesLost) {
			orderKept = false;
			reasons.push("acknowledged messages are lost: consumers see gaps in the sequence");
		}
		return [{
			name: t.name,
			path: t.path,
			canPublish,
			canConsume,
			orderKept,
			reasons
		}];
	});
}
function simulate(model, classification, kb, failures) {
	const world = buildWorld(model, failures, allRegions(model));
	const stores = /* @__PURE__ */ new Map();
	for (const s of model.datastores) {
		const input = storeInput(model, s, classification, kb);
		if (input) stores.set(s.name, simulateStore(input, worldFor(world, s.engine)));
	}
	const topics = /* @__PURE__ */ new Map();
	for (const t of model.messaging) {
		const c = classification.topics.get(t.name);
		if (!c) continue;
		const rf = typeof t.settings["replicas"] === "number" ? t.settings["replicas"] : kb.engines.get(t.engine)?.defaultReplicas ?? 3;
		const regionsOf = t.regions.length ? t : {
			...t,
			regions: model.regions.slice(0, 1).map((r) => r.id)
		};
		topics.set(t.name, simulateStore({
			name: t.name,
			path: t.path,
			type: "topic",
			engine: t.engine,
			regions: regionsOf.regions,
			placement: topicPlacement(regionsOf, rf),
			settings: t.settings,
			topology: kb.engines.get(t.engine)?.topology ?? "single-leader",
			classification: c
		}, world));
	}
	const services = simulateServices({
		model,
		world,
		stores,
		topics,
		caches: new Set(model.datastores.filter((s) => kb.engines.get(s.engine)?.kind === "cache").map((s) => s.name))
	});
	const byName = new Map(services.map((s) => [s.name, s]));
	return {
		id: scenarioId(failures),
		failures: [...failures],
		disruption: disruption(failures),
		stores: [...stores.values()],
		topics: [...topics.values()],
		datasets: datasetEffects(model, classification, kb, stores, world),
		services,
		workflows: simulateWorkflows(model, byName, stores),
		messaging: topicEffects(model, topics)
	};
}
// dist/analysis/simulate/matrix.js
/** Zones used in each region: the most any store or service there spreads over. */
function zonesByRegion(model) {
	const zones = /* @__PURE__ */ new Map();
	const note = (region, n) => {
		zones.set(region, Math.max(zones.get(region) ?? 0, n));
	};
	for (const s of model.datastores) for (const r of s.regions) if ((s.placement[r] ?? 0) > 0) note(r, zonesIn(s.placement[r] ?? 0, s.zones));
	for (const s of model.services) for (const r of s.regions) note(r, zonesIn(s.instances, s.zones));
	return zones;
}
function scenarioMatrix(model) {
	const regions = allRegions(model);
	const out = [];
	for (const [region, n] of [...zonesByRegion(model)].sort(([a], [b]) => a.localeCompare(b))) for (let z = 1; z <= n; z++) out.push([{
		kind: "zone",
		region,
		zone: z
	}]);
	for (const region of regions) out.push([{
		kind: "region",
		region
	}]);
	if (regions.length === 2) out.push([{
		kind: "partition",
		sides: [[regions[0]], [regions[1]]]
	}]);
	else if (regions.length > 2) for (const region of regions) out.push([{
		kind: "partition",
		sides: [[region], regions.filter((r) => r !== region)]
	}]);
	return out;
}
// dist/engine/functions/recovery-policy.js
/** The scenarios of one disruption type for a data set's store (node failures: its own leader). */
function scenarios(ctx, kind, store) {
	if (kind === "node") return [[{
		kind: "node",
		target: store
	}]];
	return ctx.knowledge.memo("simulate/matrix", () => scenarioMatrix(ctx.model)).filter((s) => s[0]?.kind === kind);
}
function run(ctx, failures) {
	const key = `simulate/${JSON.stringify(failures)}`;
	return ctx.knowledge.memo(key, () => simulate(ctx.model, classification(ctx), loadKnowledge(), failures));
}
/** The most specific recovery target per disruption type (the data set's, its store's, the system's). */
function policy(ctx, ds) {
	const store = lookup(ctx.model).datastores.get(ds.store);
	const levels = requirementLevels(ctx.model, {
		...ds,
		label: `data set '${ds.name}' requirement`
	}, store ? {
		...store,
		label: `store '${store.name}' requirement`
	} : void 0);
	const out = /* @__PURE__ */ new Map();
	for (const kind of DISRUPTIONS) {
		const level = levels.find((l) => l.requirements?.recovery?.[kind] !== void 0);
		const target = level?.requirements?.recovery?.[kind];
		if (level && target) out.set(kind, {
			target,
			label: level.label
		});
	}
	return out;
}
const fmt = (ms) => ms === 0 ? "0s" : formatDuration(ms);
/**
* Runs the simulation's scenarios of each disruption type the recovery policy names and
* reports a data set whose estimated RTO or RPO in some scenario exceeds the target.
*/
const recoveryPolicy = {
	name: "recovery-policy",
	description: "Reports data sets whose estimated recovery time or data loss in a simulated failure exceeds the recovery policy.",
	optionsSchema: {
		type: "object",
		additionalProperties: false
	},
	run(node, _options, ctx) {
		const ds = node;
		const results = [];
		for (const [kind, { target, label }] of policy(ctx, ds)) for (const measure of ["rto", "rpo"]) {
			const limit = target[measure];
			if (limit === void 0) continue;
			const broken = [];
			for (const failures of scenarios(ctx, kind, ds.store)) {
				const result = run(ctx, failures);
				const effect = result.stores.find((s) => s.name === ds.store);
				if (!effect) continue;
				if (measure === "rto" && (effect.rto.ms === null || effect.rto.ms > limit)) broken.push({
					id: result.id,
					ms: effect.rto.ms,
					basis: effect.rto.basis
				});
				if (measure === "rpo" && effect.ackedWritesLost && (effect.rpo.ms === null || effect.rpo.ms > limit)) broken.push({
					id: result.id,
					ms: effect.rpo.ms,
					basis: effect.rpo.basis
				});
			}
			const first = broken[0];
			if (!first) continue;
			const more = broken.length > 1 ? ` (and ${broken.length - 1} more ${kind} scenario${broken.length === 2 ? "" : "s"}: ${broken.slice(1, 4).map((b) => b.id).join(", ")}${broken.length > 4 ? ", …" : ""})` : "";
			results.push({
				path: ds.path,
				message: `in scenario '${first.id}', '${ds.name}' on '${ds.store}' has ${first.ms === null ? `no bound on its ${measure.toUpperCase()}` : `an estimated ${measure.toUpperCase()} of ${fmt(first.ms)}`}, above the ${kind} ${measure} target of ${fmt(limit)} (${label}): ${first.basis}${more}`
			});
		}
		return results;
	}
};
// dist/engine/functions/index.js
/** The closed vocabulary of check functions that rule files may name in `then.function`. */
const registry = /* @__PURE__ */ new Map();
function registerFunction(fn) {
	registry.set(fn.name, fn);
}
for (const fn of [
	match,
	sagaSteps,
	dualWrite,
	consumerIdempotence,
	datasetConsistency,
	quorumOverlap,
	replicaReads,
	invariantCoordination,
	writeLoss,
	partitionPreference,
	lwwSkew$1,
	lockSafety,
	quorumSize,
	regionLoss,
	quorumLatencyCheck,
	compositeAvailability,
	singleInstance,
	retryAmplification,
	timeoutInversion,
	distributed2pc,
	residency,
	partitioningFit,
	declaredClassification,
	brokerGuarantees,
	recoveryPolicy
]) registerFunction(fn);
function getFunction(name) {
	return registry.get(name);
}
function functionNames() {
	return [...registry.keys()].sort();
}
// dist/engine/rule-file.js
/**
* Reading rule definitions (built-in rule files and rules in a user's ruleset)
* and checking their shape, so that a bad rule fails when it is loaded with a
* message naming the file, the rule and the option.
*/
const SEVERITIES = [
	"error",
	"warning",
	"info",
	"off"
];
const TEXT_FIELDS = [
	"summary",
	"description",
	"rationale",
	"fix"
];
/** Shape problems of one rule definition; empty when it is usable. */
function ruleProblems(def, where, options) {
	const problems = [];
	const at = (key) => where ? `${where}.${key}` : key;
	const id = def["id"];
	if (typeof id !== "string" || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) problems.push({
		path: at("id"),
		message: `rule id must look like category/name, got ${JSON.stringify(id)}`
	});
	if (!SEVERITIES.includes(String(def["severity"]))) problems.push({
		path: at("severity"),
		message: `severity must be one of ${SEVERITIES.join(", ")}`
	});
	for (const key of TEXT_FIELDS) if (typeof def[key] !== "string" || !def[key].trim()) problems.push({
		path: at(key),
		message: `'${key}' is required (a non-empty string)`
	});
	const refs = def["references"];
	if (!Array.isArray(refs) || refs.length === 0 || !refs.every((r) => typeof r === "string")) problems.push({
		path: at("references"),
		message: "'references' must list at least one source"
	});
	if (typeof def["given"] !== "string") problems.push({
		path: at("given"),
		message: "'given' must be a path such as services[*].calls[*]"
	});
	else try {
		compileGiven(def["given"]);
	} catch (error) {
		problems.push({
			path: at("given"),
			message: error.message
		});
	}
	const then = def["then"];
	const fnName = then?.["function"];
	const fn = typeof fnName === "string" ? getFunction(fnName) : void 0;
	if (!fn) problems.push({
		path: at("then.function"),
		message: `unknown check function ${JSON.stringify(fnName)}; known: ${functionNames().join(", ")}`
	});
	else if (options.checkOptions) {
		const validate = optionsValidator(fn.name, fn.optionsSchema);
		if (!validate(then?.["functionOptions"] ?? {})) for (const e of validate.errors ?? []) problems.push({
			path: at("then.functionOptions"),
			message: `options of function '${fn.name}'${e.instancePath ? ` at ${e.instancePath}` : ""} ${e.message ?? "are invalid"}`
		});
	}
	return problems;
}
const validators = /* @__PURE__ */ new Map();
let ajv;
function optionsValidator(name, schema) {
	let v = validators.get(name);
	if (!v) {
		ajv ??= new (createRequire(import.meta.url)("ajv")).Ajv({
			allErrors: true,
			strict: false
		});
		v = ajv.compile(schema);
		validators.set(name, v);
	}
	return v;
}
function toRule(def, source) {
	const then = def["then"];
	const rule = {
		id: String(def["id"]),
		severity: def["severity"],
		summary: String(def["summary"]).trim(),
		description: String(def["description"]).trim(),
		rationale: String(def["rationale"]).trim(),
		references: def["references"].map(String),
		fix: String(def["fix"]).trim(),
		given: String(def["given"]),
		then: {
			function: String(then["function"]),
			functionOptions: then["functionOptions"] ?? {}
		},
		source
	};
	if (typeof def["message"] === "string") rule.message = def["message"];
	const examples = def["examples"];
	if (examples) rule.examples = {
		...typeof examples["valid"] === "string" ? { valid: examples["valid"] } : {},
		...typeof examples["invalid"] === "string" ? { invalid: examples["invalid"] } : {}
	};
	return rule;
}
function problemsToError(file, problems, locate) {
	return new InputError(problems.map((p) => ({
		code: "invalid-rule",
		file,
		message: p.message,
		path: p.path,
		...locate(p.path)
	})));
}
export { classifyDatastore as C, compileGiven as D, lookup as E, field as O, datasetPathFor as S, verdictOf as T, analyseWorkflow as _, scenarioMatrix as a, classifySystem as b, formatDuration as c, parseRate as d, parseSize as f, majorityReason as g, modelRegionResolver as h, getFunction as i, select as k, parseDuration as l, depthFirst as m, ruleProblems as n, simulate as o, callOrders as p, toRule as r, parseFailure as s, problemsToError as t, parsePercent as u, mergedRequirements as v, classifyDataset as w, accessOverrides as x, requirementLevels as y };
