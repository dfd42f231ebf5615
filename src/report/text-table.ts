/** Plain-text tables for terminal reports. */

/** A column-aligned table: a header, a rule, the rows. */
export function textTable(headers: string[], rows: string[][], align: Array<'left' | 'right'> = []): string[] {
  const width = (s: string): number => [...s].length;
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (c: string, i: number): string => {
    const fill = ' '.repeat(Math.max(0, widths[i]! - width(c)));
    return align[i] === 'right' ? fill + c : c + fill;
  };
  const line = (cells: string[]): string => cells.map(pad).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)];
}
