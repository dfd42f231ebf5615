import notFound from "@oclif/plugin-not-found";
// dist/cli/suggest.js
/** "Did you mean …?": the closest name by edit distance, when it is close enough to be a typo. */
function editDistance(a, b) {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length];
}
/** The closest candidate within a third of the word's length (at least 2 edits), or undefined. */
function closest(word, candidates) {
	let best;
	for (const name of candidates) {
		const distance = editDistance(word.toLowerCase(), name.toLowerCase());
		if (!best || distance < best.distance) best = {
			name,
			distance
		};
	}
	return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.name : void 0;
}
// dist/cli/hooks/not-found.js
const hook = async function(opts) {
	const [typed = "", ...rest] = opts.id.split(":");
	const argv = [...rest, ...opts.argv ?? []];
	if (process.stdin.isTTY && process.stderr.isTTY) return notFound.call(this, {
		...opts,
		id: typed,
		argv
	});
	const suggestion = closest(typed, opts.config.commands.filter((c) => !c.hidden).flatMap((c) => [c.id, ...c.aliases]));
	const hint = suggestion ? ` Did you mean \`${opts.config.bin} ${[suggestion, ...argv].join(" ")}\`?` : "";
	process.stderr.write(`archcap: '${typed}' is not an archcap command.${hint}\nSee \`${opts.config.bin} help\` for the list.\n`);
	this.exit(2);
};
export { hook as default };
