import { a as UsageError } from "./errors-BcMCNHWs.js";
// dist/analysis/quorum.js
/**
* Quorum arithmetic. With N replicas, writes acknowledged by W and reads asking R,
* every read set meets every write set exactly when R + W > N (a strict quorum);
* with R + W ≤ N the store is only eventually consistent (Bailis et al., PBS,
* VLDB 2012, §2; facts.md §4.1). A sloppy quorum (Dynamo/Riak with PR = PW = 0)
* lets fallback nodes count toward W, so R + W > N no longer guarantees overlap
* with the primary replicas (Riak docs, facts.md §4.1).
*/
const majority = (n) => Math.floor(n / 2) + 1;
function analyseQuorum({ n, r, w, sloppy = false }) {
	for (const [name, v] of [
		["N", n],
		["R", r],
		["W", w]
	]) if (!Number.isInteger(v) || v < 1) throw new UsageError(`${name} must be a positive integer, got ${v}`);
	if (r > n || w > n) throw new UsageError(`R and W cannot exceed N (N=${n}, R=${r}, W=${w})`);
	const intersects = r + w > n;
	const overlap = intersects && !sloppy;
	const explanation = !intersects ? `R + W = ${r + w} ≤ N = ${n}: a read may miss the latest write entirely (eventual consistency only)` : sloppy ? `R + W = ${r + w} > N = ${n}, but a sloppy quorum lets fallback nodes ack writes, so a read of the home replicas may still miss them` : `R + W = ${r + w} > N = ${n}: every read quorum shares at least ${r + w - n} replica(s) with every write quorum`;
	return {
		n,
		r,
		w,
		intersects,
		overlap,
		writesIntersect: 2 * w > n,
		writeFaultTolerance: n - w,
		readFaultTolerance: n - r,
		majority: majority(n),
		explanation
	};
}
const CONSISTENCY_LEVELS = [
	"ANY",
	"ONE",
	"TWO",
	"THREE",
	"QUORUM",
	"LOCAL_ONE",
	"LOCAL_QUORUM",
	"EACH_QUORUM",
	"ALL",
	"SERIAL",
	"LOCAL_SERIAL"
];
function demand(level, rf, local) {
	const all = Object.keys(rf);
	const n = all.reduce((s, d) => s + rf[d], 0);
	const each = (f) => Object.fromEntries(all.map((d) => [d, f(rf[d])]));
	switch (level) {
		case "ANY": return {
			perDc: {},
			total: 0,
			dcs: all
		};
		case "ONE":
		case "TWO":
		case "THREE": return {
			perDc: {},
			total: [
				"ONE",
				"TWO",
				"THREE"
			].indexOf(level) + 1,
			dcs: all
		};
		case "QUORUM":
		case "SERIAL": return {
			perDc: {},
			total: majority(n),
			dcs: all
		};
		case "ALL": return {
			perDc: each((k) => k),
			total: n,
			dcs: all
		};
		case "EACH_QUORUM": return {
			perDc: each(majority),
			total: 0,
			dcs: all
		};
		case "LOCAL_ONE": return {
			perDc: { [local]: 1 },
			total: 1,
			dcs: [local]
		};
		case "LOCAL_QUORUM":
		case "LOCAL_SERIAL": return {
			perDc: { [local]: majority(rf[local]) },
			total: 0,
			dcs: [local]
		};
		default: throw new UsageError(`unknown consistency level '${level}'; accepted: ${CONSISTENCY_LEVELS.join(", ")}`);
	}
}
const sum = (xs) => xs.reduce((s, x) => s + x, 0);
/** Replicas that acknowledge a request at `level` coordinated in `dc`. */
function replicasAcked(level, rf, dc) {
	const d = demand(level, rf, dc);
	return Math.max(d.total, sum(Object.values(d.perDc)));
}
/**
* Whether two requests can be answered by disjoint replica sets. Each side first
* takes its per-datacentre minimum; the rest of its total comes from free replicas
* in its allowed datacentres. Disjoint sets exist iff the minimums fit and
* (Hall's condition for two groups) each side's extra fits in its own free slots
* and both extras fit in the union.
*/
function canBeDisjoint(a, b, rf) {
	const free = {};
	for (const [dc, k] of Object.entries(rf)) {
		free[dc] = k - (a.perDc[dc] ?? 0) - (b.perDc[dc] ?? 0);
		if (free[dc] < 0) return false;
	}
	const extraA = Math.max(0, a.total - sum(Object.values(a.perDc)));
	const extraB = Math.max(0, b.total - sum(Object.values(b.perDc)));
	const slots = (dcs) => sum(dcs.map((d) => free[d] ?? 0));
	const union = [.../* @__PURE__ */ new Set([...a.dcs, ...b.dcs])];
	return extraA <= slots(a.dcs) && extraB <= slots(b.dcs) && extraA + extraB <= slots(union);
}
function consistencyLevelOverlap(read, write, rf) {
	const dcs = Object.keys(rf);
	if (dcs.length === 0 || dcs.some((d) => !Number.isInteger(rf[d]) || rf[d] < 1)) throw new UsageError("replication factors must be positive integers, one per datacentre");
	const meets = (x, dx, y, dy) => !canBeDisjoint(demand(x, rf, dx), demand(y, rf, dy), rf);
	const localOverlapDcs = dcs.filter((d) => meets(read, d, write, d));
	const scope = dcs.every((dr) => dcs.every((dw) => meets(read, dr, write, dw))) ? "global" : localOverlapDcs.length === dcs.length ? "local" : "none";
	const acks = (level) => Object.fromEntries(dcs.map((d) => [d, replicasAcked(level, rf, d)]));
	const explanation = scope === "global" ? `reads at ${read} always meet writes at ${write}, wherever each is coordinated` : scope === "local" ? `reads at ${read} meet writes at ${write} only when both are coordinated in the same datacentre; a reader elsewhere can miss a write` : `reads at ${read} can miss writes at ${write} even within one datacentre` + (localOverlapDcs.length ? ` (they overlap only in ${localOverlapDcs.join(", ")})` : "");
	return {
		readAcks: acks(read),
		writeAcks: acks(write),
		scope,
		localOverlapDcs,
		writesOverlap: dcs.every((a) => dcs.every((b) => meets(write, a, write, b))),
		explanation
	};
}
export { replicasAcked as a, majority as i, analyseQuorum as n, consistencyLevelOverlap as r, CONSISTENCY_LEVELS as t };
