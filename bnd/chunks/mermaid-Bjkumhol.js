// dist/report/mermaid-escape.js
/**
* Text from a user's YAML inside Mermaid: every character that Mermaid's flowchart
* grammar or its HTML labels could read as syntax becomes an entity code (`#quot;`),
* and line breaks become spaces, so a name with quotes, brackets, pipes or markup
* renders as the text it is.
*/
const ENTITIES = {
	"#": "#35;",
	"\"": "#quot;",
	"<": "#lt;",
	">": "#gt;",
	"&": "#amp;",
	"|": "#124;",
	"`": "#96;",
	"\\": "#92;",
	"[": "#91;",
	"]": "#93;",
	"{": "#123;",
	"}": "#125;",
	"(": "#40;",
	")": "#41;",
	";": "#59;"
};
/** A label fragment, safe inside `"…"` in a node or edge label. */
function mermaidText(text) {
	return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/[#"<>&|`\\[\]{}();]/g, (c) => ENTITIES[c] ?? c);
}
// dist/report/mermaid-graph.js
const ms = (n) => n >= 1e3 ? `${Number((n / 1e3).toFixed(2))}s` : `${n}ms`;
const INDEXED = /^(datastores|datasets|services|messaging|locks|consumers)\[(\d+)\]/;
/** The node a finding is about: its store, service or topic (data sets and locks point at their store). */
function nodeOfFinding(f, model) {
	const m = INDEXED.exec(f.path);
	if (!m) return void 0;
	const i = Number(m[2]);
	const storeId = (name) => {
		const k = model.datastores.findIndex((s) => s.name === name);
		return k < 0 ? void 0 : `store${k}`;
	};
	switch (m[1]) {
		case "datastores": return `store${i}`;
		case "datasets": return storeId(model.datasets[i]?.store);
		case "locks": return storeId(model.locks[i]?.store);
		case "services": return `svc${i}`;
		case "messaging": return `topic${i}`;
		case "consumers": {
			const k = model.services.findIndex((s) => s.name === model.consumers[i]?.service);
			return k < 0 ? void 0 : `svc${k}`;
		}
		default: return;
	}
}
function diagramGraph(model, report) {
	const counts = /* @__PURE__ */ new Map();
	for (const f of report.findings) {
		const id = nodeOfFinding(f, model);
		if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	const storeClass = new Map(report.datastores.map((s) => [s.name, s]));
	const topicClass = new Map(report.topics.map((s) => [s.name, s]));
	const nodes = [
		...model.datastores.map((s, i) => {
			const c = storeClass.get(s.name);
			return {
				id: `store${i}`,
				kind: "store",
				name: s.name,
				detail: c ? `${s.engine} · ${c.pacelc} · ${c.consistency}` : s.engine,
				...c ? { pacelc: c.pacelc } : {},
				regions: s.regions,
				findings: counts.get(`store${i}`) ?? 0
			};
		}),
		...model.messaging.map((t, i) => {
			const c = topicClass.get(t.name);
			return {
				id: `topic${i}`,
				kind: "topic",
				name: t.name,
				detail: `${t.engine} · ${t.delivery}`,
				...c ? { pacelc: c.pacelc } : {},
				regions: t.regions,
				findings: counts.get(`topic${i}`) ?? 0
			};
		}),
		...model.services.map((s, i) => ({
			id: `svc${i}`,
			kind: "service",
			name: s.name,
			detail: `${s.instances} instance${s.instances === 1 ? "" : "s"}`,
			regions: s.regions,
			findings: counts.get(`svc${i}`) ?? 0
		}))
	];
	const svcId = new Map(model.services.map((s, i) => [s.name, `svc${i}`]));
	const storeOfDataset = new Map(model.datasets.map((d) => [d.name, d.store]));
	const storeId = new Map(model.datastores.map((s, i) => [s.name, `store${i}`]));
	const topicId = new Map(model.messaging.map((t, i) => [t.name, `topic${i}`]));
	const edges = [];
	model.services.forEach((s, i) => {
		for (const c of s.calls) {
			const to = svcId.get(c.service);
			if (!to) continue;
			const tries = c.retries && c.retries.attempts > 1 ? `, ${c.retries.attempts} tries` : "";
			edges.push({
				from: `svc${i}`,
				to,
				label: `${c.timeout === void 0 ? "no timeout" : ms(c.timeout)}${tries}${c.mode === "async" ? ", async" : ""}`,
				style: c.mode === "async" ? "async" : "call"
			});
		}
		const access = /* @__PURE__ */ new Map();
		for (const [verb, list] of [["reads", s.reads], ["writes", s.writes]]) for (const ds of list) {
			const st = storeId.get(storeOfDataset.get(ds) ?? "");
			if (st) access.set(st, (access.get(st) ?? /* @__PURE__ */ new Set()).add(verb));
		}
		for (const [st, verbs] of access) edges.push({
			from: `svc${i}`,
			to: st,
			label: [...verbs].join(", "),
			style: "data"
		});
		for (const p of s.publishes) {
			const t = topicId.get(p.topic);
			if (t) edges.push({
				from: `svc${i}`,
				to: t,
				label: `publishes${p.via === "direct" ? "" : ` via ${p.via}`}`,
				style: "event"
			});
		}
	});
	for (const c of model.consumers) {
		const t = topicId.get(c.topic);
		const to = svcId.get(c.service);
		if (t && to) edges.push({
			from: t,
			to,
			label: c.idempotent ? "consumes" : "consumes, not idempotent",
			style: "event"
		});
	}
	return {
		nodes,
		edges
	};
}
// dist/report/mermaid.js
/** Colour-blind-safe fills (Okabe–Ito), one per PACELC class. */
const PACELC_STYLE = {
	"PA/EL": {
		cls: "paEl",
		fill: "#fde9c4",
		stroke: "#e69f00",
		color: "#3a2a00"
	},
	"PA/EC": {
		cls: "paEc",
		fill: "#d7ecf8",
		stroke: "#56b4e9",
		color: "#0b2a3a"
	},
	"PC/EL": {
		cls: "pcEl",
		fill: "#f6dcea",
		stroke: "#cc79a7",
		color: "#3a0b24"
	},
	"PC/EC": {
		cls: "pcEc",
		fill: "#cfe8df",
		stroke: "#009e73",
		color: "#00281d"
	}
};
const ARROW = {
	call: "-->",
	async: "-.->",
	data: "==>",
	event: "-.->"
};
function nodeLine(n) {
	const where = n.regions.length > 1 ? `<br/>in ${n.regions.map(mermaidText).join("<br/>")}` : "";
	const warn = n.findings ? `<br/>⚠ ${n.findings} finding${n.findings === 1 ? "" : "s"}` : "";
	const label = `"<b>${mermaidText(n.name)}</b><br/>${mermaidText(n.detail)}${where}${warn}"`;
	const shape = n.kind === "store" ? `[(${label})]` : n.kind === "topic" ? `{{${label}}}` : `(${label})`;
	return `${n.id}${shape}`;
}
function mermaidDiagram(model, report, options = {}) {
	const { nodes, edges } = diagramGraph(model, report);
	const out = ["flowchart LR"];
	const inRegion = /* @__PURE__ */ new Map();
	const across = [];
	for (const n of nodes) if (n.regions.length === 1) inRegion.set(n.regions[0], [...inRegion.get(n.regions[0]) ?? [], n]);
	else across.push(n);
	[.../* @__PURE__ */ new Set([...model.regions.map((r) => r.id), ...inRegion.keys()])].filter((r) => inRegion.has(r)).forEach((region, i) => {
		out.push(`  subgraph region${i}["${mermaidText(region)}"]`, ...inRegion.get(region).map((n) => `    ${nodeLine(n)}`), "  end");
	});
	out.push(...across.map((n) => `  ${nodeLine(n)}`));
	for (const e of edges) out.push(`  ${e.from} ${ARROW[e.style]}|"${mermaidText(e.label)}"| ${e.to}`);
	if (options.legend ?? true) out.push("  subgraph legend[\"PACELC class of each store\"]", ...Object.entries(PACELC_STYLE).map(([name, s]) => `    legend_${s.cls}[("${name}")]`), "  end");
	for (const [name, s] of Object.entries(PACELC_STYLE)) {
		out.push(`  classDef ${s.cls} fill:${s.fill},stroke:${s.stroke},color:${s.color}`);
		const members = [...nodes.filter((n) => n.pacelc === name).map((n) => n.id), ...options.legend ?? true ? [`legend_${s.cls}`] : []];
		if (members.length) out.push(`  class ${members.join(",")} ${s.cls}`);
	}
	out.push("  classDef service fill:#ffffff,stroke:#555555,color:#111111");
	const services = nodes.filter((n) => n.kind === "service" || n.kind !== "store" && !n.pacelc).map((n) => n.id);
	if (services.length) out.push(`  class ${services.join(",")} service`);
	for (const n of nodes.filter((x) => x.findings > 0)) out.push(`  style ${n.id} stroke:#d62728,stroke-width:3px`);
	return `${out.join("\n")}\n`;
}
export { diagramGraph as n, mermaidText as r, mermaidDiagram as t };
