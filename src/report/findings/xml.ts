import { escapeControl } from '../escape-control.js';

/**
 * XML 1.0 cannot carry most C0 control characters, lone surrogates or U+FFFE/U+FFFF,
 * not even as character references: they become U+FFFD.
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const clean = (text: string): string => escapeControl(text, '\t\n\r').replace(NOT_XML_CHAR, '\uFFFD');

/** Escape character data (element content); CR as a reference, or parsers would fold CRLF into LF. */
export function escapeXmlText(text: string): string {
  return escapeMarkup(text).replace(/\r/g, '&#13;');
}

/** `&`, `<`, `>` as entities, after replacing characters XML cannot carry. */
function escapeMarkup(text: string): string {
  return clean(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape an attribute value; tabs and line breaks as references so parsers keep them. */
export function escapeXmlAttribute(text: string): string {
  return escapeMarkup(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

export type Attributes = Record<string, string | number>;

export function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

/** An element with escaped text content, or self-closing when there is none. */
export function element(name: string, attrs: Attributes, text?: string): string {
  return text === undefined ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${escapeXmlText(text)}</${name}>`;
}
