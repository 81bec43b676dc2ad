/**
 * Small, linear scanners for the raw HTML found in drafts: comments (where directives live),
 * `<img>` and `<a href>` tags, and tag blanking so that the text between tags reads as prose.
 */
import type { DirectiveComment } from './types.js';

// Attribute syntax per the HTML spec, simplified: name, optional `=` and a quoted or bare value.
// Each alternative consumes distinct characters, so there is no backtracking blow-up.
const ATTRIBUTE = /([A-Za-z_:@][-A-Za-z0-9_:.@]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Parse the attributes of a tag's inside (`src="a" alt='b'`), lower-cased names. */
export function parseAttributes(inside: string): Map<string, { value: string; offset: number }> {
  const out = new Map<string, { value: string; offset: number }>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(inside); m; m = ATTRIBUTE.exec(inside)) {
    const name = m[1]!.toLowerCase();
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    const valueOffset = m[2] !== undefined || m[3] !== undefined ? m[0].length - value.length - 1 : m[0].length - value.length;
    if (!out.has(name)) out.set(name, { value: decodeEntities(value), offset: m.index + valueOffset });
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the common named and numeric character references. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

// A tag: `<`, an optional `/`, a letter, then anything but `>` (bounded so a stray `<` is cheap).
const TAG = /<\/?[A-Za-z][^<>]{0,2000}>/g;
// Comments and script/style bodies are found with indexOf and a closing search that stops at the
// first unclosed one: `<!--[\s\S]*?-->` rescans the rest of the text from every unclosed `<!--`.
const RAW_OPEN = /<(script|style)\b[^>]{0,2000}>/gi;
const RAW_CLOSE: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };

/** Spans `[start, end)` of HTML comments, `<!--` to the next `-->`. */
function commentSpans(html: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = html.indexOf('<!--'); i >= 0; ) {
    const j = html.indexOf('-->', i + 4);
    if (j < 0) break;
    out.push([i, j + 3]);
    i = html.indexOf('<!--', j + 3);
  }
  return out;
}

/** Spans of `<script ...>...</script>` and `<style ...>...</style>` (script and style bodies are code, not prose). */
function rawTextSpans(html: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const unclosed = new Set<string>();
  RAW_OPEN.lastIndex = 0;
  for (let m = RAW_OPEN.exec(html); m; m = RAW_OPEN.exec(html)) {
    const name = m[1]!.toLowerCase();
    if (unclosed.has(name)) continue;
    const close = RAW_CLOSE[name]!;
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(html);
    if (!c) {
      unclosed.add(name);
      continue;
    }
    out.push([m.index, c.index + c[0].length]);
    RAW_OPEN.lastIndex = c.index + c[0].length;
  }
  return out;
}

/** `html` with the given spans blanked. */
export function blankSpans(html: string, spans: ReadonlyArray<[number, number]>): string {
  if (spans.length === 0) return html;
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += html.slice(at, s) + blank(html.slice(s, e));
    at = e;
  }
  return out + html.slice(at);
}

/** Replace every character of the matches with a space, keeping line breaks. */
export function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** Blank tags, comments, scripts and styles, keeping the text between tags at its offsets. */
export function blankTags(html: string): string {
  const noRaw = blankSpans(html, rawTextSpans(html));
  return blankSpans(noRaw, commentSpans(noRaw)).replace(TAG, blank);
}

export interface HtmlTag {
  start: number;
  end: number;
  attributes: Map<string, { value: string; offset: number }>;
}

/** Every `<img>` tag in a piece of HTML, with offsets relative to it. */
export function findImgTags(html: string): HtmlTag[] {
  return findTags(html, /<img\b([^<>]{0,4000})>/gi);
}

/** Every `<a ...>` start tag that has an `href`. */
export function findAnchorTags(html: string): HtmlTag[] {
  return findTags(html, /<a\b([^<>]{0,4000})>/gi).filter((t) => t.attributes.has('href'));
}

function findTags(html: string, re: RegExp): HtmlTag[] {
  const tags: HtmlTag[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const inside = m[1] ?? '';
    const attrs = parseAttributes(inside);
    const base = m.index + m[0].length - inside.length - 1;
    for (const v of attrs.values()) v.offset += base;
    tags.push({ start: m.index, end: m.index + m[0].length, attributes: attrs });
  }
  return tags;
}

// `unlinter-disable`, `-enable`, `-disable-line`, `-disable-next-line`, then rule ids and an
// optional `-- reason`.
const DIRECTIVE = /^\s*unlinter-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/** Parse a comment body (without `<!--` and `-->`) as a directive, or return null. */
export function parseDirective(body: string, start: number, end: number): DirectiveComment | null {
  const m = DIRECTIVE.exec(body);
  if (!m) return null;
  let rest = m[2] ?? '';
  let reason: string | null = null;
  const dash = rest.indexOf('--');
  if (dash >= 0) {
    reason = rest.slice(dash + 2).trim() || null;
    rest = rest.slice(0, dash);
  }
  const ruleIds = rest
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return { kind: m[1] as DirectiveComment['kind'], ruleIds, reason, start, end };
}

/** Directives in the HTML comments of a piece of HTML that starts at `base`. */
export function findDirectives(html: string, base: number): DirectiveComment[] {
  const out: DirectiveComment[] = [];
  if (!html.includes('unlinter-')) return out;
  for (const [s, e] of commentSpans(html)) {
    const d = parseDirective(html.slice(s + 4, e - 3), base + s, base + e);
    if (d) out.push(d);
  }
  return out;
}
