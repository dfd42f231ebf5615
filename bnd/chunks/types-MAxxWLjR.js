// dist/knowledge/types.js
const PACELC_CLASSES = [
	"PA/EL",
	"PA/EC",
	"PC/EL",
	"PC/EC"
];
const CAP_CLASSES = ["AP", "CP"];
const AVAILABILITY_CLASSES = [
	"total",
	"sticky",
	"unavailable"
];
const ENGINE_KINDS = [
	"database",
	"cache",
	"coordination",
	"log",
	"queue"
];
/** Kinds whose profiles describe brokers: a `messaging[]` topic may name them. */
const MESSAGING_KINDS = ["log", "queue"];
/** Named computations an engine profile may ask for (`derive:`); implemented in src/analysis/classify-derive.ts. */
const DERIVED_FACTS = {
	/** `overlap`: global | local | none - whether read and write replica sets must intersect (anywhere / within one region / not at all). */
	"cassandra-quorum": ["overlap"],
	/** `overlap`: strict | sloppy | none - R + W > N with primaries only (pr/pw), with fallbacks allowed, or no overlap. */
	"riak-quorum": ["overlap"],
	/** `writeMajority`: the write concern waits for a majority of voting members. */
	"mongo-write-concern": ["writeMajority"],
	/** `syncStandbys`: standbys that must confirm a commit; `allStandbysSync`: every standby is synchronous. */
	"sync-standbys": ["syncStandbys", "allStandbysSync"],
	/** `replicationFactor`; `lossless`: acks=all, min ISR >= 2, no unclean election. */
	"kafka-durability": ["replicationFactor", "lossless"]
};
const DERIVATIONS = Object.keys(DERIVED_FACTS);
export { ENGINE_KINDS as a, DERIVED_FACTS as i, CAP_CLASSES as n, MESSAGING_KINDS as o, DERIVATIONS as r, PACELC_CLASSES as s, AVAILABILITY_CLASSES as t };
