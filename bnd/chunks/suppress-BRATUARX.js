import { r as InputError } from "./errors-BcMCNHWs.js";
import { t as readInputFile } from "./read-input-C36F5GKW.js";
import { a as decodeText, i as LIMITS, n as pointerToPath, o as locateIn, r as schemaDiagnostics, s as parseYaml } from "./validate-CY0BQx8e.js";
import { D as compileGiven, O as field, d as parseRate, f as parseSize, i as getFunction, k as select, l as parseDuration, m as depthFirst, u as parsePercent } from "./rule-file-JQenpjRl.js";
import { n as CUSTOM_ENGINE } from "./knowledge-Ds0TRpTO.js";
import { createHash } from "node:crypto";
// dist/model/normalise-values.js
/** Reading raw (schema-valid) YAML values into typed ones: the small helpers every normaliser uses. */
const list = (v) => Array.isArray(v) ? v : [];
const strings$1 = (v) => list(v).map(String);
const obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
const opt = (v, f) => typeof v === "string" ? f(v) : void 0;
const bool = (v, fallback) => typeof v === "boolean" ? v : fallback;
function requirements(v) {
	if (v === void 0) return {};
	const r = obj(v);
	const lat = obj(r["latency"]);
	const percentiles = (p) => {
		const o = obj(p);
		const out = {};
		for (const k of [
			"p50",
			"p90",
			"p95",
			"p99",
			"p999"
		]) if (typeof o[k] === "string") out[k] = parseDuration(o[k]);
		return out;
	};
	const out = {};
	const availability = opt(r["availability"], parsePercent);
	if (availability !== void 0) out.availability = availability;
	if (r["latency"] !== void 0) {
		out.latency = {};
		if (lat["read"] !== void 0) out.latency.read = percentiles(lat["read"]);
		if (lat["write"] !== void 0) out.latency.write = percentiles(lat["write"]);
	}
	const rpo = opt(r["rpo"], parseDuration);
	if (rpo !== void 0) out.rpo = rpo;
	const rto = opt(r["rto"], parseDuration);
	if (rto !== void 0) out.rto = rto;
	if (r["tolerate"] !== void 0) {
		const t = obj(r["tolerate"]);
		out.tolerate = {
			nodes: Number(t["nodes"] ?? 0),
			zones: Number(t["zones"] ?? 0),
			regions: Number(t["regions"] ?? 0)
		};
	}
	if (typeof r["partitionPreference"] === "string") out.partitionPreference = r["partitionPreference"];
	if (r["recovery"] !== void 0) out.recovery = recovery(obj(r["recovery"]));
	return out;
}
function recovery(r) {
	const out = {};
	for (const kind of [
		"node",
		"zone",
		"region",
		"partition"
	]) {
		if (r[kind] === void 0) continue;
		const t = obj(r[kind]);
		const target = {};
		const rto = opt(t["rto"], parseDuration);
		const rpo = opt(t["rpo"], parseDuration);
		if (rto !== void 0) target.rto = rto;
		if (rpo !== void 0) target.rpo = rpo;
		out[kind] = target;
	}
	return out;
}
function withRequirements(node, v) {
	return v === void 0 ? node : {
		...node,
		requirements: requirements(v)
	};
}
// dist/model/normalise-stores.js
function datastore(d, path, ctx, systemRegions, issues) {
	const engine = String(d["engine"]);
	const defaults = ctx.engineDefaults(engine);
	const regions = d["regions"] !== void 0 ? strings$1(d["regions"]) : systemRegions.slice(0, 1);
	const placement = place(d, path, regions, defaults, issues);
	const placed = Object.values(placement).reduce((a, b) => a + b, 0);
	const declared = typeof d["replicas"] === "number" ? d["replicas"] : defaults.replicas;
	const replicas = regions.length ? placed : declared;
	const store = {
		path,
		name: String(d["name"]),
		engine,
		regions,
		replicas,
		placement,
		settings: obj(d["settings"])
	};
	for (const key of [
		"replication",
		"topology",
		"failover",
		"conflictResolution"
	]) if (typeof d[key] === "string") store[key] = d[key];
	const guarantee = declaredGuarantee(d, path, issues);
	if (guarantee) store.declared = guarantee;
	if (typeof d["zones"] === "number") store.zones = d["zones"];
	const availability = opt(d["availability"], parsePercent);
	if (availability !== void 0) store.availability = availability;
	if (d["partitioning"] !== void 0) {
		const p = obj(d["partitioning"]);
		store.partitioning = { strategy: p["strategy"] };
		if (typeof p["key"] === "string") store.partitioning.key = p["key"];
		if (typeof p["shards"] === "number") store.partitioning.shards = p["shards"];
		if (typeof p["hotKeyMitigation"] === "string") store.partitioning.hotKeyMitigation = p["hotKeyMitigation"];
		if (typeof p["monotonicKey"] === "boolean") store.partitioning.monotonicKey = p["monotonicKey"];
	}
	return withRequirements(store, d["requirements"]);
}
/** Replicas per region: explicit `placement`, the engine's per-region factor, or round-robin. */
function place(d, path, regions, defaults, issues) {
	const declared = typeof d["replicas"] === "number" ? d["replicas"] : void 0;
	if (d["placement"] !== void 0) {
		const placement = Object.fromEntries(Object.entries(obj(d["placement"])).map(([k, v]) => [k, Number(v)]));
		for (const region of Object.keys(placement)) if (!regions.includes(region)) issues.push({
			path: `${path}.placement.${region}`,
			code: "unknown-region",
			message: `placement names region '${region}', which is not in this store's regions (${regions.join(", ")})`
		});
		const total = Object.values(placement).reduce((a, b) => a + b, 0);
		const expected = declared === void 0 ? total : defaults.replicasPerRegion ? declared * regions.length : declared;
		if (total !== expected) issues.push({
			path: `${path}.placement`,
			code: "placement-mismatch",
			message: `placement adds up to ${total} replicas but replicas says ${expected}`
		});
		return placement;
	}
	const placement = Object.fromEntries(regions.map((r) => [r, 0]));
	if (regions.length === 0) return placement;
	if (defaults.replicasPerRegion) {
		for (const r of regions) placement[r] = declared ?? defaults.replicas;
		return placement;
	}
	const total = declared ?? Math.max(defaults.replicas, regions.length);
	for (let i = 0; i < total; i++) {
		const region = regions[i % regions.length];
		placement[region] = (placement[region] ?? 0) + 1;
	}
	return placement;
}
/**
* `engine: custom` needs a `declared` block, and only `custom` may have one (a profiled
* engine's class is derived from its settings, never declared over them).
*/
function declaredGuarantee(d, path, issues) {
	const custom = d["engine"] === CUSTOM_ENGINE;
	if (d["declared"] === void 0) {
		if (custom) issues.push({
			path: `${path}.engine`,
			code: "custom-undeclared",
			message: "engine: custom needs a `declared` block: pacelc, consistency and onPartition { reads, writes, ackedWritesLostOnFailover }"
		});
		return;
	}
	if (!custom) {
		issues.push({
			path: `${path}.declared`,
			code: "declared-with-profile",
			message: `'${String(d["engine"])}' has a profile, so its classification is derived from its settings; \`declared\` is only for engine: custom`
		});
		return;
	}
	const raw = obj(d["declared"]);
	const p = obj(raw["onPartition"]);
	return {
		pacelc: raw["pacelc"],
		...typeof raw["cap"] === "string" ? { cap: raw["cap"] } : {},
		consistency: raw["consistency"],
		onPartition: {
			reads: String(p["reads"]),
			writes: String(p["writes"]),
			ackedWritesLostOnFailover: p["ackedWritesLostOnFailover"] === true
		}
	};
}
// dist/model/normalise-nodes.js
/** Normalising data sets, services, topics, workflows and locks. */
function dataset(d, path) {
	const a = obj(d["access"]);
	const access = {};
	const reads = opt(a["reads"], parseRate);
	if (reads !== void 0) access.reads = reads;
	const writes = opt(a["writes"], parseRate);
	if (writes !== void 0) access.writes = writes;
	if (typeof a["pattern"] === "string") access.pattern = a["pattern"];
	if (typeof a["hotKeys"] === "boolean") access.hotKeys = a["hotKeys"];
	if (a["writeRegions"] !== void 0) access.writeRegions = strings$1(a["writeRegions"]);
	if (a["readRegions"] !== void 0) access.readRegions = strings$1(a["readRegions"]);
	const ds = {
		path,
		name: String(d["name"]),
		store: String(d["store"]),
		invariants: strings$1(d["invariants"]),
		access,
		residency: strings$1(d["residency"])
	};
	if (d["reads"] !== void 0) ds.reads = obj(d["reads"]);
	if (d["writes"] !== void 0) ds.writes = obj(d["writes"]);
	if (typeof d["consistency"] === "string") ds.consistency = d["consistency"];
	const size = opt(d["size"], parseSize);
	if (size !== void 0) ds.size = size;
	return withRequirements(ds, d["requirements"]);
}
function service(s, path, systemRegions) {
	const svc = {
		path,
		name: String(s["name"]),
		regions: s["regions"] !== void 0 ? strings$1(s["regions"]) : systemRegions.slice(0, 1),
		instances: typeof s["instances"] === "number" ? s["instances"] : 1,
		calls: list(s["calls"]).map((c, i) => call(c, `${path}.calls[${i}]`)),
		reads: strings$1(s["reads"]),
		writes: strings$1(s["writes"]),
		publishes: list(s["publishes"]).map((p, i) => {
			const at = `${path}.publishes[${i}]`;
			return typeof p === "string" ? {
				path: at,
				topic: p,
				via: "direct"
			} : {
				path: at,
				topic: String(obj(p)["topic"]),
				via: obj(p)["via"] ?? "direct"
			};
		})
	};
	if (typeof s["zones"] === "number") svc.zones = s["zones"];
	const availability = opt(s["availability"], parsePercent);
	if (availability !== void 0) svc.availability = availability;
	return withRequirements(svc, s["requirements"]);
}
function call(c, path) {
	const out = {
		path,
		service: String(c["service"]),
		idempotent: bool(c["idempotent"], false),
		idempotencyKey: bool(c["idempotencyKey"], false),
		mode: c["mode"] === "async" ? "async" : "sync",
		...c["kind"] === "batch" || c["kind"] === "file-drop" || c["kind"] === "request" ? { kind: c["kind"] } : {},
		circuitBreaker: bool(c["circuitBreaker"], false)
	};
	const timeout = opt(c["timeout"], parseDuration);
	if (timeout !== void 0) out.timeout = timeout;
	if (c["retries"] !== void 0) {
		const r = obj(c["retries"]);
		const retries = {
			attempts: Number(r["attempts"]),
			backoff: r["backoff"] ?? "none",
			jitter: r["jitter"] ?? "none"
		};
		const base = opt(r["baseDelay"], parseDuration);
		if (base !== void 0) retries.baseDelay = base;
		const max = opt(r["maxDelay"], parseDuration);
		if (max !== void 0) retries.maxDelay = max;
		const budget = opt(r["budget"], parsePercent);
		if (budget !== void 0) retries.budget = budget;
		out.retries = retries;
	}
	return out;
}
function topic(t, path, systemRegions, issues = []) {
	const declared = declaredGuarantee(t, path, issues);
	return {
		...declared ? { declared } : {},
		path,
		name: String(t["name"]),
		engine: String(t["engine"]),
		delivery: t["delivery"] ?? "at-least-once",
		ordering: t["ordering"] ?? "none",
		regions: t["regions"] !== void 0 ? strings$1(t["regions"]) : systemRegions.slice(0, 1),
		settings: obj(t["settings"])
	};
}
function workflow(w, path) {
	const wf = {
		path,
		name: String(w["name"]),
		atomicity: w["atomicity"] ?? "all-or-nothing",
		steps: list(w["steps"]).map((s, i) => {
			const step = {
				path: `${path}.steps[${i}]`,
				name: String(s["name"]),
				service: String(s["service"]),
				writes: strings$1(s["writes"]),
				external: bool(s["external"], false),
				retriable: bool(s["retriable"], false),
				pivot: bool(s["pivot"], false)
			};
			if (typeof s["compensation"] === "string") step.compensation = s["compensation"];
			return step;
		})
	};
	if (typeof w["protocol"] === "string") wf.protocol = w["protocol"];
	return wf;
}
function lock(l, path) {
	const out = {
		path,
		name: String(l["name"]),
		store: String(l["store"]),
		fencing: bool(l["fencing"], false),
		purpose: l["purpose"] ?? "correctness",
		algorithm: l["algorithm"] ?? "single-instance"
	};
	if (typeof l["guards"] === "string") out.guards = l["guards"];
	const ttl = opt(l["leaseTtl"], parseDuration);
	if (ttl !== void 0) out.leaseTtl = ttl;
	return out;
}
/** Every `x-archcap-ignore` in the document, with the path of the node it sits on. */
function collectSuppressions(node, path) {
	if (Array.isArray(node)) return node.flatMap((item, i) => collectSuppressions(item, `${path}[${i}]`));
	if (!node || typeof node !== "object") return [];
	const out = [];
	for (const [key, value] of Object.entries(node)) if (key === "x-archcap-ignore") for (const entry of list(value)) {
		if (typeof entry === "string") {
			const cut = entry.indexOf(":");
			out.push({
				rule: entry.slice(0, cut).trim(),
				reason: entry.slice(cut + 1).trim(),
				path
			});
			continue;
		}
		const s = obj(entry);
		out.push({
			rule: String(s["rule"]),
			reason: String(s["reason"]),
			path,
			...typeof s["until"] === "string" ? { until: s["until"] } : {}
		});
	}
	else if (!key.startsWith("x-")) out.push(...collectSuppressions(value, path ? `${path}.${key}` : key));
	return out;
}
// dist/model/normalise.js
/**
* Normalisation: a schema-valid document becomes the typed model. Units become
* numbers, region ids are resolved, replicas are placed, defaults are filled in.
* Problems that the schema cannot see (unknown regions, placement that does
* not add up) are returned as issues with the path they concern.
*/
function normalise(raw, ctx) {
	const issues = [];
	const regions = resolveRegions(raw, ctx, issues);
	const systemRegionIds = regions.map((r) => r.id);
	return {
		model: {
			version: 1,
			name: String(raw["name"]),
			...typeof raw["description"] === "string" ? { description: raw["description"] } : {},
			regions,
			requirements: {
				tolerate: {
					nodes: 0,
					zones: 0,
					regions: 0
				},
				...requirements(raw["requirements"])
			},
			datastores: list(raw["datastores"]).map((d, i) => datastore(d, `datastores[${i}]`, ctx, systemRegionIds, issues)),
			datasets: list(raw["datasets"]).map((d, i) => dataset(d, `datasets[${i}]`)),
			services: list(raw["services"]).map((s, i) => service(s, `services[${i}]`, systemRegionIds)),
			messaging: list(raw["messaging"]).map((t, i) => topic(t, `messaging[${i}]`, systemRegionIds, issues)),
			workflows: list(raw["workflows"]).map((w, i) => workflow(w, `workflows[${i}]`)),
			locks: list(raw["locks"]).map((l, i) => lock(l, `locks[${i}]`)),
			consumers: list(raw["consumers"]).map((c, i) => ({
				path: `consumers[${i}]`,
				service: String(c["service"]),
				topic: String(c["topic"]),
				idempotent: bool(c["idempotent"], false)
			})),
			suppressions: collectSuppressions(raw, "")
		},
		issues
	};
}
function resolveRegions(raw, ctx, issues) {
	const out = [];
	list(raw["regions"]).forEach((entry, i) => {
		const path = `regions[${i}]`;
		if (typeof entry === "string") {
			const region = ctx.findRegion(entry);
			if (region) out.push(region);
			else issues.push({
				path,
				code: "unknown-region",
				message: unknownRegion(entry, ctx)
			});
		} else {
			const e = obj(entry);
			const loc = obj(e["location"]);
			out.push({
				id: String(e["id"]),
				name: String(e["id"]),
				location: {
					lat: Number(loc["lat"]),
					lon: Number(loc["lon"])
				},
				jurisdictions: strings$1(e["jurisdictions"])
			});
		}
	});
	return out;
}
function unknownRegion(id, ctx) {
	const provider = id.includes(":") ? id.split(":")[0] : void 0;
	const known = ctx.knownRegionIds().filter((k) => !provider || k.startsWith(`${provider}:`));
	const shown = known.slice(0, 12).join(", ") + (known.length > 12 ? `, … (${known.length} in all; see \`archcap latency --list\`)` : "");
	return `unknown region '${id}'${known.length ? `; known${provider ? ` ${provider}` : ""} regions: ${shown}` : ""}; a custom region needs { id, location: { lat, lon } } in the top-level regions`;
}
// dist/model/early-regions.js
const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function regionTypos(value, ctx) {
	if (!isObject(value)) return [];
	const issues = [];
	const custom = /* @__PURE__ */ new Set();
	(Array.isArray(value["regions"]) ? value["regions"] : []).forEach((entry, i) => {
		if (isObject(entry) && typeof entry["id"] === "string") custom.add(entry["id"]);
		else if (typeof entry === "string" && !ctx.findRegion(entry)) issues.push({
			path: `regions[${i}]`,
			code: "unknown-region",
			message: unknownRegion(entry, ctx)
		});
	});
	for (const section of ["datastores", "services"]) (Array.isArray(value[section]) ? value[section] : []).forEach((item, i) => {
		(isObject(item) && Array.isArray(item["regions"]) ? item["regions"] : []).forEach((r, j) => {
			if (typeof r === "string" && !custom.has(r) && !ctx.findRegion(r)) issues.push({
				path: `${section}[${i}].regions[${j}]`,
				code: "unknown-region",
				message: unknownRegion(r, ctx)
			});
		});
	});
	return issues;
}
// dist/model/access-settings.js
function valueProblem(profile, setting, value) {
	const spec = profile.settings[setting];
	if (!spec) return void 0;
	if (spec.type === "boolean") return typeof value === "boolean" ? void 0 : "expected true or false";
	if (spec.type === "integer") return typeof value === "number" && Number.isInteger(value) && value >= (spec.minimum ?? 0) ? void 0 : `expected an integer >= ${spec.minimum ?? 0}`;
	const values = spec.values ?? [];
	return values.some((v) => v === value || String(v) === String(value)) ? void 0 : `${JSON.stringify(value)} is not an accepted value (${values.join(", ")})`;
}
function checkAccessSettings(model, profileOf) {
	const issues = [];
	const stores = new Map(model.datastores.map((s) => [s.name, s]));
	for (const ds of model.datasets) {
		const store = stores.get(ds.store);
		const profile = store && profileOf(store.engine);
		if (!store || !profile) continue;
		for (const kind of ["reads", "writes"]) {
			const accepted = profile.operations[kind];
			for (const [name, value] of Object.entries(ds[kind] ?? {})) {
				const path = `${ds.path}.${kind}.${name}`;
				const op = accepted[name];
				if (!op) {
					const names = Object.keys(accepted);
					issues.push({
						path,
						code: "unknown-access-setting",
						message: `${store.engine} does not let ${kind} choose '${name}' per data set (accepted: ${names.length ? names.join(", ") : "none"})`
					});
					continue;
				}
				const problem = valueProblem(profile, op.setting, value);
				if (problem) {
					issues.push({
						path,
						code: "invalid-access-setting",
						message: `${kind}.${name}: ${problem}`
					});
					continue;
				}
				if (op.weakerOnly) {
					const order = profile.settings[op.setting]?.values ?? [];
					const storeValue = store.settings[op.setting] ?? profile.settings[op.setting]?.default;
					const at = (v) => order.findIndex((x) => String(x) === String(v));
					if (at(value) < at(storeValue)) issues.push({
						path,
						code: "stronger-access-setting",
						message: `${kind}.${name}: ${String(value)} is stronger than the store's ${String(storeValue)}; ${store.engine} lets a request only relax its account's level (${order.slice(at(storeValue)).join(", ")})`
					});
				}
			}
		}
	}
	return issues;
}
// dist/model/ranges.js
function checkRanges(model) {
	const issues = [];
	const check = (value, path) => {
		if (value !== void 0 && value > 1) issues.push({
			path,
			code: "out-of-range",
			message: `availability ${Number((value * 100).toPrecision(12))}% is above 100%; write a percentage up to 100%, e.g. 99.95%`
		});
	};
	check(model.requirements.availability, "requirements.availability");
	const nodes = [
		...model.services,
		...model.datastores,
		...model.datasets
	];
	for (const node of nodes) {
		check(node.availability, `${node.path}.availability`);
		check(node.requirements?.availability, `${node.path}.requirements.availability`);
	}
	return issues;
}
// dist/model/references.js
/**
* Cross-reference checks over the normalised model: every name points at
* something declared, names are unique, regions are declared, and service
* calls form no cycle.
*/
function checkReferences(model, regionDeclared) {
	const issues = [];
	const index = (section, items) => {
		const seen = /* @__PURE__ */ new Map();
		for (const item of items) {
			const first = seen.get(item.name);
			if (first) issues.push({
				path: `${item.path}.name`,
				code: "duplicate-name",
				message: `duplicate ${section} name '${item.name}' (first declared at ${first.path})`
			});
			else seen.set(item.name, item);
		}
		return seen;
	};
	const stores = index("datastore", model.datastores);
	const datasets = index("dataset", model.datasets);
	const services = index("service", model.services);
	const topics = index("topic", model.messaging);
	index("workflow", model.workflows);
	index("lock", model.locks);
	const ref = (kind, known, name, path) => {
		if (!known.has(name)) issues.push({
			path,
			code: `unknown-${kind}`,
			message: `unknown ${kind} '${name}'${suggest([...known.keys()])}`
		});
	};
	const regions = (list, path) => {
		list.forEach((r, i) => {
			if (!regionDeclared(r)) issues.push({
				path: `${path}.regions[${i}]`,
				code: "unknown-region",
				message: `region '${r}' is not among the system's regions (${model.regions.map((x) => x.id).join(", ") || "none declared"})`
			});
		});
		duplicateRegions(list, `${path}.regions`);
	};
	const duplicateRegions = (list, path) => {
		const first = /* @__PURE__ */ new Map();
		list.forEach((r, i) => {
			const at = first.get(r);
			if (at === void 0) first.set(r, i);
			else issues.push({
				path: `${path}[${i}]`,
				code: "duplicate-region",
				message: `region '${r}' is listed twice (first at ${path}[${at}])`
			});
		});
	};
	duplicateRegions(model.regions.map((r) => r.id), "regions");
	for (const s of model.datastores) regions(s.regions, s.path);
	for (const t of model.messaging) regions(t.regions, t.path);
	for (const d of model.datasets) {
		ref("datastore", stores, d.store, `${d.path}.store`);
		for (const [key, list] of [["writeRegions", d.access.writeRegions], ["readRegions", d.access.readRegions]]) {
			(list ?? []).forEach((r, i) => {
				if (!regionDeclared(r)) issues.push({
					path: `${d.path}.access.${key}[${i}]`,
					code: "unknown-region",
					message: `region '${r}' is not among the system's regions`
				});
			});
			duplicateRegions(list ?? [], `${d.path}.access.${key}`);
		}
	}
	for (const s of model.services) {
		regions(s.regions, s.path);
		s.calls.forEach((c) => ref("service", services, c.service, `${c.path}.service`));
		s.reads.forEach((d, i) => ref("dataset", datasets, d, `${s.path}.reads[${i}]`));
		s.writes.forEach((d, i) => ref("dataset", datasets, d, `${s.path}.writes[${i}]`));
		s.publishes.forEach((p) => ref("topic", topics, p.topic, p.path));
	}
	for (const w of model.workflows) for (const step of w.steps) {
		ref("service", services, step.service, `${step.path}.service`);
		step.writes.forEach((d, i) => ref("dataset", datasets, d, `${step.path}.writes[${i}]`));
	}
	for (const l of model.locks) {
		ref("datastore", stores, l.store, `${l.path}.store`);
		if (l.guards !== void 0) ref("dataset", datasets, l.guards, `${l.path}.guards`);
	}
	for (const c of model.consumers) {
		ref("service", services, c.service, `${c.path}.service`);
		ref("topic", topics, c.topic, `${c.path}.topic`);
	}
	issues.push(...callCycles(model));
	return issues;
}
function suggest(known) {
	if (known.length === 0) return "; none are declared";
	return `; declared: ${known.slice(0, 10).join(", ")}${known.length > 10 ? ", …" : ""}`;
}
/** Each cycle of synchronous calls once, reported at the call that closes it. */
function callCycles(model) {
	const byName = new Map(model.services.map((s) => [s.name, s]));
	const issues = [];
	const out = (name) => (byName.get(name)?.calls ?? []).filter((c) => c.mode !== "async" && byName.has(c.service)).map((c) => ({
		to: c.service,
		edge: c
	}));
	depthFirst(byName.keys(), out, (call, path, to) => {
		const cycle = [...path.slice(path.indexOf(to)), to];
		issues.push({
			path: `${call.path}.service`,
			code: "call-cycle",
			message: `calls form a cycle: ${cycle.join(" → ")}`
		});
	});
	return issues;
}
// dist/model/salvage.js
/**
* The valid part of an invalid file. A schema or reference error in one data store
* should not hide what the rules find in the rest of the file (the region typo two
* stores down, the unfenced lock in another service). `salvage` removes every
* top-level list item (`datastores[2]`, `services[0]`, …) that has a problem, then
* everything that referred to a removed item (its own reference now fails), until
* what is left loads cleanly. Whole items are removed, never single keys: a store
* whose `replication:` was mistyped must not be analysed with the default in its
* place, which could report a risk the user never configured.
*
* Removing list items shifts the later ones' indices; `originalPath` maps a path in
* the salvaged document back to the file, and `locate` already does.
*/
/** Rounds of remove-and-recheck before giving up; each round removes at least one item. */
const MAX_ROUNDS = 8;
/** Lists that other items refer to but that are not checked on their own: never held back, and not "something left". */
const CONTEXT = /* @__PURE__ */ new Set(["regions", "x-archcap-ignore"]);
const ITEM = /^([^.[\]]+)(?:\[(\d+)\])?/;
/** Problems of a document that loads, by path; none: it is clean. */
function modelIssues(value, ctx) {
	const { model, issues } = normalise(value, ctx);
	const declared = new Set(model.regions.map((r) => r.id));
	const regionDeclared = (id) => declared.size ? declared.has(id) : ctx.findRegion(id) !== void 0;
	const profileOf = ctx.engineProfile;
	return {
		model,
		issues: [
			...issues,
			...checkRanges(model),
			...checkReferences(model, regionDeclared),
			...profileOf ? checkAccessSettings(model, profileOf) : []
		]
	};
}
function salvage(file, value, positions, firstProblems, deps) {
	if (!value || typeof value !== "object" || Array.isArray(value)) return void 0;
	const original = value;
	/** Removed units: `key` (a whole top-level key) or `key[i]` (one item, by its index in the file). */
	const removed = /* @__PURE__ */ new Set();
	let kept = /* @__PURE__ */ new Map();
	const toOriginal = (path) => path.replace(ITEM, (whole, key, index) => index === void 0 ? whole : `${key}[${kept.get(key)?.[Number(index)] ?? index}]`);
	/** Marks the unit a problem sits in; false when it sits at the top level itself (nothing to remove). */
	const mark = (originalPathOfProblem) => {
		const m = ITEM.exec(originalPathOfProblem);
		if (!m || m[1] === "name" || m[1] === "version") return false;
		removed.add(m[2] === void 0 ? m[1] : `${m[1]}[${m[2]}]`);
		return true;
	};
	if (!firstProblems.every(mark)) return void 0;
	for (let round = 0; round < MAX_ROUNDS; round++) {
		const candidate = {};
		kept = /* @__PURE__ */ new Map();
		for (const [key, v] of Object.entries(original)) {
			if (removed.has(key)) continue;
			if (!Array.isArray(v)) {
				candidate[key] = v;
				continue;
			}
			const indices = v.map((_, i) => i).filter((i) => !removed.has(`${key}[${i}]`));
			kept.set(key, indices);
			candidate[key] = indices.map((i) => v[i]);
		}
		const before = removed.size;
		let problems;
		if (!deps.validate(candidate)) {
			problems = (deps.validate.errors ?? []).map((e) => toOriginal(errorPath(e)));
			if (!problems.every(mark)) return void 0;
		} else {
			const { model, issues } = modelIssues(candidate, deps.context);
			if (!issues.length) {
				if (![...kept].some(([key, indices]) => !CONTEXT.has(key) && indices.length > 0)) return void 0;
				const originalPath = (path) => toOriginal(path);
				const touched = neighbours(original, removed);
				return {
					file,
					model,
					raw: candidate,
					locate: (path) => locateIn(positions, originalPath(path)),
					originalPath,
					removed: [...removed].sort(byPath),
					touched: touched.sort(byPath),
					label: (unit) => named(original, unit)
				};
			}
			if (!issues.map((i) => toOriginal(i.path)).every(mark)) return void 0;
		}
		if (removed.size === before) return void 0;
	}
}
/** Where a schema error sits: an unknown key is at the key, not at the object holding it. */
function errorPath(e) {
	const at = pointerToPath(e.instancePath);
	if (e.keyword !== "additionalProperties") return at;
	const key = String(e.params["additionalProperty"]);
	return at ? `${at}.${key}` : key;
}
function byPath(a, b) {
	const [x, y] = [ITEM.exec(a), ITEM.exec(b)];
	return (x?.[1] ?? "").localeCompare(y?.[1] ?? "") || Number(x?.[2] ?? -1) - Number(y?.[2] ?? -1);
}
/** `datastores[2] 'orders-db'`: a removed unit with the name it has in the file, if any. */
function named(original, unit) {
	const m = ITEM.exec(unit);
	const list = m?.[2] === void 0 ? void 0 : original[m[1]];
	const item = Array.isArray(list) ? list[Number(m[2])] : void 0;
	const name = item && typeof item === "object" ? [
		"name",
		"id",
		"service"
	].map((k) => item[k]).find((v) => typeof v === "string") : typeof item === "string" ? item : void 0;
	return typeof name === "string" ? `${unit} '${name}'` : unit;
}
/** Every string in a value (names, references, region ids), however deep. */
function strings(value, out = /* @__PURE__ */ new Set()) {
	if (typeof value === "string") out.add(value);
	else if (Array.isArray(value)) for (const v of value) strings(v, out);
	else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
	return out;
}
function nameOf(item) {
	if (typeof item === "string") return item;
	if (!item || typeof item !== "object") return void 0;
	const name = item["name"] ?? item["id"];
	return typeof name === "string" ? name : void 0;
}
/**
* The kept list items that mention a removed item's name, or whose name a removed item
* mentions. Names are matched as whole strings anywhere in an item, which may hold back
* more than needed (a name that equals a region id) but never less.
*/
function neighbours(original, removed) {
	const items = [];
	for (const [key, v] of Object.entries(original)) if (Array.isArray(v) && !CONTEXT.has(key)) v.forEach((value, i) => items.push({
		unit: `${key}[${i}]`,
		value
	}));
	const gone = items.filter((it) => removed.has(it.unit) || removed.has(it.unit.slice(0, it.unit.indexOf("["))));
	const goneNames = new Set(gone.map((it) => nameOf(it.value)).filter((n) => n !== void 0));
	const goneMentions = /* @__PURE__ */ new Set();
	for (const it of gone) strings(it.value, goneMentions);
	return items.filter((it) => !gone.includes(it)).filter((it) => {
		const name = nameOf(it.value);
		if (name !== void 0 && goneMentions.has(name)) return true;
		for (const s of strings(it.value)) if (goneNames.has(s)) return true;
		return false;
	}).map((it) => it.unit);
}
// dist/model/load.js
/**
* load → validate → normalise → check references: from a file to a typed model.
* Every problem becomes a Diagnostic with file:line:col; the first stage that
* fails stops the file (later stages would only repeat the same problem).
*/
function loadSystemFile(file, deps) {
	const bytes = readInputFile(file, LIMITS.maxBytes);
	return loadSystemText(file, decodeText(file, bytes), deps);
}
function loadSystemText(file, text, deps) {
	const { positions, value } = parseYaml(file, text);
	const toDiagnostics = (issues) => issues.map((i) => ({
		code: i.code,
		message: `${i.path}: ${i.message}`,
		file,
		path: i.path,
		...locateIn(positions, i.path)
	}));
	const failed = (diagnostics) => {
		const error = new InputError(diagnostics.sort((a, b) => a.line - b.line || a.column - b.column));
		error.salvage = () => salvage(file, value, positions, diagnostics.map((d) => d.path ?? ""), deps);
		return error;
	};
	if (!deps.validate(value)) {
		const schema = schemaDiagnostics(file, deps.validate.errors ?? [], positions, value, deps.schema);
		const regions = toDiagnostics(regionTypos(value, deps.context)).filter((r) => !schema.some((d) => d.path === r.path));
		throw failed([...schema, ...regions]);
	}
	const { model, issues } = modelIssues(value, deps.context);
	if (issues.length) throw failed(toDiagnostics(issues));
	return {
		file,
		model,
		raw: value,
		locate: (path) => locateIn(positions, path)
	};
}
// dist/engine/fingerprint.js
/**
* Fingerprints that survive line moves and reordering: the rule id, the file
* and the path with list indices replaced by the names of the items
* (`services[name=order-service].calls[service=payment]`).
*/
const NAME_KEYS = [
	"name",
	"service",
	"topic",
	"rule"
];
function stablePath(raw, path) {
	let node = raw;
	let out = "";
	for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
		if (m[1] !== void 0) {
			out += out ? `.${m[1]}` : m[1];
			node = node && typeof node === "object" ? node[m[1]] : void 0;
			continue;
		}
		const index = Number(m[2]);
		const item = Array.isArray(node) ? node[index] : void 0;
		const key = item && typeof item === "object" ? NAME_KEYS.find((k) => typeof item[k] === "string") : void 0;
		out += key ? `[${key}=${String(item[key])}]` : typeof item === "string" ? `[=${item}]` : `[${index}]`;
		node = item;
	}
	return out;
}
function fingerprint(ruleId, loaded, path, _message) {
	const file = loaded.file.replace(/\\/g, "/");
	return createHash("sha256").update(`${ruleId}\u0000${file}\u0000${stablePath(loaded.raw, path)}`).digest("hex").slice(0, 24);
}
// dist/engine/context.js
function createKnowledgeView(_model) {
	const cache = /* @__PURE__ */ new Map();
	return { memo(key, compute) {
		if (!cache.has(key)) cache.set(key, compute());
		return cache.get(key);
	} };
}
// dist/engine/run.js
function runRules(loaded, rules) {
	const { model } = loaded;
	const knowledge = createKnowledgeView(model);
	const findings = [];
	for (const rule of rules) {
		if (rule.severity === "off") continue;
		const fn = getFunction(rule.then.function);
		if (!fn) continue;
		for (const selected of select(model, compileGiven(rule.given))) {
			const results = fn.run(selected.node, rule.then.functionOptions, {
				model,
				parent: selected.parent,
				path: selected.path,
				knowledge
			});
			for (const result of results) {
				const path = result.path ?? selected.path;
				const message = rule.message ? renderMessage(rule.message, selected.node, selected.parent, result.message) : result.message;
				const at = loaded.locate(path);
				findings.push({
					ruleId: rule.id,
					severity: rule.severity,
					message,
					path,
					file: loaded.file,
					line: at.line,
					column: at.column,
					references: [.../* @__PURE__ */ new Set([...result.references ?? [], ...rule.references])],
					fix: rule.fix,
					...result.related?.length ? { related: result.related.map((r) => ({
						...r,
						...loaded.locate(r.path)
					})) } : {},
					fingerprint: fingerprint(rule.id, loaded, path, message)
				});
			}
		}
	}
	return findings;
}
/** `{{service}} calls {{$parent.name}}`: fields of the node and its parent, and `{{$message}}`. */
function renderMessage(template, node, parent, own) {
	return template.replace(/\{\{\s*([$A-Za-z0-9_.]+)\s*\}\}/g, (_, key) => {
		if (key === "$message") return own;
		const value = key.startsWith("$parent.") ? field(parent, key.slice(8)) : field(node, key);
		return value === void 0 ? "?" : Array.isArray(value) ? value.join(", ") : String(value);
	}).trim();
}
// dist/engine/suppress.js
const EXPIRED_RULE = "archcap/expired-suppression";
function covers(s, finding) {
	const under = s.path === "" || finding.path === s.path || finding.path.startsWith(`${s.path}.`) || finding.path.startsWith(`${s.path}[`);
	const rule = s.rule === finding.ruleId || s.rule.endsWith("/*") && finding.ruleId.startsWith(s.rule.slice(0, -1));
	return under && rule;
}
/** Marks suppressed findings and adds a warning for each expired suppression. */
function applySuppressions(findings, loaded, options) {
	if (!options.inline) return findings;
	const active = [];
	const extra = [];
	for (const s of loaded.model.suppressions) if (s.until !== void 0 && s.until < options.today) {
		const at = loaded.locate(s.path ? `${s.path}.x-archcap-ignore` : "x-archcap-ignore");
		extra.push({
			ruleId: EXPIRED_RULE,
			severity: "warning",
			message: `the suppression of ${s.rule} expired on ${s.until} and no longer applies (reason given: ${s.reason})`,
			path: s.path,
			file: loaded.file,
			line: at.line,
			column: at.column,
			references: []
		});
	} else active.push(s);
	return [...findings.map((f) => {
		const s = active.find((x) => covers(x, f));
		return s ? {
			...f,
			suppressed: {
				kind: "inline",
				reason: s.reason
			}
		} : f;
	}), ...extra];
}
function applyBaseline(findings, baseline) {
	if (!baseline) return findings;
	const known = new Set(baseline.findings.map((f) => f.fingerprint));
	return findings.map((f) => !f.suppressed && f.fingerprint && known.has(f.fingerprint) ? {
		...f,
		suppressed: { kind: "baseline" }
	} : f);
}
function toBaseline(findings) {
	const entries = findings.filter((f) => f.fingerprint && f.suppressed?.kind !== "inline").map((f) => ({
		fingerprint: f.fingerprint,
		ruleId: f.ruleId,
		file: f.file,
		path: f.path
	}));
	const unique = [...new Map(entries.map((e) => [e.fingerprint, e])).values()];
	unique.sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.path.localeCompare(b.path));
	return {
		version: 1,
		findings: unique
	};
}
export { stablePath as a, runRules as i, applySuppressions as n, loadSystemFile as o, toBaseline as r, loadSystemText as s, applyBaseline as t };
