import { n as GenerateError } from "./errors-BcMCNHWs.js";
import { join, sep } from "node:path";
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, realpathSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
// dist/generate/paths.js
/** What a relative path inside the output folder may look like. Pure checks, no disk access. */
const MANIFEST_FILE = ".archcap-manifest.json";
const refuse = (path, why) => {
	throw new GenerateError("unsafe-path", `refusing to write ${JSON.stringify(path)}: ${why}`);
};
/** The `/`-separated segments of a safe relative path; anything else is refused. */
function safeSegments(path) {
	if (typeof path !== "string" || path === "") return refuse(String(path), "the path is empty");
	if (path.includes("\0")) refuse(path, "it contains a NUL byte");
	if (path.includes("\\")) refuse(path, "use \"/\" as the separator (backslashes are refused)");
	if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) refuse(path, "absolute paths are refused; give a path inside the output folder");
	const segments = path.split("/");
	for (const seg of segments) {
		if (seg === "..") refuse(path, "\"..\" would leave the output folder");
		if (seg === "" || seg === ".") refuse(path, "empty or \".\" path segments are refused");
		if (/[\u0000-\u001f]/.test(seg)) refuse(path, "control characters are refused in file names");
		if (Buffer.byteLength(seg) > 255) refuse(path, "a file name is longer than 255 bytes");
	}
	return segments;
}
/** Normalised form of a safe relative path. */
function safeRelativePath(path) {
	return safeSegments(path).join("/");
}
// dist/generate/state.js
/** Reading what is on disk in the output folder: the manifest and each file's state. Never writes. */
const sha256 = (content) => createHash("sha256").update(content).digest("hex");
function emptyManifest() {
	return {
		version: 1,
		generator: "archcap",
		requests: [],
		files: {}
	};
}
function errno(error) {
	return error.code;
}
/** The real path of `root` if it exists, else undefined. */
function realRoot(root) {
	let real;
	try {
		real = realpathSync(root);
	} catch (error) {
		if (errno(error) === "ENOENT") return void 0;
		if (errno(error) === "ENOTDIR") throw new GenerateError("out-dir", `cannot use ${root} as the output folder: part of the path is a file, not a folder`);
		throw new GenerateError("out-dir", `cannot use ${root} as the output folder: ${error.message}`);
	}
	if (!lstatSync(real).isDirectory()) throw new GenerateError("out-dir", `cannot use ${root} as the output folder: it is not a folder`);
	return real;
}
function isInside(rootReal, path) {
	return path === rootReal || path.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}
