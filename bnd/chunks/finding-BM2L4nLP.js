// dist/engine/finding.js
/** The one currency of archcap: every rule produces findings, every formatter prints them. */
const SEVERITY_ORDER = {
	error: 3,
	warning: 2,
	info: 1
};
function compareFindings(a, b) {
	return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] || a.ruleId.localeCompare(b.ruleId);
}
export { compareFindings as n, SEVERITY_ORDER as t };
