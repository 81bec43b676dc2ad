/**
 * Text for XML reports (JUnit, Checkstyle). Markup characters become entities; control characters
 * (which XML 1.0 mostly forbids and CI pages may interpret), lone surrogates and U+FFFE/U+FFFF
 * become visible escapes such as `\x1b`, so a draft can neither break the document nor smuggle
 * control sequences into a CI page.
 */
import { sanitizeForTerminal } from './sanitize.js';

// Why: XML 1.0 `Char` excludes U+FFFE, U+FFFF and unpaired surrogates; a parser rejects a document
// that holds one. A valid surrogate pair is kept: only a half without its partner matches.
const NOT_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;' };

/** Escape text for an XML attribute value or element content. */
export function xmlEscape(s: string): string {
  return sanitizeForTerminal(s)
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/[&<>"'\t]/g, (c) => ENTITIES[c] ?? c);
}

/** `name="value"` pairs for a start tag, values escaped. */
export function xmlAttributes(attrs: Record<string, string | number>): string {
  return Object.entries(attrs)
    .map(([k, v]) => `${k}="${xmlEscape(String(v))}"`)
    .join(' ');
}
