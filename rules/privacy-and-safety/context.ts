/**
 * Small helpers the checks of `privacy-and-safety` share: the text around a match (its line and
 * the line before, or its sentence), official-versus-personal contact context, and a reset-safe
 * test for global patterns.
 */
import type { Document, ProseSegment } from '../../src/rule-kit/index.js';
import { phraseRegExp } from '../../src/rule-kit/index.js';
import {
  ABBREVIATION_END, ALNUM_RUN, LETTERS_ONLY, LINE_BREAK, NON_ALNUM_RUN, OFFICIAL_CONTACT, PERSONAL_CONTACT, SENTENCE_END, WHITESPACE_RUN_G,
} from './patterns.js';

/**
 * The text of a segment around `[start, end)`: from the start of the second line before (at most
 * `before` characters back) to the end of the line after (at most `after` characters on). Contact
 * blocks such as `Press office:` on one line and the number on the next stay together.
 */
export function lineContext(seg: ProseSegment, start: number, end: number, before = 160, after = 80): string {
  const [from, to] = lineRange(seg, start, end, before, after);
  return seg.text.slice(from - seg.start, to - seg.start);
}

/** The absolute offsets of `lineContext`'s text (to read the raw source there, links included). */
export function lineRange(seg: ProseSegment, start: number, end: number, before = 160, after = 80): [number, number] {
  const text = seg.text;
  const s = start - seg.start;
  const e = end - seg.start;
  // The line itself, two lines before it (a `Media contact` block) and the line after it.
  let from = lastBreak(text, s);
  for (let i = 0; i < 2 && from > 0; i++) from = lastBreak(text, from - 1);
  from = Math.max(from, s - before, 0);
  const tail = text.slice(e, e + after);
  const nl = tail.search(LINE_BREAK);
  const nl2 = nl < 0 ? -1 : tail.slice(nl + 1).search(LINE_BREAK);
  const to = nl < 0 ? Math.min(text.length, e + after) : nl2 < 0 ? Math.min(text.length, e + after) : e + nl + 1 + nl2;
  return [seg.start + from, seg.start + to];
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
 * The sentence containing an offset (masked text), found by scanning the segment for sentence
 * ends (`.`, `!`, `?` then a space) at most 300 characters each way. Cheaper than the document's
 * `Intl.Segmenter` sentences, and it does not cut after abbreviations (`House No. 5`, `Baker St.`).
 */
export function sentenceText(_doc: Document, seg: ProseSegment, offset: number): { text: string; start: number } {
  const text = seg.text;
  const at = offset - seg.start;
  let from = Math.max(0, at - 300);
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < at; m = SENTENCE_END.exec(text)) {
    if (!ABBREVIATION_END.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) from = m.index + m[0].length;
  }
  let to = Math.min(text.length, at + 300);
  SENTENCE_END.lastIndex = at;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    if (!ABBREVIATION_END.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) {
      to = m.index + 1;
      break;
    }
  }
  SENTENCE_END.lastIndex = 0;
  while (from < at && (text[from] === ' ' || text[from] === '\n' || text[from] === '\r' || text[from] === '\t')) from++;
  return { text: text.slice(from, to), start: seg.start + from };
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
  return s.toLowerCase().replace(NON_ALNUM_RUN, '');
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
    .replace(WHITESPACE_RUN_G, ' ')
    .trim()
    .replace(ALNUM_RUN, (w) => (w.length <= 2 && LETTERS_ONLY.test(w) ? w : w[0] + '*'.repeat(w.length - 1)));
}
