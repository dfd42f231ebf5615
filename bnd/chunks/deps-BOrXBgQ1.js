import { c as hasActiveKnowledge, l as loadKnowledge, s as DEFAULT_KNOWLEDGE_DIR, t as withUserEngines, u as setActiveKnowledge } from "./knowledge-Ds0TRpTO.js";
import { o as MESSAGING_KINDS } from "./types-MAxxWLjR.js";
import { n as knownRegionIds, t as findRegion } from "./regions-BdGi6hxy.js";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
// dist/model/schema.js
/**
* The JSON Schema of a system description. It is built from the knowledge base
* (engines and their settings) so that editors offer the same values the
* validator accepts; the build compiles it once to a standalone ajv validator.
*/
/** `reads:` / `writes:` of a data set: the names every engine accepts, each described per engine (the store's engine decides which apply). */
function operationSchema(kind, names) {
	const properties = {};
	for (const [name, descriptions] of Object.entries(names).sort(([a], [b]) => a.localeCompare(b))) properties[name] = {
		type: [
			"string",
			"number",
			"boolean"
		],
		description: descriptions.join(" ")
	};
	return {
		type: "object",
		description: `How this data set's ${kind} are issued, in its store engine's own vocabulary, overriding the store's settings for these ${kind} only. Which names apply depends on the store's engine (each engine profile declares them); values are those of the store setting each one overrides.`,
		properties,
		additionalProperties: { type: [
			"string",
			"number",
			"boolean"
		] }
	};
}
/** Consistency model names (Jepsen's), as data sets and `declared` blocks accept them. */
const MODEL_NAMES = [
	"strict-serializable",
	"serializable",
	"snapshot-isolation",
	"repeatable-read",
	"read-committed",
	"linearizable",
	"sequential",
	"causal",
	"bounded-staleness",
	"read-your-writes",
	"monotonic-reads",
	"monotonic-writes",
	"writes-follow-reads",
	"consistent-prefix",
	"eventual"
];
const SCHEMA_ID = "https://archcap.dev/schema/system-v1.json";
const DURATION = "^[0-9]+(\\.[0-9]+)?\\s*(ms|s|m|h|d)$";
const RATE = "^[0-9]+(\\.[0-9]+)?\\s*/\\s*(s|m|h|d)$";
const SIZE = "^[0-9]+(\\.[0-9]+)?\\s*(B|KB|MB|GB|TB|PB|KiB|MiB|GiB|TiB|PiB)$";
const PERCENT = "^[0-9]+(\\.[0-9]+)?\\s*%$";
const NAME = "^[A-Za-z0-9][A-Za-z0-9_.:-]*$";
/**
* What a value must look like, in words, for editors: yaml-language-server and
* VS Code show `patternErrorMessage` instead of the raw regular expression.
*/
const PATTERN_MESSAGES = {
	[DURATION]: "Expected a duration: a number and a unit (ms, s, m, h, d), e.g. 250ms, 2s, 5m.",
	[RATE]: "Expected a rate: a number per unit of time, e.g. 500/s, 20/m.",
	[SIZE]: "Expected a size: a number and a unit (B, KB, MB, GB, TB, PB, KiB … PiB), e.g. 200GB.",
	[PERCENT]: "Expected a percentage, e.g. 99.95%.",
	[NAME]: "Expected a name: letters, digits and _ . : - (starting with a letter or digit)."
};
const str = (description, extra = {}) => {
	const message = typeof extra["pattern"] === "string" ? PATTERN_MESSAGES[extra["pattern"]] : void 0;
	return {
		type: "string",
		description,
		...extra,
		...message ? { patternErrorMessage: message } : {}
	};
};
const enumOf = (values, description) => values.length ? {
	type: "string",
	enum: values,
	description
} : {
	type: "string",
	description
};
const duration = (description) => str(`${description} A duration: 250ms, 2s, 5m, 1h.`, { pattern: DURATION });
const names = (description) => ({
	type: "array",
	items: {
		type: "string",
		pattern: NAME,
		patternErrorMessage: PATTERN_MESSAGES[NAME]
	},
	description
});
/** An object that rejects unknown keys but allows `x-…` extensions (such as `x-archcap-ignore`). */
function object(properties, required = [], description) {
	return {
		type: "object",
		...description ? { description } : {},
		properties: {
			...properties,
			"x-archcap-ignore": { $ref: "#/$defs/ignore" }
		},
		patternProperties: { "^x-": {} },
		additionalProperties: false,
		...required.length ? { required } : {}
	};
}
function settingsSchema(settings) {
	const properties = {};
	for (const [name, spec] of Object.entries(settings)) {
		const description = spec.description ?? name;
		if (spec.type === "enum") properties[name] = {
			enum: spec.values ?? [],
			description
		};
		else if (spec.type === "integer") properties[name] = {
			type: "integer",
			minimum: spec.minimum ?? 0,
			description
		};
		else if (spec.type === "boolean") properties[name] = {
			type: "boolean",
			description
		};
		else properties[name] = {
			type: "string",
			description
		};
	}
	return {
		type: "object",
		properties,
		additionalProperties: false
	};
}
function buildSchema(inputs) {
	const engineIds = Object.keys(inputs.engines).sort();
	const perEngine = engineIds.map((id) => ({
		if: {
			properties: { engine: { const: id } },
			required: ["engine"]
		},
		then: { properties: { settings: settingsSchema(inputs.engines[id] ?? {}) } }
	}));
	const behaviour = (what) => enumOf(inputs.partitionBehaviours ?? [], `What ${what} do on the minority side of a partition.`);
	const declared = object({
		pacelc: enumOf([
			"PA/EL",
			"PA/EC",
			"PC/EL",
			"PC/EC"
		], "PACELC class the engine gives as you run it."),
		cap: enumOf(["AP", "CP"], "CAP class (default: AP for PA/*, CP for PC/*)."),
		consistency: enumOf(MODEL_NAMES, "The consistency model it gives (Jepsen names)."),
		onPartition: object({
			reads: behaviour("reads"),
			writes: behaviour("writes"),
			ackedWritesLostOnFailover: {
				type: "boolean",
				description: "A failover can lose writes that were acknowledged."
			}
		}, [
			"reads",
			"writes",
			"ackedWritesLostOnFailover"
		])
	}, [
		"pacelc",
		"consistency",
		"onPartition"
	], "With engine: custom - what the engine gives, declared by you (archcap does not derive it).");
	const perTopicEngine = [...inputs.messagingEngines].sort().map((id) => ({
		if: {
			properties: { engine: { const: id } },
			required: ["engine"]
		},
		then: { properties: { settings: settingsSchema(inputs.engines[id] ?? {}) } }
	}));
	const latency = object({
		p50: duration("Median."),
		p90: duration("p90."),
		p95: duration("p95."),
		p99: duration("p99."),
		p999: duration("p99.9.")
	});
	const requirements = object({
		availability: str("Monthly availability target, e.g. 99.95%.", { pattern: PERCENT }),
		latency: object({
			read: latency,
			write: latency
		}),
		rpo: duration("Data loss tolerated on failover (0s: none)."),
		rto: duration("Time to recover service after a failure."),
		tolerate: object({
			nodes: {
				type: "integer",
				minimum: 0,
				description: "Node failures to survive while meeting the requirements."
			},
			zones: {
				type: "integer",
				minimum: 0,
				description: "Zone failures to survive."
			},
			regions: {
				type: "integer",
				minimum: 0,
				description: "Region failures to survive."
			}
		}),
		partitionPreference: enumOf(["consistency", "availability"], "What to keep when a network partition forces a choice."),
		recovery: object(Object.fromEntries([
			"node",
			"zone",
			"region",
			"partition"
		].map((kind) => [kind, object({
			rto: duration(`Longest outage tolerated after a ${kind} failure (archcap simulate estimates it).`),
			rpo: duration(`Acknowledged writes that may be lost after a ${kind} failure (0s: none).`)
		})])))
	});
	const retries = object({
		attempts: {
			type: "integer",
			minimum: 1,
			maximum: 100,
			description: "Total attempts, the first included."
		},
		backoff: enumOf([
			"none",
			"fixed",
			"linear",
			"exponential"
		], "Delay growth between attempts."),
		jitter: enumOf([
			"none",
			"full",
			"equal",
			"decorrelated"
		], "Randomisation of the delay."),
		baseDelay: duration("First delay."),
		maxDelay: duration("Cap on one delay."),
		budget: str("Retry budget as a share of requests, e.g. 10%.", { pattern: PERCENT })
	}, ["attempts"]);
	const call = object({
		service: str("The callee.", { pattern: NAME }),
		timeout: duration("Timeout of one attempt."),
		retries,
		idempotent: {
			type: "boolean",
			description: "Repeating the call has the effect of one call."
		},
		idempotencyKey: {
			type: "boolean",
			description: "The call carries an idempotency key the callee de-duplicates on."
		},
		mode: enumOf(["sync", "async"], "Request/response (sync, the default) or queued (async)."),
		kind: enumOf([
			"request",
			"batch",
			"file-drop"
		], "What the call is: request (request/response, the default), batch (a scheduled bulk transfer or job) or file-drop (a file delivered to or fetched from a drop zone such as SFTP). Batch and file-drop calls are advised with run-level deadlines and retries in minutes, not RPC timeouts, retry budgets and circuit breakers."),
		circuitBreaker: {
			type: "boolean",
			description: "Calls go through a circuit breaker."
		}
	}, ["service"]);
	return {
		$schema: "http://json-schema.org/draft-07/schema#",
		$id: SCHEMA_ID,
		title: "archcap system description",
		description: "A distributed system for archcap to analyse: stores, data sets, services, workflows, regions and requirements.",
		type: "object",
		examples: [{
			version: 1,
			name: "checkout",
			regions: ["aws:us-east-1", "aws:eu-west-1"],
			requirements: {
				availability: "99.95%",
				latency: { write: { p99: "150ms" } },
				rpo: "0s"
			},
			datastores: [{
				name: "orders-db",
				engine: "postgres",
				regions: ["aws:us-east-1"],
				replicas: 3
			}],
			datasets: [{
				name: "orders",
				store: "orders-db",
				consistency: "linearizable"
			}],
			services: [{
				name: "order-service",
				calls: [{
					service: "payment-service",
					timeout: "2s"
				}],
				writes: ["orders"]
			}, { name: "payment-service" }]
		}],
		$defs: {
			ignore: {
				type: "array",
				description: "Suppress findings of these rules on this node and below. A reason is required.",
				items: { oneOf: [str("Short form: 'rule-id: reason'.", { pattern: "^[a-z0-9-]+/[a-z0-9-*]+:\\s*\\S.{2,}$" }), {
					type: "object",
					properties: {
						rule: str("Rule id, e.g. lock/missing-fencing.", { pattern: "^[a-z0-9-]+/[a-z0-9-*]+$" }),
						reason: str("Why the finding does not apply.", { minLength: 3 }),
						until: str("Date (YYYY-MM-DD) after which the suppression stops applying.", { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
					},
					required: ["rule", "reason"],
					additionalProperties: false
				}] }
			},
			requirements,
			region: {
				description: "A region id: provider:region (aws:us-east-1), or a custom id with a location.",
				oneOf: [str("Region id: provider:region (aws:us-east-1, gcp:europe-west1, azure:westeurope) or a custom id declared with a location.", {
					pattern: "^[A-Za-z0-9][A-Za-z0-9:_.-]*$",
					patternErrorMessage: "Expected a region id such as aws:us-east-1 (provider:region) or a custom id.",
					...inputs.regions?.length ? { examples: inputs.regions } : {}
				}), object({
					id: str("Custom region id.", { pattern: "^[A-Za-z0-9][A-Za-z0-9:_.-]*$" }),
					location: object({
						lat: {
							type: "number",
							minimum: -90,
							maximum: 90
						},
						lon: {
							type: "number",
							minimum: -180,
							maximum: 180
						}
					}, ["lat", "lon"]),
					jurisdictions: names("Jurisdictions, most specific first (de, eu).")
				}, ["id", "location"])]
			}
		},
		properties: {
			$schema: { type: "string" },
			version: {
				const: 1,
				description: "Format version; 1."
			},
			name: str("System name.", { minLength: 1 }),
			description: str("What the system does."),
			regions: {
				type: "array",
				items: { $ref: "#/$defs/region" },
				description: "Regions the system runs in."
			},
			requirements: { $ref: "#/$defs/requirements" },
			datastores: {
				type: "array",
				items: {
					...object({
						name: str("Store name.", { pattern: NAME }),
						engine: enumOf(engineIds.length ? [...engineIds, "custom"] : [], "Database engine (custom: declare its guarantees under `declared`)."),
						declared,
						regions: names("Regions holding replicas."),
						replicas: {
							type: "integer",
							minimum: 1,
							maximum: 1e3,
							description: "Replica count (per region for engines that count per region)."
						},
						placement: {
							type: "object",
							additionalProperties: {
								type: "integer",
								minimum: 0
							},
							description: "Replicas per region."
						},
						zones: {
							type: "integer",
							minimum: 1,
							maximum: 10,
							description: "Availability zones per region the replicas spread over."
						},
						replication: enumOf([
							"sync",
							"semi-sync",
							"async",
							"quorum",
							"consensus"
						], "How writes reach replicas."),
						topology: enumOf([
							"single-leader",
							"multi-leader",
							"leaderless",
							"consensus"
						], "Who accepts writes."),
						failover: enumOf([
							"automatic",
							"external",
							"manual"
						], "How a new leader is chosen: automatic (the replicas elect it), external (automatic, decided by an outside consensus service or the cloud control plane: Patroni with etcd, RDS Multi-AZ), manual."),
						conflictResolution: enumOf([
							"lww",
							"crdt",
							"application",
							"none"
						], "How concurrent writes are reconciled."),
						settings: {
							type: "object",
							description: "Engine settings in the engine's vocabulary."
						},
						availability: str("Availability of the store itself (SLA), e.g. 99.99%.", { pattern: PERCENT }),
						requirements: { $ref: "#/$defs/requirements" },
						partitioning: object({
							strategy: enumOf([
								"hash",
								"range",
								"consistent-hash",
								"geo",
								"none"
							], "How data is split into shards."),
							key: str("Partition key."),
							shards: {
								type: "integer",
								minimum: 1
							},
							hotKeyMitigation: str("Declared mitigation for hot keys: salting, write-sharding, cache, ..."),
							monotonicKey: {
								type: "boolean",
								description: "The key grows monotonically (timestamps, sequences)."
							}
						}, ["strategy"])
					}, ["name", "engine"]),
					...perEngine.length ? { allOf: perEngine } : {}
				}
			},
			datasets: {
				type: "array",
				items: object({
					name: str("Data set name.", { pattern: NAME }),
					store: str("The store that holds it.", { pattern: NAME }),
					consistency: enumOf([
						"strict-serializable",
						"serializable",
						"snapshot-isolation",
						"repeatable-read",
						"read-committed",
						"linearizable",
						"sequential",
						"causal",
						"bounded-staleness",
						"read-your-writes",
						"monotonic-reads",
						"monotonic-writes",
						"writes-follow-reads",
						"consistent-prefix",
						"eventual"
					], "The consistency model it needs (Jepsen names)."),
					invariants: {
						type: "array",
						items: enumOf([
							"unique-key",
							"non-negative",
							"foreign-key",
							"sequential-id",
							"counter",
							"append-only",
							"grow-only-set",
							"last-writer-wins",
							"bounded-value"
						], "An invariant the data must keep.")
					},
					access: object({
						reads: str("Read rate, e.g. 5000/s.", { pattern: RATE }),
						writes: str("Write rate, e.g. 500/s.", { pattern: RATE }),
						pattern: enumOf([
							"point",
							"range",
							"scan",
							"append",
							"search",
							"mixed"
						], "Dominant access pattern."),
						hotKeys: {
							type: "boolean",
							description: "A few keys take a large share of the traffic."
						},
						writeRegions: names("Regions writes originate in (default: the regions of the services that write it, and of workflow steps that do). With LOCAL_* consistency levels, a region that reads but never writes reads other regions' writes with no overlap."),
						readRegions: names("Regions reads originate in (default: the regions of the services that read it).")
					}),
					reads: operationSchema("reads", inputs.operations?.reads ?? {}),
					writes: operationSchema("writes", inputs.operations?.writes ?? {}),
					size: str("Size, e.g. 200GB.", { pattern: SIZE }),
					residency: names("Jurisdictions (eu, us, de) or region ids the data must stay in."),
					requirements: { $ref: "#/$defs/requirements" }
				}, ["name", "store"])
			},
			services: {
				type: "array",
				items: object({
					name: str("Service name.", { pattern: NAME }),
					regions: names("Regions it runs in."),
					availability: str("Availability of the service itself, e.g. 99.95%.", { pattern: PERCENT }),
					instances: {
						type: "integer",
						minimum: 1,
						description: "Instances (per region)."
					},
					zones: {
						type: "integer",
						minimum: 1,
						maximum: 10,
						description: "Zones its instances spread over (per region)."
					},
					calls: {
						type: "array",
						items: call
					},
					reads: names("Data sets it reads."),
					writes: names("Data sets it writes."),
					publishes: {
						type: "array",
						items: { oneOf: [str("Topic name (published directly).", { pattern: NAME }), object({
							topic: str("Topic name.", { pattern: NAME }),
							via: enumOf([
								"outbox",
								"cdc",
								"direct"
							], "How events leave the service.")
						}, ["topic"])] }
					},
					requirements: { $ref: "#/$defs/requirements" }
				}, ["name"])
			},
			messaging: {
				type: "array",
				items: {
					...object({
						name: str("Topic name.", { pattern: NAME }),
						engine: enumOf(inputs.messagingEngines.length ? [...inputs.messagingEngines, "custom"] : [], "Messaging engine (custom: declare its guarantees under `declared`)."),
						declared,
						delivery: enumOf([
							"at-most-once",
							"at-least-once",
							"exactly-once"
						], "Delivery guarantee to consumers."),
						ordering: enumOf([
							"none",
							"per-key",
							"total"
						], "Ordering guarantee."),
						regions: names("Regions the topic is replicated in."),
						settings: {
							type: "object",
							description: "Engine settings in the engine's vocabulary."
						}
					}, ["name", "engine"]),
					...perTopicEngine.length ? { allOf: perTopicEngine } : {}
				}
			},
			workflows: {
				type: "array",
				items: object({
					name: str("Workflow name.", { pattern: NAME }),
					atomicity: enumOf(["all-or-nothing", "best-effort"], "Whether a failure must undo the earlier steps."),
					protocol: enumOf([
						"saga-orchestrated",
						"saga-choreographed",
						"2pc",
						"local"
					], "How atomicity is achieved."),
					steps: {
						type: "array",
						minItems: 1,
						items: object({
							name: str("Step name.", { pattern: NAME }),
							service: str("Service that runs it.", { pattern: NAME }),
							writes: names("Data sets it writes."),
							compensation: str("The action that semantically undoes it."),
							external: {
								type: "boolean",
								description: "Calls a system outside ours."
							},
							retriable: {
								type: "boolean",
								description: "Retried until it succeeds (cannot fail for good)."
							},
							pivot: {
								type: "boolean",
								description: "The go/no-go step: after it, the workflow only moves forward."
							}
						}, ["name", "service"])
					}
				}, ["name", "steps"])
			},
			locks: {
				type: "array",
				items: object({
					name: str("Lock name.", { pattern: NAME }),
					store: str("Store holding the lock.", { pattern: NAME }),
					guards: str("Data set the lock protects.", { pattern: NAME }),
					leaseTtl: duration("Lease length."),
					fencing: {
						type: "boolean",
						description: "The guarded resource checks a monotonic fencing token."
					},
					purpose: enumOf(["correctness", "efficiency"], "Correctness: two holders corrupt data. Efficiency: two holders only waste work."),
					algorithm: enumOf([
						"single-instance",
						"redlock",
						"consensus"
					], "How the lock is implemented.")
				}, ["name", "store"])
			},
			consumers: {
				type: "array",
				items: object({
					service: str("Consuming service.", { pattern: NAME }),
					topic: str("Topic consumed.", { pattern: NAME }),
					idempotent: {
						type: "boolean",
						description: "Handling a message twice has the effect of handling it once."
					}
				}, ["service", "topic"])
			}
		},
		patternProperties: { "^x-": {} },
		additionalProperties: false,
		required: ["version", "name"]
	};
}
// dist/model/deps.js
/**
* What loading a system description needs from the rest of archcap: the
* schema (built from the knowledge base), its compiled validator, and the
* region/engine look-ups for normalisation. The build writes the schema and a
* standalone validator to build/; compiling the schema at start-up would cost
* hundreds of milliseconds, so that is only the fallback (and what tests use,
* so that schema edits count without a rebuild).
*/
const BUILD = new URL("../../build/", import.meta.url);
const SCHEMA_FILE = fileURLToPath(new URL("system.schema.json", BUILD));
const VALIDATOR_FILE = fileURLToPath(new URL("validate-system.cjs", BUILD));
/** Extra settings a topic accepts beside its engine's own. */
const TOPIC_SETTINGS = {
	replicas: {
		type: "integer",
		minimum: 1,
		description: "Replication factor of the topic."
	},
	partitions: {
		type: "integer",
		minimum: 1,
		description: "Partitions of the topic."
	}
};
function schemaInputs(kb) {
	const engines = {};
	const messagingEngines = [];
	for (const [id, profile] of kb.engines) {
		engines[id] = profile.settings;
		if (MESSAGING_KINDS.includes(profile.kind)) {
			messagingEngines.push(id);
			engines[id] = {
				...profile.settings,
				...TOPIC_SETTINGS
			};
		}
	}
	const operations = {
		reads: {},
		writes: {}
	};
	for (const [id, profile] of [...kb.engines].sort(([a], [b]) => a.localeCompare(b))) for (const kind of ["reads", "writes"]) for (const [name, op] of Object.entries(profile.operations[kind])) (operations[kind][name] ??= []).push(`${id}: ${op.description}`);
	return {
		engines,
		messagingEngines: messagingEngines.sort(),
		partitionBehaviours: [...kb.partitionBehaviours.keys()],
		operations,
		regions: knownRegionIds()
	};
}
const useBuild = () => !process.env["VITEST"] && !hasActiveKnowledge() && existsSync(SCHEMA_FILE) && existsSync(VALIDATOR_FILE);
let schema;
function systemSchema() {
	schema ??= useBuild() ? JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) : buildSchema(schemaInputs(loadKnowledge()));
	return schema;
}
function compileValidator(s, options = {}) {
	const { Ajv: AjvClass } = createRequire(import.meta.url)("ajv");
	const ajv = new AjvClass({
		allErrors: true,
		strict: false,
		...options
	});
	return {
		ajv,
		validate: ajv.compile(s)
	};
}
let validator;
async function systemValidator() {
	if (!validator) {
		if (useBuild()) {
			const mod = createRequire(import.meta.url)(VALIDATOR_FILE);
			validator = typeof mod === "function" ? mod : mod.default;
		} else validator = compileValidator(systemSchema()).validate;
	}
	return validator;
}
function modelContext(kb = loadKnowledge()) {
	return {
		findRegion: (id) => {
			const r = findRegion(id);
			return r ? {
				id: r.id,
				name: r.name,
				location: r.location,
				jurisdictions: r.jurisdictions,
				...r.provider ? { provider: r.provider } : {}
			} : void 0;
		},
		knownRegionIds,
		engineDefaults: (engine) => {
			const profile = kb.engines.get(engine);
			return {
				replicasPerRegion: profile?.replicasPerRegion ?? false,
				replicas: profile?.defaultReplicas ?? 1
			};
		},
		engineProfile: (engine) => kb.engines.get(engine)
	};
}
async function loadDeps() {
	return {
		context: modelContext(),
		validate: await systemValidator(),
		schema: systemSchema()
	};
}
/**
* Add a project's own engine profiles (`engines:` in .archcap.yaml) to the knowledge
* base every later stage uses. The schema then comes from the merged knowledge (compiled
* at start-up, since the build's validator knows only the built-in engines).
*/
function useProjectEngines(files) {
	if (files.length === 0 && !hasActiveKnowledge()) return;
	setActiveKnowledge(void 0);
	schema = void 0;
	validator = void 0;
	if (files.length === 0) return;
	setActiveKnowledge(withUserEngines(loadKnowledge(DEFAULT_KNOWLEDGE_DIR), files));
}
export { systemSchema as n, useProjectEngines as r, loadDeps as t };
