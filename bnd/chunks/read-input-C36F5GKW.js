import { r as InputError } from "./errors-BcMCNHWs.js";
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
// dist/model/read-input.js
/**
* Reading an input file (system description, ruleset, config, answers, baseline)
* without trusting `stat`: only regular files are read, and the read itself stops
* past the size limit, so a FIFO, a character device such as /dev/zero, or a file
* that grows while it is read can neither hang archcap nor fill its memory.
*/
function kind(stat) {
	if (stat.isFIFO()) return "a named pipe (FIFO)";
	if (stat.isCharacterDevice()) return "a character device";
	if (stat.isBlockDevice()) return "a block device";
	if (stat.isSocket()) return "a socket";
	return "not a regular file";
}
function unreadable(file, error, what) {
	const code = error.code;
	const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : error.message;
	return InputError.at("unreadable", file, `cannot read ${what}: ${reason}`);
}
/** The bytes of a regular file of at most `maxBytes`; anything else is an InputError at file:1:1. */
function readInputFile(file, maxBytes, what = "file") {
	let fd;
	try {
		const refuse = (stat) => {
			if (stat.isDirectory()) throw InputError.at("is-directory", file, "is a directory; expected a YAML file");
			if (!stat.isFile()) throw InputError.at("not-a-file", file, `is ${kind(stat)}; expected a regular file`);
			if (stat.size > maxBytes) throw InputError.at("too-large", file, `file is ${stat.size} bytes; the limit is ${maxBytes} bytes`);
		};
		refuse(statSync(file));
		fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
		refuse(fstatSync(fd));
		const chunks = [];
		let total = 0;
		for (;;) {
			const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
			const n = readSync(fd, chunk, 0, chunk.length, null);
			if (n === 0) break;
			chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
			total += n;
			if (total > maxBytes) throw InputError.at("too-large", file, `file grew past the limit of ${maxBytes} bytes while being read`);
		}
		return Buffer.concat(chunks, total);
	} catch (error) {
		if (error instanceof InputError) throw error;
		throw unreadable(file, error, what);
	} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
export { readInputFile as t };
