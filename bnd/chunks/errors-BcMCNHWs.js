// dist/report/escape-control.js
/**
* Control characters that came from the input (a quoted YAML key, a name, a file name)
* are made visible, never passed on: a newline could forge a line of a CI log (GitHub
* reads `::error …` lines as commands), ESC and the C1 controls drive terminals, NUL
* truncates, and the Unicode line separators and bidirectional overrides reorder what
* a reader sees. Every report and every message goes through this one function.
*/
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const NAMED = {
	"\n": "\\n",
	"\r": "\\r",
	"	": "\\t"
};
/** `a\nb` → `a\\nb`, ESC → `\\u001b`; characters in `keep` (e.g. '\t\n' where a format has its own line breaks) stay. */
function escapeControl(text, keep = "") {
	return text.replace(CONTROL, (c) => keep.includes(c) ? c : NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
// dist/errors.js
/**
* Every failure archcap expects is an ArchcapError with a stable `code`.
* Commands convert them to a message and exit code 2 in one place
* (`src/commands/base.ts`); anything else is a bug and is reported as one.
*/
var ArchcapError = class extends Error {
	code;
	exitCode = 2;
	constructor(code, message) {
		super(message);
		this.name = new.target.name;
		this.code = code;
	}
};
/** Wrong flags or arguments. */
var UsageError = class extends ArchcapError {
	constructor(message) {
		super("usage", message);
	}
};
/** One input file could not be used: each diagnostic names file:line:col. */
var InputError = class InputError extends ArchcapError {
	diagnostics;
	/**
	* For a system description: the part of the file that loads without the items the
	* diagnostics are about (see `model/salvage.ts`), for `lint` to run its rules on.
	* Computed on request; undefined when nothing could be kept.
	*/
	salvage;
	constructor(diagnostics) {
		const first = diagnostics[0];
		super(first?.code ?? "input", first ? formatDiagnostic(first) : "invalid input");
		this.diagnostics = diagnostics;
	}
	static at(code, file, message, line = 1, column = 1, path) {
		return new InputError([{
			code,
			file,
			message,
			line,
			column,
			...path === void 0 ? {} : { path }
		}]);
	}
};
/** A rule file or ruleset that cannot be used. */
var RuleError = class extends ArchcapError {
	file;
	constructor(message, file) {
		super("rule", file ? `${file}: ${message}` : message);
		this.file = file;
	}
};
/** Generation refused (unsafe path, conflict without --force, ...). */
var GenerateError = class extends ArchcapError {
	constructor(code, message) {
		super(code, message);
	}
};
function formatDiagnostic(d) {
	return escapeControl(`${d.file}:${d.line}:${d.column}: ${d.message}`);
}
export { UsageError as a, RuleError as i, GenerateError as n, formatDiagnostic as o, InputError as r, escapeControl as s, ArchcapError as t };
