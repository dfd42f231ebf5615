// dist/cli/terminal.js
function useColor(flag, stream, env = process.env) {
	if (flag !== void 0) return flag;
	const force = env["FORCE_COLOR"];
	if (force !== void 0) return !["0", "false"].includes(force.toLowerCase());
	if (env["NO_COLOR"]) return false;
	return Boolean(stream.isTTY);
}
/** Columns to wrap at, or undefined (no wrapping) when the stream is not a terminal. */
function wrapWidth(stream) {
	if (!stream.isTTY) return void 0;
	return stream.columns && stream.columns > 0 ? stream.columns : 80;
}
export { wrapWidth as n, useColor as t };
