/**
 * Text from a user's YAML inside Mermaid: every character that Mermaid's flowchart
 * grammar or its HTML labels could read as syntax becomes an entity code (`#quot;`),
 * and line breaks become spaces, so a name with quotes, brackets, pipes or markup
 * renders as the text it is.
 */
const ENTITIES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '|': '#124;',
  '`': '#96;',
  '\\': '#92;',
  '[': '#91;',
  ']': '#93;',
  '{': '#123;',
  '}': '#125;',
  '(': '#40;',
  ')': '#41;',
  ';': '#59;',
};

/** A label fragment, safe inside `"…"` in a node or edge label. */
export function mermaidText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/[#"<>&|`\\[\]{}();]/g, (c) => ENTITIES[c] ?? c);
}
