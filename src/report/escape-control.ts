/**
 * Control characters that came from the input (a quoted YAML key, a name, a file name)
 * are made visible, never passed on: a newline could forge a line of a CI log (GitHub
 * reads `::error …` lines as commands), ESC and the C1 controls drive terminals, NUL
 * truncates, and the Unicode line separators and bidirectional overrides reorder what
 * a reader sees. Every report and every message goes through this one function.
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `a\nb` → `a\\nb`, ESC → `\\u001b`; characters in `keep` (e.g. '\t\n' where a format has its own line breaks) stay. */
export function escapeControl(text: string, keep = ''): string {
  return text.replace(CONTROL, (c) => (keep.includes(c) ? c : (NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)));
}
