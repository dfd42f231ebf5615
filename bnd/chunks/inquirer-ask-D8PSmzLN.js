import { f as InterviewCancelled, t as GoBack } from "./session-ILLe6Lym.js";
import { emitKeypressEvents } from "node:readline";
import { checkbox, confirm, input, number, search, select } from "@inquirer/prompts";
// dist/wizard/inquirer-ask.js
/**
* The terminal implementation of `ask`, with @inquirer/prompts: the only module that
* imports inquirer. Each prompt validates with the same check the answers file gets.
* Escape goes back to the previous question; long lists (regions, engines) are
* searched by typing; descriptions are wrapped to the terminal's width.
*/
/** The "(none)" entry of an optional select; never leaves this module. */
const NONE = "\0none";
const DONE = "\0done";
/** Lists longer than this are searched by typing rather than scrolled. */
const SEARCH_OVER = 12;
const asMessage = (problem) => problem ?? true;
/** Text wrapped to the terminal's width (words kept whole), for descriptions and remarks. */
function wrap(text, width = process.stdout.columns || 80, indent = "") {
	const max = Math.max(20, width - indent.length - 1);
	return text.split("\n").map((para) => {
		const lines = [];
		let line = "";
		for (const word of para.split(" ")) if (line && line.length + 1 + word.length > max) lines.push(line), line = word;
		else line = line ? `${line} ${word}` : word;
		lines.push(line);
		return lines.map((l, i) => i === 0 ? l : indent + l).join("\n");
	}).join("\n");
}
const withWrapped = (c) => c.description ? {
	...c,
	description: wrap(c.description)
} : c;
function matching(choices, term) {
	const t = (term ?? "").toLowerCase().trim();
	if (!t) return choices;
	return choices.filter((c) => `${String(c.value)} ${c.name} ${c.description ?? ""}`.toLowerCase().includes(t));
}
/** A many-of choice over a long list: search, Enter adds or removes one, Enter on "Done" ends. */
async function searchMany(p, signal) {
	let chosen = Array.isArray(p.default) ? p.default.map(String) : [];
	for (;;) {
		const done = p.check(chosen) === void 0 ? [{
			value: DONE,
			name: `Done: ${chosen.join(", ") || "(none)"}`,
			short: chosen.join(", ") || "(none)"
		}] : [];
		const picked = await search({
			message: `${p.message} (type to search; Enter adds or removes; ${chosen.length ? `chosen: ${chosen.join(", ")}` : "none chosen yet"})`,
			pageSize: 10,
			source: (term) => [
				...term ? [] : done,
				...matching(p.choices ?? [], term).map((c) => ({
					value: String(c.value),
					name: `${chosen.includes(String(c.value)) ? "✓" : " "} ${c.name}`,
					short: chosen.includes(String(c.value)) ? `− ${c.name}` : `+ ${c.name}`,
					...c.description ? { description: wrap(c.description) } : {}
				})),
				...term ? done : []
			]
		}, { signal });
		if (picked === DONE) return chosen;
		chosen = chosen.includes(picked) ? chosen.filter((c) => c !== picked) : [...chosen, picked];
	}
}
async function prompt(p, signal) {
	const ctx = { signal };
	switch (p.kind) {
		case "input": {
			const value = await input({
				message: p.message,
				...typeof p.default === "string" ? { default: p.default } : {},
				required: !p.optional,
				validate: (v) => v.trim() === "" && p.optional ? true : asMessage(p.check(v))
			}, ctx);
			return value.trim() === "" ? void 0 : value.trim();
		}
		case "number": return await number({
			message: p.message,
			...typeof p.default === "number" ? { default: p.default } : {},
			required: !p.optional,
			validate: (v) => v === void 0 ? p.optional ? true : "a number is needed" : asMessage(p.check(v))
		}, ctx);
		case "confirm": return confirm({
			message: p.message,
			default: p.default === true
		}, ctx);
		case "select": {
			const choices = [...(p.choices ?? []).map(withWrapped), ...p.optional ? [{
				value: NONE,
				name: "(none)"
			}] : []];
			if (choices.length > SEARCH_OVER) {
				const first = choices.find((c) => c.value === p.default);
				const ordered = first ? [first, ...choices.filter((c) => c !== first)] : choices;
				const value = await search({
					message: `${p.message} (type to search)`,
					pageSize: 12,
					source: (term) => matching(ordered, term).map((c) => ({
						value: c.value,
						name: c.name,
						short: c.name,
						...c.description ? { description: c.description } : {},
						...c.disabled ? { disabled: c.disabled } : {}
					})),
					validate: (v) => asMessage(v === NONE ? void 0 : p.check(v))
				}, ctx);
				return value === NONE ? void 0 : value;
			}
			const value = await select({
				message: p.message,
				choices,
				pageSize: 12,
				default: p.default === void 0 ? p.optional ? NONE : void 0 : p.default
			}, ctx);
			return value === NONE ? void 0 : value;
		}
		case "checkbox": {
			if ((p.choices ?? []).length > SEARCH_OVER) return searchMany(p, signal);
			const chosen = Array.isArray(p.default) ? p.default : [];
			return checkbox({
				message: p.message,
				pageSize: 12,
				choices: (p.choices ?? []).map((c) => ({
					...withWrapped(c),
					checked: chosen.includes(String(c.value))
				})),
				validate: (items) => asMessage(p.check(items.map((i) => i.value)))
			}, ctx).then((values) => values.map(String));
		}
	}
}
const inquirerAsk = async (p) => {
	emitKeypressEvents(process.stdin);
	const controller = new AbortController();
	let back = false;
	const onKey = (_, key) => {
		if (key?.name === "escape") {
			back = true;
			controller.abort();
		}
	};
	process.stdin.on("keypress", onKey);
	try {
		return await prompt(p, controller.signal);
	} catch (error) {
		if (back) {
			process.stdout.write("↩ back to the previous question\n");
			throw new GoBack();
		}
		if (error instanceof Error && error.name === "ExitPromptError") throw new InterviewCancelled();
		throw error;
	} finally {
		process.stdin.off("keypress", onKey);
	}
};
const MARK = {
	progress: "",
	advice: "  ℹ ",
	warning: "  ",
	derived: "  "
};
/** Remarks between questions: the progress line, advice, warnings and derived settings. */
const terminalSay = (r) => {
	const text = r.kind === "progress" ? `\n── ${r.text} ──` : MARK[r.kind] + r.text;
	process.stdout.write(`${wrap(text, process.stdout.columns || 80, "    ")}\n`);
};
const TERMINAL_HELP = "Esc: back to the previous question · type to search long lists · Ctrl-C: stop (answers are kept; `archcap init --resume` continues)";
export { TERMINAL_HELP, inquirerAsk, terminalSay };
