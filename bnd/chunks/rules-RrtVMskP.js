// dist/report/rules.js
const SEVERITY_COLOUR = {
	error: "\x1B[31m",
	warning: "\x1B[33m",
	info: "\x1B[34m",
	off: "\x1B[2m"
};
function formatRuleTable(rules, color) {
	const idWidth = Math.max(...rules.map((r) => r.id.length), 4);
	const lines = rules.map((r) => {
		const sev = r.severity.padEnd(8);
		return `${r.id.padEnd(idWidth)}  ${color ? `${SEVERITY_COLOUR[r.severity] ?? ""}${sev}\u001b[0m` : sev}  ${r.summary}`;
	});
	return `${"rule".padEnd(idWidth)}  severity  summary\n${lines.join("\n")}\n\n${rules.length} rules. \`archcap explain RULE\` tells more about one.\n`;
}
function indent(text, by = "  ") {
	return text.trim().split("\n").map((l) => l ? by + l : l).join("\n");
}
function explainRule(rule) {
	const parts = [
		`${rule.id} (${rule.severity})`,
		rule.summary,
		"",
		"What it checks",
		indent(rule.description),
		"",
		"Why it matters",
		indent(rule.rationale)
	];
	if (rule.examples?.invalid) parts.push("", "Reported", indent(rule.examples.invalid, "    "));
	if (rule.examples?.valid) parts.push("", "Not reported", indent(rule.examples.valid, "    "));
	parts.push("", "How to fix it", indent(rule.fix), "", "References", ...rule.references.map((r) => `  - ${r}`));
	return `${parts.join("\n")}\n`;
}
export { formatRuleTable as n, explainRule as t };
