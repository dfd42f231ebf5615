import { a as UsageError } from "./errors-BcMCNHWs.js";
// dist/analysis/availability.js
/**
* Availability arithmetic (facts.md §6.2, §6.3). Serial dependencies multiply;
* redundant parallel copies fail only together, 1 − Π(1 − aᵢ). Both assume
* independent failures, which shared regions, deploys and control planes break:
* the parallel figure is an upper bound. A month is 30 days, a year 365.25 days.
*/
const DAY_MS = 864e5;
const PERIOD_MS = {
	week: 7 * DAY_MS,
	month: 30 * DAY_MS,
	year: 365.25 * DAY_MS
};
/** Each value must be a fraction in [0, 1] (a UsageError otherwise). */
function check(values) {
	for (const a of values) if (!Number.isFinite(a) || a < 0 || a > 1) throw new UsageError(`availability must be a fraction in [0, 1], got ${a}`);
}
/** All parts are needed: Π aᵢ. */
function serial(parts) {
	check(parts);
	return parts.reduce((p, a) => p * a, 1);
}
/** Any one part suffices (independent failures): 1 − Π(1 − aᵢ). */
function parallel(parts) {
	check(parts);
	return parts.length === 0 ? 0 : 1 - parts.reduce((p, a) => p * (1 - a), 1);
}
/** At least k of n independent replicas of availability a are up. */
function kOfN(a, k, n) {
	check([a]);
	if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || k > n) throw new UsageError(`need 0 ≤ k ≤ n, got k=${k}, n=${n}`);
	let sum = 0;
	for (let i = k; i <= n; i++) sum += binomial(n, i) * a ** i * (1 - a) ** (n - i);
	return Math.min(1, sum);
}
function binomial(n, k) {
	let c = 1;
	for (let i = 1; i <= k; i++) c = c * (n - k + i) / i;
	return c;
}
/** Expected downtime in ms over a period at availability a. */
function downtimeMs(a, period = "month") {
	check([a]);
	return (1 - a) * PERIOD_MS[period];
}
function errorBudget(target) {
	return {
		fraction: 1 - target,
		perWeekMs: downtimeMs(target, "week"),
		perMonthMs: downtimeMs(target, "month"),
		perYearMs: downtimeMs(target, "year")
	};
}
/** `99.95%`, to two decimals past the last 9 that matters. */
function formatAvailability(a) {
	const pct = a * 100;
	const digits = pct >= 99.99 ? 4 : pct >= 99 ? 3 : 2;
	return `${pct.toFixed(digits).replace(/\.?0+$/, "")}%`;
}
/** `21.6 min`, `4.3 min`, `25.9 s`, `8.77 h`. */
function formatDuration(ms) {
	if (ms < 6e4) return `${(ms / 1e3).toFixed(1)} s`;
	if (ms < 36e5) return `${(ms / 6e4).toFixed(1)} min`;
	return `${(ms / 36e5).toFixed(2)} h`;
}
/**
* At least k of the parts up. Equal parts use the binomial formula; unequal ones
* the Poisson-binomial distribution, built one part at a time (p[j] = P(j up)).
*/
function atLeastK(values, k) {
	if (!Number.isInteger(k) || k < 1 || k > values.length) throw new UsageError(`k must be between 1 and the number of parts (${values.length}), got ${k}`);
	if (values.every((v) => v === values[0])) return kOfN(values[0], k, values.length);
	let p = [1];
	for (const a of values) p = [...p, 0].map((_, j) => (p[j] ?? 0) * (1 - a) + (j > 0 ? p[j - 1] * a : 0));
	return Math.min(1, p.slice(k).reduce((s, x) => s + x, 0));
}
export { formatAvailability as a, serial as c, errorBudget as i, check as n, formatDuration as o, downtimeMs as r, parallel as s, atLeastK as t };
