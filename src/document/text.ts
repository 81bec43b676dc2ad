/**
 * Plain-text drafts: paragraphs separated by blank lines, URLs recorded as links and blanked
 * from prose, directives on a line of their own.
 */
import type { DirectiveComment, Link, ProseSegment } from './types.js';
import { LineIndex } from './lines.js';
import { blank, parseDirective } from './html.js';

// A bare URL: scheme or `www.`, then non-space characters (bounded); trailing punctuation trimmed below.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]{1,2000}/gi;
// A directive line: optional comment opener (`<!--`, `#`, `//`), the directive, optional `-->`.
// Bounded indentation: two unbounded blank runs around the optional opener were quadratic.
const DIRECTIVE_LINE = /^[ \t]{0,100}(?:<!--|#|\/\/)?[ \t]{0,100}(unlinter-(?:disable-next-line|disable-line|disable|enable)(?:[ \t][^\r\n]*)?)$/;

export interface TextScopes {
  prose: ProseSegment[];
  links: Link[];
  directives: DirectiveComment[];
}

export function parseText(text: string): TextScopes {
  const lines = new LineIndex(text);
  const prose: ProseSegment[] = [];
  const links: Link[] = [];
  const directives: DirectiveComment[] = [];
  let paraStart = -1;
  let paraEnd = -1;
  const flush = (): void => {
    if (paraStart < 0) return;
    prose.push(segment(text, paraStart, paraEnd, links));
    paraStart = -1;
  };
  for (let i = 0; i < lines.lineCount; i++) {
    const ls = lines.lineStart(i);
    const le = lines.lineEnd(i);
    const line = text.slice(ls, le);
    const d = line.includes('unlinter-') ? DIRECTIVE_LINE.exec(line) : null;
    if (d) {
      const body = d[1]!.replace(/[ \t]{0,100}-->[ \t]{0,100}$/, '');
      const parsed = parseDirective(body, ls, le);
      if (parsed) {
        flush();
        directives.push(parsed);
        continue;
      }
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    if (paraStart < 0) paraStart = ls;
    paraEnd = le;
  }
  flush();
  return { prose, links, directives };
}

function segment(text: string, start: number, end: number, links: Link[]): ProseSegment {
  const raw = text.slice(start, end);
  URL_RE.lastIndex = 0;
  let masked = raw;
  if (raw.includes('http') || raw.includes('www.') || raw.includes('HTTP') || raw.includes('WWW.')) {
    masked = raw.replace(URL_RE, (url: string, offset: number) => {
      const trimmed = url.replace(/[.,;:!?)\]]{1,100}$/, ''); // bounded: `+$` rescans a run of `!` from each one
      const s = start + offset;
      links.push({ kind: 'autolink', text: trimmed, url: /^www\./i.test(trimmed) ? `http://${trimmed}` : trimmed, title: null, start: s, end: s + trimmed.length, urlStart: s, urlEnd: s + trimmed.length });
      return blank(trimmed) + url.slice(trimmed.length);
    });
  }
  return { kind: 'paragraph', text: masked, start, end, containers: [] };
}
