/**
 * Small helpers the checks of `privacy-and-safety` share: the text around a match (its line and
 * the line before, or its sentence), official-versus-personal contact context, and a reset-safe
 * test for global patterns.
 */
import { sentenceAt, type Document, type ProseSegment } from '../../src/rule-kit/index.js';
import { phraseRegExp } from '../../src/rule-kit/index.js';
import { ABBREVIATION_END, OFFICIAL_CONTACT, PERSONAL_CONTACT } from './patterns.js';

/**
 * The text of a segment around `[start, end)`: from the start of the line before (at most
 * `before` characters back) to the end of the line (at most `after` characters on). List items
 * such as `Press office:` on one line and the number on the next stay together.
 */
export function lineContext(seg: ProseSegment, start: number, end: number, before = 160, after = 80): string {
  const text = seg.text;
  const s = start - seg.start;
  const e = end - seg.start;
  let from = lastBreak(text, s);
  if (from > 0) from = lastBreak(text, from - 1);
  from = Math.max(from, s - before, 0);
  let to = text.slice(e, e + after).search(/[\r\n]/);
  to = to < 0 ? Math.min(text.length, e + after) : e + to;
  return text.slice(from, to);
}

function lastBreak(text: string, at: number): number {
  const n = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1));
  return n + 1;
}

/** The text before a match inside its segment, at most `n` characters. */
export function textBefore(seg: ProseSegment, start: number, n = 40): string {
  const s = start - seg.start;
  return seg.text.slice(Math.max(0, s - n), s);
}

/** The text after a match inside its segment, at most `n` characters. */
export function textAfter(seg: ProseSegment, end: number, n = 40): string {
  const e = end - seg.start;
  return seg.text.slice(e, e + n);
}

/**
 * The sentence containing an offset (masked text), or the segment slice around it when the
 * sentence splitter gives none. A very short sentence before it (`Tel.` or `No.` split early)
 * is taken too.
 */
export function sentenceText(doc: Document, seg: ProseSegment, offset: number): { text: string; start: number } {
  const s = sentenceAt(doc, offset);
  if (!s) {
    const from = Math.max(seg.start, offset - 200);
    return { text: seg.text.slice(from - seg.start, Math.min(seg.text.length, offset - seg.start + 200)), start: from };
  }
  const list = doc.sentences;
  const i = list.indexOf(s);
  let first = s;
  let last = s;
  const prev = i > 0 ? list[i - 1] : undefined;
  if (prev && prev.segment === s.segment && (prev.end - prev.start < 16 || ABBREVIATION_END.test(prev.text))) first = prev;
  const next = list[i + 1];
  if (next && next.segment === s.segment && ABBREVIATION_END.test(s.text)) last = next;
  return { text: seg.text.slice(first.start - seg.start, last.end - seg.start), start: first.start };
}

/** `re.test` for any pattern, safe for global ones (resets `lastIndex`). */
export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const r = re.test(text);
  re.lastIndex = 0;
  return r;
}

/** Whether context words present a contact as the organisation's (and nothing makes it personal). */
export function isOfficialContext(context: string, extra: readonly RegExp[] = []): boolean {
  if (has(PERSONAL_CONTACT, context)) return false;
  if (has(OFFICIAL_CONTACT, context)) return true;
  return extra.some((re) => has(re, context));
}

/** Compare two strings ignoring case, spaces and punctuation. */
export function loose(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const compiled = new WeakMap<readonly string[], RegExp>();

/** A user-configured phrase list as a test pattern, compiled once per list. */
export function phrases(list: readonly string[]): RegExp {
  let re = compiled.get(list);
  if (!re) {
    re = phraseRegExp(list, 'iu');
    compiled.set(list, re);
  }
  return re;
}

/**
 * Mask an address or a description for a message: each word keeps its first character and the
 * rest of its letters and digits become `*` (`14 Kenyatta Avenue` -> `1* K******* A*****`).
 */
export function maskWords(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\p{L}\p{N}]+/gu, (w) => (w.length <= 2 && /^\p{L}+$/u.test(w) ? w : w[0] + '*'.repeat(w.length - 1)));
}