/**
* What is at `rel` under `rootReal`, following only symbolic links that stay inside the
* folder (a link escaping it is refused, as writing through it would be).
*/
function readEntry(rootReal, rel) {
	let current = rootReal;
	const segments = safeSegments(rel);
	for (const [i, seg] of segments.entries()) {
		const path = join(current, seg);
		let stat;
		try {
			stat = lstatSync(path);
		} catch (error) {
			if (errno(error) === "ENOENT") return { kind: "missing" };
			throw error;
		}
		const last = i === segments.length - 1;
		if (stat.isSymbolicLink()) {
			if (last) return {
				kind: "other",
				reason: "is a symbolic link; archcap only replaces regular files (--force replaces the link itself)",
				link: true
			};
			let real;
			try {
				real = realpathSync(path);
			} catch {
				return {
					kind: "other",
					reason: `${segments.slice(0, i + 1).join("/")} is a symbolic link that leads nowhere`
				};
			}
			if (!isInside(rootReal, real)) throw new GenerateError("unsafe-path", `refusing to write ${JSON.stringify(rel)}: ${seg} is a symbolic link leading outside the output folder`);
			current = real;
			continue;
		}
		if (last) {
			if (!stat.isFile()) return {
				kind: "other",
				reason: "is not a regular file"
			};
			return {
				kind: "file",
				content: readFileSync(path, "utf8"),
				mode: stat.mode & 511
			};
		}
		if (!stat.isDirectory()) return {
			kind: "other",
			reason: `${segments.slice(0, i + 1).join("/")} is not a folder`
		};
		current = path;
	}
	return { kind: "missing" };
}
function readManifest(outDir) {
	const rootReal = realRoot(outDir);
	if (!rootReal) return emptyManifest();
	const entry = readEntry(rootReal, MANIFEST_FILE);
	if (entry.kind !== "file") return emptyManifest();
	try {
		const parsed = JSON.parse(entry.content);
		if (parsed.generator !== "archcap" || typeof parsed.files !== "object" || parsed.files === null || Array.isArray(parsed.files)) return emptyManifest();
		if (parsed.pending !== void 0 && (typeof parsed.pending !== "object" || parsed.pending === null)) delete parsed.pending;
		return {
			...emptyManifest(),
			...parsed,
			version: 1,
			generator: "archcap"
		};
	} catch {
		return emptyManifest();
	}
}
/** Decide what writing `content` at `rel` would be, given the disk and the manifest. */
function classify(rootReal, manifest, rel, content) {
	const entry = rootReal ? readEntry(rootReal, rel) : { kind: "missing" };
	if (entry.kind === "missing") return { action: "create" };
	if (entry.kind === "other") return {
		action: "conflict",
		reason: entry.reason,
		...entry.link ? { link: true } : {}
	};
	const base = {
		before: entry.content,
		mode: entry.mode
	};
	if (entry.content === content) return {
		action: "unchanged",
		...base
	};
	const recorded = manifest.files[rel];
	const hash = sha256(entry.content);
	if (recorded !== void 0 && recorded === hash || manifest.pending?.[rel] === hash) return {
		action: "update",
		...base
	};
	return {
		action: "conflict",
		reason: recorded === void 0 ? "exists and was not written by archcap" : "edited since archcap generated it",
		...base
	};
}
// dist/generate/fs-errors.js
/** File-system errors as sentences for messages (with their code), never as stacks. */
const ERRNO = {
	ENOSPC: "no space left on the device",
	EDQUOT: "disk quota exceeded",
	EACCES: "permission denied",
	EPERM: "operation not permitted",
	EROFS: "read-only file system",
	ENOTDIR: "part of the path is a file, not a folder",
	EISDIR: "it is a folder",
	ENAMETOOLONG: "the name is too long",
	EIO: "input/output error"
};
function describeError(error) {
	const code = error.code;
	return code && ERRNO[code] ? `${ERRNO[code]} (${code})` : error.message;
}
// dist/generate/write-lock.js
/**
* One archcap process at a time in an output folder: a lock file holding the owner's
* process id, taken over when that process is gone (killed), waited for otherwise.
*/
const LOCK_FILE = ".archcap.lock";
/** How long a writer waits for another archcap process to finish with the same folder. */
const LOCK_WAIT_MS = 3e4;
const pause = (ms) => {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};
/**
* Run `work` holding the lock of the real folder `dirReal`: one archcap process at a time
* reads the manifest, decides and writes there, so two runs cannot overwrite each other's
* manifest. A lock whose process is gone (killed) is taken over; a live one is waited for.
*/
function withFolderLock(dirReal, work, waitMs = LOCK_WAIT_MS) {
	const lock = join(dirReal, LOCK_FILE);
	const deadline = Date.now() + waitMs;
	for (;;) {
		let fd;
		try {
			fd = openSync(lock, "wx", 420);
			writeSync(fd, `${process.pid}\n`);
			closeSync(fd);
			break;
		} catch (error) {
			if (fd !== void 0) closeSync(fd);
			if (error.code !== "EEXIST") throw new GenerateError("write-failed", `cannot lock ${dirReal}: ${describeError(error)}`);
		}
		const owner = lockOwner(lock);
		if (owner !== void 0 && owner !== process.pid && !processAlive(owner)) {
			try {
				unlinkSync(lock);
			} catch {}
			continue;
		}
		if (Date.now() >= deadline) throw new GenerateError("locked", `another archcap process${owner ? ` (pid ${owner})` : ""} is writing to ${dirReal}; try again when it has finished, or remove ${lock} if no archcap is running`);
		pause(50);
	}
	try {
		return work();
	} finally {
		try {
			unlinkSync(lock);
		} catch {}
	}
}
function lockOwner(lock) {
	try {
		const pid = Number(readFileSync(lock, "utf8").trim());
		return Number.isInteger(pid) && pid > 0 ? pid : void 0;
	} catch {
		return;
	}
}
/** Whether a process with this id exists (EPERM: it exists but is not ours). */
function processAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code !== "ESRCH";
	}
}
// dist/generate/write.js
/**
* The only module of archcap that writes files. Every write lands inside a checked output
* folder (no `..`, no absolute path, no symbolic link leading out) and is atomic: a
* temporary file in the same folder, fsync, rename over the target, fsync the folder. A
* reader, or a crash, sees the old content or the new, never a part.
*/
const TEMP_SUFFIX = ".archcap-tmp";
const defaultOps = {
	rename: renameSync,
	write(fd, data) {
		let offset = 0;
		while (offset < data.length) offset += writeSync(fd, data, offset);
	}
};
const tempPrefix = (base) => `.${base}.`;
/** A temporary name that says which process owns it: `.<base>.<pid>.<random>.archcap-tmp`. */
const tempName = (base) => `${tempPrefix(base)}${process.pid}.${randomBytes(6).toString("hex")}${TEMP_SUFFIX}`;
/** Whether the process that named a temporary file is gone (so the file is stale). */
function ownerGone(name, base, path) {
	const middle = name.slice(tempPrefix(base).length, -12);
	const pid = /^(\d+)\.[0-9a-f]+$/.exec(middle)?.[1];
	if (pid === void 0) try {
		return Date.now() - lstatSync(path).mtimeMs > 6e4;
	} catch {
		return false;
	}
	return Number(pid) !== process.pid && !processAlive(Number(pid));
}
/**
* Remove temporary files a killed writer of `base` left in `dir`. A temporary file of a
* writer that is still running is left alone: it is about to be renamed.
*/
function removeStaleTemps(dir, base) {
	for (const name of readdirSync(dir)) if (name.startsWith(tempPrefix(base)) && name.endsWith(".archcap-tmp") && ownerGone(name, base, join(dir, name))) try {
		unlinkSync(join(dir, name));
	} catch {}
}
function fsyncDir(dir) {
	let fd;
	try {
		fd = openSync(dir, "r");
		fsyncSync(fd);
	} catch {} finally {
		if (fd !== void 0) closeSync(fd);
	}
}
/** Replace `dir/base` with `content` atomically. `dir` must be a real, checked folder. */
function atomicWriteFile(dir, base, content, mode = 420, ops = defaultOps) {
	removeStaleTemps(dir, base);
	const temp = join(dir, tempName(base));
	const fd = openSync(temp, "wx", mode);
	let renamed = false;
	try {
		ops.write(fd, Buffer.from(content, "utf8"));
		fsyncSync(fd);
		closeSync(fd);
		ops.rename(temp, join(dir, base));
		renamed = true;
		fsyncDir(dir);
	} finally {
		if (!renamed) {
			try {
				closeSync(fd);
			} catch {}
			try {
				unlinkSync(temp);
			} catch {}
		}
	}
}
/** Create the output folder if needed and return its real path. */
function ensureOutDir(outDir) {
	try {
		mkdirSync(outDir, { recursive: true });
	} catch (error) {
		throw new GenerateError("out-dir", `cannot use ${outDir} as the output folder: ${error.message}`);
	}
	const real = realpathSync(outDir);
	if (!lstatSync(real).isDirectory()) throw new GenerateError("out-dir", `cannot use ${outDir} as the output folder: it is not a folder`);
	return real;
}
/** The real folder that will hold `rel`, creating missing folders one at a time inside the root. */
function parentInside(rootReal, rel) {
	const segments = safeSegments(rel);
	const base = segments.pop();
	let dir = rootReal;
	for (const seg of segments) {
		const path = join(dir, seg);
		try {
			mkdirSync(path);
		} catch (error) {
			if (error.code !== "EEXIST") throw error;
		}
		let real;
		try {
			real = realpathSync(path);
		} catch {
			throw new GenerateError("unsafe-path", `refusing to write ${JSON.stringify(rel)}: ${seg} is a symbolic link that leads nowhere`);
		}
		if (!isInside(rootReal, real)) throw new GenerateError("unsafe-path", `refusing to write ${JSON.stringify(rel)}: ${seg} leads outside the output folder`);
		if (!lstatSync(real).isDirectory()) throw new GenerateError("unsafe-path", `refusing to write ${JSON.stringify(rel)}: ${seg} is not a folder`);
		dir = real;
	}
	return {
		dir,
		base
	};
}
/**
* Atomically write `content` at `rel` inside the real folder `rootReal`; never through a
* link. With `replaceLink` (--force) a symbolic link there is replaced by the file: the
* rename swaps the link itself and never touches what it points to.
*/
function writeInside(rootReal, rel, content, mode, ops = defaultOps, replaceLink = false) {
	const { dir, base } = parentInside(rootReal, rel);
	try {
		const stat = lstatSync(join(dir, base));
		if (stat.isSymbolicLink()) {
			if (!replaceLink) throw new GenerateError("unsafe-path", `refusing to write ${JSON.stringify(rel)}: it is a symbolic link`);
		} else if (!stat.isFile()) throw new GenerateError("unsafe-path", `refusing to write ${JSON.stringify(rel)}: it is not a regular file`);
	} catch (error) {
		if (error.code !== "ENOENT") throw error;
	}
	atomicWriteFile(dir, base, content, mode, ops);
}
export { withFolderLock as a, emptyManifest as c, readManifest as d, realRoot as f, safeRelativePath as h, writeInside as i, isInside as l, MANIFEST_FILE as m, defaultOps as n, describeError as o, sha256 as p, ensureOutDir as r, classify as s, atomicWriteFile as t, readEntry as u };
