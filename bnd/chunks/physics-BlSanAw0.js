import { a as UsageError } from "./errors-BcMCNHWs.js";
import { i as regionsKnowledge, r as typicalRtt, t as findRegion } from "./regions-BdGi6hxy.js";
// dist/analysis/physics.js
/**
* Latency physics: how far apart two regions are and the least time a round trip
* between them can take.
*
* The floor uses 200 km per ms for light in fibre (DESIGN.md): a group index of
* about 1.5. Silica's 1.467 (facts.md §5.1: ≈204,190 km/s) would lower every floor
* by 2%; real routes are never great circles, and over the 496 AWS region pairs
* in the cloudping matrix the measured median RTT is at least 1.14× this floor,
* so the floor stays a true lower bound. A rule may call an SLA "impossible" only
* against the floor; the typical value (measured where published, else estimated)
* is for warnings.
*/
const EARTH_RADIUS_KM = 6371;
const knownRegions = (id) => findRegion(id);
/**
* Great-circle distance in km on a sphere of radius 6,371 km. The atan2 (Vincenty,
* sphere) form stays accurate for every pair, nearly antipodal ones included, where
* haversine's asin loses precision (a property test found it breaking the triangle
* inequality there).
*/
function greatCircleKm(a, b) {
	const rad = Math.PI / 180;
	const [p1, p2, dl] = [
		a.lat * rad,
		b.lat * rad,
		(b.lon - a.lon) * rad
	];
	const y = Math.hypot(Math.cos(p2) * Math.sin(dl), Math.cos(p1) * Math.sin(p2) - Math.sin(p1) * Math.cos(p2) * Math.cos(dl));
	const x = Math.sin(p1) * Math.sin(p2) + Math.cos(p1) * Math.cos(p2) * Math.cos(dl);
	return EARTH_RADIUS_KM * Math.atan2(y, x);
}
/** The least round-trip time, ms: 2 × distance / (200 km/ms). */
function rttFloorMs(a, b) {
	return 2 * greatCircleKm(a, b) / 200;
}
let stretch;
/** Median measured/floor ratio and median intra-region RTT over the AWS matrix (derived once). */
function measuredStretch() {
	if (stretch) return stretch;
	const ids = [...regionsKnowledge().regions.values()].filter((r) => r.provider === "aws").map((r) => r.id);
	const ratios = [];
	const intra = [];
	for (const [i, a] of ids.entries()) for (const b of ids.slice(i)) {
		const measured = typicalRtt(a, b)?.ms;
		const floor = rttFloorMs(findRegion(a).location, findRegion(b).location);
		if (measured === void 0) continue;
		if (a === b) intra.push(measured);
		else if (floor > 0) ratios.push(measured / floor);
	}
	stretch = {
		ratio: median(ratios),
		intraMs: median(intra),
		pairs: ratios.length
	};
	return stretch;
}
function median(xs) {
	const s = [...xs].sort((x, y) => x - y);
	const mid = Math.floor(s.length / 2);
	return s.length === 0 ? 0 : s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function resolveRegion(id, resolve = knownRegions) {
	const region = resolve(id);
	if (!region) throw new UsageError(`unknown region '${id}': use a known id such as aws:us-east-1, or give a custom region a location`);
	return region;
}
/** The round trip between two regions: floor, and typical (measured, else estimated). */
function legBetween(from, to, resolve = knownRegions) {
	const a = resolveRegion(from, resolve);
	const b = resolveRegion(to, resolve);
	const distanceKm = greatCircleKm(a.location, b.location);
	const floorMs = 2 * distanceKm / 200;
	const measured = typicalRtt(a.id, b.id);
	if (measured) return {
		from,
		to,
		distanceKm,
		floorMs,
		typicalMs: measured.ms,
		typicalKind: "measured",
		typicalSource: measured.source
	};
	const s = measuredStretch();
	return {
		from,
		to,
		distanceKm,
		floorMs,
		typicalMs: round2(Math.max(floorMs * s.ratio, s.intraMs)),
		typicalKind: "estimated",
		typicalSource: `estimated: ${round2(s.ratio)} × floor, the median measured/floor ratio over ${s.pairs} AWS region pairs (cloudping.co, p50 over one year, captured 2025-05-29)`
	};
}
const round2 = (x) => Math.round(x * 100) / 100;
const ZERO = {
	floorMs: 0,
	typicalMs: 0,
	dominant: {
		floor: [],
		typical: []
	},
	explanation: "no network round trip is needed"
};
/** The round trip to the k-th nearest replica: what a quorum of k replicas waits for. */
function kthNearestReplica(o) {
	const total = Object.values(o.placement).reduce((s, n) => s + n, 0);
	if (!Number.isInteger(o.acks) || o.acks < 1 || o.acks > total) throw new UsageError(`a quorum of ${o.acks} cannot be met by ${total} replicas`);
	const self = o.selfIsReplica === true && (o.placement[o.from] ?? 0) > 0 ? 1 : 0;
	const needed = o.acks - self;
	if (needed === 0) return ZERO;
	const legs = [];
	for (const [region, count] of Object.entries(o.placement)) {
		const leg = legBetween(o.from, region, o.resolve);
		for (let i = 0; i < count - (region === o.from ? self : 0); i++) legs.push(leg);
	}
	const byFloor = [...legs].sort((a, b) => a.floorMs - b.floorMs)[needed - 1];
	const byTypical = [...legs].sort((a, b) => a.typicalMs - b.typicalMs)[needed - 1];
	return {
		floorMs: byFloor.floorMs,
		typicalMs: byTypical.typicalMs,
		dominant: {
			floor: [byFloor],
			typical: [byTypical]
		},
		explanation: `${o.acks} of ${total} replicas must acknowledge` + (self ? ` (the sender's own counts)` : "") + `; the ${ordinal(needed)} nearest other replica is ${byTypical.to}: round trip ≥ ${fmt(byFloor.floorMs)} ms by physics, ~${fmt(byTypical.typicalMs)} ms typical (${byTypical.typicalKind})`
	};
}
/** A single leader waiting for the nearest majority of its replicas (Raft, Paxos, sync quorum commit). */
function leaderCommitLatency(leader, placement, resolve) {
	const total = Object.values(placement).reduce((s, n) => s + n, 0);
	return kthNearestReplica({
		from: leader,
		placement,
		acks: Math.floor(total / 2) + 1,
		selfIsReplica: true,
		...resolve ? { resolve } : {}
	});
}
/** A coordinator in `from` waiting for `acks` replicas anywhere (Dynamo-style quorum, Cassandra QUORUM). */
function quorumLatency(from, placement, acks, resolve) {
	return kthNearestReplica({
		from,
		placement,
		acks,
		...resolve ? { resolve } : {}
	});
}
/** A client in `client` making one request to a leader in `leader`. */
function clientToLeader(client, leader, resolve) {
	const leg = legBetween(client, leader, resolve);
	return {
		floorMs: leg.floorMs,
		typicalMs: leg.typicalMs,
		dominant: {
			floor: [leg],
			typical: [leg]
		},
		explanation: `a request from ${client} to the leader in ${leader}: ≥ ${fmt(leg.floorMs)} ms, ~${fmt(leg.typicalMs)} ms typical (${leg.typicalKind})`
	};
}
const fmt = (ms) => ms < 10 ? ms.toFixed(1) : ms.toFixed(0);
const ordinal = (n) => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;
export { legBetween as a, rttFloorMs as c, leaderCommitLatency as i, greatCircleKm as n, quorumLatency as o, kthNearestReplica as r, round2 as s, clientToLeader as t };
