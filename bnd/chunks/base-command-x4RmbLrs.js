import { o as formatDiagnostic, r as InputError, s as escapeControl, t as ArchcapError } from "./errors-BcMCNHWs.js";
import { Command } from "@oclif/core";
// dist/cli/base-command.js
/**
* The one place where errors become messages and exit codes: an ArchcapError
* (bad input, bad flags) prints file:line:col messages and exits 2; oclif's own
* parse errors exit 2 as well; anything else is a bug, reported without a stack
* trace unless DEBUG is set.
*/
var BaseCommand = class extends Command {
	async catch(error) {
		if (error.oclif?.exit === 0 || error.constructor.name === "ExitError") throw error;
		if (error instanceof InputError) for (const d of error.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
		else if (error instanceof ArchcapError) process.stderr.write(`archcap: ${escapeControl(error.message)}\n`);
		else if (error.oclif) process.stderr.write(`archcap: ${error.message.replace(/\n\s*See more help with --help$/, "")}\nSee \`archcap ${this.id ?? ""} --help\`.\n`);
		else process.stderr.write(`archcap: internal error: ${escapeControl(error.message)}\n${process.env["DEBUG"] ? `${error.stack ?? ""}\n` : "(set DEBUG=1 for details; please report it)\n"}`);
		process.exitCode = 2;
	}
};
export { BaseCommand as t };
