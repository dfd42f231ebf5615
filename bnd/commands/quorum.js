import { a as UsageError } from "../chunks/errors-BcMCNHWs.js";
import { n as analyseQuorum } from "../chunks/quorum-Cn9Qm6EK.js";
import { t as textTable } from "../chunks/text-table-BMkyjg9V.js";
import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { Flags } from "@oclif/core";
// dist/analysis/pbs-distributions.js
/**
* Latency distributions for PBS simulation, a seeded random source, and the
* production fits Bailis et al. used for LinkedIn (Voldemort, spinning disk and
* SSD) and Yammer (Riak).
*
* The fits are the parameters of the authors' simulator,
* pbailis/pbs-vldb-historical-paper-material:nrw_solver/src/Simulator.java
* (classes LinkedSSDDelay, LinkedDiskDelay, YammerDelayModel). Pareto(xm, α) is
* drawn as xm / U^(1/α); exponential(λ) has mean 1/λ ms.
*/
/** mulberry32: a small, fast 32-bit generator; the same seed gives the same stream. */
function seededRandom(seed) {
	let state = seed >>> 0;
	return () => {
		state = state + 1831565813 >>> 0;
		let z = state;
		z = Math.imul(z ^ z >>> 15, z | 1);
		z ^= z + Math.imul(z ^ z >>> 7, z | 61);
		return ((z ^ z >>> 14) >>> 0) / 4294967296;
	};
}
/**
* `sample` compiled once per distribution into a closure: the simulation draws millions
* of times, and a closure skips the dispatch on `kind` at every draw. Same draws, same order.
*/
function sampler(d, random) {
	switch (d.kind) {
		case "constant": {
			const ms = d.ms;
			return () => ms;
		}
		case "exponential": {
			const rate = d.rate;
			return () => -Math.log(1 - random()) / rate;
		}
		case "pareto": {
			const { scale } = d;
			const power = 1 / d.shape;
			return () => scale / (1 - random()) ** power;
		}
		case "mixture": {
			const parts = d.parts.map((p) => ({
				weight: p.weight,
				draw: sampler(p.dist, random)
			}));
			const last = parts[parts.length - 1].draw;
			if (parts.length === 2) {
				const w0 = parts[0].weight;
				const a = parts[0].draw;
				return () => random() < w0 ? a() : last();
			}
			return () => {
				let u = random();
				for (const part of parts) {
					if (u < part.weight) return part.draw();
					u -= part.weight;
				}
				return last();
			};
		}
	}
}
const mix = (pExp, rate, scale, shape) => ({
	kind: "mixture",
	parts: [{
		weight: pExp,
		dist: {
			kind: "exponential",
			rate
		}
	}, {
		weight: 1 - pExp,
		dist: {
			kind: "pareto",
			scale,
			shape
		}
	}]
});
const SOURCE = "Bailis et al., \"Probabilistically Bounded Staleness for Practical Partial Quorums\", VLDB 2012; parameters from the authors' simulator (pbailis/pbs-vldb-historical-paper-material, Simulator.java)";
const LNKD_SSD_LEG = mix(.0878, 1.66, .235, 10);
const YMMR_READ_LEG = mix(.018, .0217, 1.5, 3.8);
const PRODUCTION_FITS = {
	"LNKD-SSD": {
		name: "LNKD-SSD",
		w: LNKD_SSD_LEG,
		a: LNKD_SSD_LEG,
		r: LNKD_SSD_LEG,
		s: LNKD_SSD_LEG,
		source: SOURCE
	},
	"LNKD-DISK": {
		name: "LNKD-DISK",
		w: mix(.62, .183, 1.05, 1.51),
		a: LNKD_SSD_LEG,
		r: LNKD_SSD_LEG,
		s: LNKD_SSD_LEG,
		source: SOURCE
	},
	YMMR: {
		name: "YMMR",
		w: mix(.061, .0028, 3, 3.5),
		a: YMMR_READ_LEG,
		r: YMMR_READ_LEG,
		s: YMMR_READ_LEG,
		source: SOURCE
	},
	WAN: {
		name: "WAN",
		w: mix(.62, .183, 1.05, 1.51),
		a: LNKD_SSD_LEG,
		r: LNKD_SSD_LEG,
		s: LNKD_SSD_LEG,
		remoteDelayMs: 75,
		source: SOURCE
	}
};
/** Every leg exponential with the same mean (the paper's synthetic baseline). */
function exponentialModel(meanMs, writeMeanMs = meanMs) {
	const leg = {
		kind: "exponential",
		rate: 1 / meanMs
	};
	return {
		name: `exponential(${writeMeanMs}/${meanMs} ms)`,
		w: {
			kind: "exponential",
			rate: 1 / writeMeanMs
		},
		a: leg,
		r: leg,
		s: leg
	};
}
// dist/analysis/pbs.js
/**
* Probabilistically Bounded Staleness (Bailis, Venkataraman, Franklin, Hellerstein,
* Stoica, VLDB 2012; facts.md §4.2).
*
* t-visibility by Monte Carlo over the WARS model of a Dynamo-style expanding
* quorum: the coordinator sends a write to all N replicas (delay W each) and
* returns after W acknowledgements (delay A); a read begins t ms later, goes to
* all N replicas (delay R) and returns after the first R responses (delay S). It
* is consistent when one of those responders received the write before the read
* request: commit + t + Rᵢ ≥ Wᵢ. Each trial gives the least t at which it is
* consistent, so one run answers every t and every target probability.
*/
const DEFAULT_AT = [
	0,
	1,
	2,
	5,
	10,
	20,
	50,
	100,
	200,
	500,
	1e3
];
const DEFAULT_TARGETS = [
	.9,
	.99,
	.999
];
function simulatePbs(o) {
	const strict = analyseQuorum({
		n: o.n,
		r: o.r,
		w: o.w
	}).intersects;
	const trials = o.trials ?? 1e5;
	const seed = o.seed ?? 1;
	if (!Number.isInteger(trials) || trials < 1) throw new UsageError(`trials must be a positive integer, got ${trials}`);
	const random = seededRandom(seed);
	const every = o.progressEvery ?? 1e4;
	const tNeeded = new Float64Array(trials);
	const reads = new Float64Array(trials);
	const writes = new Float64Array(trials);
	const trial = trialRunner(o.n, o.r, o.w, o.model, random);
	for (let i = 0; i < trials; i++) {
		trial.run();
		tNeeded[i] = trial.tNeeded;
		reads[i] = trial.readMs;
		writes[i] = trial.writeMs;
		if (o.onProgress && (i + 1) % every === 0 && i + 1 < trials) o.onProgress(i + 1, trials);
	}
	o.onProgress?.(trials, trials);
	const targets = o.targets ?? DEFAULT_TARGETS;
	const visible = quantiles(tNeeded, targets);
	return {
		n: o.n,
		r: o.r,
		w: o.w,
		model: o.model.name,
		trials,
		seed,
		strict,
		consistency: fractionsAtMost(tNeeded, o.at ?? DEFAULT_AT).map((probability, i) => ({
			tMs: (o.at ?? DEFAULT_AT)[i],
			probability
		})),
		tVisibility: targets.map((probability, i) => ({
			probability,
			tMs: Math.max(0, visible[i])
		})),
		readLatency: percentiles(reads),
		writeLatency: percentiles(writes)
	};
}
/**
* One trial at a time into buffers allocated once: a million trials allocate nothing
* per trial. Draws happen in a fixed order, so a seed gives the same figures.
*/
function trialRunner(n, r, w, model, random) {
	const remote = model.remoteDelayMs ?? 0;
	const ws = new Float64Array(n);
	const rs = new Float64Array(n);
	const acks = new Float64Array(n);
	const rounds = new Float64Array(n);
	/** Replica indices by round-trip time, ties in index order (a stable sort). */
	const order = new Int32Array(n);
	const [drawW, drawA, drawR, drawS] = [
		model.w,
		model.a,
		model.r,
		model.s
	].map((d) => sampler(d, random));
	const trial = {
		tNeeded: Infinity,
		readMs: 0,
		writeMs: 0,
		run() {
			const writerLocal = remote > 0 ? Math.floor(random() * n) : -1;
			const readerLocal = remote > 0 ? Math.floor(random() * n) : -1;
			for (let i = 0; i < n; i++) {
				const wDelay = i === writerLocal ? 0 : remote;
				const rDelay = i === readerLocal ? 0 : remote;
				const wi = drawW() + wDelay;
				ws[i] = wi;
				acks[i] = wi + drawA() + wDelay;
				const ri = drawR() + rDelay;
				rs[i] = ri;
				rounds[i] = ri + drawS() + rDelay;
			}
			for (let i = 1; i < n; i++) {
				const v = acks[i];
				let j = i - 1;
				while (j >= 0 && acks[j] > v) {
					acks[j + 1] = acks[j];
					j -= 1;
				}
				acks[j + 1] = v;
			}
			const commit = acks[w - 1];
			for (let i = 0; i < n; i++) {
				let j = i;
				while (j > 0 && rounds[order[j - 1]] > rounds[i]) {
					order[j] = order[j - 1];
					j -= 1;
				}
				order[j] = i;
			}
			let tNeeded = Infinity;
			for (let k = 0; k < r; k++) {
				const i = order[k];
				tNeeded = Math.min(tNeeded, ws[i] - commit - rs[i]);
			}
			trial.tNeeded = tNeeded;
			trial.readMs = rounds[order[r - 1]];
			trial.writeMs = commit;
		}
	};
	return trial;
}
/** For each x, the fraction of values ≤ x: one pass over the values, a binary search per value over the sorted xs. */
function fractionsAtMost(values, xs) {
	const order = xs.map((x, i) => ({
		x,
		i
	})).sort((a, b) => a.x - b.x);
	const sorted = order.map((o) => o.x);
	/** counts[k]: values v with sorted[k-1] < v ≤ sorted[k]. */
	const counts = new Float64Array(sorted.length + 1);
	for (let j = 0; j < values.length; j++) {
		const v = values[j];
		let lo = 0;
		let hi = sorted.length;
		while (lo < hi) {
			const mid = lo + hi >>> 1;
			if (v <= sorted[mid]) hi = mid;
			else lo = mid + 1;
		}
		counts[lo] += 1;
	}
	const out = new Array(xs.length);
	let below = 0;
	order.forEach((o, k) => {
		below += counts[k];
		out[o.i] = below / values.length;
	});
	return out;
}
/**
* For each p, the smallest value v with fraction(≤ v) ≥ p: the value of rank
* ceil(p·n) − 1, found by selection (Hoare's quickselect, median-of-three pivots). The
* ranks are selected in increasing order, each within what the previous one left to its
* right, so a dozen ranks cost a few passes. Reorders `values`.
*/
function quantiles(values, ps) {
	const n = values.length;
	const rankOf = (p) => Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));
	const order = ps.map((p, i) => ({
		rank: rankOf(p),
		i
	})).sort((a, b) => a.rank - b.rank);
	const out = new Array(ps.length);
	let from = 0;
	for (const { rank, i } of order) {
		select(values, from, n - 1, rank);
		out[i] = values[rank];
		from = rank;
	}
	return out;
}
/** Moves the value of rank k (within a[lo..hi]) to a[k], smaller ones before it and larger after. */
function select(a, lo, hi, k) {
	while (hi > lo) {
		const mid = lo + hi >>> 1;
		if (a[mid] < a[lo]) swap(a, mid, lo);
		if (a[hi] < a[lo]) swap(a, hi, lo);
		if (a[hi] < a[mid]) swap(a, hi, mid);
		const pivot = a[mid];
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i] < pivot) i++;
			while (a[j] > pivot) j--;
			if (i <= j) {
				swap(a, i, j);
				i++;
				j--;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else return;
	}
}
function swap(a, i, j) {
	const t = a[i];
	a[i] = a[j];
	a[j] = t;
}
function percentiles(values) {
	const [p50, p99, p999] = quantiles(values, [
		.5,
		.99,
		.999
	]);
	return {
		p50,
		p99,
		p999
	};
}
// dist/report/quorum-text.js
function sloppyNote(q, sloppy) {
	const effect = "with a sloppy quorum (Dynamo-style hinted handoff) a write may be acknowledged by fallback nodes outside the N home replicas while some of them are unreachable; writes stay available, but a read of R home replicas can miss them until the hints are handed back, so R + W > N no longer guarantees that a read sees the last write";
	if (sloppy) return `Sloppy: ${effect}.`;
	return q.intersects ? `Strict (not sloppy). If made sloppy: ${effect}.` : "Strict (not sloppy); with R + W ≤ N there is no overlap to lose.";
}
/** A probability in percent; never rounds a value below 1 up to 100%. */
const pct = (p) => {
	if (p >= 1) return "100%";
	const s = (p * 100).toFixed(p >= .99 ? 3 : 2);
	if (Number(s) >= 100) return "> 99.999%";
	return `${s.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "")}%`;
};
const ms = (x) => x === Infinity ? "∞" : x < 10 ? x.toFixed(2) : x.toFixed(1);
const yes = (b) => b ? "yes" : "no";
function quorumText(result) {
	const q = result;
	const out = [`Quorum N=${q.n} R=${q.r} W=${q.w}${q.sloppy ? " (sloppy)" : ""}`, ""];
	out.push(...textTable(["property", "value"], [
		["read/write overlap (R + W > N)", `${yes(q.overlap)}${q.intersects && !q.overlap ? " (sets intersect, but the quorum is sloppy)" : ""}`],
		["write/write overlap (2W > N)", yes(q.writesIntersect)],
		["majority of N", `${q.majority}`],
		["replicas down, writes still succeed", `${q.writeFaultTolerance} (N − W)`],
		["replicas down, reads still succeed", `${q.readFaultTolerance} (N − R)`]
	]));
	out.push("", q.explanation, q.sloppyNote);
	if (q.pbs) out.push("", ...pbsLines(q.pbs));
	return `${out.join("\n")}\n`;
}
function pbsLines(p) {
	const out = [`Probabilistically bounded staleness: ${p.model}, ${p.trials.toLocaleString("en-US")} trials, seed ${p.seed}`];
	if (p.strict) out.push("R + W > N: every read sees the last acknowledged write at t = 0 (strict quorum).");
	out.push("", ...textTable(["t after commit (ms)", "P(read sees the write)"], p.consistency.map((c) => [`${c.tMs}`, pct(c.probability)]), ["right", "right"]));
	out.push("", ...textTable(["probability", "t needed (ms)"], p.tVisibility.map((t) => [pct(t.probability), ms(t.tMs)]), ["right", "right"]));
	const l = (x) => `p50 ${ms(x.p50)} ms, p99 ${ms(x.p99)} ms, p99.9 ${ms(x.p999)} ms`;
	out.push("", `read latency:  ${l(p.readLatency)}`, `write latency: ${l(p.writeLatency)}`);
	if (p.source) out.push(`source: ${p.source}`);
	return out;
}
// dist/commands/quorum.js
const FITS = {
	"lnkd-disk": PRODUCTION_FITS["LNKD-DISK"],
	"lnkd-ssd": PRODUCTION_FITS["LNKD-SSD"],
	ymmr: PRODUCTION_FITS.YMMR,
	wan: PRODUCTION_FITS.WAN
};
function pbsModel(name) {
	const fit = FITS[name.toLowerCase()];
	if (fit) return fit;
	const exp = /^exponential:(\d+(?:\.\d+)?)$/i.exec(name);
	if (exp && Number(exp[1]) > 0) return exponentialModel(Number(exp[1]));
	throw new UsageError(`unknown PBS model '${name}'; accepted: ${Object.keys(FITS).join(", ")}, exponential:MEAN_MS (e.g. exponential:10)`);
}
function times(list) {
	const ts = list.split(",").map((s) => s.trim()).filter(Boolean).map(Number);
	if (ts.length === 0 || ts.some((t) => !Number.isFinite(t) || t < 0)) throw new UsageError(`--t takes milliseconds ≥ 0 separated by commas, e.g. 1,5,10; got '${list}'`);
	return ts;
}
var Quorum = class Quorum extends BaseCommand {
	static summary = "Quorum calculator: overlap, fault tolerance, sloppy quorums, and probabilistically bounded staleness.";
	static description = "N replicas, writes acknowledged by W, reads answered by R. R + W > N means every read meets the last write; N − W and N − R replicas may fail while writes and reads still succeed. --pbs simulates how soon after a write a read sees it (Bailis et al., VLDB 2012) with a seeded Monte Carlo over the paper's production latency fits, so the same seed prints the same table.";
	static examples = [
		"<%= config.bin %> quorum --n 3 --r 2 --w 2",
		"<%= config.bin %> quorum --n 3 --r 1 --w 1 --pbs --pbs-model lnkd-ssd",
		"<%= config.bin %> quorum --n 5 --r 1 --w 2 --pbs --pbs-model exponential:10 --t 1,10,100 --trials 20000 --seed 7",
		"<%= config.bin %> quorum --n 3 --r 2 --w 2 --sloppy --json"
	];
	static enableJsonFlag = true;
	static flags = {
		n: Flags.integer({
			description: "replicas (N)",
			required: true
		}),
		r: Flags.integer({
			description: "replicas a read waits for (R)",
			required: true
		}),
		w: Flags.integer({
			description: "replicas a write waits for (W)",
			required: true
		}),
		sloppy: Flags.boolean({ description: "fallback nodes may acknowledge writes (hinted handoff)" }),
		pbs: Flags.boolean({ description: "simulate probabilistically bounded staleness" }),
		"pbs-model": Flags.string({
			default: "lnkd-disk",
			description: "latency model: lnkd-disk, lnkd-ssd, ymmr, wan, or exponential:MEAN_MS"
		}),
		t: Flags.string({
			default: "1,5,10,50,100",
			description: "times after commit (ms) at which to report P(consistent)"
		}),
		trials: Flags.integer({
			default: 1e5,
			min: 1,
			max: 1e7,
			description: "Monte Carlo trials"
		}),
		seed: Flags.integer({
			default: 1,
			description: "random seed (same seed, same result)"
		})
	};
	async run() {
		const { flags } = await this.parse(Quorum);
		const sloppy = flags.sloppy;
		const quorum = analyseQuorum({
			n: flags.n,
			r: flags.r,
			w: flags.w,
			sloppy
		});
		const result = {
			...quorum,
			sloppy,
			sloppyNote: sloppyNote(quorum, sloppy)
		};
		if (flags.pbs) {
			const model = pbsModel(flags["pbs-model"]);
			const at = times(flags.t);
			const showProgress = Boolean(process.stderr.isTTY) && !this.jsonEnabled();
			result.pbs = {
				...simulatePbs({
					n: flags.n,
					r: flags.r,
					w: flags.w,
					model,
					at,
					targets: [
						.9,
						.99,
						.999
					],
					trials: flags.trials,
					seed: flags.seed,
					...showProgress ? { onProgress: (done, total) => process.stderr.write(done < total ? `\rPBS: ${Math.round(100 * done / total)}% of ${total.toLocaleString("en-US")} trials` : "\r\x1B[K") } : {}
				}),
				...model.source ? { source: model.source } : {}
			};
		}
		if (!this.jsonEnabled()) process.stdout.write(quorumText(result));
		return result;
	}
};
export { Quorum as default };
