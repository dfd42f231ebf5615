// dist/report/text-table.js
/** Plain-text tables for terminal reports. */
/** A column-aligned table: a header, a rule, the rows. */
function textTable(headers, rows, align = []) {
	const width = (s) => [...s].length;
	const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
	const pad = (c, i) => {
		const fill = " ".repeat(Math.max(0, widths[i] - width(c)));
		return align[i] === "right" ? fill + c : c + fill;
	};
	const line = (cells) => cells.map(pad).join("  ").trimEnd();
	return [
		line(headers),
		line(widths.map((w) => "─".repeat(w))),
		...rows.map(line)
	];
}
export { textTable as t };
