import { a as legBetween, i as leaderCommitLatency } from "../chunks/physics-BlSanAw0.js";
import { i as majority } from "../chunks/quorum-Cn9Qm6EK.js";
import { i as regionsKnowledge, n as knownRegionIds, t as findRegion } from "../chunks/regions-BdGi6hxy.js";
import { a as UsageError } from "../chunks/errors-BcMCNHWs.js";
import { t as closest } from "../chunks/validate-CY0BQx8e.js";
import { t as textTable } from "../chunks/text-table-BMkyjg9V.js";
import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
import { Args, Flags } from "@oclif/core";
// dist/report/latency-text.js
const ms = (x) => x < 10 ? x.toFixed(1) : x.toFixed(0);
function latencyText(result) {
	const out = ["Round trips between regions (floor: 2 × great-circle distance at 200 km/ms in fibre)", ""];
	const rows = result.pairs.map((p) => [
		p.from,
		p.to,
		Math.round(p.distanceKm).toLocaleString("en-US"),
		ms(p.floorMs),
		ms(p.typicalMs),
		p.typicalKind
	]);
	out.push(...textTable([
		"from",
		"to",
		"distance km",
		"floor ms",
		"typical ms",
		"typical is"
	], rows, [
		"left",
		"left",
		"right",
		"right",
		"right",
		"left"
	]));
	const c = result.commit;
	const placement = Object.entries(c.placement).map(([r, k]) => `${r}×${k}`).join(", ");
	out.push("", `Majority commit led from ${c.leader}: ${c.majority} of ${c.replicas} replicas (${placement})`);
	out.push(...textTable(["commit", "ms"], [["floor (physics)", ms(c.floorMs)], ["typical", ms(c.typicalMs)]], ["left", "right"]));
	out.push(c.explanation, "", "Sources:", ...result.sources.map((s) => `  - ${s}`));
	return `${out.join("\n")}\n`;
}
function regionListText(list) {
	const out = [];
	for (const [provider, regions] of Object.entries(list.providers)) {
		out.push(`${provider} (${regions.length} regions)`);
		out.push(...textTable([
			"id",
			"name",
			"city",
			"jurisdictions"
		], regions.map((r) => [
			r.id,
			r.displayName,
			r.city ?? "",
			r.jurisdictions.join(", ")
		])), "");
	}
	return `${out.join("\n")}`;
}
function regionList(regions) {
	const providers = {};
	for (const r of regions) (providers[r.provider ?? "custom"] ??= []).push({
		id: r.id,
		displayName: r.displayName,
		...r.city ? { city: r.city } : {},
		lat: r.location.lat,
		lon: r.location.lon,
		jurisdictions: r.jurisdictions
	});
	for (const group of Object.values(providers)) group.sort((a, b) => a.id.localeCompare(b.id));
	return { providers };
}
/**
* An unknown region id, with the known ids it most likely meant: the same name
* under each provider (`us-east-1` → `aws:us-east-1`), then the nearest by edit
* distance (`aws:us-east-3` → `aws:us-east-1`, `aws:us-east-2`).
*/
function unknownRegionMessage(input, known) {
	const bare = input.toLowerCase().replace(/^[^:]*:/, "");
	const hints = known.filter((id) => id.slice(id.indexOf(":") + 1).toLowerCase() === bare);
	let rest = known.filter((id) => !hints.includes(id));
	for (let i = 0; hints.length < 4 && i < 4; i++) {
		const next = closest(input, rest);
		if (!next) break;
		hints.push(next);
		rest = rest.filter((id) => id !== next);
	}
	return `unknown region '${input}'${hints.length ? ` (did you mean ${hints.map((h) => `'${h}'`).join(", ")}?)` : ""}; \`archcap latency --list\` lists the known regions`;
}
// dist/commands/latency.js
function known(id) {
	if (!findRegion(id)) throw new UsageError(unknownRegionMessage(id, knownRegionIds()));
	return id;
}
/** `aws:us-east-1=2,aws:eu-west-1=2` → replicas per region. */
function parsePlacement(text) {
	const placement = {};
	for (const part of text.split(",").map((s) => s.trim()).filter(Boolean)) {
		const m = /^(.+)=(\d+)$/.exec(part);
		if (!m || Number(m[2]) < 1) throw new UsageError(`--placement takes REGION=COUNT pairs with COUNT ≥ 1, e.g. aws:us-east-1=2,aws:eu-west-1=1; got '${part}'`);
		placement[known(m[1].trim())] = (placement[m[1].trim()] ?? 0) + Number(m[2]);
	}
	if (Object.keys(placement).length === 0) throw new UsageError("--placement is empty");
	return placement;
}
var Latency = class Latency extends BaseCommand {
	static summary = "Round-trip floor and typical RTT between regions; commit latency of a majority quorum.";
	static description = "For every pair of regions: the great-circle distance, the least round trip light in fibre allows (2 × distance at 200 km/ms) and the typical round trip — measured where a public source gives one (AWS, cloudping.co), otherwise estimated from the floor and labelled so. Then the time a leader in the first region waits for a majority of the replicas (one per region, or --placement).";
	static examples = [
		"<%= config.bin %> latency aws:us-east-1 aws:eu-west-1",
		"<%= config.bin %> latency aws:us-east-1 aws:us-west-2 aws:eu-west-1 --placement aws:us-east-1=2,aws:us-west-2=2,aws:eu-west-1=1",
		"<%= config.bin %> latency gcp:europe-west1 azure:westeurope --json",
		"<%= config.bin %> latency --list"
	];
	static enableJsonFlag = true;
	static strict = false;
	static args = { regions: Args.string({ description: "two or more region ids, e.g. aws:us-east-1 gcp:europe-west1 (the first leads the commit)" }) };
	static flags = {
		placement: Flags.string({
			aliases: ["replicas"],
			description: "replicas per region for the commit: REGION=COUNT,… (default: one in each given region; alias --replicas)"
		}),
		list: Flags.boolean({ description: "list the known regions, grouped by provider" })
	};
	async run() {
		const { argv, flags } = await this.parse(Latency);
		if (flags.list) {
			const list = regionList(regionsKnowledge().regions.values());
			if (!this.jsonEnabled()) process.stdout.write(regionListText(list));
			return list;
		}
		const given = [...new Set(argv.map(known))];
		const placement = flags.placement ? parsePlacement(flags.placement) : Object.fromEntries(given.map((id) => [id, 1]));
		const ids = [.../* @__PURE__ */ new Set([...given, ...Object.keys(placement)])];
		if (given.length === 0 || ids.length < 2) throw new UsageError("give two or more regions, e.g. `archcap latency aws:us-east-1 aws:eu-west-1`; `archcap latency --list` lists the known ones");
		const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => legBetween(a, b)));
		const leader = given[0];
		const replicas = Object.values(placement).reduce((s, k) => s + k, 0);
		const commit = leaderCommitLatency(leader, placement);
		const result = {
			regions: ids.map((id) => {
				const r = findRegion(id);
				return {
					id,
					displayName: r.displayName,
					...r.city ? { city: r.city } : {}
				};
			}),
			pairs,
			commit: {
				leader,
				placement,
				replicas,
				majority: majority(replicas),
				floorMs: commit.floorMs,
				typicalMs: commit.typicalMs,
				explanation: commit.explanation
			},
			sources: [...new Set([...pairs, ...commit.dominant.typical].map((p) => p.typicalSource))]
		};
		if (!this.jsonEnabled()) process.stdout.write(latencyText(result));
		return result;
	}
};
export { Latency as default };
