import { c as serial, i as errorBudget, o as formatDuration, r as downtimeMs, s as parallel, t as atLeastK } from "../chunks/availability-Cmt3Vn7i.js";
import { a as UsageError } from "../chunks/errors-BcMCNHWs.js";
import { t as textTable } from "../chunks/text-table-BMkyjg9V.js";
import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { Args, Flags } from "@oclif/core";
// dist/report/availability-text.js
const trim = (s) => s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
/** Decimals that keep four significant digits of x (> 0). */
const decimalsFor = (x) => Math.min(20, Math.max(0, 3 - Math.floor(Math.log10(x))));
/**
* A percentage with four significant digits of the unavailability, so
* 0.998001 reads 99.8001% and 0.9995 reads 99.95%.
*/
function formatPercent(a) {
	const missing = 100 - a * 100;
	return missing <= 0 ? "100%" : `${trim((a * 100).toFixed(decimalsFor(missing)))}%`;
}
/** A small percentage to four significant digits: 0.1999%, 0.000000005%. */
function smallPercent(fraction) {
	const pct = fraction * 100;
	return pct <= 0 ? "0%" : `${trim(pct.toFixed(decimalsFor(pct)))}%`;
}
/** Like formatDuration, but sub-second downtimes stay readable: `120 ms`, `0.0043 ms`. */
function formatDowntime(ms) {
	if (ms >= 1e3) return formatDuration(ms);
	if (ms <= 0) return "0 s";
	return ms >= 1 ? `${ms.toFixed(0)} ms` : `${trim(ms.toFixed(decimalsFor(ms) - 2))} ms`;
}
function availabilityText(result) {
	const out = [result.composition === "serial" ? "Serial composition (every part is needed)" : result.composition === "parallel" ? "Parallel composition (any one part suffices, failures independent)" : `${result.k} of ${result.parts.length} (at least ${result.k} parts must be up, failures independent)`, ""];
	out.push(...textTable([
		"part",
		"availability",
		"down / month"
	], result.parts.map((p, i) => [
		`${i + 1}`,
		formatPercent(p.availability),
		formatDowntime(p.downtimePerMonthMs)
	]), [
		"right",
		"right",
		"right"
	]));
	out.push("");
	const b = result.errorBudget;
	out.push(...textTable(["composed", "value"], [
		["availability", formatPercent(result.availability)],
		["downtime per month (30 d)", formatDowntime(result.downtimePerMonthMs)],
		["downtime per year (365.25 d)", formatDowntime(result.downtimePerYearMs)],
		["error budget (failed fraction)", `${smallPercent(b.fraction)} of requests or time`],
		["error budget per week", formatDowntime(b.perWeekMs)],
		["error budget per month", formatDowntime(b.perMonthMs)]
	], ["left", "right"]));
	out.push("", result.explanation);
	return `${out.join("\n")}\n`;
}
// dist/commands/availability.js
/** `99.95`, `99.95%` → 0.9995; `0.9995` (a number ≤ 1 without %) is already a fraction. */
function parseAvailability(input) {
	const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(%?)\s*$/.exec(input);
	const value = match ? Number(match[1]) : NaN;
	const fraction = match?.[2] === "%" || value > 1 ? Number(`${match[1]}e-2`) : value;
	if (!match || !Number.isFinite(fraction) || fraction > 1) throw new UsageError(`'${input}' is not an availability: give a percentage (99.95 or 99.95%) or a fraction (0.9995)`);
	return fraction;
}
var Availability = class Availability extends BaseCommand {
	static summary = "Compose availabilities: serial, parallel or k-of-n; downtime and error budget.";
	static description = "Serial (the default) multiplies: every part is needed. --parallel: any one part suffices, 1 − Π(1 − a). --k K: at least K of the parts must be up. Parallel and k-of-n assume independent failures, so they are upper bounds. A month is 30 days, a year 365.25.";
	static examples = [
		"<%= config.bin %> availability 99.95 99.9 99.99",
		"<%= config.bin %> availability 99.9% 99.9% --parallel",
		"<%= config.bin %> availability 0.999 0.999 0.999 --k 2",
		"<%= config.bin %> availability 99.95 99.9 --json"
	];
	static enableJsonFlag = true;
	static strict = false;
	static args = { availabilities: Args.string({ description: "one or more availabilities: 99.95, 99.95% or 0.9995" }) };
	static flags = {
		parallel: Flags.boolean({
			description: "any one part suffices (redundant copies)",
			exclusive: ["k"]
		}),
		k: Flags.integer({
			description: "at least K of the parts must be up (k-of-n)",
			exclusive: ["parallel"]
		})
	};
	async run() {
		const { argv, flags } = await this.parse(Availability);
		const inputs = inCommandLineOrder(argv, this.argv);
		if (inputs.length === 0) throw new UsageError("give one or more availabilities, e.g. `archcap availability 99.95 99.9`");
		const values = inputs.map(parseAvailability);
		const composition = flags.k !== void 0 ? "k-of-n" : flags.parallel ? "parallel" : "serial";
		const availability = composition === "serial" ? serial(values) : composition === "parallel" ? parallel(values) : atLeastK(values, flags.k);
		const result = {
			composition,
			...flags.k !== void 0 ? { k: flags.k } : {},
			parts: inputs.map((input, i) => ({
				input,
				availability: values[i],
				downtimePerMonthMs: downtimeMs(values[i], "month")
			})),
			availability,
			percent: availability * 100,
			downtimePerMonthMs: downtimeMs(availability, "month"),
			downtimePerYearMs: downtimeMs(availability, "year"),
			errorBudget: errorBudget(availability),
			explanation: explain(composition, values.length, availability, flags.k)
		};
		if (!this.jsonEnabled()) process.stdout.write(availabilityText(result));
		return result;
	}
};
/** oclif groups repeated values together (it sorts argv by first occurrence); restore the order typed. */
function inCommandLineOrder(parsed, raw) {
	const left = /* @__PURE__ */ new Map();
	for (const a of parsed) left.set(a, (left.get(a) ?? 0) + 1);
	return raw.filter((a) => (left.get(a) ?? 0) > 0 && left.set(a, left.get(a) - 1) !== void 0);
}
function explain(composition, n, a, k) {
	if (composition === "serial") return `${n} part(s) in series: every one is needed, so the availabilities multiply to ${formatPercent(a)}; no chain is more available than its weakest part.`;
	if (composition === "parallel") return `${n} redundant part(s): all must fail together, 1 − Π(1 − a) = ${formatPercent(a)}. Shared regions, deploys and control planes correlate failures, so treat this as an upper bound.`;
	return `${k} of ${n} parts must be up: ${formatPercent(a)}, assuming independent failures (an upper bound when failures correlate).`;
}
export { Availability as default, parseAvailability };
